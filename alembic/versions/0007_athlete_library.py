"""Items that athlete members shared with their organization's library become their own private items.

Authorship inside an organization follows the membership role: an athlete member writes only private
items, which belong to no organization.

Revision ID: 0007_athlete_library
Revises: 0006
Create Date: 2026-11-29
"""
from collections.abc import Sequence

from alembic import op


revision: str = '0007_athlete_library'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ATHLETE_AUTHORED = """
    EXISTS (SELECT 1 FROM memberships m
            WHERE m.user_id = {table}.owner_id AND m.org_id = {table}.org_id AND m.role = 'athlete')
"""


def upgrade() -> None:
    for table in ("workouts", "training_plans"):
        op.execute(f"UPDATE {table} SET visibility = 'private', org_id = NULL "
                   f"WHERE org_id IS NOT NULL AND {ATHLETE_AUTHORED.format(table=table)}")


def downgrade() -> None:
    """Nothing to undo: the items stay private to their authors."""
