"""How a workout went, in the athlete's words: RPE (1–10, which also gives session-RPE load), how it felt and a
comment, given when it is marked done, recorded or uploaded. The comment also opens the activity's thread, so the
coaches see it unread and can answer it there."""

from __future__ import annotations

from sqlmodel import Session

from nexrex_app.base.wording import FEELING_WORDS
from nexrex_app.domain import activities, comments
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.activities import Activity
from nexrex_app.models.activity_schemas import ActivityCreate, ActivityUpdate, ActivityView

RPE_WORDS = {1: "very easy", 2: "easy", 3: "moderate", 4: "somewhat hard", 5: "hard", 6: "hard", 7: "very hard",
             8: "very hard", 9: "extremely hard", 10: "maximal"}


def record_activity(session: Session, actor: Actor, body: ActivityCreate) -> Activity:
    """A new activity (or the scheduled one it completes) with the athlete's feedback."""
    activity = activities.create_activity(session, actor, body)
    _share_comment(session, actor, activity, None)
    return activity


def update_activity(session: Session, actor: Actor, activity_id: str, changes: ActivityUpdate) -> Activity:
    """Changes to an activity (marking it done, say) with the athlete's feedback."""
    before = activities.visible_activity(session, actor, activity_id).feedback
    activity = activities.update_activity(session, actor, activity_id, changes)
    _share_comment(session, actor, activity, before)
    return activity


def _share_comment(session: Session, actor: Actor, activity: Activity, before: str | None) -> None:
    """A new feedback comment goes into the thread as the athlete's message."""
    if activity.feedback and activity.feedback != before:
        comments.post_comment(session, actor, activity.id, activity.feedback)


def feedback_line(view: ActivityView) -> str:
    """'RPE 7 (very hard) · Felt good', or '' when the athlete gave neither."""
    parts = []
    if view.perceived_effort:
        parts.append(f"RPE {view.perceived_effort} ({RPE_WORDS[view.perceived_effort]})")
    if view.feeling:
        parts.append(f"Felt {FEELING_WORDS[view.feeling].lower()}")
    return " · ".join(parts)
