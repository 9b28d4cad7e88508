"""How a page's handler runs a use case of ``domain/``: parse, call, shape.

A handler calls ``self._signed_in(use_case, …)`` (or ``_anonymous`` on the pages before sign-in). The runner
supplies the browser's token, re-checked on every call, and turns a refusal of the rules into the page's inline
message, in the words of the form (``_say``), in the var the handler names with ``shown_in``. The handler gets
the use case's answer, or ``REFUSED``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import reflex as rx

from nexrex_app.base.errors import DomainError
from nexrex_app.models.schemas import RequestBody
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in, in_transaction


class Refused:
    """What a handler gets back when the rules refused: the reason is already on the page."""

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED = Refused()


class UseCaseRunner(rx.State, mixin=True):
    """Mixed into a page's State; only underscore methods, so nothing here is callable from the browser."""

    async def _signed_in(self, use_case: Callable, /, *args: Any, shown_in: str | None = "error", **kwargs: Any):
        """``use_case(session, actor, *args, **kwargs)`` for whoever is signed in on this tab."""
        token = (await self.get_state(SessionState)).access_token
        return await self._answer_of(as_signed_in(token, use_case, *args, **kwargs), shown_in)

    async def _in_own_org(self, use_case: Callable, /, *args: Any, shown_in: str | None = "error", **kwargs: Any):
        """``use_case(session, actor, org_id, *args, **kwargs)`` for the organization of whoever is signed in."""
        return await self._signed_in(_for_own_org(use_case), *args, shown_in=shown_in, **kwargs)

    async def _anonymous(self, use_case: Callable, /, *args: Any, shown_in: str | None = "error", **kwargs: Any):
        """``use_case(session, *args, **kwargs)``: the pages of signing up, signing in and emailed links."""
        return await self._answer_of(in_transaction(use_case, *args, **kwargs), shown_in)

    async def _signed_in_parsed(self, schema: type[RequestBody], data: dict, use_case: Callable, /, *args: Any,
                                shown_in: str | None = "error"):
        """``use_case(session, actor, *args, body)``, ``body`` the form's ``data`` as ``schema``; a form that does
        not parse is refused before the use case runs, its message shown the same way."""
        body = self._parsed(schema, data, shown_in=shown_in)
        return body if body is REFUSED else await self._signed_in(use_case, *args, body, shown_in=shown_in)

    def _parsed(self, schema: type[RequestBody], data: dict, *, shown_in: str | None = "error"):
        """The form's data as the use case's typed input, or REFUSED with what is wrong shown."""
        try:
            return schema.parse(data)
        except DomainError as exc:
            self._refused(exc, shown_in)
            return REFUSED

    async def _answer_of(self, call: Awaitable, shown_in: str | None):
        try:
            return await call
        except DomainError as exc:
            self._refused(exc, shown_in)
            return REFUSED

    def _refused(self, exc: DomainError, shown_in: str | None) -> None:
        """Show the refusal in the var ``shown_in`` (None: the page shows no message for it)."""
        if shown_in:
            setattr(self, shown_in, self._say(exc))

    def _say(self, exc: DomainError) -> str:
        """The refusal in the page's words; a form with labels of its own says it with ``messages.in_words``."""
        return exc.message


def _for_own_org(use_case: Callable) -> Callable:
    def in_org(session, actor, *args, **kwargs):
        return use_case(session, actor, actor.org_id or "", *args, **kwargs)

    return in_org
