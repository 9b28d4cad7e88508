"""The block editor both the workout page and the plan builder use: nested blocks, live totals, a profile."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import TypeVar

import reflex as rx

from nexrex_app.base.blocks import intensity_profile, shown_duration, totals, validate_blocks
from nexrex_app.base.errors import InvalidInput
from nexrex_app.base.units import clock_text, distance_text
from nexrex_app.base.vocabulary import PLAN_LEVELS
from nexrex_app.domain import presenting
from nexrex_app.models.coach_schemas import GeneratedWorkout
from nexrex_app.models.library_schemas import PlanItem
from nexrex_app.state import block_editing
from nexrex_app.state.messages import in_words

BLOCK_LABELS = {"content_blocks": "Blocks", "blocks": "Steps", "type": "Block type", "block_name": "Block name",
                "block_distance_in_meters": "Distance", "block_duration_in_seconds": "Duration",
                "block_repeat": "Repeat", "block_pace": "Pace zone", "block_length_target": "Measured by",
                "block_intensity_target": "Intensity by"}
POSITION = re.compile(r"\[(\d+)\]")


def problem_in_words(exc: InvalidInput) -> str:
    """ "Block 2, step 1: Distance must be …" for the block the rule named by its path."""
    positions = [int(found) + 1 for found in POSITION.findall(exc.field or "")]
    where = ", ".join(f"{'step' if depth else 'Block'} {number}" for depth, number in enumerate(positions))
    message = in_words(exc, BLOCK_LABELS)
    return f"{where}: {message}" if where else message


REFERENCE_LEVEL = "intermediate"  # whose typical paces time a workout's distance steps outside a plan


def format_distance(meters: int) -> str:
    return distance_text(meters) if meters else "—"


def workout_time(workouts: list[dict], level: str) -> str:
    """The workouts' time, distance steps timed at the typical paces of the level ("about 52:10").

    Where a sport's zones are no paces (bike), the timed steps are what is known: "at least 45:15".
    """
    level = level if level in PLAN_LEVELS else REFERENCE_LEVEL
    seconds, estimated, partial = 0, False, False
    for workout in workouts:
        found, guessed = shown_duration(workout, presenting.typical_pace(workout.get("workout_type") or "run", level))
        if not found:  # distance steps in a sport without paces: count what is timed
            found = totals(workout.get("content_blocks") or []).duration_in_seconds
            partial = partial or bool(found)
        seconds, estimated = seconds + found, estimated or guessed
    if estimated:
        return f"about {format_duration(seconds)}"
    return f"at least {format_duration(seconds)}" if partial else format_duration(seconds)


def format_duration(seconds: int) -> str:
    return clock_text(seconds) if seconds else "—"


@dataclass(frozen=True)
class ProfileSegment:
    """A bar of the intensity chart: its width in percent of the whole workout, its height by zone."""

    width: str = ""
    height: str = ""
    zone: int = 0
    type: str = ""


class BlockEditor(rx.State, mixin=True):
    blocks: list[block_editing.EditedBlock] = []
    block_problem: str = ""
    pace_sport: str = "run"  # distance steps are timed at the typical paces of this sport and level
    pace_level: str = REFERENCE_LEVEL

    def _checked_blocks(self) -> list[dict] | None:
        try:
            cleaned = self._valid_blocks()
        except InvalidInput as exc:
            self.block_problem = problem_in_words(exc)
            return None
        self.block_problem = ""
        return cleaned

    def _valid_blocks(self) -> list[dict]:
        """The blocks checked and cleaned, or InvalidInput naming the first wrong field."""
        return validate_blocks(block_editing.block_data(self.blocks))

    def _edited_workout(self, name: str) -> dict | None:
        """The name and the checked blocks, their totals as targets; None when a block is wrong (it is shown)."""
        cleaned = self._checked_blocks()
        if cleaned is None:
            return None
        found = totals(cleaned)
        return {"workout_name": name.strip() or "Workout", "content_blocks": cleaned,
                "target_distance_in_meters": found.distance_in_meters,
                "target_duration_in_seconds": found.duration_in_seconds}

    @rx.var
    def block_rows(self) -> list[block_editing.BlockRow]:
        return block_editing.flatten(self.blocks)

    @rx.var
    def total_distance(self) -> str:
        try:
            return format_distance(totals(self._valid_blocks()).distance_in_meters)
        except InvalidInput:
            return format_distance(0)

    @rx.var
    def total_duration(self) -> str:
        try:
            cleaned = self._valid_blocks()
        except InvalidInput:
            return format_duration(0)
        workout = {"workout_type": self.pace_sport, "content_blocks": cleaned,
                   "target_duration_in_seconds": totals(cleaned).duration_in_seconds}
        return workout_time([workout], self.pace_level)

    @rx.var
    def total_note(self) -> str:
        """How an estimated time was reached, in the coach's words."""
        if presenting.typical_pace(self.pace_sport, REFERENCE_LEVEL) is None:
            return ""
        level = self.pace_level if self.pace_level in PLAN_LEVELS else REFERENCE_LEVEL
        return f"Distance steps are timed at the paces of a typical {level} {self.pace_sport} athlete."

    @rx.var
    def profile(self) -> list[ProfileSegment]:
        """Segments of the intensity chart: width in percent of the whole, height by zone."""
        try:
            segments = intensity_profile(self._valid_blocks())
        except InvalidInput:
            return []
        whole = sum(s["length"] for s in segments) or 1
        return [ProfileSegment(width=f"{100 * s['length'] / whole:.3f}%", height=f"{s['zone'] * 20}%", zone=s["zone"],
                               type=s["type"]) for s in segments]

    @rx.event
    def add_block(self, kind: str, parent: str = ""):
        self.blocks = block_editing.add_block(self.blocks, kind, parent)
        self._checked_blocks()

    @rx.event
    def remove_block(self, path: str):
        self.blocks = block_editing.remove(self.blocks, path)
        self._checked_blocks()

    @rx.event
    def move_block(self, path: str, step: int):
        self.blocks = block_editing.move(self.blocks, path, step)

    @rx.event
    def set_block_field(self, path: str, field: str, value: str):
        self.blocks = block_editing.set_field(self.blocks, path, field, value)
        self._checked_blocks()


PlacedWorkout = TypeVar("PlacedWorkout", GeneratedWorkout, PlanItem)


def _data(workout: PlacedWorkout) -> dict:
    """The workout's fields as plain data; a copy first, as Pydantic reads the model itself, not the wrapper
    through which a State hands out its values."""
    return copy.copy(workout).model_dump(exclude_none=True)


def _edited_blocks(workout: PlacedWorkout) -> list[block_editing.EditedBlock]:
    """The workout's blocks as the editor holds them."""
    return block_editing.edited_blocks(_data(workout).get("content_blocks") or [])


def _with_changes(workout: PlacedWorkout, edited: dict) -> PlacedWorkout:
    return type(copy.copy(workout)).model_validate({**_data(workout), **edited})


class PlacedWorkoutEditor(BlockEditor, mixin=True):
    """Editing one workout of a list in place (a dialog over the plan builder or the generated review).

    The state that owns the list answers ``_owner()``: it has ``_workouts()`` and ``_replace_item()``.
    """

    open: bool = False
    index: int = -1
    workout_name: str = ""

    async def _owner(self):
        raise NotImplementedError

    @rx.event
    async def start(self, index: int):
        workouts = (await self._owner())._workouts()
        if not 0 <= index < len(workouts):
            return
        item = workouts[index]
        self.index, self.workout_name, self.blocks = index, item.workout_name, _edited_blocks(item)
        self.pace_sport = item.workout_type or "run"
        self.pace_level = getattr(await self._owner(), "level", REFERENCE_LEVEL)  # the plan's level
        self.block_problem, self.open = "", True

    @rx.event
    def set_open(self, value: bool):
        self.open = value

    @rx.event
    def set_name(self, value: str):
        self.workout_name = value

    @rx.event
    async def apply(self):
        edited = self._edited_workout(self.workout_name)
        if edited is None:
            return
        owner = await self._owner()
        workouts = owner._workouts()
        if 0 <= self.index < len(workouts):
            owner._replace_item(self.index, _with_changes(workouts[self.index], edited))
        self.open = False
