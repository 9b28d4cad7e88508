"""What a recorded activity's training load needs: average and normalised power, elevation gain.

Revision ID: 0012_training_load
Revises: 0011_account_security
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012_training_load'
down_revision: str | None = '0011_account_security'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ('avg_power_watts', 'normalized_power_watts', 'elevation_gain_in_meters')


def upgrade() -> None:
    with op.batch_alter_table('activities', schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('activities', schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
