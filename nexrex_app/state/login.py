"""Sign-in: the coach console (an athlete account signing in there becomes a coach account) and the
athlete's pages (no upgrade)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import accounts
from nexrex_app.state.session import SessionState, client_address
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner


class LoginState(UseCaseRunner, rx.State):
    error: str = ""
    signing_in: bool = False

    async def _sign_in(self, form_data: dict, console: str | None):
        self.signing_in = True
        self.error = ""
        yield
        signed_in = await self._anonymous(accounts.login, email=form_data.get("email", ""),
                                          password=form_data.get("password", ""), console=console,
                                          client=client_address(self))
        self.signing_in = False
        if signed_in is REFUSED:
            return
        session = await self.get_state(SessionState)
        await session._start(signed_in)
        session.coach_access_added = signed_in.upgraded
        yield rx.redirect(session.home)

    @rx.event
    async def sign_in(self, form_data: dict):
        async for update in self._sign_in(form_data, accounts.CONSOLE_COACH):
            yield update

    @rx.event
    async def sign_in_athlete(self, form_data: dict):
        async for update in self._sign_in(form_data, None):
            yield update
