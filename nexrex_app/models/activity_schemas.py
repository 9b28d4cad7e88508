"""Request bodies of assignment, activities and athlete settings."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from nexrex_app.base.vocabulary import ActivityStatus as Status
from nexrex_app.base.vocabulary import ActivityType, Feeling
from nexrex_app.models.schemas import RequestBody



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


class FitnessUpdate(RequestBody):
    race_distance_in_meters: int | None = None
    race_time_in_seconds: int | None = None
    ftp_watts: int | None = None
    css_seconds_per_100m: int | None = None
    threshold_heart_rate: int | None = Field(default=None, description="Beats per minute at lactate threshold "
                                                                        "(about one hour's race effort), 80 to 230")


class TimezoneUpdate(RequestBody):
    timezone: str = Field(max_length=64, description="IANA time zone, e.g. Europe/London")
