"""Editing nested content blocks by path ("1.0" is the first child of the second block).

Pure functions over plain lists of block dicts; each answers a new list and leaves its input alone.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from nexrex_app.base.blocks import MAX_DEPTH

NUMBER_FIELDS = ("block_distance_in_meters", "block_duration_in_seconds", "block_repeat")
TEXT_FIELDS = ("type", "block_name", "block_pace", "block_length_target", "block_intensity_target")
DEFAULT_LEAF = {"block_distance_in_meters": 1000, "block_pace": "z2", "block_length_target": "distance",
                "block_intensity_target": "pace"}


def parse(path: str) -> list[int]:
    return [int(part) for part in path.split(".")] if path else []


def _siblings(blocks: list[dict], path: list[int]) -> list[dict]:
    """The list that holds the block at ``path``."""
    siblings = blocks
    for index in path[:-1]:
        siblings = siblings[index].setdefault("blocks", [])
    return siblings


@dataclass(frozen=True)
class BlockRow:
    """One block of a workout as the flat editor shows it: its ``path``, how deep it sits, and its fields."""

    path: str = ""
    depth: int = 0
    group: bool = False
    can_nest: bool = False
    first: bool = False
    last: bool = False
    type: str = "run"
    block_name: str = ""
    block_pace: str = "z2"
    block_length_target: str = "distance"
    block_intensity_target: str = "pace"
    block_distance_in_meters: int = 0
    block_duration_in_seconds: int = 0
    block_repeat: int = 1


def flatten(blocks: list[dict], prefix: str = "", depth: int = 0) -> list[BlockRow]:
    """One row per block, in reading order, for a flat editor."""
    rows = []
    for index, block in enumerate(blocks):
        path = f"{prefix}{index}"
        group = bool(block.get("blocks")) or block.get("type") == "interval"
        rows.append(BlockRow(
            path=path, depth=depth, group=group, can_nest=depth + 1 < MAX_DEPTH,
            first=index == 0, last=index == len(blocks) - 1,
            type=block.get("type", "run"), block_name=block.get("block_name") or "",
            block_pace=block.get("block_pace") or "z2",
            block_length_target=block.get("block_length_target") or "distance",
            block_intensity_target=block.get("block_intensity_target") or "pace",
            block_distance_in_meters=block.get("block_distance_in_meters") or 0,
            block_duration_in_seconds=block.get("block_duration_in_seconds") or 0,
            block_repeat=block.get("block_repeat") or 1,
        ))
        if group:
            rows.extend(flatten(block.get("blocks") or [], f"{path}.", depth + 1))
    return rows


def add_block(blocks: list[dict], kind: str, parent: str = "") -> list[dict]:
    """A new block at the end, or inside the repeat at ``parent``."""
    result = copy.deepcopy(blocks)
    target = result
    if parent:
        holder = _siblings(result, parse(parent))[parse(parent)[-1]]
        target = holder.setdefault("blocks", [])
    if kind == "interval":
        target.append({"type": "interval", "block_repeat": 4, "blocks": [
            {"type": "run", **{**DEFAULT_LEAF, "block_distance_in_meters": 400, "block_pace": "z5"}},
            {"type": "recovery-run", **{**DEFAULT_LEAF, "block_distance_in_meters": 200, "block_pace": "z1"}}]})
    else:
        target.append({"type": kind, **DEFAULT_LEAF})
    return result


def remove(blocks: list[dict], path: str) -> list[dict]:
    result = copy.deepcopy(blocks)
    where = parse(path)
    del _siblings(result, where)[where[-1]]
    return result


def move(blocks: list[dict], path: str, step: int) -> list[dict]:
    """Swap the block with its previous (-1) or next (+1) sibling."""
    result = copy.deepcopy(blocks)
    where = parse(path)
    siblings = _siblings(result, where)
    index, other = where[-1], where[-1] + step
    if 0 <= other < len(siblings):
        siblings[index], siblings[other] = siblings[other], siblings[index]
    return result


def set_field(blocks: list[dict], path: str, field: str, value: str) -> list[dict]:
    """Set one field from what was typed; numbers that do not parse are kept as typed for the check."""
    if field not in NUMBER_FIELDS + TEXT_FIELDS:
        return blocks
    result = copy.deepcopy(blocks)
    where = parse(path)
    block = _siblings(result, where)[where[-1]]
    if field in NUMBER_FIELDS:
        text = str(value).strip()
        block[field] = int(text) if text.lstrip("-").isdigit() else text
    elif value:
        block[field] = value
    else:
        block.pop(field, None)
    if field == "type" and value == "interval":
        block.setdefault("block_repeat", 2)
        block.setdefault("blocks", [])
    return result
