"""The comment thread on each activity, unread counts, and each person's email settings."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import CurrentCaller
from nexrex_app.api.shapes import ok
from nexrex_app.db import session_scope
from nexrex_app.domain import comments, email_settings
from nexrex_app.models.feedback_schemas import (
    CommentCreate,
    CommentEnvelope,
    CommentPageEnvelope,
    EmailSettingsEnvelope,
    EmailSettingsUpdate,
    UnreadEnvelope,
)

router = APIRouter(tags=["comments"])


@router.get("/activities/{activity_id}/comments", response_model=CommentPageEnvelope)
def list_comments(activity_id: str, caller: CurrentCaller, cursor: str | None = None,
                  limit: int | None = None) -> dict:
    """The activity's thread between the athlete and their coaches, oldest first (`limit` 1–200, default 50;
    `cursor` from `next_cursor`). Readable by whoever may read the activity."""
    with session_scope() as session:
        return ok(comments.list_comments(session, caller.actor(session), activity_id, cursor=cursor, limit=limit))


@router.post("/activities/{activity_id}/comments", status_code=201, response_model=CommentEnvelope)
def post_comment(activity_id: str, body: CommentCreate, caller: CurrentCaller) -> dict:
    """A message in the thread; the other side is emailed a link to it unless they turned comment emails off."""
    with session_scope() as session:
        return ok(comments.post_comment(session, caller.actor(session), activity_id, body.body))


@router.post("/activities/{activity_id}/comments/read", response_model=UnreadEnvelope)
def mark_read(activity_id: str, caller: CurrentCaller) -> dict:
    """Marks the thread read by the caller; answers the caller's unread counts."""
    with session_scope() as session:
        return ok(comments.mark_read(session, caller.actor(session), activity_id))


@router.get("/comments/unread", response_model=UnreadEnvelope)
def unread(caller: CurrentCaller) -> dict:
    """Comments by others the caller has not read: on their own activities and those of the athletes they coach
    (an assistant coach: their own athletes)."""
    with session_scope() as session:
        return ok(comments.unread_counts(session, caller.actor(session)))


@router.get("/me/email-settings", response_model=EmailSettingsEnvelope)
def get_email_settings(caller: CurrentCaller) -> dict:
    """Which optional emails the signed-in person gets (not for API keys: 403 `API_KEY_NOT_ALLOWED`)."""
    with session_scope() as session:
        return ok(email_settings.email_settings(session, caller.actor(session)))


@router.put("/me/email-settings", response_model=EmailSettingsEnvelope)
def change_email_settings(body: EmailSettingsUpdate, caller: CurrentCaller) -> dict:
    """Turn comment emails and the daily workout email on or off; fields left out stay as they are."""
    with session_scope() as session:
        return ok(email_settings.change_email_settings(session, caller.actor(session), body))
