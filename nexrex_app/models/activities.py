"""Plans assigned to athletes (plan instances) and their activities: scheduled, completed, skipped."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from nexrex_app.base.clock import clock
from nexrex_app.models.ids import new_id

SCHEDULED = "scheduled"
COMPLETED = "completed"
SKIPPED = "skipped"


class PlanInstance(SQLModel, table=True):
    """One athlete's copy of a plan, placed on their calendar from a start date."""

    __tablename__ = "plan_instances"

    id: str = Field(default_factory=partial(new_id, "pi"), primary_key=True, max_length=40)
    plan_id: str | None = Field(default=None, foreign_key="training_plans.id", index=True, max_length=40,
                                ondelete="SET NULL")
    user_id: str = Field(foreign_key="users.id", index=True, max_length=40, ondelete="CASCADE")
    org_id: str = Field(foreign_key="organizations.id", index=True, max_length=40, ondelete="CASCADE")
    assigned_by: str = Field(max_length=40)
    name: str = Field(max_length=200)
    plan_type: str = Field(max_length=20)
    start_date: date
    duration_in_weeks: int
    content: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=clock.now)
    removed_at: datetime | None = None


class Activity(SQLModel, table=True):
    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_user_date", "user_id", "date"),)

    id: str = Field(default_factory=partial(new_id, "act"), primary_key=True, max_length=40)
    user_id: str = Field(foreign_key="users.id", max_length=40, ondelete="CASCADE")
    plan_instance_id: str | None = Field(default=None, foreign_key="plan_instances.id", index=True, max_length=40,
                                         ondelete="CASCADE")
    status: str = Field(max_length=10)
    activity_type: str = Field(max_length=10)
    activity_name: str = Field(max_length=200)
    date: date
    start_time: datetime | None = None
    distance_in_meters: int | None = None
    duration_in_seconds: int | None = None
    avg_heart_rate: int | None = None
    perceived_effort: int | None = None
    avg_power_watts: int | None = None
    normalized_power_watts: int | None = None
    elevation_gain_in_meters: int | None = None
    notes: str | None = Field(default=None, max_length=5000)
    feeling: str | None = Field(default=None, max_length=10)  # how it felt (FEELINGS), given on marking it done
    feedback: str | None = Field(default=None, max_length=2000)  # the athlete's comment on marking it done
    source: str = Field(max_length=10, default="manual")
    workout_index: int | None = None  # the planned workout: its place in the plan instance's content
    # this athlete's own copy of the workout (edited by the coach, or dropped from the library): it wins over the plan's
    workout: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now, index=True)


class AttentionDismissal(SQLModel, table=True):
    """A coach set aside one reason an athlete needs attention; it comes back when the reason's facts change."""

    __tablename__ = "attention_dismissals"

    coach_id: str = Field(foreign_key="users.id", primary_key=True, max_length=40, ondelete="CASCADE")
    athlete_id: str = Field(foreign_key="users.id", primary_key=True, max_length=40, ondelete="CASCADE")
    reason: str = Field(primary_key=True, max_length=30)
    facts: str = Field(max_length=200)  # what the reason said when it was dismissed
    dismissed_at: datetime = Field(default_factory=clock.now)
