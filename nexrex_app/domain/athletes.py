"""An athlete's own settings: time zone, the fitness figures behind their paces, the calendar feed,
and their scheduled workouts as device files."""

from __future__ import annotations

import secrets

from sqlmodel import Session, select

from nexrex_app.coach.params import ZONE_FIGURES, check_figures
from nexrex_app.coach.zones import Fitness, fitness_for
from nexrex_app.domain import activities
from nexrex_app.domain.accounts import hash_token
from nexrex_app.base.clock import clock
from nexrex_app.base.errors import Conflict, InvalidInput, NotFound
from nexrex_app.domain.live_updates import calendar_changed
from nexrex_app.domain.permissions import Actor, require_athlete_access
from nexrex_app.domain.scheduling import check_timezone
from nexrex_app.formats import workout_files
from nexrex_app.formats.calendar import feed
from nexrex_app.formats.file_names import file_name
from nexrex_app.models.accounts import User
from nexrex_app.models.activities import Activity
from nexrex_app.models.activity_schemas import FitnessUpdate, ThresholdsUpdate
from nexrex_app.settings import settings


THRESHOLD_FIGURES = ("ftp_watts", "threshold_heart_rate")


def set_timezone(session: Session, actor: Actor, *, timezone: str) -> None:
    """The zone the person picked: their days are counted in it from now on."""
    user = session.get(User, actor.user_id)
    user.timezone, user.timezone_chosen = check_timezone(timezone), True
    session.add(user)
    calendar_changed(session, [user.id])  # the athlete's days now start at another hour


def follow_device_timezone(session: Session, actor: Actor, *, timezone: str) -> str:
    """Until the person picks a zone, their days follow the zone of the device they use; the zone in force."""
    user = session.get(User, actor.user_id)
    if not user.timezone_chosen and user.timezone != timezone:
        user.timezone = check_timezone(timezone)
        session.add(user)
        calendar_changed(session, [user.id])
    return user.timezone


def set_fitness(session: Session, actor: Actor, user_id: str, figures: FitnessUpdate) -> dict:
    """The figures zones come from: a race result, an FTP, a CSS (the athlete's or their coach's entry)."""
    require_athlete_access(session, actor, user_id)
    cleaned = check_figures(figures.plain(), allowed=ZONE_FIGURES)
    user = session.get(User, user_id)
    user.fitness = cleaned
    user.updated_at = clock.now()
    session.add(user)
    calendar_changed(session, [user_id])  # the workouts' paces and zones follow the figures
    return cleaned


def set_own_fitness(session: Session, actor: Actor, figures: FitnessUpdate) -> dict:
    """The signed-in athlete's own figures (their Training tab)."""
    return set_fitness(session, actor, actor.user_id, figures)


def thresholds(session: Session, actor: Actor, user_id: str) -> dict:
    """The athlete's FTP and threshold heart rate (None when not set)."""
    require_athlete_access(session, actor, user_id)
    figures = session.get(User, user_id).fitness or {}
    return {name: figures.get(name) for name in THRESHOLD_FIGURES}


def update_thresholds(session: Session, actor: Actor, user_id: str, changes: ThresholdsUpdate) -> dict:
    """FTP and threshold heart rate changed, the athlete's other figures kept (an empty entry clears one)."""
    require_athlete_access(session, actor, user_id)
    cleaned = check_figures(changes.plain(), allowed=THRESHOLD_FIGURES)
    user = session.get(User, user_id)
    kept = {name: value for name, value in (user.fitness or {}).items() if name not in changes.model_fields_set}
    user.fitness = {**kept, **cleaned}
    user.updated_at = clock.now()
    session.add(user)
    calendar_changed(session, [user_id])
    return user.fitness


def fitness_of(user: User, sport: str) -> Fitness | None:
    """The athlete's zones for a sport, when their figures for it are known."""
    figures = user.fitness or {}
    needed = {"run": "race_time_in_seconds", "bike": "ftp_watts", "swim": "css_seconds_per_100m"}.get(sport)
    if not needed or needed not in figures:
        return None
    return fitness_for(sport, "intermediate", figures)


def calendar_url(session: Session, actor: Actor, *, reset: bool = False) -> str:
    """A new private feed address, shown only now (only its hash is kept). An athlete who already has one must
    ask for ``reset``: the old address then stops working at once."""
    user = session.get(User, actor.user_id)
    if user.calendar_token and not reset:
        raise Conflict("You already have a calendar address; it is shown only once. Ask for a new one "
                       "(reset=true): the old one then stops working.", field="reset", code="CALENDAR_EXISTS")
    raw = secrets.token_urlsafe(24)
    user.calendar_token = hash_token(raw)
    session.add(user)
    return f"{settings.public_url}/api/v1/calendar/{raw}.ics"


def calendar_feed(session: Session, token: str) -> bytes:
    user = session.exec(select(User).where(User.calendar_token == hash_token(token))).first() if token else None
    if user is None:
        raise NotFound("No calendar at this address.", field="token", code="CALENDAR_NOT_FOUND")
    today = activities.today_of(session, user.id)
    rows = session.exec(select(Activity).where(Activity.user_id == user.id, Activity.workout_index.is_not(None))
                        .order_by(Activity.date)).all()
    contents = activities.plan_contents(session, {row.plan_instance_id for row in rows})
    return feed(f"nexrex · {user.email}", [activities.activity_view(row, today, activities.planned_workout(row, contents))
                                           for row in rows], clock.now())


def workout_file(session: Session, actor: Actor, activity_id: str, kind: str) -> tuple[workout_files.Export, str]:
    """The scheduled workout as a FIT or ZWO file, and a file name."""
    activity = activities.visible_activity(session, actor, activity_id)
    workout = activities.workout_of(session, activity)
    if not workout:
        raise NotFound("This activity has no planned workout to download.", field="activity_id",
                       code="NO_WORKOUT")
    fitness = fitness_of(session.get(User, activity.user_id), workout["workout_type"])
    if kind == "zwo":
        if workout["workout_type"] not in ("run", "bike"):
            raise InvalidInput("ZWO files are for bike and run workouts.", field="format", code="FORMAT_NOT_FOR_SPORT")
        export = workout_files.zwo_workout(workout, fitness)
    else:
        export = workout_files.fit_workout(workout, fitness, clock.now())
    return export, file_name(activity.date.isoformat(), workout["workout_name"], extension=kind)
