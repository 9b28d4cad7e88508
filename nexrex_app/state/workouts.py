"""Console → Workouts: the library with filters, and the workout editor."""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from nexrex_app.domain import workouts
from nexrex_app.base.wording import sport_word, sub_type_word, visibility_word
from nexrex_app.models.library_schemas import OwnWorkout, WorkoutUpdate, WorkoutView
from nexrex_app.state.filters import ANY, chosen
from nexrex_app.state.block_editing import EditedBlock, block_data, edited_blocks
from nexrex_app.state.block_editor import BLOCK_LABELS, BlockEditor, format_distance, format_duration
from nexrex_app.state.messages import in_words
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

NEW = "new"
LABELS = {"workout_name": "Name", "workout_type": "Sport", "workout_sub_type": "Sub-type", "visibility": "Visibility",
          "description": "Instructions", "target_distance_in_meters": "Distance",
          "target_duration_in_seconds": "Duration", **BLOCK_LABELS}


@dataclass(frozen=True)
class LibraryRow:
    """A library workout as the lists show it."""

    workout_id: str = ""
    workout_name: str = ""
    workout_type: str = ""
    workout_sub_type: str = ""
    visibility: str = ""
    sport: str = ""
    kind: str = ""
    distance: str = ""
    duration: str = ""
    shown_visibility: str = ""


def library_rows(views: list[WorkoutView]) -> list[LibraryRow]:
    return [LibraryRow(
        workout_id=view.workout_id, workout_name=view.workout_name, workout_type=view.workout_type,
        workout_sub_type=view.workout_sub_type, visibility=view.visibility,
        sport=sport_word(view.workout_type), kind=sub_type_word(view.workout_sub_type, view.workout_type),
        distance=format_distance(view.target_distance_in_meters),
        duration=format_duration(view.target_duration_in_seconds),
        shown_visibility=visibility_word(view.visibility)) for view in views]


class WorkoutLibraryState(UseCaseRunner, rx.State):
    rows: list[LibraryRow] = []
    workout_type: str = ANY
    workout_sub_type: str = ANY
    visibility: str = ANY
    error: str = ""

    @rx.event
    async def load(self):
        filters = {name: chosen(value) for name, value in (
            ("workout_type", self.workout_type), ("workout_sub_type", self.workout_sub_type),
            ("visibility", self.visibility))}
        views = await self._signed_in(workouts.library_views, **filters)
        if views is not REFUSED:
            self.rows = library_rows(views)

    @rx.event
    async def set_filter(self, name: str, value: str):
        if name in ("workout_type", "workout_sub_type", "visibility"):
            setattr(self, name, value)
        await self.load()


class WorkoutEditorState(BlockEditor, UseCaseRunner, rx.State):
    workout_id: str = ""
    workout_name: str = ""
    workout_type: str = "run"
    workout_sub_type: str = "easy-run"
    visibility: str = "org"
    description: str = ""
    editable: bool = True
    missing: bool = False
    error: str = ""
    message: str = ""

    @rx.event
    async def load(self):
        self.error = self.message = ""
        self.missing = False
        workout_id = self.router.page.params.get("workout_id", NEW)
        if workout_id == NEW:
            self.workout_id, self.workout_name, self.description, self.editable = "", "", "", True
            self.workout_type, self.workout_sub_type, self.visibility = "run", "easy-run", "org"
            self.pace_sport = "run"
            self.blocks = [EditedBlock(type="warm-up", block_distance_in_meters=1000, block_pace="z1",
                                       block_length_target="distance", block_intensity_target="pace")]
            return
        view = await self._signed_in(workouts.editor_view, workout_id, shown_in=None)
        if view is REFUSED:
            self.missing = True
            return
        self.workout_id, self.workout_name = view["workout_id"], view["workout_name"]
        self.workout_type, self.workout_sub_type = view["workout_type"], view["workout_sub_type"]
        self.visibility, self.description = view["visibility"], view["description"] or ""
        self.blocks, self.editable = edited_blocks(view["content_blocks"]), view["editable"]
        self.pace_sport = self.workout_type

    @rx.event
    def duplicate(self):
        """Start a copy of a workout one may not change (a built-in one, or another coach's)."""
        self.workout_id, self.workout_name = "", f"Copy of {self.workout_name}"
        self.visibility, self.editable, self.message = "org", True, ""

    @rx.event
    def set_field(self, name: str, value: str):
        if name in ("workout_name", "workout_type", "workout_sub_type", "visibility", "description"):
            setattr(self, name, value)
        if name == "workout_type":
            self.pace_sport = value

    @rx.event
    async def save(self):
        self.error = self.message = ""
        data = {"workout_name": self.workout_name, "workout_type": self.workout_type,
                "workout_sub_type": self.workout_sub_type, "visibility": self.visibility,
                "description": self.description, "content_blocks": block_data(self.blocks)}
        if not self.workout_id:
            created = await self._signed_in_parsed(OwnWorkout, data, workouts.create_own_workout)
            return None if created is REFUSED else rx.redirect(f"/console/workouts/{created.id}")
        if await self._signed_in_parsed(WorkoutUpdate, data, workouts.update_workout,
                                        self.workout_id) is not REFUSED:
            self.message = "Saved."

    def _say(self, exc) -> str:
        return in_words(exc, LABELS)
