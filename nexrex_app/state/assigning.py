"""Training Plans → a plan → Assign: athletes or a group, and a start date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import reflex as rx

from nexrex_app.domain import assignments
from nexrex_app.domain.members import AthleteChoice
from nexrex_app.domain.organization_pages import Choice
from nexrex_app.base.errors import DomainError
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

CHOICES = 50


def shown_day(iso: str) -> str:
    """``2026-12-07`` as people read it: ``Mon 7 Dec 2026``."""
    day = date.fromisoformat(iso)
    return f"{day:%a} {day.day} {day:%b %Y}"


@dataclass(frozen=True)
class OverlapRow:
    """A plan a chosen athlete already follows on some of the dates."""

    athlete: str = ""
    plan: str = ""
    dates: str = ""


@dataclass(frozen=True)
class AssignmentRow:
    id: str = ""
    athlete: str = ""
    start: str = ""
    end: str = ""
    status: str = ""


NO_ASSIGNMENT = AssignmentRow()


def _overlap_row(overlap: dict) -> OverlapRow:
    return OverlapRow(athlete=overlap["athlete_name"], plan=overlap["plan_name"],
                      dates=f"{shown_day(overlap['overlap_from'])} – {shown_day(overlap['overlap_to'])}")


def _assignment_row(assignment: dict) -> AssignmentRow:
    return AssignmentRow(id=assignment["plan_instance_id"], athlete=assignment["athlete_name"],
                         start=shown_day(assignment["start_date"]), end=shown_day(assignment["end_date"]),
                         status=assignment["status"])


class AssignState(UseCaseRunner, rx.State):
    open: bool = False
    search: str = ""
    athletes: list[AthleteChoice] = []
    group_options: list[Choice] = []
    selected: list[str] = []
    group_id: str = ""
    start_date: str = ""
    race_date: str = ""   # instead of the start date: the plan's last week is this date's week
    dates_note: str = ""  # the dates the plan would take, and what a partial first week leaves out
    overlaps: list[OverlapRow] = []  # plans the chosen athletes already follow on some of the dates: asks to confirm
    error: str = ""
    message: str = ""
    assignments: list[AssignmentRow] = []  # who follows the plan on the page
    unassigning: AssignmentRow = NO_ASSIGNMENT  # the assignment the confirm dialog asks about
    list_error: str = ""
    _plan_id: str = ""

    async def _refresh(self) -> None:
        found = await self._signed_in(assignments.assign_choices, self.search, limit=CHOICES)
        if found is REFUSED:
            return
        self.athletes, self.group_options = found.athletes, found.groups

    @rx.event
    async def set_open(self, value: bool):
        self.open, self.error, self.overlaps = value, "", []
        if value:
            self.message, self.selected, self.group_id = "", [], ""
            await self._refresh()

    @rx.event
    async def set_search(self, value: str):
        self.search = value
        await self._refresh()

    @rx.event
    def toggle(self, user_id: str, checked: bool):
        self.group_id, self.overlaps = "", []
        self.selected = [u for u in self.selected if u != user_id] + ([user_id] if checked else [])

    @rx.event
    def choose_group(self, group_id: str):
        self.group_id, self.overlaps = group_id, []
        self.selected = []

    @rx.event
    async def set_start(self, value: str):
        self.start_date, self.race_date, self.overlaps = value, "", []
        await self._preview()

    @rx.event
    async def set_race_date(self, value: str):
        self.race_date, self.start_date, self.overlaps = value, "", []
        await self._preview()

    async def _preview(self) -> None:
        """Tell the coach, before they confirm, which dates the plan takes and what a partial week leaves out."""
        self.dates_note = ""
        if not (self.start_date or self.race_date) or not self._plan_id:
            return
        dates = await self._signed_in(assignments.preview, self._plan_id, start_date=self.start_date or None,
                                      race_date=self.race_date or None, shown_in=None)
        if dates is REFUSED:
            return  # the date is still being typed; assigning says what is wrong
        dates = dates.model_dump()
        note = f"From {shown_day(dates['start_date'])} to {shown_day(dates['end_date'])}."
        dropped = dates["dropped_workouts"]
        if dropped:
            note += (f" The first week starts mid-week: {dropped} workout{'s' if dropped != 1 else ''} before "
                     f"{shown_day(dates['start_date'])} will be left out.")
        self.dates_note = note

    @rx.event
    async def assign(self, plan_id: str):
        await self._assign(plan_id, allow_overlap=False)

    @rx.event
    async def assign_anyway(self, plan_id: str):
        """Assign although the athletes already follow another plan on some of the dates."""
        await self._assign(plan_id, allow_overlap=True)

    async def _assign(self, plan_id: str, *, allow_overlap: bool) -> None:
        self.error, self.overlaps = "", []
        created = await self._signed_in(assignments.assign, plan_id, start_date=self.start_date or None,
                                        race_date=self.race_date or None, user_ids=self.selected or None,
                                        group_id=self.group_id or None, allow_overlap=allow_overlap)
        if created is REFUSED:
            return
        self.open = False
        self.message = (f"Assigned to {len(created)} athlete{'s' if len(created) != 1 else ''} from "
                        f"{self.start_date or shown_day(created[0].start_date.isoformat()) if created else ''}.")
        await self._load_assignments(plan_id)

    async def _load_assignments(self, plan_id: str) -> None:
        """The assignments of the plan on the page (none for a plan not saved yet)."""
        self._plan_id, self.assignments, self.unassigning, self.list_error = plan_id, [], NO_ASSIGNMENT, ""
        if not plan_id:
            return
        found = await self._signed_in(assignments.plan_assignments, plan_id, shown_in=None)
        if found is REFUSED:
            return  # athletes and coaches without an organization see no assignments
        self.assignments = [_assignment_row(assignment.model_dump()) for assignment in found]

    def _refused(self, exc: DomainError, shown_in: str | None) -> None:
        """Plans the athletes already follow on those dates are listed for the coach to confirm."""
        if isinstance(exc, assignments.PlanOverlap):
            self.overlaps = [_overlap_row(overlap) for overlap in exc.overlaps]
        else:
            super()._refused(exc, shown_in)

    @rx.event
    def ask_unassign(self, instance_id: str):
        self.unassigning = next((row for row in self.assignments if row.id == instance_id), NO_ASSIGNMENT)

    @rx.event
    def keep_assignment(self, open_: bool = False):
        if not open_:
            self.unassigning = NO_ASSIGNMENT

    @rx.event
    async def unassign(self):
        chosen, self.unassigning = self.unassigning, NO_ASSIGNMENT
        if chosen == NO_ASSIGNMENT:
            return
        self.list_error = ""
        if await self._signed_in(assignments.unassign, chosen.id, shown_in="list_error") is REFUSED:
            return
        self.message = f"{chosen.athlete} no longer follows this plan; their workouts from today on are removed."
        await self._load_assignments(self._plan_id)
