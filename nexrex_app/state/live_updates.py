"""An open page that follows a topic: it waits for notices (no periodic event) and reloads on each.

Run it from a background event handler chained from the page's on_load: Reflex ends that chain, and with it the
wait, when the tab closes, navigates elsewhere or reconnects (a reconnect loads the page again, so it catches up).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from nexrex_app import live
from nexrex_app.base.errors import DomainError, NotAuthenticated
from nexrex_app.state.transactions import as_signed_in


async def follow(raw_token: str, topic_of: Callable, refresh: Callable[[], Awaitable[bool]], *,
                 since: float | None = None) -> None:
    """Until the holder of ``raw_token`` is signed out: on each notice of their topic, ``refresh()`` (which
    answers whether it loaded; when it did not, the token is checked).

    ``topic_of(session, actor)`` names the topic; ``since`` is when the page last read its data (a notice after
    it, delivered before this listener existed, still counts)."""
    try:
        topic = await as_signed_in(raw_token, topic_of)
    except DomainError:
        return
    async with live.listening(topic, since=since) as listener:
        while True:
            await listener.changed()
            if not await refresh() and not await _still_signed_in(raw_token, topic_of, topic):
                return


async def _still_signed_in(raw_token: str, topic_of: Callable, topic: str) -> bool:
    """Signed out (or the token expired) ends the wait; a database hiccup does not (the refresh says so)."""
    try:
        return await as_signed_in(raw_token, topic_of) == topic
    except NotAuthenticated:
        return False
    except DomainError:
        return True
