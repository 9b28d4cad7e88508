"""Workout feedback (how it felt, the athlete's comment), comment threads on activities, what each person has read,
email settings and the daily workout emails already claimed.

Revision ID: 0013_feedback
Revises: 0012_training_load
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0013_feedback'
down_revision: str | None = '0012_training_load'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sqlmodel.sql.sqltypes.AutoString(length=40)
MOMENT = sqlmodel.sql.sqltypes.UTCDateTime()


def upgrade() -> None:
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('feeling', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True))
        batch_op.add_column(sa.Column('feedback', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True))
    op.create_table(
        'activity_comments',
        sa.Column('id', ID, nullable=False),
        sa.Column('activity_id', ID, nullable=False),
        sa.Column('author_id', ID, nullable=False),
        sa.Column('body', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column('created_at', MOMENT, nullable=False),
        sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['author_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('activity_comments', schema=None) as batch_op:
        batch_op.create_index('ix_activity_comments_thread', ['activity_id', 'created_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_comments_author_id'), ['author_id'], unique=False)
    op.create_table(
        'comment_reads',
        sa.Column('user_id', ID, nullable=False),
        sa.Column('activity_id', ID, nullable=False),
        sa.Column('read_at', MOMENT, nullable=False),
        sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'activity_id'))
    op.create_table(
        'email_settings',
        sa.Column('user_id', ID, nullable=False),
        sa.Column('comment_emails', sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column('daily_workout_email', sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column('updated_at', MOMENT, nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id'))
    op.create_table(
        'daily_workout_emails',
        sa.Column('user_id', ID, nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('claimed_at', MOMENT, nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'day'))


def downgrade() -> None:
    op.drop_table('daily_workout_emails')
    op.drop_table('email_settings')
    op.drop_table('comment_reads')
    with op.batch_alter_table('activity_comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_comments_author_id'))
        batch_op.drop_index('ix_activity_comments_thread')
    op.drop_table('activity_comments')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_column('feedback')
        batch_op.drop_column('feeling')
