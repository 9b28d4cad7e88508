"""Request bodies of the Training endpoints, field for field as the Training Plans API documents them."""

from __future__ import annotations

from pydantic import Field

from nexrex_app.base.vocabulary import (
    BlockType, IntensityTarget, LengthTarget, PaceZone, Phase, PlanLevel, PlanType, Visibility, Weekday,
    WorkoutSubType, WorkoutType,
)
from nexrex_app.models.schemas import RequestBody



class ContentBlock(RequestBody):
    type: BlockType
    block_name: str | None = None
    block_distance_in_meters: int | None = None
    block_duration_in_seconds: int | None = None
    block_pace: PaceZone | None = None
    block_length_target: LengthTarget | None = None
    block_intensity_target: IntensityTarget | None = None
    block_repeat: int | None = None
    blocks: list[ContentBlock] | None = None


class WorkoutCreate(RequestBody):
    workout_name: str
    workout_type: WorkoutType
    workout_sub_type: WorkoutSubType
    user_id: str
    content_blocks: list[ContentBlock]
    target_duration_in_seconds: int | None = None
    target_distance_in_meters: int | None = None
    visibility: Visibility | None = None
    description: str | None = None


class WorkoutUpdate(RequestBody):
    workout_name: str | None = None
    workout_type: WorkoutType | None = None
    workout_sub_type: WorkoutSubType | None = None
    content_blocks: list[ContentBlock] | None = None
    target_duration_in_seconds: int | None = None
    target_distance_in_meters: int | None = None
    visibility: Visibility | None = None
    description: str | None = None


class PlanItem(RequestBody):
    """One scheduled workout: its week and day, and the workout (or the library workout to copy)."""

    week: int
    day: Weekday
    source_workout_id: str | None = None
    source_version: int | None = None
    workout_name: str | None = None
    workout_type: WorkoutType | None = None
    workout_sub_type: WorkoutSubType | None = None
    description: str | None = None
    target_distance_in_meters: int | None = None
    target_duration_in_seconds: int | None = None
    content_blocks: list[ContentBlock] | None = None
    phase: Phase | None = None
    sync_status: str | None = Field(default=None, description="Ignored: answered by GET.")


class WeekNote(RequestBody):
    week: int
    notes: str | None = None
    distance_in_meters: int | None = Field(default=None, description="Ignored: computed from the content.")
    duration_in_seconds: int | None = Field(default=None, description="Ignored: computed from the content.")
    workouts: int | None = Field(default=None, description="Ignored: computed from the content.")


class PlanCreate(RequestBody):
    training_plan_name: str
    training_plan_description: str
    type: PlanType
    level: PlanLevel
    duration_in_weeks: int
    visibility: Visibility
    user_id: str
    org_id: str | None = None
    coach_id: str | None = None
    image_url: str | None = None
    training_plan_prefer_day: dict[str, str] | None = None
    content: list[PlanItem] | None = None
    weekly_info: list[WeekNote] | None = None


class PlanUpdate(RequestBody):
    training_plan_name: str | None = None
    training_plan_description: str | None = None
    duration_in_weeks: int | None = None
    level: PlanLevel | None = None
    type: PlanType | None = None
    visibility: Visibility | None = None
    content: list[PlanItem] | None = None
    image_url: str | None = None
    training_plan_prefer_day: dict[str, str] | None = None
    weekly_info: list[WeekNote] | None = None


class PlanSync(RequestBody):
    items: list[int] | None = Field(default=None, description="Positions in content to update; none for all.")
