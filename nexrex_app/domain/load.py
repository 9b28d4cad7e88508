"""Training load: one figure per session from the best data it has, and fitness, fatigue and form per day.

Every figure is on the TSS scale, where one hour at threshold is 100: power against FTP (TSS), pace against
threshold pace (rTSS), heart rate against threshold heart rate (hrTSS); session RPE × minutes (Foster) when
nothing else is known. Fitness (CTL) and fatigue (ATL) are exponentially weighted averages of the daily load
over 42 and 7 days; form (TSB) is yesterday's fitness less yesterday's fatigue (COACHING.md, "Training load").
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple
from datetime import date, timedelta

from nexrex_app.coach.zones import Fitness, block_named_intensity, fitness_for
from nexrex_app.models.activities import COMPLETED

CTL_DAYS, ATL_DAYS = 42, 7
CTL_FACTOR = 1 - math.exp(-1 / CTL_DAYS)   # ≈ 0.0235
ATL_FACTOR = 1 - math.exp(-1 / ATL_DAYS)   # ≈ 0.1331
CLIMB_EQUIVALENT = 8  # metres of flat running one metre of ascent costs (Minetti's cost of gradient, net of descents)
RACE_FORM = (5, 25)   # the form (TSB) a race is usually planned at
PACE_SPORTS = {"run": "run", "walk": "run", "hike": "run", "swim": "swim"}
BIKE_PLAN_SPEED = 30 / 3.6   # m/s: the distance steps of a planned ride are timed at 30 km/h
WALK_PLAN_SPEED = 5 / 3.6
ZONE_INTENSITY = {"z1": 0.55, "z2": 0.70, "z3": 0.80, "z4": 0.95, "z5": 1.05}  # sports without zones of their own
POWER, PACE, HEART_RATE, RPE, PLANNED = "power", "pace", "heart_rate", "rpe", "planned"
METHOD_NAMES = {POWER: "TSS (power)", PACE: "rTSS (pace)", HEART_RATE: "hrTSS (heart rate)",
                RPE: "session RPE", PLANNED: "planned"}


@dataclass(frozen=True, slots=True)
class Load:
    value: float
    method: str


class Session(NamedTuple):
    """What a completed session recorded, named as an activity's columns (so a row can stand in for it)."""
    activity_type: str
    duration_in_seconds: int | None = None
    distance_in_meters: int | None = None
    avg_heart_rate: int | None = None
    avg_power_watts: int | None = None
    normalized_power_watts: int | None = None
    elevation_gain_in_meters: int | None = None
    perceived_effort: int | None = None


@dataclass(frozen=True)
class Thresholds:
    """The athlete's thresholds; None when not known."""
    ftp: float | None = None
    heart_rate: float | None = None
    run_speed: float | None = None    # m/s at threshold pace
    swim_speed: float | None = None   # m/s at critical swim speed
    figures: dict | None = None       # what the zones of planned workouts come from

    def speed(self, sport: str) -> float | None:
        return {"run": self.run_speed, "swim": self.swim_speed}.get(PACE_SPORTS.get(sport, ""))


def thresholds_of(figures: dict | None) -> Thresholds:
    """The thresholds in an athlete's fitness figures (threshold pace from their zones: Daniels' T pace)."""
    figures = figures or {}
    run_speed = swim_speed = None
    if figures.get("race_time_in_seconds"):
        run_speed = 1000 / fitness_for("run", "intermediate", figures).zone("z4").target
    if figures.get("css_seconds_per_100m"):
        swim_speed = 100 / figures["css_seconds_per_100m"]
    return Thresholds(ftp=figures.get("ftp_watts"), heart_rate=figures.get("threshold_heart_rate"),
                      run_speed=run_speed, swim_speed=swim_speed, figures=figures)


# --- the formulas --------------------------------------------------------------------------------


def intensity_load(seconds: float, intensity: float) -> float:
    """Hours × IF² × 100: one hour at threshold (IF 1) is 100."""
    return seconds / 3600 * intensity ** 2 * 100


def power_tss(seconds: float, normalized_power: float, ftp: float) -> float:
    """(seconds × NP × IF) / (FTP × 3600) × 100, IF = NP / FTP."""
    intensity = normalized_power / ftp
    return seconds * normalized_power * intensity / (ftp * 3600) * 100


def pace_tss(seconds: float, metres: float, threshold_speed: float, climb: float = 0) -> float:
    """rTSS: graded speed (each metre climbed counted as CLIMB_EQUIVALENT flat metres) against threshold speed."""
    graded_speed = (metres + CLIMB_EQUIVALENT * (climb or 0)) / seconds
    return intensity_load(seconds, graded_speed / threshold_speed)


def heart_rate_tss(seconds: float, avg_heart_rate: float, threshold_heart_rate: float) -> float:
    """hrTSS from the session's average heart rate: an hour at threshold heart rate is 100."""
    return intensity_load(seconds, avg_heart_rate / threshold_heart_rate)


def session_rpe(seconds: float, rpe: float) -> float:
    """Foster's session RPE: perceived effort (0–10) × minutes."""
    return rpe * seconds / 60


def session_load(done: Session, thresholds: Thresholds) -> Load | None:
    """The load of a completed session by the best data it has, and the method used; None when nothing fits."""
    seconds = done.duration_in_seconds or 0
    if seconds <= 0:
        return None
    power = done.normalized_power_watts or done.avg_power_watts
    if power and thresholds.ftp:
        return Load(power_tss(seconds, power, thresholds.ftp), POWER)
    speed = thresholds.speed(done.activity_type)
    if done.distance_in_meters and speed:
        return Load(pace_tss(seconds, done.distance_in_meters, speed, done.elevation_gain_in_meters or 0), PACE)
    if done.avg_heart_rate and thresholds.heart_rate:
        return Load(heart_rate_tss(seconds, done.avg_heart_rate, thresholds.heart_rate), HEART_RATE)
    if done.perceived_effort:
        return Load(session_rpe(seconds, done.perceived_effort), RPE)
    return None


def activity_load(activity, thresholds: Thresholds) -> Load | None:
    """A completed activity's load and its method (an Activity or a row with the columns of ``Session`` and
    ``status``); None for a workout not done or with too little data."""
    if activity.status != COMPLETED:
        return None
    return session_load(activity, thresholds)


# --- planned workouts ----------------------------------------------------------------------------


def planned_load(workout: dict, thresholds: Thresholds) -> float:
    """A scheduled workout's load from its blocks at the athlete's zones (their figures, else typical ones)."""
    sport = workout.get("workout_type") or "run"
    fitness = fitness_for(sport, "intermediate", thresholds.figures) if sport in ("run", "bike", "swim") else None
    blocks = workout.get("content_blocks") or []
    if not blocks:
        seconds = workout.get("target_duration_in_seconds") or _step_seconds(
            {"block_distance_in_meters": workout.get("target_distance_in_meters") or 0}, "z2", sport, fitness)
        return intensity_load(seconds, _zone_intensity("z2", sport, fitness))
    return _blocks_load(blocks, sport, fitness)


def _blocks_load(blocks: list[dict], sport: str, fitness: Fitness | None) -> float:
    total = 0.0
    for block in blocks:
        repeat = block.get("block_repeat") or 1
        if block.get("blocks"):
            total += repeat * _blocks_load(block["blocks"], sport, fitness)
            continue
        named = block_named_intensity(block)
        zone = named.word if named is not None and fitness is not None and fitness.sport == named.sport \
            else block.get("block_pace") or "z2"
        total += repeat * intensity_load(_step_seconds(block, zone, sport, fitness),
                                         _zone_intensity(zone, sport, fitness))
    return total


def _step_seconds(block: dict, zone: str, sport: str, fitness: Fitness | None) -> float:
    if block.get("block_duration_in_seconds") and block.get("block_length_target") != "distance":
        return block["block_duration_in_seconds"]
    metres = block.get("block_distance_in_meters") or 0
    if sport in ("run", "swim"):
        return fitness.seconds_for(metres, zone)
    return metres / (BIKE_PLAN_SPEED if sport == "bike" else WALK_PLAN_SPEED)


def _zone_intensity(zone: str, sport: str, fitness: Fitness | None) -> float:
    """The zone's target against threshold: power over FTP, or threshold pace over the zone's pace."""
    if fitness is None:
        return ZONE_INTENSITY[zone]
    target = fitness.zone(zone).target
    if sport == "bike":
        return target / fitness.ftp
    return fitness.zone("z4").target / target


# --- fitness, fatigue and form -------------------------------------------------------------------


@dataclass(slots=True)
class Day:
    day: date
    load: float
    planned_load: float
    ctl: float
    atl: float
    tsb: float
    ramp: float     # fitness gained over the last seven days
    projected: bool


def fitness_days(first: date, last: date, shown_from: date, *, done: dict[date, float], ahead: dict[date, float],
                 planned: dict[date, float], today: date) -> list[Day]:
    """Each day from ``shown_from`` to ``last``, the model run from ``first`` (zero fitness before it).

    A day adds what was ``done`` and, from today on, what is still planned (``ahead``) to the model;
    ``planned`` is what the schedule asked for that day, done or not."""
    ctl = atl = 0.0
    history: list[float] = []
    days: list[Day] = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        form = ctl - atl
        load = done.get(day, 0.0) + ahead.get(day, 0.0)
        ctl += (load - ctl) * CTL_FACTOR
        atl += (load - atl) * ATL_FACTOR
        history.append(ctl)
        if day >= shown_from:
            week_ago = history[-8] if len(history) > 7 else 0.0
            days.append(Day(day, done.get(day, 0.0), planned.get(day, 0.0), ctl, atl, form, ctl - week_ago,
                            day > today))
    return days


def add_up(pairs: Iterable[tuple[date, float]]) -> dict[date, float]:
    totals: dict[date, float] = {}
    for day, value in pairs:
        totals[day] = totals.get(day, 0.0) + value
    return totals
