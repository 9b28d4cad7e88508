"""An open page that follows a topic: it waits for notices (no periodic event) and reloads on each.

Run it from a background event handler chained from the page's on_load: Reflex ends that chain, and with it the
wait, when the tab closes, navigates elsewhere or reconnects (a reconnect loads the page again, so it catches up).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from reflex.utils.prerequisites import get_app

from nexrex_app import live
from nexrex_app.base.errors import DomainError, NotAuthenticated
from nexrex_app.state.transactions import as_signed_in

# A wait the browser started itself (not from a page load, which Reflex ends with the tab) ends this soon after it.
CONNECTION_CHECK_SECONDS = 60


async def follow(raw_token: str, topic_of: Callable, refresh: Callable[[], Awaitable[bool]], *,
                 tab: str, since: float | None = None) -> None:
    """Until the holder of ``raw_token`` is signed out: on each notice of their topic, ``refresh()`` (which
    answers whether it loaded; when it did not, the token is checked).

    ``topic_of(session, actor)`` names the topic; ``since`` is when the page last read its data (a notice after
    it, delivered before this listener existed, still counts); ``tab`` is the tab's client token: the wait ends
    once no socket of this worker serves it."""
    try:
        topic = await as_signed_in(raw_token, topic_of)
    except DomainError:
        return
    async with live.listening(topic, since=since) as listener:
        while True:
            try:
                await asyncio.wait_for(listener.changed(), timeout=CONNECTION_CHECK_SECONDS)
            except TimeoutError:
                if not _connected(tab):
                    return
                continue
            if not await refresh() and not await _still_signed_in(raw_token, topic_of, topic):
                return


def _connected(tab: str) -> bool:
    namespace = get_app().app.event_namespace
    return namespace is None or tab in namespace.token_to_sid


async def _still_signed_in(raw_token: str, topic_of: Callable, topic: str) -> bool:
    """Signed out (or the token expired) ends the wait; a database hiccup does not (the refresh says so)."""
    try:
        return await as_signed_in(raw_token, topic_of) == topic
    except NotAuthenticated:
        return False
    except DomainError:
        return True
