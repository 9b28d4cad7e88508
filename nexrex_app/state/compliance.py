"""Members → athlete → Activities: the calendar (completed green, skipped amber), weekly compliance,
and planned against actual distance."""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from nexrex_app.domain import assignments, athletes
from nexrex_app.coach.params import parse_duration
from nexrex_app.base.errors import InvalidInput
from nexrex_app.domain.compliance import WEEKS_SHOWN, activity_details, athlete_activities
from nexrex_app.models.activity_schemas import FitnessUpdate, PlanInstanceView
from nexrex_app.models.athlete_tab_schemas import ActivityDetails, ComplianceWeek
from nexrex_app.state.browser_input import bounded_text
from nexrex_app.state.notices import PageNotices
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner


@dataclass(frozen=True)
class DistanceBar:
    """One week of the chart: planned and actual distance as heights, the week's biggest being 100%."""

    label: str = ""
    planned: str = ""
    done: str = ""


class AthleteActivitiesState(PageNotices, UseCaseRunner, rx.State):
    athlete_name: str = ""
    user_id: str = ""
    weeks: list[ComplianceWeek] = []
    week_offset: int = 0
    range_label: str = ""
    has_earlier: bool = False
    has_later: bool = False
    detail: ActivityDetails | None = None
    detail_open: bool = False
    plans: list[PlanInstanceView] = []
    missing: bool = False
    message: str = ""
    error: str = ""

    @rx.var
    def bars(self) -> list[DistanceBar]:
        top = max([max(w.planned_m, w.done_m) for w in self.weeks] or [1]) or 1
        return [DistanceBar(label=w.label, planned=f"{100 * w.planned_m / top:.1f}%",
                            done=f"{100 * w.done_m / top:.1f}%") for w in self.weeks]

    @rx.event
    async def load(self):
        """Opening the page: the current week first."""
        self.week_offset, self.detail_open = 0, False
        await self._show()

    async def _show(self) -> None:
        self.user_id = self.router.page.params.get("user_id", "")
        data = await self._in_own_org(athlete_activities, self.user_id, self.week_offset, shown_in=None)
        if data is REFUSED:
            self.missing, self.weeks = True, []
            return
        self.missing, self.athlete_name, self.plans = False, data.name, data.plans
        self.weeks = data.weeks
        self.week_offset, self.range_label = data.offset, data.range
        self.has_earlier, self.has_later = data.has_earlier, data.has_later

    @rx.event
    async def earlier(self):
        self.week_offset -= WEEKS_SHOWN
        await self._show()

    @rx.event
    async def later(self):
        self.week_offset += WEEKS_SHOWN
        await self._show()

    @rx.event
    async def this_week(self):
        self.week_offset = 0
        await self._show()

    @rx.event
    async def open_activity(self, activity_id: str):
        self.error = ""
        details = await self._signed_in(activity_details, bounded_text(activity_id))
        if details is REFUSED:
            return
        self.detail, self.detail_open = details, True

    @rx.event
    def close_activity(self, open_: bool = False):
        self.detail_open = open_ and bool(self.detail)

    async def _act(self, use_case, *args, success: str, **kwargs):
        self.error = self.message = ""
        if await self._signed_in(use_case, *args, **kwargs) is REFUSED:
            return
        await self._show()
        self.message = success

    @rx.event
    async def remove_plan(self, instance_id: str):
        await self._act(assignments.unassign, instance_id, success="Plan removed: its coming workouts are gone, "
                                                                  "what was done stays.")

    @rx.event
    async def save_paces(self, form_data: dict):
        seconds = race_seconds((form_data.get("ten_k") or "").strip())
        if seconds is None:
            self.error = "Enter the 10K time as MM:SS or H:MM:SS."
            return
        await self._act(athletes.set_fitness, self.user_id, ten_k_result(seconds),
                        success="The athlete's paces are set.")


def ten_k_result(seconds: int) -> FitnessUpdate:
    """The paces of a 10K run in this many seconds."""
    return FitnessUpdate(race_distance_in_meters=10_000, race_time_in_seconds=seconds)


def race_seconds(text: str) -> int | None:
    """Seconds from MM:SS or H:MM:SS, or None when it is not a time."""
    try:
        return parse_duration(text, "ten_k")
    except InvalidInput:
        return None
