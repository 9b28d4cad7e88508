"""Request bodies of the athlete's calendar (as their coaches plan it) and the coach's attention list."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from nexrex_app.base.vocabulary import AttentionReason, WorkoutSubType, WorkoutType
from nexrex_app.models.schemas import RequestBody
from nexrex_app.models.library_schemas import ContentBlock

Day = Field(max_length=10, description="YYYY-MM-DD, the athlete's local day: today or a day to come")


class DayBody(RequestBody):
    date: str = Day


class LibraryWorkoutOnDay(RequestBody):
    workout_id: str = Field(max_length=40, description="A library workout the caller may see")
    date: str = Day


class ScheduledWorkoutEdit(RequestBody):
    """The fields to change in this athlete's copy of the workout; new blocks bring new targets unless given."""

    workout_name: str | None = Field(default=None, max_length=120)
    workout_type: WorkoutType | None = None
    workout_sub_type: WorkoutSubType | None = None
    description: str | None = Field(default=None, max_length=5000)
    content_blocks: list[ContentBlock] | None = Field(default=None)
    target_duration_in_seconds: int | None = None
    target_distance_in_meters: int | None = None


class PlanShift(RequestBody):
    days: int = Field(description="Days to move every workout still to come: -90 to 90, not 0; negative is earlier")


class AttentionDismissalBody(RequestBody):
    user_id: str = Field(max_length=40)
    reason: AttentionReason


class AttentionReasonView(BaseModel):
    reason: AttentionReason
    text: str = Field(description="The reason in the coach's words, e.g. '2 workouts missed in the last 7 days'")
    facts: str = Field(description="What the reason rests on; a dismissal holds while these stay the same")


class AttentionRow(BaseModel):
    user_id: str
    name: str
    reasons: list[AttentionReasonView] = Field(description="Most urgent first")


class AttentionList(BaseModel):
    total: int = Field(description="How many athletes need the caller today, on every page")
    items: list[AttentionRow]


class AttentionEnvelope(BaseModel):
    status: Literal["ok"] = "ok"
    data: AttentionList
