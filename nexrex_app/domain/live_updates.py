"""Who is told that what changed: each use case that changes an athlete's calendar names the athletes, and the
notice goes out once its transaction has committed (a rolled-back change tells nobody).

Topics are generic (``<what>:<id>``), so a page that shows an athlete's calendar, whoever looks at it, listens to
``calendar_topic(athlete)``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from sqlmodel import Session

from nexrex_app import live
from nexrex_app.db import on_commit
from nexrex_app.domain.permissions import Actor


def calendar_topic(user_id: str) -> str:
    return f"calendar:{user_id}"


def calendar_changed(session: Session, user_ids: Iterable[str]) -> None:
    """The calendars of these athletes changed in this transaction: tell their open pages after the commit."""
    topics = {calendar_topic(user_id) for user_id in user_ids if user_id}
    if topics:
        on_commit(session, partial(live.publish, topics))


def own_calendar_topic(_session: Session, actor: Actor) -> str:
    """The topic of the signed-in athlete's own calendar (what their Training tab listens to)."""
    return calendar_topic(actor.user_id)
