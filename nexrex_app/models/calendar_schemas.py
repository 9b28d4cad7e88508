"""Request bodies and answers of the athlete's calendar (as their coaches plan it) and the coach's attention list."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from nexrex_app.base.vocabulary import ActivityStatus, AttentionReason, WorkoutSubType, WorkoutType
from nexrex_app.models.activity_schemas import ActivityView, Compliance, PlanInstanceView
from nexrex_app.models.feedback_schemas import Ok
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


class CalendarWeek(BaseModel):
    start_date: str = Field(description="The week's Monday, YYYY-MM-DD")
    compliance: Compliance | None = Field(description="Null for a week to come")


class AthleteCalendarSpan(BaseModel):
    """The athlete's workouts over a span of days, each week's compliance, and the plans they follow."""

    user_id: str
    name: str
    start_date: str
    end_date: str
    today: str = Field(description="The athlete's local today, YYYY-MM-DD")
    activities: list[ActivityView] = Field(description="Each activity as `GET /activities/{activity_id}` gives it")
    weeks: list[CalendarWeek]
    plans: list[PlanInstanceView] = Field(description="The plans the athlete follows, as `GET /training/plan-instances` "
                                          "gives them")


class PlanShifted(BaseModel):
    plan_instance_id: str
    moved_workouts: int


class ReasonDismissed(BaseModel):
    user_id: str
    reason: AttentionReason
    dismissed: bool


AthleteCalendarEnvelope = Ok[AthleteCalendarSpan]
PlanShiftedEnvelope = Ok[PlanShifted]
ReasonDismissedEnvelope = Ok[ReasonDismissed]


class PlannedItem(BaseModel):
    """A workout on the coach's calendar page of one athlete."""

    activity_id: str
    name: str
    status: ActivityStatus
    band: str = Field(description="Its compliance band (green, yellow, orange), else its status when not done")
    planned: str = Field(description="What is planned in words, or ''")
    done: str = Field(description="What was recorded, for a completed workout, else ''")
    compliance: str
    changeable: bool = Field(description="Not done yet: it can be moved, copied, edited and deleted")
    has_workout: bool
    past: bool


class PlannedDay(BaseModel):
    date: str
    label: str
    is_today: bool
    open: bool = Field(description="Today or a day to come: workouts can be placed on it")
    in_month: bool
    items: list[PlannedItem]


class PlannedWeek(BaseModel):
    label: str
    compliance: str
    band: str
    days: list[PlannedDay]


class CalendarPage(BaseModel):
    """The coach's calendar page of one athlete: a week or a month of days, and the plans the athlete follows."""

    name: str
    weeks: list[PlannedWeek]
    plans: list[PlanInstanceView]
    anchor: str
    title: str


class LibraryCard(BaseModel):
    """A library workout beside the calendar, to place on a day."""

    workout_id: str
    workout_name: str
    distance: str


class ScheduledWorkout(BaseModel):
    """The athlete's copy of a scheduled workout, as its coach is about to edit it."""

    name: str
    blocks: list[dict]
    sport: str
