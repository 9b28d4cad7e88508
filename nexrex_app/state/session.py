"""Who is signed in: the token lives in the browser, its validity and the person's role on the server."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import accounts, organizations
from nexrex_app.base.errors import NotAuthenticated
from nexrex_app.models.organizations import ATHLETE
from nexrex_app.state.transactions import in_transaction

CONSOLE_HOME = "/console"
ATHLETE_HOME = "/athlete"
SIGN_IN_PAGE = "/login"


class SessionState(rx.State):
    access_token: str = rx.LocalStorage("", name="nexrex_token", sync=True)
    user_email: str = ""
    user_role: str = ""
    org_id: str = ""
    org_name: str = ""
    membership_role: str = ""
    session_checked: bool = False
    coach_access_added: bool = False  # an athlete account just got coach access: said once on its home page
    _user_id: str = ""

    @rx.var
    def signed_in(self) -> bool:
        return bool(self._user_id) and self.session_checked

    @rx.var
    def is_head_coach(self) -> bool:
        return self.membership_role == "head_coach"

    @rx.var
    def home(self) -> str:
        return ATHLETE_HOME if self.membership_role == ATHLETE else CONSOLE_HOME

    async def _refresh(self) -> None:
        """Re-read the signed-in person from the server; NotAuthenticated when the token is no good."""
        profile = await in_transaction(organizations.signed_in_profile, self.access_token or None)
        if self._user_id and self._user_id != profile["user_id"]:  # another person signed in, e.g. in another tab
            await self._forget_pages()
        self._user_id = profile["user_id"]
        self.user_email = profile["email"]
        self.user_role = profile["roles"][0]
        self.org_id = profile["org_id"] or ""
        self.org_name = profile["org_name"]
        self.membership_role = profile["membership_role"] or ""
        self.session_checked = True

    async def _forget(self) -> None:
        self.access_token = ""
        self._user_id = self.user_email = self.user_role = self.org_id = self.org_name = self.membership_role = ""
        self.session_checked = True
        await self._forget_pages()

    async def _forget_pages(self) -> None:
        """Every page of this tab back to its empty state, so that nothing one person saw stays in the tab, or is
        sent to it again, once someone else uses it."""
        for page in page_states():
            (await self.get_state(page)).reset()

    async def _start(self, signed_in: accounts.SignedIn) -> None:
        """Keep a fresh sign-in (called by the sign-in, sign-up and join states). Signing out emptied the pages;
        ``_refresh`` empties them when someone else was signed in on this tab."""
        self.access_token = signed_in.access_token
        await self._refresh()

    @rx.event
    async def require_sign_in(self):
        """on_load of every coach console page: a live session, and not an athlete's."""
        try:
            await self._refresh()
        except NotAuthenticated:
            await self._forget()
            return rx.redirect(SIGN_IN_PAGE)
        if self.membership_role == ATHLETE:
            return rx.redirect(ATHLETE_HOME)

    @rx.event
    async def require_athlete(self):
        """on_load of the athlete's pages."""
        try:
            await self._refresh()
        except NotAuthenticated:
            await self._forget()
            return rx.redirect(SIGN_IN_PAGE)
        if self.membership_role != ATHLETE:
            return rx.redirect(CONSOLE_HOME)

    @rx.event
    async def skip_if_signed_in(self):
        """on_load of the sign-in page: a live session goes straight home."""
        if not self.access_token:
            self.session_checked = True
            return
        try:
            await self._refresh()
        except NotAuthenticated:
            await self._forget()
            return
        return rx.redirect(self.home)

    @rx.event
    def dismiss_coach_access(self):
        self.coach_access_added = False

    @rx.event
    async def sign_out(self):
        try:
            await in_transaction(accounts.logout, raw_token=self.access_token or None)
        except NotAuthenticated:
            pass
        await self._forget()
        return rx.redirect("/")


def page_states() -> list[type[rx.State]]:
    """The states of the app's pages: every state of ours but the session itself."""
    found, waiting = [], list(rx.State.get_substates())
    while waiting:
        state = waiting.pop()
        waiting.extend(state.get_substates())
        if state.__module__.startswith("nexrex_app.") and state is not SessionState:
            found.append(state)
    return found


def client_address(state: rx.State) -> str:
    """The browser's address as the sign-in limits count it (the socket peer unless a proxy is trusted)."""
    router = state.router
    return accounts.client_address(router.session.client_ip, router.headers.raw_headers.get("x-forwarded-for"))

