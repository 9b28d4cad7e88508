"""Request bodies and answers of Generate with AI (``/ai-coach``)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from nexrex_app.base.vocabulary import WorkoutSubType, WorkoutType
from nexrex_app.models.feedback_schemas import Ok

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


class GoalRaceView(BaseModel):
    distance_in_meters: int
    event: str = Field(description="The race in words, e.g. 'Half marathon'")
    date: str | None = Field(description="YYYY-MM-DD, or null")
    goal_time: int | None = Field(description="Seconds, or null")


class PlanParamsView(BaseModel):
    """The parameters the draft was written for, as the engine read the request."""

    type: str
    level: str
    weeks: int
    goal_race: GoalRaceView
    start_date: str | None
    training_plan_prefer_day: dict[str, str]
    fitness: dict[str, float]
    additional_prompt: str
    training_principle: str
    workout_preference: str


class Refinement(BaseModel):
    applied: bool = Field(description="The model's edit of the draft was kept")
    reason: str | None = Field(default=None, description="Why the engine's draft was kept instead (absent when "
                                                         "the edit was applied)")


class GeneratedDraft(BaseModel):
    draft: str = Field(description="The plan in words, a '## W1 …' section a week; edit it, then send it to "
                                   "generate-plan as `refined_draft`")
    warnings: list[str] = Field(description="What the coach should weigh before going on, in plain sentences")
    training_principle: str
    params: PlanParamsView
    generated_at: int = Field(description="Epoch milliseconds")
    llm: Refinement | None = Field(default=None, description="Present when a model was asked to apply the "
                                                             "instructions")


class GeneratedWorkout(BaseModel):
    week: int
    day: str
    phase: str
    workout_name: str
    workout_type: WorkoutType
    workout_sub_type: WorkoutSubType
    description: str | None
    target_distance_in_meters: int
    target_duration_in_seconds: int
    content_blocks: list[dict]
    source_workout_id: str | None = Field(default=None, description="The library workout it comes from (absent "
                                                                    "for a generated one)")
    source_version: int | None = Field(default=None, description="That library workout's version")


class GeneratedWeek(BaseModel):
    week: int
    phase: str
    distance_in_meters: int
    duration_in_seconds: int
    workouts: int
    notes: str


class GeneratedPlan(BaseModel):
    workouts: list[GeneratedWorkout] = Field(description="One per training day, as the plans API takes them as "
                                                         "`content`")
    weekly_info: list[GeneratedWeek]
    warnings: list[str] = Field(description="What is unsafe or wrong about the plan, in words; empty when sound")


GeneratedDraftEnvelope = Ok[GeneratedDraft]
GeneratedPlanEnvelope = Ok[GeneratedPlan]
