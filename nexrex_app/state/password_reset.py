"""Forgotten password: ask for a reset link (/forgot-password), then set a new password from it (/reset-password)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import password_resets
from nexrex_app.state.emailed_links import LINK_BROKEN, LINK_DONE, LINK_VALID, LinkPageMixin, LinkRequestMixin
from nexrex_app.state.use_cases import REFUSED


class ForgotPasswordState(LinkRequestMixin, rx.State):
    async def _send_link(self, email: str) -> str:
        return await self._anonymous(password_resets.request_reset, email=email)


class ResetPasswordState(LinkPageMixin, rx.State):
    sign_in_page: str = password_resets.COACH_SIGN_IN_PAGE

    @rx.event
    async def check_link(self):
        self._open_link()
        email = await self._anonymous(password_resets.check_link, token=self._token, shown_in="link_problem")
        self.link_status, self.email = (LINK_BROKEN, "") if email is REFUSED else (LINK_VALID, email)

    @rx.event
    async def save_password(self, form_data: dict):
        self.saving = True
        self.error = ""
        yield
        user = await self._set_password(password_resets.reset_password, form_data)
        if user is not None:
            self.sign_in_page = password_resets.sign_in_page(user)
            self.link_status = LINK_DONE
