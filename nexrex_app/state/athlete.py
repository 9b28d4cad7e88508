"""The athlete's side: their organization and coach (never the coach-only fields)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import organizations
from nexrex_app.base.errors import DomainError
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in


def _my_org(session, actor) -> dict:
    return organizations.organization_view(session, actor, organizations.get_organization(session, actor, actor.org_id))


class AthleteHomeState(rx.State):
    org_name: str = ""
    org_description: str = ""
    coach_name: str = ""
    coach_email: str = ""

    @rx.event
    async def load(self):
        session = await self.get_state(SessionState)
        try:
            view = await as_signed_in(session.access_token, _my_org)
        except DomainError:
            return
        self.org_name, self.org_description = view["org_name"], view["description"] or ""
        coach = view.get("coach") or {}
        self.coach_name, self.coach_email = coach.get("name", ""), coach.get("email", "")
