"""Request bodies and answers of the library endpoints (workouts and plans under /training), field for field as
the Training Plans API documents them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, create_model

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


OWNER_FIELDS = ("user_id", "org_id", "coach_id")


def _in_own_name(model: type[RequestBody], name: str, doc: str) -> type[RequestBody]:
    """``model`` without the fields that name an owner, the others in their order (so a form missing several
    is told about the same one first): what the console's forms send, created in the signed-in person's name."""
    fields = {field: (info.annotation, info) for field, info in model.model_fields.items()
              if field not in OWNER_FIELDS}
    return create_model(name, __base__=RequestBody, __doc__=doc, __module__=__name__, **fields)


OwnWorkout = _in_own_name(WorkoutCreate, "OwnWorkout", "A new workout from the console's editor.")
OwnPlan = _in_own_name(PlanCreate, "OwnPlan", "A new plan from the console's builder or Generate with AI.")


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


# --- answers ---------------------------------------------------------------------------------
# Content blocks and plan items are answered as they were accepted, so their request models describe them.

EPOCH_MS = "Epoch milliseconds."


class WorkoutView(BaseModel):
    workout_id: str
    workout_name: str
    workout_type: WorkoutType
    workout_sub_type: WorkoutSubType
    description: str | None
    target_distance_in_meters: int
    target_duration_in_seconds: int
    content_blocks: list[ContentBlock]
    visibility: Visibility | Literal["system"] = Field(description="system: a built-in workout.")
    creator_name: str
    user_id: str | None = Field(description="The author; null for built-in workouts.")
    org_id: str | None
    version: int = Field(description="Grows by one with every change; plans remember the version they copied.")
    created_at: int = Field(description=EPOCH_MS)
    updated_at: int = Field(description=EPOCH_MS)


class WeekSummary(BaseModel):
    week: int
    distance_in_meters: int
    duration_in_seconds: int
    workouts: int
    notes: str


class PlanView(BaseModel):
    training_plan_id: str
    training_plan_name: str
    training_plan_description: str
    type: PlanType
    level: PlanLevel
    duration_in_weeks: int
    visibility: Visibility | Literal["system"]
    org_id: str | None
    user_id: str
    coach_id: str | None
    creator_name: str
    image_url: str | None
    created_at: int = Field(description=EPOCH_MS)
    updated_at: int = Field(description=EPOCH_MS)
    training_plan_prefer_day: dict[str, str] | None = Field(default=None, description="Left out with summary=true.")
    content: list[PlanItem] | None = Field(default=None, description="Left out with summary=true.")
    weekly_info: list[WeekSummary] | None = Field(default=None, description="Left out with summary=true.")


class PlanPage(BaseModel):
    """The answer when ``limit`` is given."""

    data: list[PlanView]
    next_cursor: str | None
    has_more: bool


class WorkoutSaved(BaseModel):
    workout_id: str
    status: Literal["ok"] = "ok"


class PlanCreated(BaseModel):
    training_plan_id: str
    message: str


class PlanSaved(BaseModel):
    training_plan_id: str
    status: Literal["ok"] = "ok"
