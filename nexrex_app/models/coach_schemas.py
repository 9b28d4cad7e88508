"""Request bodies and answers of Generate with AI (``/ai-coach``)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from nexrex_app.models.schemas import RequestBody


class GoalRaceBody(RequestBody):
    distance_in_meters: int | None = None
    event: str | None = Field(default=None, description=(
        "An event of the plan's sport. Run: 5k, 10k, 15k, half_marathon, marathon, 50k. Swim: sprint_swim, "
        "olympic_swim, half_iron_swim, iron_swim, open_water_5k, open_water_10k. Bike: 40k_time_trial, "
        "half_iron_bike, gran_fondo, century."))
    date: str | None = Field(default=None, description="YYYY-MM-DD")
    goal_time: int | str | None = Field(default=None, description="Seconds, or H:MM:SS")


class FitnessBody(RequestBody):
    race_distance_in_meters: int | None = None
    race_time_in_seconds: int | str | None = None
    ftp_watts: int | None = None
    css_seconds_per_100m: int | str | None = Field(default=None, description="Seconds, or M:SS, per 100 m")
    weekly_distance_in_meters: int | None = Field(default=None, description="Recent weekly volume (run, swim)")
    longest_session_in_meters: int | None = Field(default=None, description="Longest recent run or swim")
    weekly_duration_in_seconds: int | None = Field(default=None, description="Recent weekly riding time (bike)")
    longest_session_in_seconds: int | None = Field(default=None, description="Longest recent ride (bike)")


class GenerateDraft(RequestBody):
    weeks: int
    level: str = Field(description="basic, intermediate or advanced (beginner is read as basic)")
    goal_race: GoalRaceBody
    org_id: str | None = None
    type: str | None = Field(default="run", description="run, bike or swim")
    start_date: str | None = None
    training_plan_prefer_day: dict[str, str] | None = None
    fitness: FitnessBody | None = None
    additional_prompt: str | None = None
    training_principle: str | None = Field(default="daniels", description=(
        "daniels (threshold and interval sessions by Daniels' phases) or polarized (every quality session at "
        "interval pace or faster, the rest easy)"))
    user_id: str | None = Field(default=None, description=(
        "The athlete the plan is for: their completed sessions of the last six weeks give the starting weekly "
        "volume and longest session, unless fitness states them"))
    workout_preference: str | None = Field(default="ai_generate",
                                           description="ai_generate, prefer_existing or strict_existing")


class GeneratePlan(GenerateDraft):
    refined_draft: str = Field(description="The (edited) draft: at most 60000 characters, each line at most 400.")


class ZoneLine(BaseModel):
    """What one training zone means for the sport, with the athlete's own range when their fitness is known."""

    zone: str = Field(description="z1 to z5")
    label: str
    meaning: str
    range: str = Field(description="The athlete's own pace, power or heart rate range, or ''")
