"""Training Plans → New Plan → Generate with AI: parameters, progress, review, edits, save."""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass, field

import reflex as rx

from nexrex_app.coach.params import FIGURE_LIMITS, MAX_WEEKS, RACE_DISTANCE_LIMITS, SPORTS, VDOT_RANGE, race_choices
from nexrex_app.coach.zones import fitness_for, race_seconds
from nexrex_app.domain import ai_coach, plans, presenting
from nexrex_app.base.errors import DomainError
from nexrex_app.base.units import clock_text
from nexrex_app.base.wording import level_word, phase_word, sub_type_word
from nexrex_app.state.messages import in_words
from nexrex_app.state.block_editor import PlacedWorkoutEditor, format_distance, format_duration
from nexrex_app.state.plans import PlanBuilderState, saved_notice
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner
from nexrex_app.models.coach_schemas import GenerateDraft, GeneratedWeek, GeneratedWorkout, GeneratePlan, ZoneLine
from nexrex_app.models.library_schemas import OwnPlan

PHASE_COLOURS = {"base": "grass", "build": "amber", "peak": "red", "taper": "sky"}
CUSTOM = "custom"
EVENTS = {sport: (*race_choices(sport), (CUSTOM, "Other distance")) for sport in SPORTS}
FIRST_EVENT = {"run": "half_marathon", "bike": "gran_fondo", "swim": "olympic_swim"}
FITNESS_FIELD = {"run": "race_time_in_seconds", "bike": "ftp_watts", "swim": "css_seconds_per_100m"}
FIELDS = ("level", "weeks", "custom_km", "race_date", "goal_time", "start_date", "fitness_value", "instructions",
          "draft_text")
LABELS = {
    "type": "Sport", "level": "Level", "weeks": "Duration (weeks)", "goal_race": "Goal race",
    "goal_race.event": "Goal race", "goal_race.distance_in_meters": "Race distance", "goal_race.date": "Race date",
    "goal_race.goal_time": "Goal time", "start_date": "Start date", "fitness": "Current fitness",
    "fitness.race_time_in_seconds": "Recent 10K time", "fitness.ftp_watts": "FTP",
    "fitness.css_seconds_per_100m": "CSS pace", "additional_prompt": "Instructions", "refined_draft": "Draft",
    "training_plan_name": "Plan name", "content": "Workouts", "weekly_info": "Week notes",
}
MAX_FIELD = 200
MAX_TEXT = 60_000


FTP_LOW, FTP_HIGH = FIGURE_LIMITS["ftp_watts"]
CSS_LOW, CSS_HIGH = FIGURE_LIMITS["css_seconds_per_100m"]
TEN_K_FASTEST, TEN_K_SLOWEST = (math.ceil(race_seconds(VDOT_RANGE[1], 10_000) / 60) * 60,
                                math.floor(race_seconds(VDOT_RANGE[0], 10_000) / 60) * 60)   # whole minutes
SENTENCES = {  # the rules' limits, said for this form's fields
    "goal_race.distance_in_meters": "Race distance is in kilometres, from 0.1 to "
                                    f"{RACE_DISTANCE_LIMITS['run'] // 1000} for a run, "
                                    f"{RACE_DISTANCE_LIMITS['bike'] // 1000} for a ride, "
                                    f"{RACE_DISTANCE_LIMITS['swim'] // 1000} for a swim.",
    "goal_race.event": "Goal race: pick one of this sport's races, or Other distance.",
    "fitness.race_time_in_seconds": f"Recent 10K time is from {clock_text(TEN_K_FASTEST)} to "
                                    f"{clock_text(TEN_K_SLOWEST)} (minutes:seconds or h:mm:ss), e.g. 48:30.",
    "fitness.ftp_watts": f"FTP is whole watts from {FTP_LOW} to {FTP_HIGH}.",
    "fitness.css_seconds_per_100m": f"CSS pace is a time per 100 m from {clock_text(CSS_LOW)} to "
                                    f"{clock_text(CSS_HIGH)}, e.g. 1:45.",
    "weeks": f"Duration (weeks) is a whole number from 1 to {MAX_WEEKS}.",
}


@dataclass(frozen=True)
class DraftWorkout:
    """A workout of the draft as its week's card lists it; ``index`` is its place among the draft's items."""

    index: int = 0
    day: str = ""
    name: str = ""
    kind: str = ""
    size: str = ""


@dataclass(frozen=True)
class WeekCard:
    week: int = 0
    phase: str = ""
    note: str = ""
    volume: str = ""
    colour: str = ""
    workouts: list[DraftWorkout] = field(default_factory=list)


@dataclass(frozen=True)
class VolumeBar:
    week: int = 0
    height: str = ""
    colour: str = ""
    phase: str = ""


def _number(text: str):
    text = (text or "").strip()
    return int(text) if text.isdigit() else (text or None)


def _kilometres(text: str):
    kilometres = (text or "").strip().replace(",", ".")
    return round(float(kilometres) * 1000) if kilometres.replace(".", "", 1).isdigit() else kilometres or None


class GeneratorState(UseCaseRunner, rx.State):
    sport: str = "run"
    level: str = "intermediate"
    weeks: str = "12"
    event: str = FIRST_EVENT["run"]
    custom_km: str = ""
    race_date: str = ""
    goal_time: str = ""
    start_date: str = ""
    fitness_value: str = ""
    instructions: str = ""
    plan_name: str = ""
    draft_text: str = ""
    progress: int = 0
    progress_of: int = 0
    generating: bool = False
    error: str = ""
    draft_error: str = ""
    model_note: str = ""
    advice: list[str] = []   # what the coach should weigh before saving: goals beyond reach, short plans
    items: list[GeneratedWorkout] = []
    weekly: list[GeneratedWeek] = []
    draft_sport: str = "run"
    zone_legend: list[ZoneLine] = []
    zone_paces: bool = False
    ready: bool = False  # the visit's fresh start is done: the form may be used
    _drafted: GenerateDraft | None = None  # the parameters the draft on screen was written for
    _race_name: str = ""
    _name_typed: bool = False

    @rx.var
    def week_cards(self) -> list[WeekCard]:
        cards = []
        for week in self.weekly:
            workouts = [DraftWorkout(
                index=index, day=item.day[:3], name=item.workout_name,
                kind="Race" if item.workout_name.startswith("Race day")
                else sub_type_word(item.workout_sub_type, item.workout_type),
                size=format_distance(item.target_distance_in_meters)
                if item.target_distance_in_meters else format_duration(item.target_duration_in_seconds))
                for index, item in enumerate(self.items) if item.week == week.week]
            cards.append(WeekCard(week=week.week, phase=phase_word(week.phase), note=week.notes,
                                  volume=format_distance(week.distance_in_meters) if self.draft_sport != "bike"
                                  else format_duration(week.duration_in_seconds),
                                  colour=PHASE_COLOURS.get(week.phase, "gray"), workouts=workouts))
        return cards

    @rx.var
    def volume_bars(self) -> list[VolumeBar]:
        key = "duration_in_seconds" if self.draft_sport == "bike" else "distance_in_meters"
        highest = max([getattr(week, key) for week in self.weekly] or [1]) or 1
        return [VolumeBar(week=week.week, height=f"{max(4, 100 * getattr(week, key) / highest):.1f}%",
                          colour=PHASE_COLOURS.get(week.phase, "gray"), phase=phase_word(week.phase))
                for week in self.weekly]

    @rx.event
    def start_fresh(self):
        """A new visit starts from the form's defaults, not from the last (perhaps saved) draft."""
        self.reset()
        self.ready = True

    @rx.event
    def set_field(self, name: str, value: str):
        if name in FIELDS and isinstance(value, str):
            setattr(self, name, value[:MAX_TEXT if name in ("draft_text", "instructions") else MAX_FIELD])

    @rx.event
    def set_sport(self, sport: str):
        """The race choices and the fitness figure belong to the sport: a new sport starts them afresh."""
        if not isinstance(sport, str) or sport not in SPORTS or sport == self.sport:
            return
        self.sport, self.event = sport, FIRST_EVENT[sport]
        self.custom_km = self.goal_time = self.fitness_value = ""

    @rx.event
    def set_event(self, event: str):
        if isinstance(event, str) and event in dict(EVENTS[self.sport]):
            self.event = event

    @rx.event
    def set_plan_name(self, name: str):
        if not isinstance(name, str):
            return
        self.plan_name = name[:MAX_FIELD]
        self._name_typed = bool(name.strip())

    def _body(self) -> dict:
        race: dict = {"date": self.race_date or None, "goal_time": _number(self.goal_time)}
        if self.event == CUSTOM:
            race["distance_in_meters"] = _kilometres(self.custom_km)
        else:
            race["event"] = self.event
        fitness = {}
        if self.fitness_value.strip():
            fitness[FITNESS_FIELD[self.sport]] = _number(self.fitness_value)
            if self.sport == "run":
                fitness["race_distance_in_meters"] = 10_000
        return {"type": self.sport, "level": self.level, "weeks": _number(self.weeks), "goal_race": race,
                "start_date": self.start_date or None, "fitness": fitness,
                "additional_prompt": self.instructions or None}

    def _say(self, exc: DomainError) -> str:
        return in_words(exc, LABELS, SENTENCES)

    @rx.event
    async def generate(self):
        self.error = ""
        drafted = self._parsed(GenerateDraft, self._body())
        if drafted is REFUSED:
            return  # the draft on screen, and its edits, stay as they were
        request = await self._signed_in(ai_coach.prepare, drafted)
        if request is REFUSED:
            return
        self.draft_error = self.model_note = ""
        self.items, self.weekly, self.draft_text, self.advice = [], [], "", ai_coach.warnings(request)
        self._drafted = drafted  # as the rules accepted it
        self.draft_sport, self._race_name = request.params.sport, request.params.race.name
        self._show_zones(request.params)
        self.generating, self.progress, self.progress_of = True, 0, request.params.weeks
        yield
        for week, lines in ai_coach.week_chunks(request):
            self.progress, self.draft_text = week, self.draft_text + lines + "\n\n"
            yield
            await asyncio.sleep(0)
        text, refinement = await asyncio.to_thread(ai_coach.refined, request)
        self.draft_text = text
        if refinement is not None and not refinement.applied:
            self.model_note = refinement.reason
        await self._structure()
        self.generating = False
        if not self._name_typed:
            self.plan_name = f"{request.params.race.name} · {request.params.weeks} weeks"

    def _show_zones(self, params) -> None:
        given = bool(set(params.fitness) & set(FITNESS_FIELD.values()))
        fitness = fitness_for(params.sport, params.level, params.fitness) if given else None
        self.zone_legend, self.zone_paces = presenting.zone_legend(params.sport, fitness), given

    async def _structure(self) -> None:
        result = await self._signed_in(ai_coach.generate_plan,
                                       GeneratePlan(**dict(self._drafted), refined_draft=self.draft_text),
                                       shown_in="draft_error")
        if result is REFUSED:
            return
        self.draft_error = ""
        self.items = [GeneratedWorkout.model_validate(item) for item in result["workouts"]]
        self.weekly = [GeneratedWeek.model_validate(week) for week in result["weekly_info"]]

    @rx.event
    async def update_from_draft(self):
        if self._drafted is not None:
            await self._structure()

    def _plan_content(self) -> list[dict]:
        """The draft's workouts as a plan's content."""
        return [item.model_dump(exclude_none=True) for item in self.items]

    def _workouts(self) -> list[GeneratedWorkout]:
        return self.items

    def _replace_item(self, index: int, item: GeneratedWorkout) -> None:
        self.items = [item if position == index else existing for position, existing in enumerate(self.items)]
        self.weekly = [self._week_totals(week) if week.week == item.week else week for week in self.weekly]

    def _week_totals(self, week: GeneratedWeek) -> GeneratedWeek:
        mine = [item for item in self.items if item.week == week.week]
        return week.model_copy(update={"distance_in_meters": sum(i.target_distance_in_meters for i in mine),
                                       "duration_in_seconds": sum(i.target_duration_in_seconds for i in mine)})

    @rx.event
    async def save(self):
        if self._drafted is None or not self.items:
            return
        drafted = self._drafted
        data = {"training_plan_name": self.plan_name, "training_plan_description":
                f"Generated with AI: {len(self.weekly)} weeks to {self._race_name}, {level_word(drafted.level)} "
                "level.",
                "type": drafted.type, "level": drafted.level,
                "duration_in_weeks": len(self.weekly), "visibility": "org",
                "content": self._plan_content(),
                "weekly_info": [{"week": w.week, "notes": w.notes} for w in self.weekly]}
        plan = await self._signed_in_parsed(OwnPlan, data, plans.create_own_plan)
        if plan is REFUSED:
            return
        self.reset()  # saved: the next Generate with AI starts a new plan
        (await self.get_state(PlanBuilderState))._notice = saved_notice(plan.training_plan_name)
        return rx.redirect(f"/console/plans/{plan.id}")


class GeneratedWorkoutEditor(PlacedWorkoutEditor, rx.State):
    """Edit one generated workout before saving the plan."""

    async def _owner(self):
        return await self.get_state(GeneratorState)
