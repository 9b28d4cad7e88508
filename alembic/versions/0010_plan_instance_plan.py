"""An index on the plan of each plan instance: a plan's page lists who follows it.

Revision ID: 0010_plan_instance_plan
Revises: 0009_timezone_chosen
Create Date: 2026-11-29
"""
from collections.abc import Sequence

from alembic import op


revision: str = '0010_plan_instance_plan'
down_revision: str | None = '0009_timezone_chosen'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('plan_instances', schema=None) as batch_op:
        batch_op.create_index('ix_plan_instances_plan_id', ['plan_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('plan_instances', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_instances_plan_id')
