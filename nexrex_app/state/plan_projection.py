"""Generate with AI → projected fitness and form: the draft on screen placed on a chosen athlete's calendar
(nothing saved), with a warning when race-day form is outside the usual range."""

from __future__ import annotations

from datetime import date, timedelta

import reflex as rx

from nexrex_app.domain import load_series, members
from nexrex_app.domain.members import AthleteChoice
from nexrex_app.base.clock import clock
from nexrex_app.state.browser_input import bounded_text
from nexrex_app.state.generator import GeneratorState
from nexrex_app.state.load_chart import ChartRow, RaceNote, chart_rows, day_label, race_notes
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

CHOICES = 100  # the most one page of members holds


def _start(text: str) -> date | None:
    """The plan's first day: the date given, else next Monday."""
    if not text:
        today = clock.now().date()
        return today + timedelta(days=7 - today.weekday())
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


class PlanProjectionState(UseCaseRunner, rx.State):
    athletes: list[AthleteChoice] = []
    athlete_id: str = ""
    rows: list[ChartRow] = []
    today_label: str = ""
    notes: list[RaceNote] = []
    projection_error: str = ""

    @rx.event
    async def load_athletes(self):
        athletes = await self._signed_in(members.athlete_choices, limit=CHOICES, shown_in=None)
        self.athletes = [] if athletes is REFUSED else athletes

    @rx.event
    def choose_athlete(self, user_id: str):
        self.athlete_id = bounded_text(user_id)
        self.rows, self.notes, self.projection_error = [], [], ""

    @rx.event
    async def project(self):
        self.rows, self.notes, self.projection_error = [], [], ""
        generator = await self.get_state(GeneratorState)
        if not self.athlete_id:
            self.projection_error = "Choose the athlete to project this plan for."
            return
        start = _start(generator.start_date)
        if start is None:
            self.projection_error = "The plan's start date is not a date."
            return
        series = await self._signed_in(load_series.plan_projection, self.athlete_id, generator._plan_content(), start,
                                       shown_in="projection_error")
        if series is REFUSED:
            return
        self.rows, self.today_label = chart_rows(series["days"]), day_label(series["today"])
        self.notes = race_notes(series) or [RaceNote(text="This plan has no race day to judge the form of.")]
