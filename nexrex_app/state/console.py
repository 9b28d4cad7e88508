"""The console home: the getting-started checklist, ticked from the organization's real data."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import onboarding
from nexrex_app.state.session import SessionState
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner


class ConsoleHomeState(UseCaseRunner, rx.State):
    athletes: int = 0
    plans: int = 0
    assigned: int = 0
    done: int = 0
    loaded: bool = False

    @rx.event
    async def load(self):
        self.loaded = False
        session = await self.get_state(SessionState)
        if not session.org_id:
            self.athletes = self.plans = self.assigned = 0
        else:
            counts = await self._signed_in(onboarding.progress, shown_in=None)
            if counts is REFUSED:
                counts = {"athletes": 0, "plans": 0, "assigned": 0}
            self.athletes, self.plans, self.assigned = counts["athletes"], counts["plans"], counts["assigned"]
        self.done = 1 + sum(1 for count in (self.athletes, self.plans, self.assigned) if count) if session.org_id else 0
        self.loaded = True
