"""Sign-up in the console: ask for a link, open it, set a password, and sign in."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import accounts, signup
from nexrex_app.domain.errors import DomainError
from nexrex_app.state.new_password import NewPasswordMixin, no_rules_met
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import in_transaction

LINK_CHECKING = "checking"
LINK_VALID = "valid"
LINK_BROKEN = "broken"


class SignupState(rx.State):
    """The first step: an email address gets a verification link."""

    sent_to: str = ""
    error: str = ""
    sending: bool = False

    @rx.event
    async def request_link(self, form_data: dict):
        self.sending = True
        self.error = ""
        yield
        try:
            self.sent_to = await in_transaction(
                accounts.request_verification, email=form_data.get("email", ""), role="coach"
            )
        except DomainError as exc:
            self.error = exc.message
        finally:
            self.sending = False

    @rx.event
    def start_over(self):
        self.sent_to = ""
        self.error = ""


class VerifyState(NewPasswordMixin, rx.State):
    """The link's page: checks the token, then sets the password with the rules shown live."""

    link_status: str = LINK_CHECKING
    link_problem: str = ""
    email: str = ""
    saving: bool = False
    resent_to: str = ""
    account_exists: bool = False
    _token: str = ""

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
        self._token = self.router.url.query_parameters.get("token", "")
        self.rules_met = no_rules_met()
        self.error = ""
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
        try:
            signed_in = await in_transaction(signup.complete_verified, token=self._token,
                                             password=form_data.get("password", ""))
        except DomainError as exc:
            self.error = exc.message
            if exc.field == "token":
                self.link_status, self.link_problem = LINK_BROKEN, exc.message
            return
        finally:
            self.saving = False
        session = await self.get_state(SessionState)
        await session._start(signed_in)
        yield rx.redirect(session.home)

    @rx.event
    async def resend_link(self):
        """A fresh link for the address of an expired or used link."""
        self.error = ""
        try:
            self.resent_to = await in_transaction(signup.resend, token=self._token)
        except DomainError as exc:
            self.error = exc.message
