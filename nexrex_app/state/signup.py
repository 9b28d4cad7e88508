"""Sign-up in the console: ask for a link, open it, set a password, and sign in."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import accounts, signup
from nexrex_app.state.emailed_links import LINK_BROKEN, LINK_VALID, LinkPageMixin, LinkRequestMixin
from nexrex_app.state.session import SessionState
from nexrex_app.state.use_cases import REFUSED
from nexrex_app.state.transactions import in_transaction


class SignupState(LinkRequestMixin, rx.State):
    """The first step: an email address gets a verification link."""

    async def _send_link(self, email: str) -> str:
        return await self._anonymous(accounts.request_verification, email=email, role="coach")


class VerifyState(LinkPageMixin, rx.State):
    """The link's page: checks the token, then sets the password with the rules shown live."""

    resent_to: str = ""
    account_exists: bool = False

    @rx.var
    def broken_link_next_step(self) -> str:
        """What a broken link's page offers: news of a resent link, sign-in, a resend, or a new request."""
        if self.resent_to:
            return "resent"
        if self.account_exists:
            return "sign_in"
        return "resend" if self.email else "request"

    @rx.event
    async def check_link(self):
        self._open_link()
        self.resent_to = ""
        check = await in_transaction(accounts.verify_token, token=self._token)
        self.email = check.email or ""
        self.link_status = LINK_VALID if check.valid else LINK_BROKEN
        self.link_problem = check.error or ""
        self.account_exists = bool(check.email) and not check.valid and await in_transaction(
            accounts.is_registered, email=check.email
        )

    @rx.event
    async def save_password(self, form_data: dict):
        self.saving = True
        self.error = ""
        yield
        signed_in = await self._set_password(signup.complete_verified, form_data)
        if signed_in is None:
            return
        session = await self.get_state(SessionState)
        await session._start(signed_in)
        yield rx.redirect(session.home)

    @rx.event
    async def resend_link(self):
        """A fresh link for the address of an expired or used link."""
        self.error = ""
        resent_to = await self._anonymous(signup.resend, token=self._token)
        if resent_to is not REFUSED:
            self.resent_to = resent_to
