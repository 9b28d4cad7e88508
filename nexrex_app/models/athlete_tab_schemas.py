"""What the athlete's Training tab and the coach's Activities page show, as the API answers it too."""

from __future__ import annotations

from pydantic import BaseModel, Field

from nexrex_app.base.vocabulary import ActivityStatus
from nexrex_app.models.activity_schemas import PlanInstanceView
from nexrex_app.models.schemas import Ok


class WorkoutCard(BaseModel):
    activity_id: str
    name: str
    date: str = Field(description="YYYY-MM-DD, the athlete's local day")
    weekday: str = Field(description="The day as the tab prints it, e.g. 'Mon 01 Mar'")
    status: ActivityStatus
    colour: str = Field(description="The status's colour on the tab: grass (done), amber (skipped), gray")
    sport: str
    plan: str = Field(description="The name of the plan the workout comes from, or ''")
    is_today: bool = Field(description="On the day asked for (the athlete's today by default)")
    can_unskip: bool = Field(description="Skipped, and today or later: it can go back on the schedule")
    targets: str = Field(description="What is planned in words, e.g. '10.0 km · about 52 min'")
    description: str
    steps: list[str] = Field(description="Each step with its length and zone, in the athlete's own paces when "
                                         "their zones are known")
    done: str = Field(description="What was recorded, for a completed workout, else ''")
    load: str = Field(description="The training load of a completed workout and how it was worked out, or ''")
    has_workout: bool = Field(description="A planned workout is attached (it can be downloaded)")
    zwo: bool = Field(description="It can also be downloaded as a ZWO file (run and bike)")
    compliance: str = Field(default="", description="A completed workout's share of its plan and band in words, "
                                                    "e.g. '96 % · on target', else ''")
    band: str = Field(default="", description="green, yellow or orange (done), amber (skipped), else ''")
    feedback: str = Field(description="The athlete's RPE and how it felt, e.g. 'RPE 7 (very hard) · Felt good', or ''")
    asks_feedback: bool = Field(description="Completed without RPE, feeling or comment: the tab asks how it went")


class AthleteTab(BaseModel):
    user_id: str
    date: str = Field(description="The day shown as today (YYYY-MM-DD)")
    today: list[WorkoutCard]
    week: list[WorkoutCard] = Field(description="The rest of that day's week, Monday to Sunday")
    upcoming: list[WorkoutCard] = Field(description="The days after that week, up to two weeks after the day")
    zones_known: bool = Field(description="The athlete's fitness is set for some sport, so zones are their paces")
    timezone: str
    timezone_chosen: bool
    signature: str = Field(description="Changes whenever anything on the athlete's calendar changes")


class CalendarItem(BaseModel):
    activity_id: str
    name: str
    status: ActivityStatus
    colour: str
    figures: str = Field(description="What was done, else what was planned")


class CalendarDay(BaseModel):
    date: str
    label: str
    items: list[CalendarItem]


class ComplianceWeek(BaseModel):
    monday: str = Field(description="The week's Monday, YYYY-MM-DD")
    label: str
    is_current: bool
    planned: str = Field(description="The week's planned distance in words")
    planned_m: int
    done_m: int
    compliance: str = Field(description="The share of the plan done, e.g. '68%', or '—' (nothing planned, or a "
                                        "week still to come)")
    band: str = Field(default="", description="The week's compliance band: green, yellow, orange, or '' ")
    summary: str
    days: list[CalendarDay]


class ComplianceWeeks(BaseModel):
    user_id: str
    weeks: list[ComplianceWeek] = Field(description="Oldest first, ending with the week before `before`")
    earlier: str | None = Field(description="`before` for the weeks preceding these, or null when the athlete's "
                                            "calendar holds nothing earlier")


class AthleteTabEnvelope(Ok[AthleteTab]):
    """The athlete's Training tab."""


class ComplianceEnvelope(Ok[ComplianceWeeks]):
    """The athlete's weekly compliance."""


class AthleteCalendar(BaseModel):
    """The coach's Activities page of one athlete: four weeks of their calendar and the plans they follow."""

    name: str
    weeks: list[ComplianceWeek]
    offset: int = Field(description="Weeks from the current one to the first week shown")
    range: str
    has_earlier: bool
    has_later: bool
    plans: list[PlanInstanceView]


class ActivityDetails(BaseModel):
    name: str
    date: str = Field(description="The day in words, e.g. 'Monday 1 Mar 2027'")
    status: ActivityStatus
    colour: str
    notes: str
    feedback: str = Field(description="The athlete's RPE and how it felt, or ''")
    targets: str
    description: str
    steps: list[str]
    done: str
    load: str
