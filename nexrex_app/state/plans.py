"""Training Plans: the list with filters and paging, and the plan builder (drag workouts onto a calendar)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import plans, workouts
from nexrex_app.base.errors import DomainError
from nexrex_app.base.vocabulary import WEEKDAYS, WORKOUT_TYPES
from nexrex_app.models.library_schemas import PlanCreate, PlanUpdate
from nexrex_app.state.assigning import AssignState
from nexrex_app.state.block_editor import PlacedWorkoutEditor, format_distance, workout_time
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in
from nexrex_app.state.filters import ANY, chosen
from nexrex_app.state.messages import in_words
from nexrex_app.state.workouts import LABELS as WORKOUT_LABELS
from nexrex_app.state.workouts import library_rows, library_views

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


class PlanListState(rx.State):
    rows: list[dict] = []
    next_cursor: str = ""
    type: str = ANY
    level: str = ANY
    visibility: str = ANY
    owner: str = ANY
    search: str = ""
    error: str = ""

    async def _fetch(self, *, reset: bool) -> None:
        session = await self.get_state(SessionState)
        filters = {name: chosen(value) for name, value in (
            ("type", self.type), ("level", self.level), ("visibility", self.visibility))}
        if self.owner != ANY:
            filters["owner_id"] = session._user_id
        self.error = ""
        try:
            found, cursor = await as_signed_in(
                session.access_token, _plan_page, search=self.search or None, limit=PAGE_SIZE,
                cursor=None if reset else self.next_cursor or None, **filters)
        except DomainError as exc:
            self.error = exc.message
            return
        self.rows = found if reset else self.rows + found
        self.next_cursor = cursor or ""

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


def _plan_page(session, actor, **filters) -> tuple[list[dict], str | None]:
    page = plans.list_plans(session, actor, **filters)
    return plans.plan_views(session, page.plans, summary=True, names=page.creator_names), page.next_cursor


def _builder_data(session, actor, plan_id: str) -> dict:
    library = library_views(session, actor)
    if plan_id == NEW:
        return {"library": library}
    return {"library": library, "plan": plans.plan_views(session, [plans.visible_plan(session, actor, plan_id)])[0]}


def _item_from_workout(workout: dict, week: int, day: str) -> dict:
    fields = {name: workout[name] for name in workouts.WORKOUT_FIELDS}
    return {"week": week, "day": day, **fields, "source_workout_id": workout["workout_id"],
            "source_version": workout["version"]}


def saved_notice(plan_name: str) -> str:
    return f"Plan saved: {plan_name}. Assign it to athletes when ready."


class PlanBuilderState(rx.State):
    plan_id: str = ""
    training_plan_name: str = ""
    training_plan_description: str = ""
    type: str = "run"
    level: str = "basic"
    duration_in_weeks: int = 2
    visibility: str = "org"
    prefer_day: dict[str, str] = {}
    content: list[dict] = []
    week_notes: dict[str, str] = {}
    library: list[dict] = []
    missing: bool = False
    error: str = ""
    message: str = ""
    library_search: str = ""
    picked: dict = {}  # tap-to-place: the workout picked to put on the next day tapped ({key, name})
    _dragging: dict = {}
    _notice: str = ""  # said once the page of a plan just created has loaded

    @rx.var
    def library_shown(self) -> list[dict]:
        """The library workouts of the plan's sport (all of them for other plans), matching the search."""
        words = self.library_search.strip().lower().split()
        shown = [w for w in self.library if (self.type not in WORKOUT_TYPES or w["workout_type"] == self.type)
                 and all(word in f"{w['workout_name']} {w['workout_sub_type']}".lower() for word in words)]
        return shown[:LIBRARY_SHOWN]

    @rx.var
    def calendar(self) -> list[dict]:
        weeks = []
        for week in range(1, self.duration_in_weeks + 1):
            items = [(index, item) for index, item in enumerate(self.content) if item["week"] == week]
            distance = sum(item["target_distance_in_meters"] for _, item in items)
            weeks.append({
                "week": week, "notes": self.week_notes.get(str(week), ""),
                "distance": format_distance(distance), "duration": workout_time([item for _, item in items], self.level),
                "first": week == 1, "last": week == self.duration_in_weeks,
                "days": [{"day": day, "week": week, "items": [
                    {"index": index, "name": item["workout_name"], "sub_type": item["workout_sub_type"],
                     "distance": format_distance(item["target_distance_in_meters"]),
                     "sync": item.get("sync_status", ""), "key": f"item:{index}"}
                    for index, item in items if item["day"] == day]} for day in WEEKDAYS],
            })
        return weeks

    @rx.var
    def prefer_rows(self) -> list[dict]:
        return [{"day": day, "choice": self.prefer_day.get(day, "Any")} for day in WEEKDAYS]

    @rx.event
    async def load(self):
        self.error, self.message, self._notice = "", self._notice, ""
        self.missing, self.picked, self.library_search = False, {}, ""
        plan_id = self.router.page.params.get("plan_id", NEW)
        session = await self.get_state(SessionState)
        try:
            data = await as_signed_in(session.access_token, _builder_data, plan_id)
        except DomainError:
            self.missing = True
            return
        self.library = library_rows(data["library"])
        plan = data.get("plan")
        assigning = await self.get_state(AssignState)
        assigning.message = ""
        await assigning._load_assignments(plan["training_plan_id"] if plan else "")
        if plan is None:
            self.plan_id, self.training_plan_name, self.training_plan_description = "", "", ""
            self.type, self.level, self.duration_in_weeks, self.visibility = "run", "basic", 2, "org"
            self.prefer_day, self.content, self.week_notes = {}, [], {}
            return
        self.plan_id = plan["training_plan_id"]
        for name in ("training_plan_name", "training_plan_description", "type", "level", "duration_in_weeks",
                     "visibility", "content"):
            setattr(self, name, plan[name])
        self.prefer_day = plan["training_plan_prefer_day"]
        self.week_notes = {str(w["week"]): w["notes"] for w in plan["weekly_info"] if w["notes"]}

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
        self.content = [item for item in self.content if item["week"] <= self.duration_in_weeks]

    @rx.event
    def set_prefer_day(self, day: str, choice: str):
        preferences = {**self.prefer_day, day: choice}
        self.prefer_day = {d: c for d, c in preferences.items() if c != "Any" and d in WEEKDAYS}

    @rx.event
    def set_week_note(self, week: int, text: str):
        self.week_notes = {**self.week_notes, str(week): text}

    @rx.event
    def drag_workout(self, workout_id: str):
        self._dragging = {"workout_id": workout_id}

    @rx.event
    def drag_item(self, index: int):
        self._dragging = {"index": index}

    @rx.event
    def drop_on(self, week: int, day: str):
        dragging, self._dragging = self._dragging, {}
        self._place(dragging, week, day)

    @rx.event
    def pick_workout(self, workout_id: str):
        """Tap-to-place, first step: this library workout goes on the next day tapped (tap again: put back)."""
        workout = next((w for w in self.library if w["workout_id"] == workout_id), None)
        key = f"workout:{workout_id}"
        self.picked = {} if workout is None or self.picked.get("key") == key else {
            "key": key, "name": workout["workout_name"], "workout_id": workout_id}

    @rx.event
    def pick_item(self, index: int):
        """Tap-to-place for a placed workout: it moves to the next day tapped."""
        key = f"item:{index}"
        valid = isinstance(index, int) and 0 <= index < len(self.content)
        self.picked = {} if not valid or self.picked.get("key") == key else {
            "key": key, "name": self.content[index]["workout_name"], "index": index}

    @rx.event
    def cancel_pick(self):
        self.picked = {}

    @rx.event
    def place_on(self, week: int, day: str):
        """Tap-to-place, second step: the picked workout goes on this day."""
        picked, self.picked = self.picked, {}
        self._place(picked, week, day)

    def _place(self, source: dict, week: int, day: str) -> None:
        """Put a library workout (``workout_id``) or move a placed one (``index``) onto a day of the plan."""
        if not (isinstance(week, int) and 1 <= week <= self.duration_in_weeks and day in WEEKDAYS):
            return
        if isinstance(source.get("index"), int) and 0 <= source["index"] < len(self.content):
            moved = [dict(item) for item in self.content]
            moved[source["index"]].update(week=week, day=day)
            self.content = moved
        elif "workout_id" in source:
            workout = next((w for w in self.library if w["workout_id"] == source["workout_id"]), None)
            if workout is None:
                return
            self.content = self.content + [_item_from_workout(workout, week, day)]
        else:
            return
        self.message = ""

    @rx.var
    def outdated_count(self) -> int:
        return sum(1 for item in self.content if item.get("sync_status") == "outdated")

    @rx.event
    def update_from_library(self, index: int = -1):
        """Pull the library's current version into one out-of-date workout (or, with -1, all of them)."""
        library = {w["workout_id"]: w for w in self.library}
        updated = []
        for position, item in enumerate(self.content):
            source = library.get(item.get("source_workout_id") or "")
            if source is not None and item.get("sync_status") == "outdated" and index in (-1, position):
                item = {**_item_from_workout(source, item["week"], item["day"]), "sync_status": "current"}
            updated.append(item)
        self.content = updated

    @rx.event
    def remove_item(self, index: int):
        self.content = [item for position, item in enumerate(self.content) if position != index]
        self.picked, self.message = {}, ""

    @rx.event
    def move_week(self, week: int, step: int):
        """Swap a week (its workouts and notes) with the one before (-1) or after (+1)."""
        other = week + step
        if not 1 <= other <= self.duration_in_weeks:
            return
        self.message = ""
        swap = {week: other, other: week}
        self.content = [{**item, "week": swap.get(item["week"], item["week"])} for item in self.content]
        notes = dict(self.week_notes)
        notes[str(week)], notes[str(other)] = self.week_notes.get(str(other), ""), self.week_notes.get(str(week), "")
        self.week_notes = notes

    def _plan_data(self) -> dict:
        return {
            "training_plan_name": self.training_plan_name,
            "training_plan_description": self.training_plan_description,
            "type": self.type, "level": self.level, "duration_in_weeks": self.duration_in_weeks,
            "visibility": self.visibility, "training_plan_prefer_day": self.prefer_day,
            "content": [{k: v for k, v in item.items() if k != "sync_status"} for item in self.content],
            "weekly_info": [{"week": int(week), "notes": text} for week, text in self.week_notes.items() if text],
        }

    @rx.event
    async def save(self):
        self.error = self.message = ""
        (await self.get_state(AssignState)).message = ""  # the bar confirms this save, not an earlier assignment
        session = await self.get_state(SessionState)
        try:
            if self.plan_id:
                await as_signed_in(session.access_token, plans.update_plan, self.plan_id,
                                   PlanUpdate.parse(self._plan_data()))
            else:
                created = await as_signed_in(session.access_token, plans.create_plan,
                                             PlanCreate.parse({**self._plan_data(), "user_id": session._user_id}))
                self._notice = saved_notice(created.training_plan_name)
                # the new plan's page takes the place of the empty builder, so Back leaves the builder
                return rx.redirect(f"/console/plans/{created.id}", replace=True)
        except DomainError as exc:
            self.error = in_words(exc, PLAN_LABELS)
            return
        await self.load()
        self.message = "Plan saved."

    def _workouts(self) -> list[dict]:
        return self.content

    def _replace_item(self, index: int, item: dict) -> None:
        self.content = [item if position == index else existing for position, existing in enumerate(self.content)]


class ItemEditorState(PlacedWorkoutEditor, rx.State):
    """Editing one placed workout's blocks in place, in a dialog over the calendar."""

    async def _owner(self):
        return await self.get_state(PlanBuilderState)
