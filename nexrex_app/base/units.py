"""Distance, time and pace as people read them, the same on every page, in the calendar feed and in files."""

from __future__ import annotations

PACE_UNITS = {"s/km": "/km", "s/100m": "/100m"}


def distance_text(meters: float) -> str:
    """A total distance: "10.0 km", "0.4 km"."""
    return f"{meters / 1000:.1f} km"


def step_distance_text(meters: int) -> str:
    """The length of one step: "400 m", "1.5 km"."""
    return f"{meters / 1000:g} km" if meters >= 1000 else f"{meters} m"


def time_text(seconds: float) -> str:
    """A duration to the minute: "52 min", "1 h 05 min"."""
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def step_time_text(seconds: int) -> str:
    """The length of one step: "5 min" for whole minutes, else "90 s"."""
    return f"{seconds // 60} min" if seconds % 60 == 0 and seconds >= 60 else f"{seconds} s"


def clock_text(seconds: float) -> str:
    """A time as a stopwatch shows it: "48:30", "1:02:03"."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def pace_text(seconds: float, unit: str) -> str:
    """A pace in seconds per km ("s/km") or per 100 m ("s/100m"): "4:30/km", "1:45/100m"."""
    return clock_text(seconds) + PACE_UNITS[unit]


def targets_text(meters: int | None, seconds: int | None, *, estimated: bool = False) -> str:
    """A workout's distance and time: "10.0 km · 52 min", "10.0 km · about 52 min" when the time is estimated."""
    parts = [distance_text(meters)] if meters else []
    if seconds:
        parts.append(f"about {time_text(seconds)}" if estimated else time_text(seconds))
    return " · ".join(parts)
