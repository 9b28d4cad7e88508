"""Workout content blocks: validation with the path of every offending field, and their totals.

A block is a leaf (a length by distance or duration at a pace zone) or a repeat of child blocks
(an ``interval`` holding ``blocks``, e.g. 6 × [800 m z5, 400 m recovery-run z1]).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nexrex_app.base.errors import InvalidInput
from nexrex_app.base.vocabulary import BLOCK_TYPES, INTENSITY_TARGETS, LENGTH_TARGETS, PACE_ZONES, one_of

MAX_DEPTH = 3
MAX_REPEAT = 50
MAX_BLOCKS = 200
MAX_DISTANCE = 1_000_000  # 1000 km
MAX_DURATION = 86_400 * 2
BLOCK_FIELDS = (
    "type", "block_name", "block_distance_in_meters", "block_duration_in_seconds", "block_pace",
    "block_length_target", "block_intensity_target", "block_repeat", "blocks",
)
LENGTH_FIELD = {"distance": "block_distance_in_meters", "duration": "block_duration_in_seconds"}


@dataclass(frozen=True)
class Totals:
    distance_in_meters: int
    duration_in_seconds: int


def validate_blocks(blocks: Any, *, path: str = "content_blocks") -> list[dict]:
    """Clean blocks, or InvalidInput naming the first offending field by its full path."""
    if not isinstance(blocks, list):
        raise InvalidInput("content_blocks must be a list of blocks.", field=path)
    if not blocks:
        raise InvalidInput("A workout needs at least one block.", field=path, code="MISSING_FIELD")
    cleaned = [_validate_block(block, f"{path}[{index}]", depth=1) for index, block in enumerate(blocks)]
    if _count(cleaned) > MAX_BLOCKS:
        raise InvalidInput(f"A workout may have at most {MAX_BLOCKS} blocks.", field=path)
    return cleaned


def _validate_block(block: Any, path: str, *, depth: int) -> dict:
    if not isinstance(block, dict):
        raise InvalidInput("Each block must be an object.", field=path)
    for name in block:
        if name not in BLOCK_FIELDS:
            raise InvalidInput(f"Unknown field: {name}.", field=f"{path}.{name}", code="UNKNOWN_FIELD")
    clean: dict = {"type": _choice(block, "type", BLOCK_TYPES, path, required=True)}
    if block.get("block_name") is not None:
        clean["block_name"] = _text(block["block_name"], f"{path}.block_name")
    children = block.get("blocks")
    if children:
        if depth >= MAX_DEPTH:
            raise InvalidInput(f"Blocks may nest at most {MAX_DEPTH} deep.", field=f"{path}.blocks")
        if not isinstance(children, list):
            raise InvalidInput("blocks must be a list of blocks.", field=f"{path}.blocks")
        clean["blocks"] = [_validate_block(child, f"{path}.blocks[{i}]", depth=depth + 1)
                           for i, child in enumerate(children)]
    else:
        clean.update(_leaf_length(block, path))
        pace = _choice(block, "block_pace", PACE_ZONES, path, required=False)
        if pace:
            clean["block_pace"] = pace
    intensity = _choice(block, "block_intensity_target", INTENSITY_TARGETS, path, required=False)
    if intensity:
        clean["block_intensity_target"] = intensity
    repeat = block.get("block_repeat")
    if repeat is not None:
        if not _is_int(repeat) or not 1 <= repeat <= MAX_REPEAT:
            raise InvalidInput(f"block_repeat must be a whole number from 1 to {MAX_REPEAT}.",
                               field=f"{path}.block_repeat")
        clean["block_repeat"] = repeat
    return clean


def _leaf_length(block: dict, path: str) -> dict:
    target = block.get("block_length_target")
    if target is None:
        present = [kind for kind, field in LENGTH_FIELD.items() if block.get(field) is not None]
        if len(present) != 1:
            raise InvalidInput("Say whether the block is measured by distance or duration.",
                               field=f"{path}.block_length_target", code="MISSING_FIELD")
        target = present[0]
    if target not in LENGTH_TARGETS:
        raise InvalidInput("block_length_target must be one of: distance, duration.",
                           field=f"{path}.block_length_target")
    out: dict = {"block_length_target": target}
    for kind, field in LENGTH_FIELD.items():
        value = block.get(field)
        if value is None:
            if kind == target:
                raise InvalidInput(f"{field} is required when the block is measured by {kind}.",
                                   field=f"{path}.{field}", code="MISSING_FIELD")
            continue
        limit = MAX_DISTANCE if kind == "distance" else MAX_DURATION
        if not _is_int(value) or not 0 < value <= limit:
            raise InvalidInput(f"{field} must be a positive whole number up to {limit}.", field=f"{path}.{field}")
        out[field] = value
    return out


def _choice(block: dict, name: str, allowed: tuple[str, ...], path: str, *, required: bool) -> str | None:
    value = block.get(name)
    if value is None:
        if required:
            raise InvalidInput(f"{name} is required.", field=f"{path}.{name}", code="MISSING_FIELD")
        return None
    return one_of(value, allowed, field=f"{path}.{name}", name=name)


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str) or len(value) > 120:
        raise InvalidInput("block_name must be text of at most 120 characters.", field=field)
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _count(blocks: list[dict]) -> int:
    return sum(1 + _count(block.get("blocks", [])) for block in blocks)


def _sum_leaves(blocks: list[dict], value: Callable[[dict], int]) -> int:
    """``value`` of every leaf block added up, repeats included."""
    return sum((block.get("block_repeat") or 1)
               * (_sum_leaves(block["blocks"], value) if block.get("blocks") else value(block)) for block in blocks)


def totals(blocks: list[dict]) -> Totals:
    """Distance and duration of the blocks, repeats included."""
    return Totals(_sum_leaves(blocks, lambda leaf: leaf.get("block_distance_in_meters") or 0),
                  _sum_leaves(blocks, lambda leaf: leaf.get("block_duration_in_seconds") or 0))


def _is_distance(leaf: dict) -> bool:
    return leaf.get("block_length_target") == "distance"


def shown_duration(workout: dict, pace: Callable[[int, str], int] | None = None) -> tuple[int, bool]:
    """The duration to show for a workout (0 for none), and whether it is an estimate.

    A duration the coach set, or the blocks' total when every step is timed, is shown as it is. When some
    steps are distances the computed total holds only the timed steps, so the distances are timed at
    ``pace`` (seconds for meters at a zone: the athlete's own zones) or no duration is shown.
    """
    given = workout.get("target_duration_in_seconds") or 0
    blocks = workout.get("content_blocks") or []
    if not _sum_leaves(blocks, _is_distance) or given != totals(blocks).duration_in_seconds:
        return given, False

    def leaf_seconds(leaf: dict) -> int:
        if _is_distance(leaf):
            return pace(leaf.get("block_distance_in_meters") or 0, leaf.get("block_pace") or "z2")
        return leaf.get("block_duration_in_seconds") or 0

    estimate = _sum_leaves(blocks, leaf_seconds) if pace else 0
    return estimate, bool(estimate)


def intensity_profile(blocks: list[dict]) -> list[dict]:
    """The workout as consecutive segments (repeats unrolled), for the intensity chart."""
    segments: list[dict] = []
    for block in blocks:
        for _ in range(block.get("block_repeat") or 1):
            if block.get("blocks"):
                segments.extend(intensity_profile(block["blocks"]))
            else:
                segments.append({
                    "type": block["type"],
                    "zone": int((block.get("block_pace") or "z1")[1]),
                    "length": block.get("block_distance_in_meters") or block.get("block_duration_in_seconds") or 0,
                })
    return segments
