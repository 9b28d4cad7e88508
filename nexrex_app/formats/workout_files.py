"""A scheduled workout as a device file: FIT (Garmin and most watches) or ZWO (Zwift, bike and run).

Each export answers the file and a list of what could not be carried over exactly, so the download
can say what was simplified instead of silently dropping it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import datetime

from garmin_fit_sdk import Encoder, Profile

from nexrex_app.coach.zones import Fitness, NamedIntensity, block_named_intensity

MESG = Profile["mesg_num"]
FIT_SPORT = {"run": "running", "bike": "cycling", "swim": "swimming", "walk": "walking", "hike": "hiking",
             "strength": "training"}
INTENSITY = {"warm-up": "warmup", "cool-down": "cooldown", "recovery-run": "recovery"}
ZONE_SHARE = {"z1": 0.50, "z2": 0.68, "z3": 0.85, "z4": 0.98, "z5": 1.12}  # of threshold power (or pace)


@dataclass
class Export:
    data: bytes
    simplified: list[str] = field(default_factory=list)


def flatten(blocks: list[dict], notes: list[str], *, depth: int = 0) -> list[dict | tuple]:
    """Leaves in order, with one level of repeats kept as ("repeat", times, children); deeper ones unrolled."""
    steps: list = []
    for block in blocks:
        children = block.get("blocks") or []
        times = block.get("block_repeat") or 1
        if not children:
            steps.extend([block] * times)
        elif depth == 0 and all(not child.get("blocks") for child in children):
            steps.append(("repeat", times, children))
        else:
            _note(notes, "Repeats inside repeats were written out one after another.")
            steps.extend(leaf for _ in range(times) for leaf in _unrolled(children))
    return steps


def _unrolled(blocks: list[dict]) -> list[dict]:
    leaves = []
    for block in blocks:
        for _ in range(block.get("block_repeat") or 1):
            leaves.extend(_unrolled(block["blocks"]) if block.get("blocks") else [block])
    return leaves


def _note(notes: list[str], text: str) -> None:
    if text not in notes:
        notes.append(text)


# --- FIT ---------------------------------------------------------------------------------------------


def fit_workout(workout: dict, fitness: Fitness | None, created: datetime) -> Export:
    notes: list[str] = []
    messages = []
    for step in flatten(workout["content_blocks"], notes):
        if isinstance(step, tuple):
            _, times, children = step
            first = len(messages)
            messages += [_fit_step(child, fitness) for child in children]
            messages.append({"duration_type": "repeat_until_steps_cmplt", "duration_value": first,
                             "target_type": "open", "target_value": times})
        else:
            messages.append(_fit_step(step, fitness))
    encoder = Encoder()
    encoder.write_mesg({"mesg_num": MESG["FILE_ID"], "type": "workout", "manufacturer": "development", "product": 0,
                        "time_created": created, "serial_number": 1})
    encoder.write_mesg({"mesg_num": MESG["WORKOUT"], "sport": FIT_SPORT.get(workout["workout_type"], "generic"),
                        "num_valid_steps": len(messages), "wkt_name": workout["workout_name"][:40]})
    for index, message in enumerate(messages):
        encoder.write_mesg({"mesg_num": MESG["WORKOUT_STEP"], "message_index": index, **message})
    return Export(encoder.close(), notes)


def _fit_step(block: dict, fitness: Fitness | None) -> dict:
    step = {"intensity": INTENSITY.get(block["type"], "active"), "wkt_step_name": block.get("block_name") or
            block["type"].replace("-", " ").capitalize()}
    if block.get("block_length_target") == "duration":
        step.update(duration_type="time", duration_value=block["block_duration_in_seconds"] * 1000)
    else:
        step.update(duration_type="distance", duration_value=block["block_distance_in_meters"] * 100)
    zone = block.get("block_pace")
    if not zone:
        return {**step, "target_type": "open", "target_value": 0}
    number = int(zone[1])
    target = block.get("block_intensity_target") or "pace"
    named = block_named_intensity(block)
    if named is not None and target in ("power", "pace"):
        exact = _fit_named(named, fitness)
        if exact is not None:
            return {**step, **exact}
    if target == "heartrate":
        return {**step, "target_type": "heart_rate", "target_value": number}
    if target == "power":
        if fitness and fitness.sport == "bike":
            found = fitness.zone(zone)
            return {**step, "target_type": "power", "target_value": 0,
                    "custom_target_value_low": round(found.low) + 1000,
                    "custom_target_value_high": round(found.high) + 1000}
        return {**step, "target_type": "power", "target_value": number}
    if fitness and fitness.sport in ("run", "swim"):
        found = fitness.zone(zone)
        per_metre = 1000 if fitness.sport == "run" else 100
        return {**step, "target_type": "speed", "target_value": 0,
                "custom_target_value_low": round(per_metre / found.low * 1000),
                "custom_target_value_high": round(per_metre / found.high * 1000)}
    return {**step, "target_type": "speed", "target_value": number}


def _fit_named(named: NamedIntensity, fitness: Fitness | None) -> dict | None:
    """FIT targets for a named intensity: the athlete's watts or speeds, else a share of FTP (FIT's values
    up to 1000 are % of FTP)."""
    if fitness is not None and fitness.sport == named.sport:
        found = fitness.zone(named.word)
        if named.sport == "bike":
            return {"target_type": "power", "target_value": 0, "custom_target_value_low": round(found.low) + 1000,
                    "custom_target_value_high": round(found.high) + 1000}
        return {"target_type": "speed", "target_value": 0, "custom_target_value_low": round(1000 / found.low * 1000),
                "custom_target_value_high": round(1000 / found.high * 1000)}
    if named.share is not None:
        return {"target_type": "power", "target_value": 0, "custom_target_value_low": round(named.share[0] * 100),
                "custom_target_value_high": round(named.share[1] * 100)}
    return None


def _zwo_share(block: dict, fallback: str, sport: str, fitness: Fitness | None) -> str:
    """A block's intensity as Zwift's share of FTP (or of threshold pace): a named intensity's own share."""
    named = block_named_intensity(block)
    if named is not None and named.share is not None:
        return f"{named.share[2]:.2f}"
    if named is not None and fitness is not None and fitness.sport == named.sport == sport:
        return f"{fitness.zone('z4').target / fitness.zone(named.word).target:.2f}"
    zone = block.get("block_pace") or fallback
    return f"{ZONE_SHARE.get(zone, ZONE_SHARE[fallback]):.2f}"


# --- ZWO -------------------------------------------------------------------------------------------


def zwo_workout(workout: dict, fitness: Fitness | None) -> Export:
    notes: list[str] = []
    sport = workout["workout_type"]
    root = ElementTree.Element("workout_file")
    ElementTree.SubElement(root, "author").text = "nexrex"
    ElementTree.SubElement(root, "name").text = workout["workout_name"]
    ElementTree.SubElement(root, "sportType").text = "run" if sport == "run" else "bike"
    steps = ElementTree.SubElement(root, "workout")
    if sport == "run":
        _note(notes, "Zwift sets run intensity as a share of threshold pace: zones were turned into those shares.")
    for step in flatten(workout["content_blocks"], notes):
        if isinstance(step, tuple):
            _zwo_repeat(steps, step, sport, fitness, notes)
        else:
            _zwo_leaf(steps, step, sport, fitness, notes)
    description = ElementTree.SubElement(root, "description")
    description.text = (workout.get("description") or "") + (
        " Simplified: " + " ".join(notes) if notes else "")
    return Export(ElementTree.tostring(root, encoding="utf-8", xml_declaration=True), notes)


def _seconds(block: dict, sport: str, fitness: Fitness | None, notes: list[str]) -> int:
    if block.get("block_duration_in_seconds"):
        if block.get("block_length_target") == "distance":
            _note(notes, "Zwift workouts are timed: distances became the time they take at the zone's pace.")
        return block["block_duration_in_seconds"]
    meters = block.get("block_distance_in_meters") or 0
    if fitness and sport == "run":
        _note(notes, "Zwift workouts are timed: distances became the time they take at the zone's pace.")
        return fitness.seconds_for(meters, block.get("block_pace") or "z2")
    _note(notes, "Zwift workouts are timed: distances were estimated at 5 min/km (run) or 30 km/h (bike).")
    return round(meters * (0.3 if sport == "run" else 0.12))


def _zwo_leaf(parent, block: dict, sport: str, fitness: Fitness | None, notes: list[str]) -> None:
    share = _zwo_share(block, "z2", sport, fitness)
    tag = {"warm-up": "Warmup", "cool-down": "Cooldown"}.get(block["type"], "SteadyState")
    attributes = {"Duration": str(_seconds(block, sport, fitness, notes))}
    attributes.update({"PowerLow": share, "PowerHigh": share} if tag != "SteadyState" else {"Power": share})
    ElementTree.SubElement(parent, tag, attributes)


def _zwo_repeat(parent, step: tuple, sport: str, fitness: Fitness | None, notes: list[str]) -> None:
    _, times, children = step
    if len(children) == 2:
        on, off = children
        ElementTree.SubElement(parent, "IntervalsT", {
            "Repeat": str(times), "OnDuration": str(_seconds(on, sport, fitness, notes)),
            "OffDuration": str(_seconds(off, sport, fitness, notes)),
            "OnPower": _zwo_share(on, "z5", sport, fitness), "OffPower": _zwo_share(off, "z1", sport, fitness)})
        return
    _note(notes, "Repeats of other than two steps were written out one after another.")
    for _ in range(times):
        for child in children:
            _zwo_leaf(parent, child, sport, fitness, notes)
