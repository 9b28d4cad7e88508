"""The built-in workouts' true figures: the 90-minute ride lasts 90 minutes, and the CSS swim's time is the
whole session's (its 100 m repeats timed at an intermediate swimmer's pace), not its rests alone.

Revision ID: 0008_starter_figures
Revises: 0007_athlete_library
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from nexrex_app.domain.starter_workouts import starter_rows

revision: str = '0008_starter_figures'
down_revision: str | None = '0007_athlete_library'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANGED = ("wkt_system06", "wkt_system10")
WORKOUTS = sa.table("workouts", sa.column("id", sa.String), sa.column("content_blocks", sa.JSON),
                    sa.column("target_duration_in_seconds", sa.Integer))
EARLIER = {  # the figures these workouts were created with
    "wkt_system06": {"main_seconds": 4500, "target_duration_in_seconds": 6000},
    "wkt_system10": {"target_duration_in_seconds": 150},
}


def _set(workout_id: str, blocks: list[dict], seconds: int) -> None:
    op.execute(WORKOUTS.update().where(WORKOUTS.c.id == workout_id)
               .values(content_blocks=blocks, target_duration_in_seconds=seconds))


def upgrade() -> None:
    for row in starter_rows():
        if row["id"] in CHANGED:
            _set(row["id"], row["content_blocks"], row["target_duration_in_seconds"])


def downgrade() -> None:
    for row in starter_rows():
        if row["id"] in CHANGED:
            earlier = EARLIER[row["id"]]
            blocks = [dict(block) for block in row["content_blocks"]]
            if "main_seconds" in earlier:
                blocks[1]["block_duration_in_seconds"] = earlier["main_seconds"]
            _set(row["id"], blocks, earlier["target_duration_in_seconds"])
