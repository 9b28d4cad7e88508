"""Workouts in words for people: each block with its length and its zone, as the athlete's own paces
when their zones are known, else the zone's name and meaning."""

from __future__ import annotations

from collections.abc import Callable

from nexrex_app.domain.load import METHOD_NAMES
from nexrex_app.coach.zones import COGGAN, CSS_OFFSETS, RUN_FRACTIONS, Fitness, fitness_for, format_value, \
    block_named_intensity
from nexrex_app.base.blocks import shown_duration
from nexrex_app.base.units import step_distance_text, step_time_text, targets_text
from nexrex_app.models.coach_schemas import ZoneLine

ZONE_NAMES = {
    "bike": {name: (label, meaning) for name, label, meaning, *_ in COGGAN},
    "swim": {name: (label, meaning) for name, label, meaning, *_ in CSS_OFFSETS},
    "run": {name: (label, meaning) for name, label, meaning, *_ in RUN_FRACTIONS},
}
PACED_SPORTS = ("run", "swim")  # zones with a pace, so a distance has a time
STATUS_COLOURS = {"completed": "grass", "skipped": "amber", "scheduled": "gray"}  # as the pages show a status
KINDS = {"warm-up": "Warm up", "cool-down": "Cool down", "recovery-run": "Recover", "run": "", "interval": ""}


def length(block: dict) -> str:
    if block.get("block_length_target") == "duration" or not block.get("block_distance_in_meters"):
        return step_time_text(block.get("block_duration_in_seconds") or 0)
    return step_distance_text(block["block_distance_in_meters"])


def zone_text(zone: str | None, sport: str, fitness: Fitness | None, block: dict | None = None) -> str:
    """The zone in words; a block named for an intensity between zones (sweet spot, R pace) says that one."""
    named = block_named_intensity(block or {})
    if named is not None and named.sport == sport:
        return fitness.zone(named.word).describe() if fitness is not None and fitness.sport == sport \
            else named.describe()
    if not zone:
        return ""
    if fitness is not None and fitness.sport == sport:
        return fitness.zone(zone).describe()
    label, meaning = ZONE_NAMES.get(sport, ZONE_NAMES["run"])[zone]
    return f"{label} ({zone}): {meaning}"


def block_lines(blocks: list[dict], sport: str, fitness: Fitness | None) -> list[str]:
    lines = []
    for block in blocks:
        if block.get("blocks"):
            inner = "; then ".join(_leaf(child, sport, fitness) for child in block["blocks"])
            lines.append(f"{block.get('block_repeat') or 1} × ({inner})")
        else:
            repeat = block.get("block_repeat") or 1
            lines.append((f"{repeat} × " if repeat > 1 else "") + _leaf(block, sport, fitness))
    return lines


def _leaf(block: dict, sport: str, fitness: Fitness | None) -> str:
    lead = KINDS.get(block["type"], "")
    text = f"{lead} {length(block)}".strip()
    zone = zone_text(block.get("block_pace"), sport, fitness, block)
    return f"{text} · {zone}" if zone else text


def targets(workout: dict, fitness: Fitness | None = None) -> str:
    """Distance and time, the time estimated from the athlete's zones when some steps are distances."""
    pace = fitness.seconds_for if fitness is not None and fitness.sport in PACED_SPORTS else None
    seconds, estimated = shown_duration(workout, pace)
    return targets_text(workout.get("target_distance_in_meters"), seconds, estimated=estimated)


def typical_pace(sport: str, level: str) -> Callable[[int, str], int] | None:
    """Seconds for a distance at a zone for an athlete typical of the level (sports whose zones are paces)."""
    return fitness_for(sport, level, {}).seconds_for if sport in PACED_SPORTS else None


def recorded(activity: dict) -> str:
    """What the athlete did: the activity's own distance and time."""
    return targets({"target_distance_in_meters": activity["distance_in_meters"],
                    "target_duration_in_seconds": activity["duration_in_seconds"]})


def planned(activity: dict, fitness: Fitness | None = None) -> str:
    """What the activity's planned workout asks for (its own figures when it has no workout)."""
    return targets(activity["workout"], fitness) if activity.get("workout") else recorded(activity)


def zone_legend(sport: str, fitness: Fitness | None) -> list[ZoneLine]:
    """What z1–z5 mean for the sport, with the athlete's own range when their fitness is known."""
    names = ZONE_NAMES.get(sport, ZONE_NAMES["run"])
    legend = []
    for zone, (label, meaning) in names.items():
        own = fitness is not None and fitness.sport == sport
        legend.append(ZoneLine(zone=zone, label=label, meaning=meaning,
                               range=zone_range(fitness.zone(zone)) if own else ""))
    return legend


def zone_range(zone) -> str:
    return f"{format_value(zone.low, zone.unit)}–{format_value(zone.high, zone.unit)}"


def workout_details(activity: dict, fitness: Fitness | None = None) -> dict:
    """One activity as its details read: what was planned, step by step, and what was done."""
    workout = activity.get("workout") or {}
    sport = workout.get("workout_type") or activity["activity_type"]
    return {
        "targets": planned(activity, fitness),
        "description": workout.get("description") or "",
        "steps": block_lines(workout.get("content_blocks") or [], sport, fitness),
        "done": recorded(activity) if activity["status"] == "completed" else "",
        "load": load_text(activity),
    }


def load_text(activity: dict) -> str:
    """The training load of a completed activity and how it was worked out, e.g. "64 · rTSS (pace)"."""
    if activity.get("load") is None:
        return ""
    return f"{activity['load']:.0f} · {METHOD_NAMES[activity['load_method']]}"


BAND_WORDS = {"green": "on target", "yellow": "off target", "orange": "far off target", "amber": "skipped"}
BAND_COLOURS = {"green": "grass", "yellow": "yellow", "orange": "orange", "amber": "amber"}


def compliance_text(compliance: dict | None) -> str:
    """A compliance band in words: "96 % · on target"; "skipped"; "" when there is none."""
    if not compliance:
        return ""
    if compliance["band"] == "amber":
        return BAND_WORDS["amber"]
    return f"{round(compliance['ratio'] * 100)} % · {BAND_WORDS[compliance['band']]}"
