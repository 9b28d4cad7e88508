"""The workout library (with the built-in starter workouts), training plans and feature switches.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from nexrex_app.base.clock import clock
from nexrex_app.domain.starter_workouts import starter_rows


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('account_features',
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('feature', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'feature')
    )
    op.create_table('org_features',
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('feature', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('org_id', 'feature')
    )
    op.create_table('training_plans',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('owner_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('coach_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('training_plan_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('training_plan_description', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('duration_in_weeks', sa.Integer(), nullable=False),
    sa.Column('visibility', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('image_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('prefer_day', sa.JSON(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('week_notes', sa.JSON(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('training_plans', schema=None) as batch_op:
        batch_op.create_index('ix_plans_org_created', ['org_id', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_plans_owner_created', ['owner_id', 'created_at', 'id'], unique=False)

    op.create_table('workouts',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('owner_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('workout_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('workout_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('workout_sub_type', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=True),
    sa.Column('target_distance_in_meters', sa.Integer(), nullable=False),
    sa.Column('target_duration_in_seconds', sa.Integer(), nullable=False),
    sa.Column('visibility', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('content_blocks', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('workouts', schema=None) as batch_op:
        batch_op.create_index('ix_workouts_org_visibility', ['org_id', 'visibility'], unique=False)
        batch_op.create_index('ix_workouts_owner', ['owner_id', 'created_at'], unique=False)

    workouts = sa.table(
        "workouts", sa.column("id"), sa.column("owner_id"), sa.column("org_id"), sa.column("workout_name"),
        sa.column("workout_type"), sa.column("workout_sub_type"), sa.column("description"),
        sa.column("target_distance_in_meters"), sa.column("target_duration_in_seconds"), sa.column("visibility"),
        sa.column("content_blocks", sa.JSON), sa.column("version"),
        sa.column("created_at", sqlmodel.sql.sqltypes.UTCDateTime()),
        sa.column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime()),
    )
    now = clock.now()
    op.bulk_insert(workouts, [{**row, "created_at": now, "updated_at": now} for row in starter_rows()])


def downgrade() -> None:
    with op.batch_alter_table('workouts', schema=None) as batch_op:
        batch_op.drop_index('ix_workouts_owner')
        batch_op.drop_index('ix_workouts_org_visibility')

    op.drop_table('workouts')
    with op.batch_alter_table('training_plans', schema=None) as batch_op:
        batch_op.drop_index('ix_plans_owner_created')
        batch_op.drop_index('ix_plans_org_created')

    op.drop_table('training_plans')
    op.drop_table('org_features')
    op.drop_table('account_features')
