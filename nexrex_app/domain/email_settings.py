"""Which optional emails each person gets: comment emails (on unless turned off), the daily workout (opt-in)."""

from __future__ import annotations

from sqlmodel import Session

from nexrex_app.base.clock import clock
from nexrex_app.base.errors import Forbidden
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.feedback import EmailSettings
from nexrex_app.models.feedback_schemas import EmailSettingsUpdate, EmailSettingsView


def settings_of(session: Session, user_id: str) -> EmailSettings:
    """The person's settings, or the defaults when they never changed them."""
    return session.get(EmailSettings, user_id) or EmailSettings(user_id=user_id)


def _require_person(actor: Actor) -> None:
    """A person's own inbox is theirs to manage: an integration's key speaks for no one's email."""
    if actor.by_api_key:
        raise Forbidden(code="API_KEY_NOT_ALLOWED")


def email_settings(session: Session, actor: Actor) -> EmailSettingsView:
    _require_person(actor)
    return _view(settings_of(session, actor.user_id))


def change_email_settings(session: Session, actor: Actor, changes: EmailSettingsUpdate) -> EmailSettingsView:
    _require_person(actor)
    settings = settings_of(session, actor.user_id)
    for name in changes.model_fields_set:
        value = getattr(changes, name)
        if value is not None:
            setattr(settings, name, value)
    settings.updated_at = clock.now()
    session.add(settings)
    session.flush()
    return _view(settings)


def _view(settings: EmailSettings) -> EmailSettingsView:
    return EmailSettingsView(comment_emails=settings.comment_emails,
                             daily_workout_email=settings.daily_workout_email)
