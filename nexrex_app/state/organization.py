"""Organization set-up after the first sign-in, and Settings: the organization, coaches and API keys."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import api_keys, coaches, organization_pages, organizations
from nexrex_app.domain.organization_pages import CoachRow, KeyRow
from nexrex_app.models.org_schemas import OrganizationUpdate
from nexrex_app.state.notices import PageNotices
from nexrex_app.state.session import SessionState
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner


class OrgSetupState(UseCaseRunner, rx.State):
    error: str = ""
    saving: bool = False

    @rx.event
    async def create(self, form_data: dict):
        session = await self.get_state(SessionState)
        self.saving, self.error = True, ""
        yield
        created = await self._signed_in(organizations.create_organization, name=form_data.get("name", ""),
                                        description=form_data.get("description", ""))
        self.saving = False
        if created is REFUSED:
            return
        await session._refresh()
        yield rx.redirect("/console/members")


class SettingsState(PageNotices, UseCaseRunner, rx.State):
    org_name: str = ""
    org_description: str = ""
    coach_list: list[CoachRow] = []
    keys: list[KeyRow] = []
    new_secret: str = ""
    message: str = ""
    error: str = ""
    coach_error: str = ""
    coach_message: str = ""
    key_error: str = ""

    @rx.event
    async def load(self):
        self.new_secret = ""  # a new key's secret is shown once: gone on any later visit
        if not (await self.get_state(SessionState)).org_id:
            return
        view = await self._signed_in(organization_pages.settings)
        if view is REFUSED:
            return
        self.org_name, self.org_description = view.org_name, view.description
        self.coach_list, self.keys = view.coaches, view.keys

    @rx.event
    async def save_org(self, form_data: dict):
        self.error = self.message = ""
        changes = self._parsed(OrganizationUpdate, {"name": form_data.get("name"),
                                                    "description": form_data.get("description")})
        if changes is REFUSED or await self._in_own_org(organizations.update_organization, changes) is REFUSED:
            return
        self.message = "Saved."
        await (await self.get_state(SessionState))._refresh()  # the console's header shows the new name
        await self.load()

    @rx.event
    async def add_coach(self, form_data: dict):
        self.coach_error = self.coach_message = ""
        value = (form_data.get("coach") or "").strip()
        by_email = "@" in value
        result = await self._in_own_org(coaches.add_coach, email=value if by_email else None,
                                        user_id=None if by_email else value, shown_in="coach_error")
        if result is REFUSED:
            return
        self.coach_message = (f"Invitation sent to {value}." if result.status == "invited"
                              else f"{result.coach.name} is now an assistant coach.")
        await self.load()

    @rx.event
    async def remove_coach(self, user_id: str):
        self.coach_error = self.coach_message = ""
        if await self._in_own_org(coaches.remove_coach, user_id, shown_in="coach_error") is not REFUSED:
            await self.load()

    @rx.event
    async def create_key(self, form_data: dict):
        self.key_error, self.new_secret = "", ""
        created = await self._in_own_org(api_keys.create_key, name=form_data.get("name", ""), shown_in="key_error")
        if created is REFUSED:
            return
        await self.load()
        self.new_secret = created[1]

    @rx.event
    def hide_secret(self):
        self.new_secret = ""

    @rx.event
    async def revoke_key(self, key_id: str):
        self.key_error = ""
        if await self._in_own_org(api_keys.revoke_key, key_id, shown_in="key_error") is REFUSED:
            return
        self.new_secret = ""
        await self.load()
