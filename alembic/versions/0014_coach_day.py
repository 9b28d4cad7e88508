"""The coach's day: an athlete's own copy of a scheduled workout, and the attention reasons a coach dismissed.

Revision ID: 0014_coach_day
Revises: 0013_feedback
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0014_coach_day'
down_revision: str | None = '0013_feedback'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('workout', sa.JSON(), nullable=True))
    op.create_table(
        'attention_dismissals',
        sa.Column('coach_id', sa.String(length=40), sa.ForeignKey('users.id', ondelete='CASCADE'), nullable=False),
        sa.Column('athlete_id', sa.String(length=40), sa.ForeignKey('users.id', ondelete='CASCADE'), nullable=False),
        sa.Column('reason', sa.String(length=30), nullable=False),
        sa.Column('facts', sa.String(length=200), nullable=False),
        sa.Column('dismissed_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('coach_id', 'athlete_id', 'reason'),
    )


def downgrade() -> None:
    op.drop_table('attention_dismissals')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_column('workout')
