"""Your profile: the name, email and user ID of whoever is signed in (coach or athlete)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import accounts
from nexrex_app.base.errors import DomainError
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in


def _own_profile(session, actor) -> dict:
    return accounts.profile(session, actor.user)


class ProfileState(rx.State):
    name: str = ""
    email: str = ""
    user_id: str = ""
    copied: bool = False
    loaded: bool = False

    @rx.event
    async def load(self):
        self.copied, self.loaded = False, False
        try:
            profile = await as_signed_in((await self.get_state(SessionState)).access_token, _own_profile)
        except DomainError:
            self.name = self.email = self.user_id = ""
            return
        self.name, self.email, self.user_id = profile["display_name"] or "", profile["email"], profile["user_id"]
        self.loaded = True

    @rx.event
    def mark_copied(self):
        self.copied = True
