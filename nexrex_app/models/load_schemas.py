"""The answer of the training load series."""

from __future__ import annotations

from pydantic import BaseModel, Field

from nexrex_app.models.schemas import Ok


class LoadDay(BaseModel):
    date: str = Field(description="YYYY-MM-DD, the athlete's local day")
    load: float = Field(description="What was done: the day's completed sessions, on the TSS scale")
    planned_load: float = Field(description="What the schedule asked for that day, done or not")
    ctl: float = Field(description="Fitness: 42-day exponentially weighted load (from today on, with what is "
                                   "still planned)")
    atl: float = Field(description="Fatigue: 7-day exponentially weighted load")
    tsb: float = Field(description="Form: yesterday's fitness less yesterday's fatigue")
    ramp: float = Field(description="Fitness gained over the last seven days")
    method: str | None = Field(description="How the day's load was worked out: power (TSS), pace (rTSS), "
                                           "heart_rate (hrTSS) or rpe (session RPE × minutes), comma-separated")
    race: bool = Field(description="A race is scheduled that day")
    projected: bool = Field(description="After today: the figures come from the plan")


class LoadSeries(BaseModel):
    user_id: str
    start_date: str
    end_date: str
    today: str
    race_dates: list[str]
    days: list[LoadDay]


class LoadEnvelope(Ok[LoadSeries]):
    """The athlete's training load series."""
