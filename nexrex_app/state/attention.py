"""The console home's attention list: the athletes who need the coach today, with their reasons."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import attention
from nexrex_app.models.calendar_schemas import AttentionRow
from nexrex_app.state.browser_input import bounded_text
from nexrex_app.state.session import SessionState
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

PAGE = 10


class AttentionState(UseCaseRunner, rx.State):
    rows: list[AttentionRow] = []
    total: int = 0
    shown: int = PAGE
    error: str = ""

    async def _fetch(self) -> None:
        session = await self.get_state(SessionState)
        self.error = ""
        if not session.org_id:
            self.rows, self.total = [], 0
            return
        found = await self._signed_in(attention.attention_list, limit=self.shown, shown_in=None)
        if found is REFUSED:
            self.rows, self.total = [], 0
            return
        self.rows, self.total = found.items, found.total

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
        if await self._signed_in(attention.dismiss, bounded_text(user_id, 40), bounded_text(reason, 30)) is REFUSED:
            return
        await self._fetch()
