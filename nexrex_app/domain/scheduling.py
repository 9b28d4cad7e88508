"""Placing a plan's workouts on an athlete's calendar from a start date, or back from its race (end) date.

A plan's weeks run Monday to Sunday, as the plan engine writes them. Week 1 is the start date's week:
when the start is not a Monday, that week is partial and its workouts before the start date are left
out (``dropped_before_start`` counts them, so the coach is told before confirming). Every workout
keeps its weekday within its week, so a race on week 12's Sunday lands on that Sunday and nothing of
week 12 comes after it. Assigning by the end date puts the plan's last week on that date's week. A
workout the plan put on one of its own preferred rest days moves to the next free training day of the
same week. Dates are the athlete's local calendar days, so time zones and daylight-saving changes
cannot move a workout to another day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from nexrex_app.base.errors import InvalidInput
from nexrex_app.base.vocabulary import WEEKDAYS


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def start_for_end(end: date, weeks: int) -> date:
    """The start (a Monday) of a plan of ``weeks`` weeks whose last week holds ``end``."""
    return monday_of(end) - timedelta(weeks=weeks - 1)


def week_dates(start: date, week: int) -> dict[str, date]:
    """Each weekday's date in the plan's ``week`` (1-based): week 1 is the Monday-to-Sunday week of ``start``."""
    first = monday_of(start) + timedelta(weeks=week - 1)
    return {WEEKDAYS[offset]: first + timedelta(days=offset) for offset in range(7)}


def _placed_all(content: list[dict], start: date, prefer_day: dict[str, str] | None) -> list[tuple[date, dict]]:
    rest = {day for day, choice in (prefer_day or {}).items() if choice == "Rest"}
    ordered = sorted(content, key=lambda i: (i["week"], WEEKDAYS.index(i["day"])))
    taken = {week_dates(start, i["week"])[i["day"]] for i in ordered if i["day"] not in rest}
    placed: list[tuple[date, dict]] = []
    for item in ordered:
        dates = week_dates(start, item["week"])
        day = dates[item["day"]]
        if item["day"] in rest:
            free = sorted(d for name, d in dates.items() if name not in rest and d > day and d not in taken)
            day = free[0] if free else day
            taken.add(day)
        placed.append((day, item))
    return sorted(placed, key=lambda pair: pair[0])


def schedule(content: list[dict], start: date, prefer_day: dict[str, str] | None = None) -> list[tuple[date, dict]]:
    """(date, workout) for every workout of the plan on or after the start date, in date order."""
    return [(day, item) for day, item in _placed_all(content, start, prefer_day) if day >= start]


def dropped_before_start(content: list[dict], start: date, prefer_day: dict[str, str] | None = None) -> int:
    """How many workouts of a partial first week fall before the start date and are left out."""
    return sum(1 for day, _ in _placed_all(content, start, prefer_day) if day < start)


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def time_zones() -> list[str]:
    """Every IANA zone name this machine knows, sorted: what a person may pick from."""
    return sorted(available_timezones())


def check_timezone(name: str, *, field: str = "timezone") -> str:
    if not isinstance(name, str) or name not in available_timezones():
        raise InvalidInput("Choose a known time zone, such as Europe/London or America/New_York.", field=field,
                           code="UNKNOWN_TIMEZONE")
    return name


def local_today(now: datetime, timezone: str | None) -> date:
    """The athlete's calendar day right now."""
    return now.astimezone(zone(timezone)).date()


def parse_day(value: str | None, *, field: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except (TypeError, ValueError) as exc:
        raise InvalidInput("Dates are YYYY-MM-DD.", field=field) from exc
