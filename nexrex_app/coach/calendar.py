"""Which days the athlete trains, the long day and race day, and what "back to back" means."""

from __future__ import annotations

from nexrex_app.coach.params import SPORT_DAY_CHOICES, PlanParams
from nexrex_app.base.vocabulary import WEEKDAYS

DEFAULT_DAYS = {
    "basic": ("Tuesday", "Thursday", "Sunday"),
    "intermediate": ("Tuesday", "Thursday", "Saturday", "Sunday"),
    "advanced": ("Monday", "Tuesday", "Thursday", "Friday", "Sunday"),
}
FILL_ORDER = ("Wednesday", "Saturday", "Sunday", "Friday", "Monday", "Tuesday", "Thursday")
LONGER_RACE = {"basic": 10_000, "intermediate": 21_100, "advanced": 21_100}  # above it, one more running day
EARLY_RACE_DAY = 3  # a race Monday to Thursday leaves its week almost empty: the taper ends the week before


def other_days(params: PlanParams) -> dict[str, str]:
    """Days the coach gave to rest or to something else (another sport, strength): never a session of this plan."""
    own = SPORT_DAY_CHOICES[params.sport]
    return {day: choice for day, choice in params.prefer_day.items() if choice not in own}


def training_days(params: PlanParams) -> list[str]:
    """The level's usual days, plus the days the coach named for this sport, less the days given to rest or to
    cross-training."""
    named = {day for day, choice in params.prefer_day.items() if choice in SPORT_DAY_CHOICES[params.sport]}
    rest = set(other_days(params))
    days = {day for day in WEEKDAYS if (day in DEFAULT_DAYS[params.level] or day in named) and day not in rest}
    wanted = len(DEFAULT_DAYS[params.level]) + extra_days(params)
    for day in FILL_ORDER:  # more days for longer races, and other free days when rest days took the usual ones
        if len(days) >= wanted:
            break
        if day not in rest:
            days.add(day)
    return sorted(days, key=WEEKDAYS.index)


def extra_days(params: PlanParams) -> int:
    """Published plans run more days a week for longer races: Higdon's novice marathon 4, Pfitzinger's 6."""
    return int(params.sport == "run" and params.race.distance_m > LONGER_RACE[params.level])


def long_day(params: PlanParams, days: list[str]) -> str:
    for day in days:
        if params.prefer_day.get(day) == "long-run":
            return day
    for day in ("Sunday", "Saturday"):
        if day in days:
            return day
    return days[-1]


def race_day(params: PlanParams) -> str:
    """The race date's weekday; without a date, the long day (or Sunday when a one-week plan starts after it)."""
    if params.race_weekday:
        return params.race_weekday
    days = training_days(params)
    day = long_day(params, days)
    if params.weeks > 1 or WEEKDAYS.index(day) >= first_day(params):
        return day
    later = [d for d in days if WEEKDAYS.index(d) >= first_day(params)]
    return later[-1] if later else "Sunday"


def race_is_early(params: PlanParams) -> bool:
    return WEEKDAYS.index(race_day(params)) <= EARLY_RACE_DAY


def first_day(params: PlanParams) -> int:
    """Week 1 is the start date's Monday-to-Sunday week: the days before the start date stay empty."""
    return params.start_date.weekday() if params.start_date else 0


def adjacent(a: str, b: str) -> bool:
    """Back to back, counting Sunday and the next Monday."""
    return (WEEKDAYS.index(a) - WEEKDAYS.index(b)) % 7 in (1, 6)
