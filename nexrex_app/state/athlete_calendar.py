"""Members → athlete → Calendar: the coach plans one athlete's weeks. Drag a workout to another day (or tap Move
and then a day), copy it, delete it, drop a library workout on a day, edit the athlete's copy of a workout, and
shift the rest of a plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import reflex as rx

from nexrex_app.domain import athlete_calendar
from nexrex_app.domain.athlete_calendar import calendar_page, library_panel, scheduled_workout
from nexrex_app.models.activity_schemas import PlanInstanceView
from nexrex_app.models.calendar_schemas import LibraryCard, PlannedWeek, ScheduledWorkoutEdit
from nexrex_app.state.browser_input import bounded_text
from nexrex_app.state.block_editing import edited_blocks
from nexrex_app.state.block_editor import BlockEditor
from nexrex_app.state.notices import PageNotices
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

VIEWS = ("week", "month")


@dataclass(frozen=True)
class Source:
    """What is being placed on a day: a workout of the calendar to move or copy, or a library workout. ``key``
    and ``name`` tell the page which one was tapped."""

    key: str = ""
    name: str = ""
    activity_id: str = ""
    workout_id: str = ""
    mode: str = ""


NOTHING = Source()


class AthleteCalendarState(PageNotices, UseCaseRunner, rx.State):
    user_id: str = ""
    athlete_name: str = ""
    view: str = "week"
    anchor: str = ""
    title: str = ""
    weeks: list[PlannedWeek] = []
    plans: list[PlanInstanceView] = []
    library: list[LibraryCard] = []
    picked: Source = NOTHING  # tap to place
    missing: bool = False
    message: str = ""
    error: str = ""
    _dragging: Source = NOTHING

    @rx.event
    async def load(self):
        self.user_id = bounded_text(self.router.page.params.get("user_id", ""))
        self.view, self.anchor, self.picked, self.message, self.error = "week", "", NOTHING, "", ""
        library = await self._signed_in(library_panel, shown_in=None)
        self.library = [] if library is REFUSED else library
        await self._show()

    async def _show(self) -> None:
        anchor = date.fromisoformat(self.anchor) if self.anchor else None
        data = await self._signed_in(calendar_page, self.user_id, self.view, anchor, shown_in=None)
        if data is REFUSED:
            self.missing, self.weeks = True, []
            return
        self.missing, self.athlete_name, self.weeks, self.plans = False, data.name, data.weeks, data.plans
        self.title, self.anchor = data.title, data.anchor

    @rx.event
    async def show(self, view: str):
        if view in VIEWS:
            self.view = view
            await self._show()

    @rx.event
    async def turn(self, step: int):
        """The week or month before (-1) or after (1), or the current one (0)."""
        if step not in (-1, 0, 1) or not self.anchor:
            return
        anchor = date.fromisoformat(self.anchor)
        if step == 0:
            self.anchor = ""
        elif self.view == "week":
            self.anchor = (anchor + timedelta(weeks=step)).isoformat()
        else:
            self.anchor = (anchor.replace(day=15) + timedelta(days=31 * step)).replace(day=1).isoformat()
        await self._show()

    async def _change(self, use_case, *args, success: str) -> None:
        self.error = self.message = ""
        if await self._signed_in(use_case, *args) is REFUSED:
            return
        await self._show()
        self.message = success

    # --- drag and drop, and the tap alternative ------------------------------------------------

    @rx.event
    def drag_activity(self, activity_id: str):
        self._dragging = Source(activity_id=bounded_text(activity_id), mode="move")

    @rx.event
    def drag_library(self, workout_id: str):
        self._dragging = Source(workout_id=bounded_text(workout_id))

    @rx.event
    async def drop_on(self, day: str):
        dragging, self._dragging = self._dragging, NOTHING
        await self._place(dragging, bounded_text(day, 10))

    @rx.event
    def pick(self, activity_id: str, mode: str, name: str = ""):
        """Tap Move or Copy on a workout, then a day."""
        key = f"{mode}:{bounded_text(activity_id)}"
        self.picked = NOTHING if mode not in ("move", "copy") or self.picked.key == key else Source(
            key=key, activity_id=bounded_text(activity_id), mode=mode, name=bounded_text(name, 200))

    @rx.event
    def pick_library(self, workout_id: str, name: str = ""):
        key = f"library:{bounded_text(workout_id)}"
        self.picked = NOTHING if self.picked.key == key else Source(
            key=key, workout_id=bounded_text(workout_id), name=bounded_text(name, 200))

    @rx.event
    def cancel_pick(self):
        self.picked = NOTHING

    @rx.event
    async def place_on(self, day: str):
        picked, self.picked = self.picked, NOTHING
        await self._place(picked, bounded_text(day, 10))

    async def _place(self, source: Source, day: str) -> None:
        if source.workout_id:
            await self._change(athlete_calendar.schedule_workout, self.user_id, source.workout_id, day,
                               success="Workout added.")
        elif source.mode == "copy":
            await self._change(athlete_calendar.copy_to_day, source.activity_id, day, success="Workout copied.")
        elif source.activity_id:
            await self._change(athlete_calendar.move_to_day, source.activity_id, day, success="Workout moved.")

    @rx.event
    async def remove(self, activity_id: str):
        await self._change(athlete_calendar.remove, bounded_text(activity_id), success="Workout deleted.")

    @rx.event
    async def shift(self, form_data: dict):
        try:
            days = int(bounded_text(form_data.get("days"), 4))
        except ValueError:
            self.error = "Enter the number of days, e.g. 3 or -2."
            return
        await self._change(athlete_calendar.shift_plan, bounded_text(form_data.get("plan_instance_id")), days,
                           success=f"The plan's coming workouts moved by {days} day{'s' if abs(days) != 1 else ''}.")


class ScheduledWorkoutEditor(BlockEditor, UseCaseRunner, rx.State):
    """One scheduled workout's name and blocks, edited for this athlete only."""

    open: bool = False
    activity_id: str = ""
    workout_name: str = ""

    @rx.event
    async def start(self, activity_id: str):
        calendar = await self.get_state(AthleteCalendarState)
        found = await calendar._signed_in(scheduled_workout, bounded_text(activity_id))
        if found is REFUSED:
            return
        self.activity_id = bounded_text(activity_id)
        self.workout_name, self.blocks = found.name, edited_blocks(found.blocks)
        self.pace_sport, self.block_problem, self.open = found.sport, "", True

    @rx.event
    def set_open(self, value: bool):
        self.open = bool(value)

    @rx.event
    def set_name(self, value: str):
        self.workout_name = bounded_text(value, 120, as_typed=True)

    @rx.event
    async def apply(self):
        changes = self._edited_workout(self.workout_name)
        if changes is None:
            return
        edit = self._parsed(ScheduledWorkoutEdit, changes, shown_in="block_problem")
        if edit is REFUSED:
            return
        calendar = await self.get_state(AthleteCalendarState)
        await calendar._change(athlete_calendar.edit_workout, self.activity_id, edit,
                               success="Workout changed for this athlete.")
        self.open = bool(calendar.error)
        if calendar.error:
            self.block_problem, calendar.error = calendar.error, ""
