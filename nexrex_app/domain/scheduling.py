"""Placing a plan's workouts on an athlete's calendar from a start date.

Week 1 is the seven days from the start date, week 2 the next seven, and so on; a workout lands on
its weekday within its week, so every date is on or after the start and each workout keeps its day.
A workout the plan put on one of its own preferred rest days moves to the next free training day of
the same week. Dates are the athlete's local calendar days, so time zones and daylight-saving changes
cannot move a workout to another day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from nexrex_app.domain.errors import InvalidInput
from nexrex_app.models.training import WEEKDAYS


def week_dates(start: date, week: int) -> dict[str, date]:
    """Each weekday's date in the plan's ``week`` (1-based) counted from ``start``."""
    first = start + timedelta(weeks=week - 1)
    days = [first + timedelta(days=offset) for offset in range(7)]
    return {WEEKDAYS[day.weekday()]: day for day in days}


def schedule(content: list[dict], start: date, prefer_day: dict[str, str] | None = None) -> list[tuple[date, dict]]:
    """(date, workout) for every workout of the plan, in date order."""
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
