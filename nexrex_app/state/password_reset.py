"""Forgotten password: ask for a reset link (/forgot-password), then set a new password from it (/reset-password)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import password_resets
from nexrex_app.domain.errors import DomainError
from nexrex_app.state.new_password import NewPasswordMixin, no_rules_met
from nexrex_app.state.transactions import in_transaction

LINK_CHECKING = "checking"
LINK_VALID = "valid"
LINK_BROKEN = "broken"
LINK_DONE = "done"


class ForgotPasswordState(rx.State):
    sent_to: str = ""
    error: str = ""
    sending: bool = False

    @rx.event
    async def request_link(self, form_data: dict):
        self.sending = True
        self.error = ""
        yield
        try:
            self.sent_to = await in_transaction(password_resets.request_reset, email=form_data.get("email", ""))
        except DomainError as exc:
            self.error = exc.message
        finally:
            self.sending = False

    @rx.event
    def start_over(self):
        self.sent_to = self.error = ""


class ResetPasswordState(NewPasswordMixin, rx.State):
    link_status: str = LINK_CHECKING
    link_problem: str = ""
    email: str = ""
    saving: bool = False
    sign_in_page: str = password_resets.COACH_SIGN_IN_PAGE
    _token: str = ""

    @rx.event
    async def check_link(self):
        self._token = self.router.url.query_parameters.get("token", "")
        self.rules_met = no_rules_met()
        self.error = self.email = self.link_problem = ""
        try:
            self.email = await in_transaction(password_resets.check_link, token=self._token)
            self.link_status = LINK_VALID
        except DomainError as exc:
            self.link_status, self.link_problem = LINK_BROKEN, exc.message

    @rx.event
    async def save_password(self, form_data: dict):
        self.saving = True
        self.error = ""
        yield
        try:
            user = await in_transaction(password_resets.reset_password, token=self._token,
                                        password=form_data.get("password", ""))
        except DomainError as exc:
            self.error = exc.message
            if exc.field == "token":
                self.link_status, self.link_problem = LINK_BROKEN, exc.message
            return
        finally:
            self.saving = False
        self.sign_in_page = password_resets.sign_in_page(user)
        self.link_status = LINK_DONE
