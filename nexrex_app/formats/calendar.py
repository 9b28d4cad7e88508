"""The athlete's private calendar feed: one all-day event per scheduled workout."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event

from nexrex_app.base.blocks import shown_duration
from nexrex_app.base.units import targets_text
from nexrex_app.models.activity_schemas import ActivityView


def describe_targets(workout: dict) -> str:
    """Distance and time as the Training tab shows them: "10.0 km · 52 min"."""
    seconds, estimated = shown_duration(workout)
    return targets_text(workout.get("target_distance_in_meters"), seconds, estimated=estimated)


def feed(name: str, activities: list[ActivityView], stamp: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//nexrex//training//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for activity in activities:
        workout = activity.workout or {}
        event = Event()
        event.add("uid", f"{activity.activity_id}@nexrex")
        event.add("dtstamp", stamp)
        day = datetime.fromisoformat(activity.date).date()
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        targets = describe_targets(workout)
        event.add("summary", activity.activity_name + (f" ({targets})" if targets else ""))
        event.add("description", workout.get("description") or activity.activity_name)
        event.add("status", "CONFIRMED" if activity.status != "skipped" else "CANCELLED")
        calendar.add_component(event)
    return calendar.to_ical()
