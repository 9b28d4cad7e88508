"""The shape of the plan: phases, weekly volume and the long session, week by week.

Volume is in the sport's unit: metres for running and swimming, seconds for cycling.

Where the numbers come from (COACHING.md): the peak week and the longest session depend on the race
distance and the level (``TARGETS``, read from Higdon's, Pfitzinger's and Daniels' published plans).
The plan starts from the athlete's stated weekly volume and longest session when known, else from
about half the peak, and climbs towards the peak along the build weeks, so a long plan keeps growing in
4-week blocks (three weeks up, one lighter week down 25%) instead of sitting on a plateau. A week never
rises more than 10% above the highest of the three before it, and no session is more than 110% of the
longest of the four weeks before it; the generator enforces both on the sessions as rounded. The taper
lasts 1–3 weeks by race distance and cuts volume 40–60% while keeping intensity.
"""

from __future__ import annotations

from dataclasses import dataclass

from nexrex_app.coach.params import PlanParams

RAMP = 1.08             # weekly growth aimed at while building
RAMP_CAP = 1.10         # the rule a week may not break
LONG_CAP = 1.10         # the rule a session may not break
RECOVERY_FACTOR = 0.75  # a lighter week: volume down 25%
BLOCK = 4               # weeks per block: three up, one down
TAPER_PEAK_WEEKS = BLOCK  # the taper is measured from the highest week of the last block before it
TAPER_FRACTIONS = {1: (0.5,), 2: (0.55, 0.45), 3: (0.6, 0.5, 0.4)}  # of the peak week, race excluded
EARLY_RACE_WEEK = 0.25  # the few days before a race early in the week
START_SHARE = 0.5       # an athlete of whom nothing is known starts at half the peak week
START_LONG_SHARE = {"run": 0.4, "swim": 0.4, "bike": 0.4}   # and their longest session is this share of it
MAX_LONG_SHARE = 0.5    # a long run or swim never takes more than half the week
BIKE_LONG_SHARE = 0.6   # a cyclist's weekend ride may take more: century plans give it well over half
EVENT_LONG_SHARE = 0.85  # the longest ride before a long event: about 85% of the event's expected duration
BIKE_RACE_SPEED = {"basic": 25, "intermediate": 30, "advanced": 35}   # km/h, to size the race's duration

H = 3600
# (distance up to, metres) -> level -> (peak week, longest session), in the sport's unit
TARGETS = {
    "run": (
        (5_000, {"basic": (16_000, 6_000), "intermediate": (35_000, 12_000), "advanced": (55_000, 16_000)}),
        (10_000, {"basic": (25_000, 10_000), "intermediate": (45_000, 15_000), "advanced": (70_000, 19_000)}),
        (21_100, {"basic": (32_000, 16_000), "intermediate": (50_000, 19_000), "advanced": (75_000, 24_000)}),
        (42_195, {"basic": (64_000, 32_000), "intermediate": (80_000, 32_000), "advanced": (100_000, 35_000)}),
        (400_000, {"basic": (70_000, 35_000), "intermediate": (90_000, 38_000), "advanced": (110_000, 40_000)}),
    ),
    "bike": (
        (40_000, {"basic": (5 * H, 2 * H), "intermediate": (7 * H, 5 * H // 2), "advanced": (10 * H, 3 * H)}),
        (90_000, {"basic": (6 * H, 3 * H), "intermediate": (8 * H, 7 * H // 2), "advanced": (11 * H, 4 * H)}),
        (400_000, {"basic": (7 * H, 4 * H), "intermediate": (9 * H, 5 * H), "advanced": (12 * H, 11 * H // 2)}),
    ),
    "swim": (
        (750, {"basic": (5_000, 1_500), "intermediate": (8_000, 2_000), "advanced": (12_000, 2_500)}),
        (1_900, {"basic": (7_000, 2_500), "intermediate": (10_000, 3_000), "advanced": (15_000, 3_500)}),
        (3_800, {"basic": (9_000, 3_800), "intermediate": (13_000, 4_000), "advanced": (18_000, 4_500)}),
        (400_000, {"basic": (12_000, 5_000), "intermediate": (16_000, 6_000), "advanced": (22_000, 7_000)}),
    ),
}
MIN_WEEKS = {"run": ((5_000, 6), (10_000, 8), (21_100, 10), (42_195, 16), (400_000, 18)),
             "bike": ((40_000, 6), (90_000, 10), (400_000, 12)),
             "swim": ((1_900, 6), (3_800, 10), (400_000, 12))}


@dataclass(frozen=True)
class WeekShape:
    week: int
    phase: str           # base | build | peak | taper
    volume: int          # what the week aims at, before the 10% rules measured on what was built
    long: int
    recovery: bool = False
    race_week: bool = False
    fraction: float = 0.0   # a taper week's share of the peak


def _by_distance(table: tuple, distance: int):
    return next(value for limit, value in table if distance <= limit)


def long_share(params: PlanParams) -> float:
    """The most of a week its long session may take."""
    return BIKE_LONG_SHARE if params.sport == "bike" else MAX_LONG_SHARE


def event_seconds(params: PlanParams) -> int:
    """How long a bike race takes at the level's typical speed, in whole 5 minutes."""
    hours = params.race.distance_m / 1000 / BIKE_RACE_SPEED[params.level]
    return max(300, int(hours * 3600) // 300 * 300)


def targets(params: PlanParams) -> tuple[int, int]:
    """The published plans' peak week and longest session for this race and level. A bike event's longest
    ride is at least most of the event's duration, and the peak week holds it."""
    peak_week, peak_long = _by_distance(TARGETS[params.sport], params.race.distance_m)[params.level]
    if params.sport == "bike":
        peak_long = max(peak_long, round(event_seconds(params) * EVENT_LONG_SHARE))
        peak_week = max(peak_week, round(peak_long / BIKE_LONG_SHARE))
    return peak_week, peak_long


def minimum_weeks(params: PlanParams) -> int:
    return _by_distance(MIN_WEEKS[params.sport], params.race.distance_m)


def ideal_taper(params: PlanParams) -> int:
    distance = params.race.distance_m
    if params.sport == "run":
        return 1 if distance <= 10_000 else 2 if distance <= 21_100 else 3
    if params.sport == "bike":
        return 2 if distance >= 100_000 else 1
    return 2 if distance >= 3_800 else 1


def phases(weeks: int, taper: int) -> list[str]:
    """Phase of each week: the taper first takes what it needs, then base, build and peak share the rest."""
    if weeks == 1:
        return ["taper"]
    taper = min(taper, max(1, weeks // 4))
    rest = weeks - taper
    if rest <= 2:
        return ["build"] * rest + ["taper"] * taper
    peak = max(1, round(rest * 0.2))
    base = max(1, round(rest * 0.4))
    build = rest - base - peak
    if build < 1:
        base, build = base - 1, build + 1
    return ["base"] * base + ["build"] * build + ["peak"] * peak + ["taper"] * taper


def _stated(params: PlanParams, run_or_swim: str, bike: str) -> int:
    return int(params.fitness.get(bike if params.sport == "bike" else run_or_swim) or 0)


def start_volume(params: PlanParams) -> int:
    """The athlete's weekly volume before the plan: as stated, else about half the peak."""
    return _stated(params, "weekly_distance_in_meters", "weekly_duration_in_seconds") or \
        round(targets(params)[0] * START_SHARE)


def initial_long(params: PlanParams) -> int:
    """The longest session the athlete managed in the last weeks: as stated, else a share of their week."""
    peak_week, peak_long = targets(params)
    start = start_volume(params)
    return _stated(params, "longest_session_in_meters", "longest_session_in_seconds") or \
        round(min(peak_long * start / peak_week, start * START_LONG_SHARE[params.sport], peak_long))


def taper_fractions(taper_weeks: int, early: bool) -> tuple[float, ...]:
    """Each taper week's share of the peak; after an early-week race's taper comes its short race week."""
    if early:
        return (TAPER_FRACTIONS[taper_weeks - 1] if taper_weeks > 1 else ()) + (EARLY_RACE_WEEK,)
    return TAPER_FRACTIONS[taper_weeks]


def _progress(week: int, building: int) -> float:
    """How far along the build a week is, 0 … 1 (the last build week reaches the peak)."""
    return 1.0 if building <= 1 else min(1.0, (week - 1) / (building - 1))


def _is_recovery(week: int, building: int) -> bool:
    return week % BLOCK == 0 and week < building


def _long_growth(start_long: int, peak_long: int, building: int) -> float:
    """The long session's rise from one building week to the next (lighter weeks leave it out): steady, so
    it reaches the peak in the last building week, and never above the 10% rule. Week 1 rises from the
    athlete's longest of the last 30 days, which the rule measures it against."""
    rises = sum(1 for week in range(1, building + 1) if not _is_recovery(week, building))
    if rises == 0 or start_long <= 0 or peak_long <= start_long:
        return 1.0
    return min(LONG_CAP, (peak_long / start_long) ** (1 / rises))


def shape_weeks(params: PlanParams, early: bool) -> list[WeekShape]:
    """The weeks as aimed at: the generator then holds each to the 10% rules on what it really built."""
    week_phases = phases(params.weeks, ideal_taper(params) + early)
    taper_weeks = week_phases.count("taper")
    building = params.weeks - taper_weeks
    fractions = taper_fractions(taper_weeks, early)
    start, start_long = start_volume(params), initial_long(params)
    peak, peak_long = targets(params)
    peak, peak_long = max(peak, start), max(peak_long, start_long)
    growth, rises = _long_growth(start_long, peak_long, building), 0
    shapes = []
    for week, phase in enumerate(week_phases, start=1):
        if phase == "taper":
            fraction = fractions[week - building - 1]
            shapes.append(WeekShape(week, phase, round(peak * fraction), round(peak_long * fraction),
                                    race_week=week == params.weeks, fraction=fraction))
            continue
        recovery = _is_recovery(week, building)
        rises += not recovery
        volume = start + (peak - start) * _progress(week, building)
        long = min(peak_long, start_long * growth ** rises)
        if recovery:
            volume, long = volume * RECOVERY_FACTOR, long * RECOVERY_FACTOR
        shapes.append(WeekShape(week, phase, round(volume), round(long), recovery=recovery))
    return shapes
