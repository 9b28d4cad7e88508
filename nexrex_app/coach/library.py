"""Using the organization's library workouts in a generated plan (``prefer_existing``, ``strict_existing``)."""

from __future__ import annotations

from nexrex_app.base.errors import InvalidInput
from nexrex_app.base.vocabulary import WORKOUT_FIELDS

CLOSE_ENOUGH = 0.3  # prefer_existing takes a library workout within 30% of the generated one's size


def _size(workout: dict) -> int:
    return workout["target_distance_in_meters"] or workout["target_duration_in_seconds"]


def _closest(item: dict, candidates: list[dict]) -> dict | None:
    return min(candidates, key=lambda w: (abs(_size(w) - _size(item)), w["workout_id"]), default=None)


def from_library(items: list[dict], library: list[dict], mode: str) -> list[dict]:
    """Swap generated workouts for library ones where the preference asks; the race stays as it is."""
    if mode == "ai_generate":
        return items
    chosen = []
    for item in items:
        if item["workout_name"].lower().startswith("race day"):
            chosen.append(item)
            continue
        same_sport = [w for w in library if w["workout_type"] == item["workout_type"]]
        same_kind = [w for w in same_sport if w["workout_sub_type"] == item["workout_sub_type"]]
        match = _closest(item, same_kind)
        if mode == "prefer_existing" and match and abs(_size(match) - _size(item)) > CLOSE_ENOUGH * _size(item):
            match = None
        if mode == "strict_existing":
            match = match or _closest(item, same_sport)
            if match is None:
                raise InvalidInput(f"Your library has no {item['workout_type']} workouts to build the plan from.",
                                   field="workout_preference", code="LIBRARY_EMPTY")
        if match is None:
            chosen.append(item)
            continue
        chosen.append({**{k: item[k] for k in ("week", "day", "phase")},
                       **{k: match[k] for k in WORKOUT_FIELDS}, "source_workout_id": match["workout_id"],
                       "source_version": match["version"]})
    return chosen
