"""Members: the roster with filters and server-side paging, Add Member, and one member's page."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import groups, invitations, members, organization_pages
from nexrex_app.domain.members import MemberDetails
from nexrex_app.domain.organization_pages import Choice, GroupChoice, MemberGroup, MemberRow, PendingInvitation
from nexrex_app.models.org_schemas import MemberUpdate
from nexrex_app.models.organizations import ASSISTANT_COACH, ATHLETE
from nexrex_app.state.filters import ANY, chosen
from nexrex_app.state.notices import PageNotices
from nexrex_app.state.session import SessionState
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

PAGE_SIZE = 25


def split_labels(text: str | None) -> list[str]:
    return [label for label in (text or "").split(",")]


JOINS_AS = {ATHLETE: "an athlete", ASSISTANT_COACH: "an assistant coach"}


class MembersState(PageNotices, UseCaseRunner, rx.State):
    rows: list[MemberRow] = []
    next_cursor: str = ""
    loaded: bool = False
    search: str = ""
    label: str = ANY
    coach_id: str = ANY
    label_options: list[str] = []
    coach_options: list[Choice] = []
    group_options: list[GroupChoice] = []
    pending: list[PendingInvitation] = []
    error: str = ""
    add_open: bool = False
    add_by: str = "email"
    add_role: str = ATHLETE
    add_error: str = ""
    add_message: str = ""
    new_link: str = ""
    group_error: str = ""
    link_error: str = ""

    @rx.event
    async def load(self):
        self.loaded = False
        if (await self.get_state(SessionState)).org_id:
            await self._load_roster()
        self.loaded = True

    async def _load_roster(self) -> None:
        choices = await self._in_own_org(organization_pages.roster_choices)
        if choices is REFUSED:
            return
        self.label_options, self.coach_options = choices.labels, choices.coaches
        self.group_options, self.pending = choices.groups, choices.invitations
        await self._fetch(reset=True)

    async def _fetch(self, *, reset: bool) -> None:
        self.error = ""
        page = await self._in_own_org(
            organization_pages.roster, search=self.search or None, label=chosen(self.label),
            coach_id=chosen(self.coach_id), limit=PAGE_SIZE, cursor=None if reset else self.next_cursor or None)
        if page is REFUSED:
            return
        self.rows = page.rows if reset else self.rows + page.rows
        self.next_cursor = page.next_cursor

    @rx.event
    async def set_search(self, value: str):
        self.search = value
        await self._fetch(reset=True)

    @rx.event
    async def set_label(self, value: str):
        self.label = value
        await self._fetch(reset=True)

    @rx.event
    async def set_coach(self, value: str):
        self.coach_id = value
        await self._fetch(reset=True)

    @rx.event
    async def load_more(self):
        await self._fetch(reset=False)

    @rx.event
    def open_add(self, open_: bool = True):
        self.add_open = open_
        self.add_error = self.add_message = ""
        self.add_role = ATHLETE

    @rx.event
    def set_add_by(self, value: str | list[str]):
        self.add_by = value if isinstance(value, str) else value[0]

    @rx.event
    def set_add_role(self, value: str | list[str]):
        value = value if isinstance(value, str) else (value or [ATHLETE])[0]
        self.add_role = value if value in JOINS_AS else ATHLETE

    @rx.event
    async def add_member(self, form_data: dict):
        self.add_error = self.add_message = ""
        details = MemberDetails(
            coach_id=chosen(form_data.get("coach_id")), display_name=form_data.get("display_name"),
            labels=split_labels(form_data.get("labels")), notes=form_data.get("notes"),
            group_id=chosen(form_data.get("group_id")),
        )
        target = (form_data.get("target") or "").strip()
        if self.add_by == "email":
            sent = await self._in_own_org(invitations.invite, email=target, role=self.add_role, details=details,
                                          shown_in="add_error")
            if sent is REFUSED:
                return
            self.add_message = f"Invitation sent to {target}."
        else:
            added = await self._in_own_org(organization_pages.add_by_user_id, user_id=target, details=details,
                                           role=self.add_role, shown_in="add_error")
            if added is REFUSED:
                return
            self.add_message = f"{added.shown_name} joined as {JOINS_AS[added.role]}."
        self.add_open = False
        await self.load()

    @rx.event
    async def create_link(self, form_data: dict):
        """A shareable invitation link, with a maximum number of uses or unlimited."""
        self.link_error, self.new_link = "", ""
        raw_uses = (form_data.get("max_uses") or "").strip()
        if raw_uses and not raw_uses.isdigit():
            self.link_error = "Maximum uses must be a whole number, or empty for unlimited."
            return
        sent = await self._in_own_org(invitations.invite, max_uses=int(raw_uses) if raw_uses else None,
                                      shown_in="link_error")
        if sent is REFUSED:
            return
        await self.load()
        self.new_link = sent.link

    @rx.event
    async def create_group(self, form_data: dict):
        self.group_error = ""
        created = await self._signed_in(
            groups.create_group, org_id=(await self.get_state(SessionState)).org_id, name=form_data.get("name"),
            description=form_data.get("description"), privacy=form_data.get("privacy") or None,
            shown_in="group_error")
        if created is not REFUSED:
            await self.load()

    @rx.event
    async def delete_group(self, group_id: str):
        self.group_error = ""
        if await self._signed_in(groups.delete_group, group_id, shown_in="group_error") is not REFUSED:
            await self.load()

    @rx.event
    async def revoke_invitation(self, invitation_id: str):
        if await self._in_own_org(invitations.revoke, invitation_id) is not REFUSED:
            await self.load()


class MemberState(UseCaseRunner, rx.State):
    member: MemberRow = MemberRow()
    removed: str = ""
    labels_text: str = ""
    coach_options: list[Choice] = []
    group_options: list[MemberGroup] = []
    error: str = ""
    message: str = ""
    missing: bool = False

    @rx.event
    async def load(self):
        user_id = self.router.page.params.get("user_id", "")
        self.error = self.message = self.removed = ""
        page = await self._in_own_org(organization_pages.member_page, user_id, shown_in=None)
        self.missing = page is REFUSED
        if self.missing:
            self.member = MemberRow()
            return
        self.member, self.coach_options, self.group_options = page.member, page.coach_options, page.group_options
        self.labels_text = ", ".join(page.member.labels)

    @rx.event
    async def toggle_group(self, group_id: str, member: bool):
        self.error = ""
        if await self._signed_in(groups.set_member, group_id, self.member.user_id,
                                 member=member) is not REFUSED:
            await self.load()

    async def _member_call(self, use_case, *args) -> bool:
        self.error = self.message = ""
        return await self._in_own_org(use_case, self.member.user_id, *args) is not REFUSED

    @rx.event
    async def change_role(self, role: str):
        if await self._member_call(members.change_role, role):
            await self.load()
            self.message = f"{self.member.shown_name} is now {JOINS_AS[role]}."

    @rx.event
    async def remove(self):
        name = self.member.shown_name
        if await self._member_call(members.remove_member):
            self.member, self.removed = MemberRow(), f"{name} is no longer a member of your organization."

    @rx.event
    async def save(self, form_data: dict):
        session = await self.get_state(SessionState)
        self.error = self.message = ""
        changes = {"display_name": form_data.get("display_name"), "notes": form_data.get("notes"),
                   "labels": split_labels(form_data.get("labels"))}
        if session.is_head_coach:
            changes["coach_id"] = chosen(form_data.get("coach_id"))
        parsed = self._parsed(MemberUpdate, changes)
        if parsed is not REFUSED and await self._member_call(members.update_member, parsed):
            await self.load()
            self.message = "Saved."

