"""What the coach asks for: sport, level, weeks, the goal race, preferred days and current fitness."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from nexrex_app.coach.zones import race_seconds
from nexrex_app.base.errors import InvalidInput
from nexrex_app.base.text import optional_text
from nexrex_app.base.units import clock_text
from nexrex_app.base.vocabulary import WEEKDAYS, one_of

SPORTS = ("run", "bike", "swim")
LEVELS = ("basic", "intermediate", "advanced")
LEVEL_ALIASES = {"beginner": "basic"}
PREFERENCES = ("ai_generate", "prefer_existing", "strict_existing")
RACES = {
    # event: (sport, metres, name)
    "5k": ("run", 5000, "5K"), "10k": ("run", 10000, "10K"), "15k": ("run", 15000, "15K"),
    "half_marathon": ("run", 21097, "Half marathon"), "marathon": ("run", 42195, "Marathon"),
    "50k": ("run", 50000, "50K ultra"),
    "sprint_swim": ("swim", 750, "750 m (sprint triathlon)"), "olympic_swim": ("swim", 1500, "1500 m"),
    "half_iron_swim": ("swim", 1900, "1.9 km (half-distance triathlon)"),
    "iron_swim": ("swim", 3800, "3.8 km (long-distance triathlon)"),
    "open_water_5k": ("swim", 5000, "5 km open water"), "open_water_10k": ("swim", 10000, "10 km open water"),
    "40k_time_trial": ("bike", 40000, "40 km time trial"), "half_iron_bike": ("bike", 90000, "90 km triathlon ride"),
    "gran_fondo": ("bike", 120000, "Gran fondo (120 km)"), "century": ("bike", 160934, "Century (100 miles)"),
}
RACE_DISTANCE_LIMITS = {"run": 250_000, "bike": 400_000, "swim": 30_000}
EVENT_ALIASES = {"half-marathon": "half_marathon", "half marathon": "half_marathon"}
EVENTS = {**{key: meters for key, (_, meters, _) in RACES.items()},
          **{alias: RACES[key][1] for alias, key in EVENT_ALIASES.items()}}


def race_choices(sport: str) -> list[tuple[str, str]]:
    """The goal races of a sport, shortest first: (event, name)."""
    return [(key, name) for key, (of, _, name) in RACES.items() if of == sport]


SPORT_DAY_CHOICES = {"run": ("easy-run", "tempo-run", "interval-run", "long-run", "run"), "bike": ("bike",),
                     "swim": ("swim",)}   # a day given to anything else is rest or cross-training for the plan
DAY_CHOICES = ("Rest", "easy-run", "tempo-run", "interval-run", "long-run", "run", "bike", "swim", "strength")
MAX_WEEKS = 52


@dataclass(frozen=True)
class GoalRace:
    distance_m: int
    name: str
    date: date | None = None
    goal_seconds: int | None = None


@dataclass(frozen=True)
class PlanParams:
    sport: str
    level: str
    weeks: int
    race: GoalRace
    start_date: date | None = None
    prefer_day: dict[str, str] = field(default_factory=dict)
    fitness: dict[str, Any] = field(default_factory=dict)
    additional_prompt: str = ""
    training_principle: str = "daniels"
    workout_preference: str = "ai_generate"

    def as_dict(self) -> dict:
        return {
            "type": self.sport, "level": self.level, "weeks": self.weeks,
            "goal_race": {"distance_in_meters": self.race.distance_m, "event": self.race.name,
                          "date": self.race.date.isoformat() if self.race.date else None,
                          "goal_time": self.race.goal_seconds},
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "training_plan_prefer_day": self.prefer_day, "fitness": self.fitness,
            "additional_prompt": self.additional_prompt, "training_principle": self.training_principle,
            "workout_preference": self.workout_preference,
        }

    @property
    def race_weekday(self) -> str | None:
        return WEEKDAYS[self.race.date.weekday()] if self.race.date else None


def _date(value: Any, field_name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise InvalidInput("Dates are YYYY-MM-DD.", field=field_name) from exc


def parse_duration(value: Any, field_name: str) -> int | None:
    """Seconds from ``5400`` or ``"1:30:00"`` / ``"45:10"``."""
    if value in (None, ""):
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}(:\d{2}){1,2}", value.strip()):
        seconds = 0
        for part in value.strip().split(":"):
            seconds = seconds * 60 + int(part)
        if seconds > 0:
            return seconds
    raise InvalidInput("A time is seconds or H:MM:SS.", field=field_name)


def _event(event: Any, sport: str) -> tuple[int, str]:
    key = EVENT_ALIASES.get(str(event).strip().lower(), str(event).strip().lower())
    if key not in RACES:
        raise InvalidInput(f"Known events: {', '.join(sorted(RACES))}.", field="goal_race.event")
    race_sport, meters, name = RACES[key]
    if race_sport != sport:
        choices = ", ".join(key for key, _ in race_choices(sport))
        raise InvalidInput(f"{key} is a {race_sport} race, not a {sport} race; {sport} events: {choices}, or give "
                           "the race's distance_in_meters.", field="goal_race.event", code="WRONG_SPORT")
    return meters, name


def _race(raw: Any, sport: str) -> GoalRace:
    if not isinstance(raw, dict):
        raise InvalidInput("goal_race is required: a distance_in_meters or an event, and optionally a date.",
                           field="goal_race", code="MISSING_FIELD")
    distance, event = raw.get("distance_in_meters"), raw.get("event")
    if distance is None and event is None:
        raise InvalidInput("Give the race's distance_in_meters or its event.", field="goal_race.distance_in_meters",
                           code="MISSING_FIELD")
    name = None
    if event is not None:
        known, name = _event(event, sport)
        distance = known if distance is None else distance
    longest = RACE_DISTANCE_LIMITS[sport]
    if not isinstance(distance, int) or isinstance(distance, bool) or not 100 <= distance <= longest:
        raise InvalidInput(f"distance_in_meters must be a whole number from 100 to {longest}.",
                           field="goal_race.distance_in_meters")
    name = name or (f"{distance / 1000:g} km race" if distance >= 1000 else f"{distance} m race")
    return GoalRace(distance_m=distance, name=name, date=_date(raw.get("date"), "goal_race.date"),
                    goal_seconds=parse_duration(raw.get("goal_time"), "goal_race.goal_time"))


def _prefer_day(raw: Any, sport: str) -> dict[str, str]:
    if raw in (None, {}):
        return {}
    if not isinstance(raw, dict):
        raise InvalidInput("training_plan_prefer_day maps days to Rest or a workout type.",
                           field="training_plan_prefer_day")
    for day, choice in raw.items():
        if day not in WEEKDAYS:
            raise InvalidInput("Days are Monday to Sunday.", field=f"training_plan_prefer_day.{day}")
        if choice not in DAY_CHOICES:
            raise InvalidInput(f"Each day is one of: {', '.join(DAY_CHOICES)}.",
                               field=f"training_plan_prefer_day.{day}")
    own = SPORT_DAY_CHOICES[sport]
    if all(day in raw and raw[day] not in own for day in WEEKDAYS):
        raise InvalidInput("Leave at least one day for training in this plan's sport.",
                           field="training_plan_prefer_day")
    return {day: raw[day] for day in WEEKDAYS if day in raw}


FIGURE_LIMITS = {"race_distance_in_meters": (400, 200_000), "race_time_in_seconds": (60, 200_000),
                 "ftp_watts": (50, 600), "css_seconds_per_100m": (55, 300), "weekly_distance_in_meters": (0, 400_000),
                 "longest_session_in_meters": (0, 100_000), "weekly_duration_in_seconds": (0, 40 * 3600),
                 "longest_session_in_seconds": (0, 12 * 3600), "threshold_heart_rate": (80, 230)}
SPORT_FIGURE_LIMITS = {"swim": {"weekly_distance_in_meters": (0, 100_000), "longest_session_in_meters": (0, 30_000)}}
VDOT_RANGE = (20.0, 85.0)   # from a beginner's jog to the world's best
PRINCIPLES = ("daniels", "polarized")
ZONE_FIGURES = ("race_distance_in_meters", "race_time_in_seconds", "ftp_watts", "css_seconds_per_100m",
                "threshold_heart_rate")


def check_figures(raw: Any, *, allowed: tuple[str, ...], field_prefix: str = "", sport: str = "") -> dict:
    """An athlete's figures (a race result, FTP, CSS, weekly volume), each within its limits; None is left out."""
    if raw in (None, {}):
        return {}
    if not isinstance(raw, dict):
        raise InvalidInput("fitness is an object.", field=field_prefix.rstrip(".") or "fitness")
    cleaned = {}
    for name, value in raw.items():
        field = f"{field_prefix}{name}"
        if name not in allowed:
            raise InvalidInput(f"Unknown field: {name}.", field=field, code="UNKNOWN_FIELD")
        if name == "race_time_in_seconds" or (name == "css_seconds_per_100m" and isinstance(value, str)):
            value = parse_duration(value, field)  # seconds, or a clock time such as 48:30 or 1:45 per 100 m
        if value is None:
            continue
        low, high = SPORT_FIGURE_LIMITS.get(sport, {}).get(name, FIGURE_LIMITS[name])
        if not isinstance(value, int | float) or isinstance(value, bool) or not low <= value <= high:
            raise InvalidInput(f"{name} must be a number from {low} to {high}.", field=field)
        cleaned[name] = value
    if ("race_distance_in_meters" in cleaned) != ("race_time_in_seconds" in cleaned):
        raise InvalidInput("A race result needs both its distance and its time.",
                           field=f"{field_prefix}race_time_in_seconds")
    return cleaned


def first_monday(start: date) -> date:
    return start - timedelta(days=start.weekday())


def _check_race_date(race: GoalRace, start: date | None, weeks: int) -> None:
    """Weeks run Monday to Sunday, the first being the start date's week: the race is in the last one."""
    if not (race.date and start):
        return
    last_monday = first_monday(start) + timedelta(weeks=weeks - 1)
    if not (start <= race.date and last_monday <= race.date < last_monday + timedelta(days=7)):
        fitting = (first_monday(race.date) - first_monday(start)).days // 7 + 1
        hint = f" (from {start.isoformat()} to {race.date.isoformat()} is {fitting} weeks)" if fitting >= 1 else ""
        raise InvalidInput(f"The race date must fall in the plan's last week{hint}.", field="goal_race.date")


def _check_vdot(distance: int | None, seconds: int | None, field_name: str) -> None:
    """A race time a human can run: VDOT from 20 to 85."""
    if not (distance and seconds):
        return
    slowest, fastest = race_seconds(VDOT_RANGE[0], distance), race_seconds(VDOT_RANGE[1], distance)
    if not fastest <= seconds <= slowest:
        raise InvalidInput(f"A time for {distance} m is between {clock_text(fastest)} and {clock_text(slowest)}.",
                           field=field_name)


def parse_params(body: dict) -> PlanParams:
    """Checked parameters, or InvalidInput naming the offending field."""
    sport = one_of(body.get("type") or "run", SPORTS, field="type")
    level = LEVEL_ALIASES.get(body.get("level"), body.get("level"))
    level = one_of(level, LEVELS, field="level")
    weeks = body.get("weeks")
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= MAX_WEEKS:
        raise InvalidInput(f"weeks must be a whole number from 1 to {MAX_WEEKS}.", field="weeks")
    race = _race(body.get("goal_race"), sport)
    start = _date(body.get("start_date"), "start_date")
    _check_race_date(race, start, weeks)
    prompt = optional_text(body.get("additional_prompt"), field="additional_prompt", label="Your instructions",
                           max_length=2000, multiline=True) or ""
    principle = one_of(body.get("training_principle") or "daniels", PRINCIPLES, field="training_principle")
    fitness = check_figures(body.get("fitness"), allowed=tuple(FIGURE_LIMITS), field_prefix="fitness.",
                            sport=sport)
    _check_vdot(fitness.get("race_distance_in_meters"), fitness.get("race_time_in_seconds"),
                "fitness.race_time_in_seconds")
    if sport == "run":
        _check_vdot(race.distance_m, race.goal_seconds, "goal_race.goal_time")
    return PlanParams(
        sport=sport, level=level, weeks=weeks, race=race, start_date=start,
        prefer_day=_prefer_day(body.get("training_plan_prefer_day"), sport),
        fitness=fitness, additional_prompt=prompt, training_principle=principle,
        workout_preference=one_of(body.get("workout_preference") or "ai_generate", PREFERENCES,
                                  field="workout_preference"),
    )
