"""Today's workout by email: each athlete who opted in gets one email a morning (in their time zone) listing the
day's scheduled workouts.

A scheduler runs ``python -m nexrex_app.cli send-daily-workouts`` every hour. The email is claimed before it is
sent by inserting the (athlete, day) row whose key is unique, each claim in its own transaction: a second run,
even on another machine at the same moment, finds the row taken and sends nothing. A claim whose email could
not be sent is given back, so the next run tries again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, delete, select

from nexrex_app import mail
from nexrex_app.base.clock import clock
from nexrex_app.base.errors import ServiceUnavailable
from nexrex_app.base.wording import sport_word
from nexrex_app.db import session_scope
from nexrex_app.domain.activities import plan_contents, planned_workout
from nexrex_app.domain.scheduling import zone
from nexrex_app.models.accounts import User
from nexrex_app.models.activities import SCHEDULED, Activity
from nexrex_app.models.feedback import DailyWorkoutEmail, EmailSettings
from nexrex_app.settings import settings

log = logging.getLogger("nexrex.daily_email")
MORNING = range(5, 12)  # local hours in which the day's email goes out


@dataclass
class DailyRun:
    """What one run did: athletes emailed, those already emailed today (by this or another run), failures."""

    sent: list[str] = field(default_factory=list)
    already_sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def send_daily_workouts(now: datetime | None = None) -> DailyRun:
    """Email each opted-in athlete whose morning it is and who has a workout today, once per local day."""
    now = now or clock.now()
    run = DailyRun()
    with session_scope() as session:
        due = due_athletes(session, now)
    for user_id, day in due:
        try:
            claimed = _claimed(user_id, day)
        except ServiceUnavailable:  # the database was busy or away: the next run tries again
            run.failed.append(user_id)
            continue
        if not claimed:
            run.already_sent.append(user_id)
        elif _sent(user_id, day):
            run.sent.append(user_id)
        else:
            run.failed.append(user_id)
    return run


def due_athletes(session: Session, now: datetime) -> list[tuple[str, date]]:
    """(athlete, local day) for those who opted in, whose local time is morning and who have a workout that day."""
    people = session.exec(select(User.id, User.timezone).join(EmailSettings, EmailSettings.user_id == User.id)
                          .where(EmailSettings.daily_workout_email)).all()
    due = []
    for user_id, timezone in people:
        local = now.astimezone(zone(timezone))
        if local.hour in MORNING and _workouts(session, user_id, local.date()):
            due.append((user_id, local.date()))
    return due


def _workouts(session: Session, user_id: str, day: date) -> list[Activity]:
    return list(session.exec(select(Activity).where(Activity.user_id == user_id, Activity.date == day,
                                                    Activity.status == SCHEDULED)
                             .order_by(Activity.created_at, Activity.id)).all())


def _claimed(user_id: str, day: date) -> bool:
    """Takes the (athlete, day) row; False when it is already taken."""
    try:
        with session_scope() as session:
            session.add(DailyWorkoutEmail(user_id=user_id, day=day, claimed_at=clock.now()))
            session.flush()
    except IntegrityError:
        return False
    return True


def _sent(user_id: str, day: date) -> bool:
    with session_scope() as session:
        message = workout_email(session, session.get(User, user_id), day)
    try:
        mail.send(message)
    except ServiceUnavailable:
        log.warning("daily workout email to %s not sent; it will be tried again", user_id)
        with session_scope() as session:
            session.exec(delete(DailyWorkoutEmail).where(DailyWorkoutEmail.user_id == user_id,
                                                         DailyWorkoutEmail.day == day))
        return False
    return True


def workout_email(session: Session, athlete: User, day: date):
    workouts = _workouts(session, athlete.id, day)
    contents = plan_contents(session, {activity.plan_instance_id for activity in workouts})
    lines = [_line(activity, planned_workout(activity, contents) or {}) for activity in workouts]
    names = ", ".join(activity.activity_name for activity in workouts)
    return mail.action_email(
        to=athlete.email, subject=f"Today: {names}",
        intro=f"Your training for {day.strftime('%A %d %B')}:\n\n" + "\n\n".join(lines),
        button="Open your Training tab", link=f"{settings.public_url}/athlete",
        outro="You get this email because you asked for it on your profile page, where you can turn it off.")


def _line(activity: Activity, workout: dict) -> str:
    sport = sport_word(workout.get("workout_type") or activity.activity_type)
    figures = []
    if workout.get("target_distance_in_meters"):
        figures.append(f"{workout['target_distance_in_meters'] / 1000:.1f} km")
    if workout.get("target_duration_in_seconds"):
        figures.append(f"{round(workout['target_duration_in_seconds'] / 60)} min")
    head = f"• {activity.activity_name} ({sport}{', ' + ', '.join(figures) if figures else ''})"
    description = (workout.get("description") or "").strip()
    return f"{head}\n  {description}" if description else head
