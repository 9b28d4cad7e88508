"""Editing nested content blocks by path ("1.0" is the first child of the second block).

Pure functions over lists of ``EditedBlock``; each answers a new list and leaves its input alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from nexrex_app.base.blocks import MAX_DEPTH

NUMBER_FIELDS = ("block_distance_in_meters", "block_duration_in_seconds", "block_repeat")
TEXT_FIELDS = ("type", "block_name", "block_pace", "block_length_target", "block_intensity_target")
DEFAULT_LEAF = {"block_distance_in_meters": 1000, "block_pace": "z2", "block_length_target": "distance",
                "block_intensity_target": "pace"}


@dataclass(frozen=True)
class EditedBlock:
    """A content block as the editor holds it: a field left out is None, and a number typed that does not
    parse stays text, for the check to name."""

    type: str | None = None
    block_name: str | None = None
    block_distance_in_meters: int | str | None = None
    block_duration_in_seconds: int | str | None = None
    block_pace: str | None = None
    block_length_target: str | None = None
    block_intensity_target: str | None = None
    block_repeat: int | str | None = None
    blocks: list[EditedBlock] | None = None


def edited_blocks(data: list[dict]) -> list[EditedBlock]:
    """Blocks as stored (plain data) for the editor."""
    return [EditedBlock(**{**block, "blocks": edited_blocks(block["blocks"]) if block.get("blocks") is not None
                           else None}) for block in data]


def block_data(blocks: list[EditedBlock]) -> list[dict]:
    """The edited blocks as plain data for the rules, each with the fields it has."""
    data = []
    for block in blocks:
        fields_given = {f.name: getattr(block, f.name) for f in fields(EditedBlock)}
        if block.blocks is not None:
            fields_given["blocks"] = block_data(block.blocks)
        data.append({name: value for name, value in fields_given.items() if value is not None})
    return data


def parse(path: str) -> list[int]:
    return [int(part) for part in path.split(".")] if path else []


Siblings = list[EditedBlock]


def _changed(blocks: Siblings, where: list[int], change: Callable[[Siblings, int], Siblings]) -> Siblings:
    """``blocks`` with the list that holds the block at ``where`` changed: ``change(that list, its index)``."""
    if len(where) == 1:
        return change(list(blocks), where[0])
    index = where[0]
    holder = blocks[index]
    children = _changed(holder.blocks or [], where[1:], change)
    return [*blocks[:index], replace(holder, blocks=children), *blocks[index + 1:]]


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


def flatten(blocks: list[EditedBlock], prefix: str = "", depth: int = 0) -> list[BlockRow]:
    """One row per block, in reading order, for a flat editor."""
    rows = []
    for index, block in enumerate(blocks):
        path = f"{prefix}{index}"
        group = bool(block.blocks) or block.type == "interval"
        rows.append(BlockRow(
            path=path, depth=depth, group=group, can_nest=depth + 1 < MAX_DEPTH,
            first=index == 0, last=index == len(blocks) - 1,
            type=block.type or "run", block_name=block.block_name or "",
            block_pace=block.block_pace or "z2",
            block_length_target=block.block_length_target or "distance",
            block_intensity_target=block.block_intensity_target or "pace",
            block_distance_in_meters=block.block_distance_in_meters or 0,
            block_duration_in_seconds=block.block_duration_in_seconds or 0,
            block_repeat=block.block_repeat or 1,
        ))
        if group:
            rows.extend(flatten(block.blocks or [], f"{path}.", depth + 1))
    return rows


def _new_block(kind: str) -> EditedBlock:
    if kind == "interval":
        return EditedBlock(type="interval", block_repeat=4, blocks=[
            EditedBlock(type="run", **{**DEFAULT_LEAF, "block_distance_in_meters": 400, "block_pace": "z5"}),
            EditedBlock(type="recovery-run", **{**DEFAULT_LEAF, "block_distance_in_meters": 200,
                                                "block_pace": "z1"})])
    return EditedBlock(type=kind, **DEFAULT_LEAF)


def add_block(blocks: list[EditedBlock], kind: str, parent: str = "") -> list[EditedBlock]:
    """A new block at the end, or inside the repeat at ``parent``."""
    new = _new_block(kind)
    if not parent:
        return [*blocks, new]

    def append_child(siblings: Siblings, index: int) -> Siblings:
        siblings[index] = replace(siblings[index], blocks=[*(siblings[index].blocks or []), new])
        return siblings
    return _changed(blocks, parse(parent), append_child)


def remove(blocks: list[EditedBlock], path: str) -> list[EditedBlock]:
    def without(siblings: Siblings, index: int) -> Siblings:
        del siblings[index]
        return siblings
    return _changed(blocks, parse(path), without)


def move(blocks: list[EditedBlock], path: str, step: int) -> list[EditedBlock]:
    """Swap the block with its previous (-1) or next (+1) sibling."""
    def swapped(siblings: Siblings, index: int) -> Siblings:
        other = index + step
        if 0 <= other < len(siblings):
            siblings[index], siblings[other] = siblings[other], siblings[index]
        return siblings
    return _changed(blocks, parse(path), swapped)


def set_field(blocks: list[EditedBlock], path: str, field: str, value: str) -> list[EditedBlock]:
    """Set one field from what was typed; numbers that do not parse are kept as typed for the check."""
    if field not in NUMBER_FIELDS + TEXT_FIELDS:
        return blocks

    def with_value(siblings: Siblings, index: int) -> Siblings:
        siblings[index] = _with_value(siblings[index], field, value)
        return siblings
    return _changed(blocks, parse(path), with_value)


def _with_value(block: EditedBlock, field: str, value: str) -> EditedBlock:
    if field in NUMBER_FIELDS:
        text = str(value).strip()
        block = replace(block, **{field: int(text) if text.lstrip("-").isdigit() else text})
    else:
        block = replace(block, **{field: value or None})
    if field == "type" and value == "interval":
        block = replace(block, block_repeat=2 if block.block_repeat is None else block.block_repeat,
                        blocks=[] if block.blocks is None else block.blocks)
    return block
