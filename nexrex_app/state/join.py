"""The invitation link's page: a new person signs up and joins; someone with an account signs in and joins."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import accounts, invitations
from nexrex_app.models.organizations import ASSISTANT_COACH
from nexrex_app.state.new_password import NewPasswordMixin, no_rules_met
from nexrex_app.state.session import SessionState, client_address
from nexrex_app.state.transactions import in_transaction
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

ATHLETE_SIGN_IN = "/athlete/login"
COACH_SIGN_IN = "/login"


class JoinState(NewPasswordMixin, UseCaseRunner, rx.State):
    valid: bool = False
    checked: bool = False
    problem: str = ""
    org_name: str = ""
    org_description: str = ""
    email: str = ""
    role: str = ""
    registered: bool = False
    sent_to: str = ""  # a link sign-up: the address the verification email went to
    working: bool = False
    _token: str = ""

    @rx.var
    def sign_in_page(self) -> str:
        return COACH_SIGN_IN if self.role == ASSISTANT_COACH else ATHLETE_SIGN_IN

    @rx.event
    async def check(self):
        self._token = self.router.url.query_parameters.get("token", "")
        self.error = self.sent_to = ""
        self.rules_met = no_rules_met()
        preview = await in_transaction(invitations.preview, self._token)
        self.valid, self.problem = preview["valid"], preview.get("error", "")
        self.org_name = preview.get("org_name", "")
        self.org_description = preview.get("org_description") or ""
        self.email = preview.get("email") or ""
        self.role = preview.get("role", "")
        self.registered = preview.get("registered", False)
        self.checked = True

    @rx.event
    def set_registered(self, value: bool):
        self.registered = bool(value)
        self.error = ""

    @rx.event
    def start_over(self):
        self.sent_to = self.error = ""

    async def _finish(self, signed_in: accounts.SignedIn):
        session = await self.get_state(SessionState)
        await session._start(signed_in)
        return rx.redirect(session.home)

    async def _attempt(self, use_case, **kwargs):
        """Run a step; a refusal becomes the inline message. Answers the result, or None."""
        self.error = ""
        self.working = True
        answer = await self._anonymous(use_case, **kwargs)
        self.working = False
        return None if answer is REFUSED else answer

    @rx.event
    async def sign_up(self, form_data: dict):
        """An email invitation: set a password and join. A shareable link: verify the address first."""
        if self.email:
            signed_in = await self._attempt(invitations.sign_up, raw_token=self._token,
                                            password=form_data.get("password", ""))
            if signed_in:
                return await self._finish(signed_in)
            return
        self.sent_to = await self._attempt(invitations.request_link_signup, raw_token=self._token,
                                           email=form_data.get("email", "")) or ""

    @rx.event
    async def sign_in(self, form_data: dict):
        signed_in = await self._attempt(invitations.sign_in_and_accept, raw_token=self._token,
                                        email=self.email or form_data.get("email", ""),
                                        password=form_data.get("password", ""), client=client_address(self))
        if signed_in:
            return await self._finish(signed_in)
