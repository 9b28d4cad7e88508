"""The athlete's side: their organization and coach (never the coach-only fields)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import organization_pages
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner


class AthleteHomeState(UseCaseRunner, rx.State):
    org_name: str = ""
    org_description: str = ""
    coach_name: str = ""
    coach_email: str = ""

    @rx.event
    async def load(self):
        view = await self._signed_in(organization_pages.own_organization, shown_in=None)
        if view is REFUSED:
            return
        self.org_name, self.org_description = view.org_name, view.description
        self.coach_name, self.coach_email = view.coach_name, view.coach_email
