"""Your profile: the name, email and user ID of whoever is signed in (coach or athlete)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import accounts
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner


class ProfileState(UseCaseRunner, rx.State):
    name: str = ""
    email: str = ""
    user_id: str = ""
    copied: bool = False
    loaded: bool = False

    @rx.event
    async def load(self):
        self.copied, self.loaded = False, False
        profile = await self._signed_in(accounts.own_profile, shown_in=None)
        if profile is REFUSED:
            self.name = self.email = self.user_id = ""
            return
        self.name, self.email, self.user_id = profile["display_name"] or "", profile["email"], profile["user_id"]
        self.loaded = True

    @rx.event
    def mark_copied(self):
        self.copied = True
