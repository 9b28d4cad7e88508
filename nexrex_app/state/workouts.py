"""Console → Workouts: the library with filters, and the workout editor."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import permissions, workouts
from nexrex_app.base.errors import DomainError
from nexrex_app.base.wording import sport_word, sub_type_word, visibility_word
from nexrex_app.models.library_schemas import WorkoutCreate, WorkoutUpdate
from nexrex_app.state.filters import ANY, chosen
from nexrex_app.state.block_editor import BLOCK_LABELS, BlockEditor, format_distance, format_duration
from nexrex_app.state.messages import in_words
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in

NEW = "new"
LABELS = {"workout_name": "Name", "workout_type": "Sport", "workout_sub_type": "Sub-type", "visibility": "Visibility",
          "description": "Instructions", "target_distance_in_meters": "Distance",
          "target_duration_in_seconds": "Duration", **BLOCK_LABELS}


def library_rows(views: list[dict]) -> list[dict]:
    return [{**view, "distance": format_distance(view["target_distance_in_meters"]),
             "duration": format_duration(view["target_duration_in_seconds"]),
             "sport": sport_word(view["workout_type"]),
             "kind": sub_type_word(view["workout_sub_type"], view["workout_type"]),
             "shown_visibility": visibility_word(view["visibility"])} for view in views]


def library_views(session, actor, **filters) -> list[dict]:
    return workouts.workout_views(session, workouts.list_workouts(session, actor, **filters))


class WorkoutLibraryState(rx.State):
    rows: list[dict] = []
    workout_type: str = ANY
    workout_sub_type: str = ANY
    visibility: str = ANY
    error: str = ""

    @rx.event
    async def load(self):
        session = await self.get_state(SessionState)
        filters = {name: chosen(value) for name, value in (
            ("workout_type", self.workout_type), ("workout_sub_type", self.workout_sub_type),
            ("visibility", self.visibility))}
        try:
            self.rows = library_rows(await as_signed_in(session.access_token, library_views, **filters))
        except DomainError as exc:
            self.error = exc.message

    @rx.event
    async def set_filter(self, name: str, value: str):
        if name in ("workout_type", "workout_sub_type", "visibility"):
            setattr(self, name, value)
        await self.load()


def _editable(session, actor, workout_id: str) -> dict:
    workout = workouts.visible_workout(session, actor, workout_id)
    view = workouts.workout_views(session, [workout])[0]
    try:
        permissions.require_library_editor(actor, workout)
        view["editable"] = True
    except DomainError:
        view["editable"] = False
    return view


class WorkoutEditorState(BlockEditor, rx.State):
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
            self.blocks = [{"type": "warm-up", "block_distance_in_meters": 1000, "block_pace": "z1",
                            "block_length_target": "distance", "block_intensity_target": "pace"}]
            return
        session = await self.get_state(SessionState)
        try:
            view = await as_signed_in(session.access_token, _editable, workout_id)
        except DomainError:
            self.missing = True
            return
        self.workout_id, self.workout_name = view["workout_id"], view["workout_name"]
        self.workout_type, self.workout_sub_type = view["workout_type"], view["workout_sub_type"]
        self.visibility, self.description = view["visibility"], view["description"] or ""
        self.blocks, self.editable = view["content_blocks"], view["editable"]
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
        session = await self.get_state(SessionState)
        data = {"workout_name": self.workout_name, "workout_type": self.workout_type,
                "workout_sub_type": self.workout_sub_type, "visibility": self.visibility,
                "description": self.description, "content_blocks": self.blocks}
        try:
            if self.workout_id:
                await as_signed_in(session.access_token, workouts.update_workout, self.workout_id,
                                   WorkoutUpdate.parse(data))
            else:
                created = await as_signed_in(session.access_token, workouts.create_workout,
                                             WorkoutCreate.parse({**data, "user_id": session._user_id}))
                return rx.redirect(f"/console/workouts/{created.id}")
        except DomainError as exc:
            self.error = in_words(exc, LABELS)
            return
        self.message = "Saved."
