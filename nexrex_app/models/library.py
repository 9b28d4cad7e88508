"""The workout library, training plan templates, and feature switches."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from nexrex_app.base.clock import clock
from nexrex_app.models.ids import new_id

SYSTEM = "system"

FEATURE_PLAN_LIBRARY = "training_plan_library"
FEATURE_COACH_AGENT = "coach_agent"
ACCOUNT_FEATURES = (FEATURE_PLAN_LIBRARY,)
ORG_FEATURES = (FEATURE_COACH_AGENT,)


class Workout(SQLModel, table=True):
    __tablename__ = "workouts"
    __table_args__ = (
        Index("ix_workouts_org_visibility", "org_id", "visibility"),
        Index("ix_workouts_owner", "owner_id", "created_at"),
    )

    id: str = Field(default_factory=partial(new_id, "wkt"), primary_key=True, max_length=40)
    owner_id: str | None = Field(default=None, foreign_key="users.id", max_length=40, ondelete="SET NULL")
    org_id: str | None = Field(default=None, foreign_key="organizations.id", max_length=40, ondelete="CASCADE")
    workout_name: str = Field(max_length=120)
    workout_type: str = Field(max_length=20)
    workout_sub_type: str = Field(max_length=30)
    description: str | None = Field(default=None, max_length=5000)
    target_distance_in_meters: int = 0
    target_duration_in_seconds: int = 0
    visibility: str = Field(max_length=10)
    content_blocks: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    version: int = 1
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now)


class TrainingPlan(SQLModel, table=True):
    __tablename__ = "training_plans"
    __table_args__ = (
        Index("ix_plans_org_created", "org_id", "created_at", "id"),
        Index("ix_plans_owner_created", "owner_id", "created_at", "id"),
        Index("ix_plans_owner_visibility_created", "owner_id", "visibility", "created_at", "id"),
        Index("ix_plans_visibility_created", "visibility", "created_at", "id"),
    )

    id: str = Field(default_factory=partial(new_id, "plan"), primary_key=True, max_length=40)
    owner_id: str = Field(foreign_key="users.id", max_length=40)
    org_id: str | None = Field(default=None, foreign_key="organizations.id", max_length=40, ondelete="CASCADE")
    coach_id: str | None = Field(default=None, max_length=40)
    training_plan_name: str = Field(max_length=200)
    training_plan_description: str = Field(max_length=5000)
    type: str = Field(max_length=20)
    level: str = Field(max_length=20)
    duration_in_weeks: int
    visibility: str = Field(max_length=10)
    image_url: str | None = Field(default=None, max_length=2000)
    prefer_day: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    content: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    week_notes: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now)


class AccountFeature(SQLModel, table=True):
    """A feature switched on or off for one account, overriding the role's default."""

    __tablename__ = "account_features"

    user_id: str = Field(foreign_key="users.id", primary_key=True, max_length=40, ondelete="CASCADE")
    feature: str = Field(primary_key=True, max_length=40)
    enabled: bool


class OrgFeature(SQLModel, table=True):
    """A feature switched on or off for one organization (all are on by default)."""

    __tablename__ = "org_features"

    org_id: str = Field(foreign_key="organizations.id", primary_key=True, max_length=40, ondelete="CASCADE")
    feature: str = Field(primary_key=True, max_length=40)
    enabled: bool
