"""Training Plans: the list with filters and paging, and the plan builder (drag workouts onto a calendar)."""

from __future__ import annotations

from dataclasses import dataclass, field

import reflex as rx

from nexrex_app.domain import plans, workouts
from nexrex_app.base.vocabulary import WEEKDAYS, WORKOUT_TYPES
from nexrex_app.domain.plans import PlanRow
from nexrex_app.models.library_schemas import OwnPlan, PlanItem, PlanUpdate, WorkoutView
from nexrex_app.state.assigning import AssignState
from nexrex_app.state.block_editor import PlacedWorkoutEditor, format_distance, workout_time
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner
from nexrex_app.state.filters import ANY, chosen
from nexrex_app.state.messages import in_words
from nexrex_app.state.workouts import LABELS as WORKOUT_LABELS
from nexrex_app.state.workouts import LibraryRow, library_rows

PAGE_SIZE = 20
LIBRARY_SHOWN = 60
MAX_SEARCH = 100
NEW = "new"
PREFER_CHOICES = ("Any", "Rest", "easy-run", "tempo-run", "interval-run", "long-run")
PLAN_LABELS = {**WORKOUT_LABELS, "training_plan_name": "Plan name", "training_plan_description": "Description",
               "type": "Sport", "level": "Level", "visibility": "Visibility", "duration_in_weeks": "Weeks",
               "training_plan_prefer_day": "Preferred days", "content": "Workouts", "weekly_info": "Week notes",
               "workout_name": "Workout name", "week": "Week", "day": "Day", "notes": "Week notes",
               "source_workout_id": "Library workout"}


class PlanListState(UseCaseRunner, rx.State):
    rows: list[PlanRow] = []
    next_cursor: str = ""
    type: str = ANY
    level: str = ANY
    visibility: str = ANY
    owner: str = ANY
    search: str = ""
    error: str = ""

    async def _fetch(self, *, reset: bool) -> None:
        filters = {name: chosen(value) for name, value in (
            ("type", self.type), ("level", self.level), ("visibility", self.visibility))}
        self.error = ""
        page = await self._signed_in(plans.plan_list_page, mine=self.owner != ANY, search=self.search or None,
                                     limit=PAGE_SIZE, cursor=None if reset else self.next_cursor or None, **filters)
        if page is REFUSED:
            return
        self.rows = page.rows if reset else self.rows + page.rows
        self.next_cursor = page.next_cursor

    @rx.event
    async def load(self):
        await self._fetch(reset=True)

    @rx.event
    async def load_more(self):
        await self._fetch(reset=False)

    @rx.event
    async def set_filter(self, name: str, value: str):
        if name in ("type", "level", "visibility", "owner", "search"):
            setattr(self, name, value)
        await self._fetch(reset=True)


def _item_from_workout(workout: WorkoutView, week: int, day: str) -> PlanItem:
    fields = {name: getattr(workout, name) for name in workouts.WORKOUT_FIELDS}
    return PlanItem.model_validate({"week": week, "day": day, **fields, "source_workout_id": workout.workout_id,
                                    "source_version": workout.version})


@dataclass(frozen=True)
class PlacedItem:
    """A workout on a day of the builder's calendar; ``index`` is its place in the plan's content."""

    index: int = 0
    name: str = ""
    sub_type: str = ""
    distance: str = ""
    sync: str = ""
    key: str = ""


@dataclass(frozen=True)
class CalendarDay:
    day: str = ""
    week: int = 0
    placed: list[PlacedItem] = field(default_factory=list)


@dataclass(frozen=True)
class CalendarWeek:
    week: int = 0
    notes: str = ""
    distance: str = ""
    duration: str = ""
    first: bool = False
    last: bool = False
    days: list[CalendarDay] = field(default_factory=list)


@dataclass(frozen=True)
class DayPreference:
    day: str = ""
    choice: str = ""


@dataclass(frozen=True)
class Picked:
    """What tap-to-place (or a drag) carries: a library workout, or a placed one by its index (else -1)."""

    key: str = ""
    name: str = ""
    workout_id: str = ""
    index: int = -1


NOTHING_PICKED = Picked()


def saved_notice(plan_name: str) -> str:
    return f"Plan saved: {plan_name}. Assign it to athletes when ready."


class PlanBuilderState(UseCaseRunner, rx.State):
    plan_id: str = ""
    training_plan_name: str = ""
    training_plan_description: str = ""
    type: str = "run"
    level: str = "basic"
    duration_in_weeks: int = 2
    visibility: str = "org"
    prefer_day: dict[str, str] = {}
    content: list[PlanItem] = []
    week_notes: dict[str, str] = {}
    library: list[LibraryRow] = []
    _library: list[WorkoutView] = []  # the library's workouts in full, to copy onto the plan
    missing: bool = False
    error: str = ""
    message: str = ""
    library_search: str = ""
    picked: Picked = NOTHING_PICKED  # tap-to-place: the workout picked to put on the next day tapped
    _dragging: Picked = NOTHING_PICKED
    _notice: str = ""  # said once the page of a plan just created has loaded

    @rx.var
    def library_shown(self) -> list[LibraryRow]:
        """The library workouts of the plan's sport (all of them for other plans), matching the search."""
        words = self.library_search.strip().lower().split()
        shown = [w for w in self.library if (self.type not in WORKOUT_TYPES or w.workout_type == self.type)
                 and all(word in f"{w.workout_name} {w.workout_sub_type}".lower() for word in words)]
        return shown[:LIBRARY_SHOWN]

    @rx.var
    def calendar(self) -> list[CalendarWeek]:
        weeks = []
        for week in range(1, self.duration_in_weeks + 1):
            items = [(index, item) for index, item in enumerate(self.content) if item.week == week]
            distance = sum(item.target_distance_in_meters for _, item in items)
            weeks.append(CalendarWeek(
                week=week, notes=self.week_notes.get(str(week), ""), distance=format_distance(distance),
                duration=workout_time([item.model_dump(exclude_none=True) for _, item in items], self.level),
                first=week == 1, last=week == self.duration_in_weeks,
                days=[CalendarDay(day=day, week=week, placed=[
                    PlacedItem(index=index, name=item.workout_name, sub_type=item.workout_sub_type,
                               distance=format_distance(item.target_distance_in_meters),
                               sync=item.sync_status or "", key=f"item:{index}")
                    for index, item in items if item.day == day]) for day in WEEKDAYS],
            ))
        return weeks

    @rx.var
    def prefer_rows(self) -> list[DayPreference]:
        return [DayPreference(day=day, choice=self.prefer_day.get(day, "Any")) for day in WEEKDAYS]

    @rx.event
    async def load(self):
        self.error, self.message, self._notice = "", self._notice, ""
        self.missing, self.picked, self.library_search = False, NOTHING_PICKED, ""
        plan_id = self.router.page.params.get("plan_id", NEW)
        data = await self._signed_in(plans.builder_data, None if plan_id == NEW else plan_id, shown_in=None)
        if data is REFUSED:
            self.missing = True
            return
        self._library, plan = data
        self.library = library_rows(self._library)
        assigning = await self.get_state(AssignState)
        assigning.message = ""
        await assigning._load_assignments(plan.training_plan_id if plan else "")
        if plan is None:
            self.plan_id, self.training_plan_name, self.training_plan_description = "", "", ""
            self.type, self.level, self.duration_in_weeks, self.visibility = "run", "basic", 2, "org"
            self.prefer_day, self.content, self.week_notes = {}, [], {}
            return
        self.plan_id = plan.training_plan_id
        for name in ("training_plan_name", "training_plan_description", "type", "level", "duration_in_weeks",
                     "visibility", "content"):
            setattr(self, name, getattr(plan, name))
        self.prefer_day = plan.training_plan_prefer_day
        self.week_notes = {str(w.week): w.notes for w in plan.weekly_info if w.notes}

    @rx.event
    def set_field(self, name: str, value: str):
        if name in ("training_plan_name", "training_plan_description", "type", "level", "visibility"):
            setattr(self, name, value)
            self.message = ""

    @rx.event
    def search_library(self, text: str):
        self.library_search = text[:MAX_SEARCH]

    @rx.event
    def set_weeks(self, value: str):
        if not value.strip().isdigit() or not 1 <= int(value) <= plans.MAX_WEEKS:
            self.error = f"Duration must be between 1 and {plans.MAX_WEEKS} weeks."
            return
        self.error = self.message = ""
        self.duration_in_weeks = int(value)
        self.content = [item for item in self.content if item.week <= self.duration_in_weeks]

    @rx.event
    def set_prefer_day(self, day: str, choice: str):
        preferences = {**self.prefer_day, day: choice}
        self.prefer_day = {d: c for d, c in preferences.items() if c != "Any" and d in WEEKDAYS}

    @rx.event
    def set_week_note(self, week: int, text: str):
        self.week_notes = {**self.week_notes, str(week): text}

    @rx.event
    def drag_workout(self, workout_id: str):
        self._dragging = Picked(workout_id=str(workout_id))

    @rx.event
    def drag_item(self, index: int):
        self._dragging = Picked(index=index) if isinstance(index, int) else NOTHING_PICKED

    @rx.event
    def drop_on(self, week: int, day: str):
        dragging, self._dragging = self._dragging, NOTHING_PICKED
        self._place(dragging, week, day)

    @rx.event
    def pick_workout(self, workout_id: str):
        """Tap-to-place, first step: this library workout goes on the next day tapped (tap again: put back)."""
        workout = self._library_workout(workout_id)
        key = f"workout:{workout_id}"
        self.picked = NOTHING_PICKED if workout is None or self.picked.key == key else Picked(
            key=key, name=workout.workout_name, workout_id=workout_id)

    @rx.event
    def pick_item(self, index: int):
        """Tap-to-place for a placed workout: it moves to the next day tapped."""
        key = f"item:{index}"
        valid = isinstance(index, int) and 0 <= index < len(self.content)
        self.picked = NOTHING_PICKED if not valid or self.picked.key == key else Picked(
            key=key, name=self.content[index].workout_name, index=index)

    @rx.event
    def cancel_pick(self):
        self.picked = NOTHING_PICKED

    @rx.event
    def place_on(self, week: int, day: str):
        """Tap-to-place, second step: the picked workout goes on this day."""
        picked, self.picked = self.picked, NOTHING_PICKED
        self._place(picked, week, day)

    def _place(self, source: Picked, week: int, day: str) -> None:
        """Put a library workout (``workout_id``) or move a placed one (``index``) onto a day of the plan."""
        if not (isinstance(week, int) and 1 <= week <= self.duration_in_weeks and day in WEEKDAYS):
            return
        if 0 <= source.index < len(self.content):
            self.content = [item.model_copy(update={"week": week, "day": day}) if position == source.index
                            else item for position, item in enumerate(self.content)]
        elif source.workout_id:
            workout = self._library_workout(source.workout_id)
            if workout is None:
                return
            self.content = self.content + [_item_from_workout(workout, week, day)]
        else:
            return
        self.message = ""

    def _library_workout(self, workout_id: str) -> WorkoutView | None:
        return next((w for w in self._library if w.workout_id == workout_id), None)

    @rx.var
    def outdated_count(self) -> int:
        return sum(1 for item in self.content if item.sync_status == "outdated")

    @rx.event
    def update_from_library(self, index: int = -1):
        """Pull the library's current version into one out-of-date workout (or, with -1, all of them)."""
        library = {w.workout_id: w for w in self._library}
        updated = []
        for position, item in enumerate(self.content):
            source = library.get(item.source_workout_id or "")
            if source is not None and item.sync_status == "outdated" and index in (-1, position):
                item = _item_from_workout(source, item.week, item.day).model_copy(update={"sync_status": "current"})
            updated.append(item)
        self.content = updated

    @rx.event
    def remove_item(self, index: int):
        self.content = [item for position, item in enumerate(self.content) if position != index]
        self.picked, self.message = NOTHING_PICKED, ""

    @rx.event
    def move_week(self, week: int, step: int):
        """Swap a week (its workouts and notes) with the one before (-1) or after (+1)."""
        other = week + step
        if not 1 <= other <= self.duration_in_weeks:
            return
        self.message = ""
        swap = {week: other, other: week}
        self.content = [item.model_copy(update={"week": swap.get(item.week, item.week)}) for item in self.content]
        notes = dict(self.week_notes)
        notes[str(week)], notes[str(other)] = self.week_notes.get(str(other), ""), self.week_notes.get(str(week), "")
        self.week_notes = notes

    def _plan_data(self) -> dict:
        return {
            "training_plan_name": self.training_plan_name,
            "training_plan_description": self.training_plan_description,
            "type": self.type, "level": self.level, "duration_in_weeks": self.duration_in_weeks,
            "visibility": self.visibility, "training_plan_prefer_day": self.prefer_day,
            "content": [item.model_dump(exclude_none=True, exclude={"sync_status"}) for item in self.content],
            "weekly_info": [{"week": int(week), "notes": text} for week, text in self.week_notes.items() if text],
        }

    @rx.event
    async def save(self):
        self.error = self.message = ""
        (await self.get_state(AssignState)).message = ""  # the bar confirms this save, not an earlier assignment
        if not self.plan_id:
            created = await self._signed_in_parsed(OwnPlan, self._plan_data(), plans.create_own_plan)
            if created is REFUSED:
                return
            self._notice = saved_notice(created.training_plan_name)
            # the new plan's page takes the place of the empty builder, so Back leaves the builder
            return rx.redirect(f"/console/plans/{created.id}", replace=True)
        if await self._signed_in_parsed(PlanUpdate, self._plan_data(), plans.update_plan,
                                        self.plan_id) is not REFUSED:
            await self.load()
            self.message = "Plan saved."

    def _say(self, exc) -> str:
        return in_words(exc, PLAN_LABELS)

    def _workouts(self) -> list[PlanItem]:
        return self.content

    def _replace_item(self, index: int, item: PlanItem) -> None:
        self.content = [item if position == index else existing for position, existing in enumerate(self.content)]


class ItemEditorState(PlacedWorkoutEditor, rx.State):
    """Editing one placed workout's blocks in place, in a dialog over the calendar."""

    async def _owner(self):
        return await self.get_state(PlanBuilderState)
