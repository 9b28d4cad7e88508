"""Compliance bands (TrainingPeaks' published colour rules, COACHING.md): done against planned, by distance
where the plan sets a distance, else by duration. 80–120 % green, 50–79 % or 121–150 % yellow, under 50 % or
over 150 % orange; a planned workout not done is amber ("skipped")."""

from __future__ import annotations

from typing import Literal

Band = Literal["green", "yellow", "orange", "amber"]


def band_of(ratio: float) -> Band:
    percent = round(ratio * 100)
    if 80 <= percent <= 120:
        return "green"
    if 50 <= percent <= 150:
        return "yellow"
    return "orange"


def compliance(done: int, planned: int) -> dict | None:
    """``{band, ratio}`` for ``done`` against ``planned``; None when nothing was planned."""
    if planned <= 0:
        return None
    return {"band": band_of(done / planned), "ratio": round(done / planned, 3)}


def planned_and_done(view: dict) -> tuple[int, int]:
    """(planned, done) of one activity view: its distance when the workout sets one, else its duration."""
    workout = view.get("workout") or {}
    if workout.get("target_distance_in_meters"):
        return workout["target_distance_in_meters"], view.get("distance_in_meters") or 0
    return workout.get("target_duration_in_seconds") or 0, view.get("duration_in_seconds") or 0


def activity_compliance(view: dict) -> dict | None:
    """The band of a completed workout against its plan, amber for a skipped one, None otherwise."""
    if view["status"] == "skipped":
        return {"band": "amber", "ratio": 0.0}
    if view["status"] != "completed":
        return None
    planned, done = planned_and_done(view)
    return compliance(done, planned)


def week_compliance(views: list[dict]) -> dict | None:
    """The band of a week's planned workouts taken together: the distance or time done of what was planned
    (a workout set by distance counts its kilometres, one set by time its minutes), each kind's share weighted
    by how many workouts it covers. None for a week with nothing planned that is over or under way."""
    shares: dict[str, list[tuple[int, int]]] = {"distance": [], "duration": []}
    for view in views:
        if view["status"] == "scheduled" or not view.get("workout"):
            continue
        kind = "distance" if view["workout"].get("target_distance_in_meters") else "duration"
        shares[kind].append(planned_and_done(view) if view["status"] == "completed"
                            else (planned_and_done(view)[0], 0))
    weighted = [(sum(d for _, d in pairs) / planned, len(pairs))
                for pairs in shares.values() if (planned := sum(p for p, _ in pairs))]
    if not weighted:
        return None
    ratio = sum(share * count for share, count in weighted) / sum(count for _, count in weighted)
    return {"band": band_of(ratio), "ratio": round(ratio, 3)}
