"""The console home's attention list: the athletes who need the coach today, with their reasons."""

from __future__ import annotations

import reflex as rx

from nexrex_app.base.errors import DomainError
from nexrex_app.domain import attention
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in

PAGE = 10


class AttentionState(rx.State):
    rows: list[dict] = []
    total: int = 0
    shown: int = PAGE
    error: str = ""

    async def _fetch(self) -> None:
        session = await self.get_state(SessionState)
        self.error = ""
        if not session.org_id:
            self.rows, self.total = [], 0
            return
        try:
            found = await as_signed_in(session.access_token, attention.attention_list, limit=self.shown)
        except DomainError:
            self.rows, self.total = [], 0
            return
        self.rows, self.total = found["items"], found["total"]

    @rx.event
    async def load(self):
        self.shown = PAGE
        await self._fetch()

    @rx.event
    async def more(self):
        self.shown = min(self.shown + PAGE, attention.MAX_PAGE)
        await self._fetch()

    @rx.event
    async def dismiss(self, user_id: str, reason: str):
        session = await self.get_state(SessionState)
        try:
            await as_signed_in(session.access_token, attention.dismiss, str(user_id)[:40], str(reason)[:30])
        except DomainError as exc:
            self.error = exc.message
            return
        await self._fetch()
