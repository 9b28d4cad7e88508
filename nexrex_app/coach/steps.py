"""A workout as steps (a length at a zone, or a repeat of steps), turned into content blocks.

The block types follow from a step's place: one step is a ``run``; in longer workouts the first is
the ``warm-up``, the last the ``cool-down`` and the rest ``run``; inside a repeat the first is the
effort (``run``) and the rest ``recovery-run``. The draft shows steps, its parser reads steps, and
both turn them into blocks here, so a draft read back gives the very same workout.
"""

from __future__ import annotations

from dataclasses import dataclass

from nexrex_app.coach.zones import Fitness, named_intensity, nearest_zone


@dataclass(frozen=True)
class Step:
    length: int      # metres, or seconds
    unit: str        # "m" | "s"
    zone: str        # z1 … z5, or a named intensity's word ("sweet spot", "R pace")


@dataclass(frozen=True)
class Repeat:
    times: int
    steps: tuple[Step, ...]


Part = Step | Repeat


def _leaf(step: Step, kind: str, fitness: Fitness) -> dict:
    block = {"type": kind, "block_pace": nearest_zone(step.zone),
             "block_intensity_target": "power" if fitness.sport == "bike" else "pace"}
    named = named_intensity(step.zone)
    if named is not None:
        block["block_name"] = named.label
    if step.unit == "m":
        block.update(block_length_target="distance", block_distance_in_meters=step.length)
        if fitness.sport != "bike":
            block["block_duration_in_seconds"] = fitness.seconds_for(step.length, step.zone)
    else:
        block.update(block_length_target="duration", block_duration_in_seconds=step.length)
        if fitness.sport == "run":
            block["block_distance_in_meters"] = round(step.length / fitness.zone(step.zone).target * 1000 / 10) * 10
    return block


def to_blocks(parts: tuple[Part, ...], fitness: Fitness) -> list[dict]:
    blocks = []
    for index, part in enumerate(parts):
        if isinstance(part, Repeat):
            children = [_leaf(step, "run" if i == 0 else "recovery-run", fitness) for i, step in enumerate(part.steps)]
            blocks.append({"type": "interval", "block_repeat": part.times, "blocks": children})
            continue
        if len(parts) == 1:
            kind = "run"
        else:
            kind = "warm-up" if index == 0 else "cool-down" if index == len(parts) - 1 else "run"
        blocks.append(_leaf(part, kind, fitness))
    return blocks


def format_length(step: Step) -> str:
    if step.unit == "m":
        return f"{step.length / 1000:g} km" if step.length >= 1000 and step.length % 100 == 0 else f"{step.length} m"
    if step.length % 60 == 0:
        return f"{step.length // 60} min"
    return f"{step.length} s"


def format_parts(parts: tuple[Part, ...]) -> str:
    texts = []
    for part in parts:
        if isinstance(part, Repeat):
            inner = ", ".join(f"{format_length(s)} {s.zone}" for s in part.steps)
            texts.append(f"{part.times}x({inner})")
        else:
            texts.append(f"{format_length(part)} {part.zone}")
    return ", ".join(texts)


def describe(purpose: str, parts: tuple[Part, ...], fitness: Fitness) -> str:
    """Instructions in words: the purpose, then each step with its zone's range."""
    sentences = [purpose]
    for index, part in enumerate(parts):
        if isinstance(part, Repeat):
            inner = ", then ".join(f"{format_length(s)} {fitness.zone(s.zone).describe()}" for s in part.steps)
            sentences.append(f"{part.times} times: {inner}.")
            continue
        lead = "Warm up" if index == 0 and len(parts) > 2 else "Cool down" if index == len(parts) - 1 and len(
            parts) > 2 else "Run" if fitness.sport == "run" else "Ride" if fitness.sport == "bike" else "Swim"
        sentences.append(f"{lead} {format_length(part)} {fitness.zone(part.zone).describe()}.")
    return " ".join(sentences)
