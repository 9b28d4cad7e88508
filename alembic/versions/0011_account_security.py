"""Account security: password resets, link sign-ups proven by email, failed sign-ins per client address,
and calendar feed secrets stored hashed.

Revision ID: 0011_account_security
Revises: 0010_plan_instance_plan
Create Date: 2026-11-29
"""
import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0011_account_security'
down_revision: str | None = '0010_plan_instance_plan'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('password_resets',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('used_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    with op.batch_alter_table('password_resets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_password_resets_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_password_resets_email'), ['email'], unique=False)

    with op.batch_alter_table('verification_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('invitation_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True))
        batch_op.create_foreign_key('fk_verification_tokens_invitation_id', 'invitations', ['invitation_id'], ['id'],
                                    ondelete='CASCADE')

    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False,
                                      server_default=''))
        batch_op.create_index(batch_op.f('ix_login_failures_client'), ['client'], unique=False)

    _hash_calendar_tokens()


def _hash_calendar_tokens() -> None:
    """Existing feed addresses keep working: their secret is replaced by its hash."""
    connection = op.get_bind()
    users = sa.table('users', sa.column('id', sa.String), sa.column('calendar_token', sa.String))
    rows = connection.execute(sa.select(users.c.id, users.c.calendar_token)
                              .where(users.c.calendar_token.is_not(None))).all()
    for user_id, raw in rows:
        connection.execute(users.update().where(users.c.id == user_id)
                           .values(calendar_token=hashlib.sha256(raw.encode()).hexdigest()))


def downgrade() -> None:
    connection = op.get_bind()
    connection.execute(sa.text("UPDATE users SET calendar_token = NULL"))  # hashes cannot be turned back
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_failures_client'))
        batch_op.drop_column('client')
    with op.batch_alter_table('verification_tokens', schema=None) as batch_op:
        batch_op.drop_constraint('fk_verification_tokens_invitation_id', type_='foreignkey')
        batch_op.drop_column('invitation_id')
    with op.batch_alter_table('password_resets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_password_resets_email'))
        batch_op.drop_index(batch_op.f('ix_password_resets_created_at'))
    op.drop_table('password_resets')
