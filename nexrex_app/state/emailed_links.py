"""What every emailed link (sign-up, forgotten password) does in the console: ask for it by address, then open it
and set a password with the rules ticked off live."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from nexrex_app.base.errors import DomainError
from nexrex_app.state.new_password import NewPasswordMixin, no_rules_met
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

LINK_CHECKING = "checking"
LINK_VALID = "valid"
LINK_BROKEN = "broken"
LINK_DONE = "done"


class LinkRequestMixin(UseCaseRunner, mixin=True):
    """The first step: an address gets a link. A state says how with ``_send_link``."""

    sent_to: str = ""
    error: str = ""
    sending: bool = False

    async def _send_link(self, email: str) -> str:
        """The address the link went to, or REFUSED (the reason shown)."""
        raise NotImplementedError

    @rx.event
    async def request_link(self, form_data: dict):
        self.sending = True
        self.error = ""
        yield
        sent_to = await self._send_link(form_data.get("email", ""))
        self.sending = False
        if sent_to is not REFUSED:
            self.sent_to = sent_to

    @rx.event
    def start_over(self):
        self.sent_to = self.error = ""


class LinkPageMixin(NewPasswordMixin, UseCaseRunner, mixin=True):
    """The link's page: its token, whether it still works, and the new password set from it."""

    link_status: str = LINK_CHECKING
    link_problem: str = ""
    email: str = ""
    saving: bool = False
    _token: str = ""

    def _open_link(self) -> None:
        self._token = self.router.url.query_parameters.get("token", "")
        self.rules_met = no_rules_met()
        self.error = self.link_problem = ""

    async def _set_password(self, use_case: Callable, form_data: dict):
        """The use case's answer for the link and the typed password; None, with the reason shown, when it fails."""
        answer = await self._anonymous(use_case, token=self._token, password=form_data.get("password", ""))
        self.saving = False
        return None if answer is REFUSED else answer

    def _refused(self, exc: DomainError, shown_in: str | None) -> None:
        """A link that no longer works changes the page to say so."""
        super()._refused(exc, shown_in)
        if exc.field == "token":
            self.link_status, self.link_problem = LINK_BROKEN, exc.message
