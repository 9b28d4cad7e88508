"""Requests and answers of assignment, activities and athlete settings."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from nexrex_app.base.vocabulary import ActivityStatus as Status
from nexrex_app.base.vocabulary import (
    ActivitySource,
    ActivityType,
    AssignmentProgress,
    ComplianceBand,
    Feeling,
    PlanType,
)
from nexrex_app.models.schemas import PartialView, RequestBody

EPOCH_MS = "Epoch milliseconds."
DAY = "YYYY-MM-DD"


class AssignBody(RequestBody):
    start_date: str | None = Field(default=None, description="YYYY-MM-DD: week 1 is this date's Monday-to-Sunday "
                                   "week; on a day other than Monday, that week's workouts before it are left out")
    race_date: str | None = Field(default=None, description="YYYY-MM-DD, instead of start_date: the plan's last "
                                  "week is this date's week, each workout keeping its weekday")
    user_ids: list[str] | None = None
    group_id: str | None = None
    allow_overlap: bool = Field(
        default=False, description="Assign even where the athletes already follow another plan on some of these "
                                   "dates; without it such an assignment answers 409 PLAN_OVERLAP")


class ActivityCreate(RequestBody):
    activity_name: str
    activity_type: ActivityType
    user_id: str | None = None
    status: Status | None = None
    date: str | None = Field(default=None, description="YYYY-MM-DD, the athlete's local day")
    start_time: int | None = Field(default=None, description="Epoch milliseconds")
    distance_in_meters: int | None = None
    duration_in_seconds: int | None = Field(default=None, description="At most 86400")
    avg_heart_rate: int | None = None
    perceived_effort: int | None = Field(default=None, description="1 (very easy) to 10 (maximal)")
    avg_power_watts: int | None = None
    normalized_power_watts: int | None = None
    elevation_gain_in_meters: int | None = None
    notes: str | None = None
    feeling: Feeling | None = Field(default=None, description="How it felt, worst to best")
    feedback: str | None = Field(default=None, description="The athlete's comment, at most 2000 characters; it "
                                 "also opens the activity's comment thread")
    source: Literal["manual", "gpx", "tcx", "fit"] | None = None


class ActivityUpdate(RequestBody):
    activity_name: str | None = None
    activity_type: ActivityType | None = None
    status: Status | None = None
    date: str | None = None
    start_time: int | None = None
    distance_in_meters: int | None = None
    duration_in_seconds: int | None = None
    avg_heart_rate: int | None = None
    perceived_effort: int | None = None
    avg_power_watts: int | None = None
    normalized_power_watts: int | None = None
    elevation_gain_in_meters: int | None = None
    notes: str | None = None
    feeling: Feeling | None = None
    feedback: str | None = None


ThresholdHeartRate = Annotated[int | None, Field(description="Beats per minute at lactate threshold (about one "
                                                             "hour's race effort), 80 to 230")]


class FitnessUpdate(RequestBody):
    race_distance_in_meters: int | None = None
    race_time_in_seconds: int | None = None
    ftp_watts: int | None = None
    css_seconds_per_100m: int | None = None
    threshold_heart_rate: ThresholdHeartRate = None


class ThresholdsUpdate(RequestBody):
    """FTP and threshold heart rate, the athlete's other figures kept: a null given clears one."""

    ftp_watts: int | None = None
    threshold_heart_rate: ThresholdHeartRate = None


class TimezoneUpdate(RequestBody):
    timezone: str = Field(max_length=64, description="IANA time zone, e.g. Europe/London")


# --- answers ---------------------------------------------------------------------------------


class AssignmentDates(BaseModel):
    start_date: str = Field(description=f"{DAY}: the first day of the assignment")
    end_date: str = Field(description=f"{DAY}: the Sunday of the plan's last week")
    dropped_workouts: int = Field(description="Workouts of a partial first week that fall before the start and "
                                              "are left out")


class _Created(BaseModel):
    plan_instance_ids: list[str]
    user_ids: list[str] = Field(description="The athlete of each plan instance, in the same order")


class Assigned(AssignmentDates, _Created):
    """The plan instances made, one per athlete, and the dates they take."""


class PlanInstanceView(BaseModel):
    """An athlete's copy of a plan, placed on their calendar."""

    plan_instance_id: str
    training_plan_id: str | None = Field(description="The plan it was copied from; null once that plan is deleted")
    user_id: str
    name: str
    type: PlanType
    start_date: str = Field(description=DAY)
    end_date: str = Field(description=f"{DAY}: the Sunday of its last week")
    duration_in_weeks: int
    assigned_by: str
    created_at: int = Field(description=EPOCH_MS)


class PlanAssignment(PlanInstanceView):
    athlete_name: str
    status: AssignmentProgress = Field(description="Against the athlete's today: not started, under way, or over")


class PlanUnassigned(BaseModel):
    plan_instance_id: str
    removed_scheduled_workouts: int = Field(description="Its workouts from today on, taken off the calendar")


class Compliance(BaseModel):
    band: ComplianceBand
    ratio: float = Field(description="Done against planned, e.g. 0.96 (0 for a skipped workout)")


class ActivityView(BaseModel):
    activity_id: str
    user_id: str
    status: Status = Field(description="skipped also for a scheduled workout whose day has passed")
    activity_type: ActivityType
    activity_name: str
    date: str = Field(description=f"{DAY}, the athlete's local day")
    start_time: int | None = Field(description=EPOCH_MS)
    distance_in_meters: int | None
    duration_in_seconds: int | None
    avg_heart_rate: int | None
    perceived_effort: int | None = Field(description="1 (very easy) to 10 (maximal)")
    avg_power_watts: int | None
    normalized_power_watts: int | None
    elevation_gain_in_meters: int | None
    load: float | None = Field(description="The training load of a completed activity, on the TSS scale")
    load_method: str | None = Field(description="How the load was worked out: power, pace, heart_rate or rpe")
    notes: str | None
    feeling: Feeling | None
    feedback: str | None = Field(description="The athlete's comment")
    source: ActivitySource
    plan_instance_id: str | None
    workout: dict[str, Any] | None = Field(description="The planned workout (the athlete's own copy when the coach "
                                                       "made one), as the plan holds it: name, type, targets, "
                                                       "content blocks")
    created_at: int = Field(description=EPOCH_MS)
    updated_at: int = Field(description=EPOCH_MS)
    compliance: Compliance | None = Field(description="A completed workout against its plan, amber for a skipped "
                                                      "one; null otherwise")


class ActivityDeleted(BaseModel):
    activity_id: str
    deleted: bool


class FitnessFigures(PartialView, FitnessUpdate):
    """The figures zones come from, as set: only those given."""


class TimezoneSet(BaseModel):
    timezone: str


class CalendarLink(BaseModel):
    url: str = Field(description="The private iCalendar address, shown only in this answer")
