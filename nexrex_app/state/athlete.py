"""The athlete's side: their organization and coach (never the coach-only fields)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import organizations
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner


def _my_org(session, actor) -> dict:
    return organizations.organization_view(session, actor, organizations.get_organization(session, actor, actor.org_id))


class AthleteHomeState(UseCaseRunner, rx.State):
    org_name: str = ""
    org_description: str = ""
    coach_name: str = ""
    coach_email: str = ""

    @rx.event
    async def load(self):
        view = await self._signed_in(_my_org, shown_in=None)
        if view is REFUSED:
            return
        self.org_name, self.org_description = view["org_name"], view["description"] or ""
        coach = view.get("coach") or {}
        self.coach_name, self.coach_email = coach.get("name", ""), coach.get("email", "")
