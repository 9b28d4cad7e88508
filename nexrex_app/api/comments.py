"""The comment thread on each activity, unread counts, and each person's email settings."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import InUseCase
from nexrex_app.api.shapes import ok
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
def list_comments(activity_id: str, case: InUseCase, cursor: str | None = None,
                  limit: int | None = None) -> dict:
    """The activity's thread between the athlete and their coaches, oldest first (`limit` 1–200, default 50;
    `cursor` from `next_cursor`). Readable by whoever may read the activity."""
    return ok(comments.list_comments(case.session, case.actor, activity_id, cursor=cursor, limit=limit))


@router.post("/activities/{activity_id}/comments", status_code=201, response_model=CommentEnvelope)
def post_comment(activity_id: str, body: CommentCreate, case: InUseCase) -> dict:
    """A message in the thread; the other side is emailed a link to it unless they turned comment emails off."""
    return ok(comments.post_comment(case.session, case.actor, activity_id, body.body))


@router.post("/activities/{activity_id}/comments/read", response_model=UnreadEnvelope)
def mark_read(activity_id: str, case: InUseCase) -> dict:
    """Marks the thread read by the caller; answers the caller's unread counts."""
    return ok(comments.mark_read(case.session, case.actor, activity_id))


@router.get("/comments/unread", response_model=UnreadEnvelope)
def unread(case: InUseCase) -> dict:
    """Comments by others the caller has not read: on their own activities and those of the athletes they coach
    (an assistant coach: their own athletes)."""
    return ok(comments.unread_counts(case.session, case.actor))


@router.get("/me/email-settings", response_model=EmailSettingsEnvelope)
def get_email_settings(case: InUseCase) -> dict:
    """Which optional emails the signed-in person gets (not for API keys: 403 `API_KEY_NOT_ALLOWED`)."""
    return ok(email_settings.email_settings(case.session, case.actor))


@router.put("/me/email-settings", response_model=EmailSettingsEnvelope)
def change_email_settings(body: EmailSettingsUpdate, case: InUseCase) -> dict:
    """Turn comment emails and the daily workout email on or off; fields left out stay as they are."""
    return ok(email_settings.change_email_settings(case.session, case.actor, body))
