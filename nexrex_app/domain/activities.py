"""Activities: the athlete's scheduled workouts and what they actually did.

A scheduled workout is ``completed`` when the athlete marks it done or records an activity of the same
sport on the same local day, ``skipped`` when they say so or when its day has passed without one
(worked out when read, so no background job is needed to be right), and ``scheduled`` otherwise.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import BinaryIO

from sqlalchemy import and_, func, or_
from sqlmodel import Session, select

from nexrex_app.domain.bands import activity_compliance
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import InvalidInput, NotFound
from nexrex_app.domain.live_updates import calendar_changed
from nexrex_app.domain.load import Thresholds, activity_load, thresholds_of
from nexrex_app.domain.permissions import Actor, require_athlete_access
from nexrex_app.domain.scheduling import local_today, parse_day, zone
from nexrex_app.base.text import optional_text, required_text
from nexrex_app.formats.imports import RecordedActivity, read_upload
from nexrex_app.models.accounts import User
from nexrex_app.models.activity_schemas import ActivityCreate, ActivityUpdate, ActivityView
from nexrex_app.models.activities import COMPLETED, SCHEDULED, SKIPPED, Activity, PlanInstance
from nexrex_app.base.vocabulary import ACTIVITY_TYPES, STATUSES, one_of

MAX_DURATION = 86_400
MAX_DISTANCE = 1_000_000
MAX_PAGE = 500
MAX_FEEDBACK = 2000
RECORDED_LIMITS = {"distance_in_meters": MAX_DISTANCE, "duration_in_seconds": MAX_DURATION, "avg_heart_rate": 250,
                   "perceived_effort": 10, "avg_power_watts": 2500, "normalized_power_watts": 2500,
                   "elevation_gain_in_meters": 20_000}


def status_of(activity: Activity, today: date) -> str:
    if activity.status == SCHEDULED and activity.date < today:
        return SKIPPED
    return activity.status


def today_of(session: Session, user_id: str) -> date:
    user = session.get(User, user_id)
    return local_today(clock.now(), user.timezone if user else None)


# --- reading -------------------------------------------------------------------------------------


def list_activities(session: Session, actor: Actor, *, user_id: str | None = None, start_date: str | None = None,
                    end_date: str | None = None, activity_type: str | None = None,
                    statuses: list[str] | None = None, plan_instance_id: str | None = None,
                    limit: int | None = None, offset: int | None = None) -> list[ActivityView]:
    user_id = user_id or actor.user_id
    require_athlete_access(session, actor, user_id)
    today = today_of(session, user_id)
    query = select(Activity).where(Activity.user_id == user_id)
    if start_date:
        query = query.where(Activity.date >= parse_day(start_date, field="start_date"))
    if end_date:
        query = query.where(Activity.date <= parse_day(end_date, field="end_date"))
    if activity_type:
        one_of(activity_type, ACTIVITY_TYPES, field="activity_type")
        query = query.where(Activity.activity_type == activity_type)
    if plan_instance_id:
        query = query.where(Activity.plan_instance_id == plan_instance_id)
    wanted = [s for s in statuses or [] if s] or list(STATUSES)
    for status in wanted:
        one_of(status, STATUSES, field="status")
    query = query.where(or_(*[_status_clause(status, today) for status in wanted]))
    size = _page_size(limit)
    rows = session.exec(query.order_by(Activity.date, Activity.created_at, Activity.id)
                        .offset(_offset(offset)).limit(size)).all()
    contents = plan_contents(session, {row.plan_instance_id for row in rows})
    thresholds = thresholds_of(session.get(User, user_id).fitness)
    return [activity_view(row, today, planned_workout(row, contents), thresholds) for row in rows]


RECENT_WEEKS = 6   # what "recent training" means when a plan is generated for an athlete


def recent_training(session: Session, actor: Actor, user_id: str, sport: str) -> dict:
    """The athlete's last six weeks of completed sessions of ``sport``, as the plan engine's figures: the
    average week and the longest session (distance for running and swimming, duration for cycling)."""
    require_athlete_access(session, actor, user_id)
    since = today_of(session, user_id) - timedelta(weeks=RECENT_WEEKS)
    rows = session.exec(select(Activity).where(Activity.user_id == user_id, Activity.status == COMPLETED,
                                               Activity.activity_type == sport, Activity.date >= since)).all()
    sizes = [(row.duration_in_seconds if sport == "bike" else row.distance_in_meters) or 0 for row in rows]
    if not any(sizes):
        return {}
    if sport == "bike":
        return {"weekly_duration_in_seconds": sum(sizes) // RECENT_WEEKS, "longest_session_in_seconds": max(sizes)}
    return {"weekly_distance_in_meters": sum(sizes) // RECENT_WEEKS, "longest_session_in_meters": max(sizes)}


def calendar_span(session: Session, actor: Actor, user_id: str) -> tuple[date | None, date | None]:
    """The first and last day with an activity on the athlete's calendar (None, None when it is empty)."""
    require_athlete_access(session, actor, user_id)
    first, last = session.exec(select(func.min(Activity.date), func.max(Activity.date))
                               .where(Activity.user_id == user_id)).one()
    return first, last


def plan_contents(session: Session, instance_ids: set[str | None]) -> dict[str, list[dict]]:
    """The workouts of the plan instances, loaded in one query."""
    ids = [i for i in instance_ids if i]
    if not ids:
        return {}
    return dict(session.exec(select(PlanInstance.id, PlanInstance.content).where(PlanInstance.id.in_(ids))).all())


def plan_names(session: Session, instance_ids: set[str | None]) -> dict[str, str]:
    """The names of the plans the workouts come from, loaded in one query."""
    ids = [i for i in instance_ids if i]
    if not ids:
        return {}
    return dict(session.exec(select(PlanInstance.id, PlanInstance.name).where(PlanInstance.id.in_(ids))).all())


def planned_workout(activity: Activity, contents: dict[str, list[dict]]) -> dict | None:
    """The athlete's own copy of the workout when the coach made one, else the plan's."""
    if activity.workout is not None:
        return activity.workout
    content = contents.get(activity.plan_instance_id or "")
    if content is None or activity.workout_index is None or not 0 <= activity.workout_index < len(content):
        return None
    return content[activity.workout_index]


def workout_of(session: Session, activity: Activity) -> dict | None:
    return planned_workout(activity, plan_contents(session, {activity.plan_instance_id}))


def _status_clause(status: str, today: date):
    if status == SKIPPED:
        return or_(Activity.status == SKIPPED, and_(Activity.status == SCHEDULED, Activity.date < today))
    if status == SCHEDULED:
        return and_(Activity.status == SCHEDULED, Activity.date >= today)
    return Activity.status == COMPLETED


def _page_size(limit: int | None) -> int:
    if limit is None:
        return MAX_PAGE
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE}.", field="limit")
    return limit


def _offset(offset: int | None) -> int:
    if offset is not None and offset < 0:
        raise InvalidInput("offset cannot be negative.", field="offset")
    return offset or 0


def visible_activity(session: Session, actor: Actor, activity_id: str) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound("Activity not found.", field="activity_id", code="ACTIVITY_NOT_FOUND")
    try:
        require_athlete_access(session, actor, activity.user_id)
    except NotFound:
        raise NotFound("Activity not found.", field="activity_id", code="ACTIVITY_NOT_FOUND") from None
    return activity


def get_activity(session: Session, actor: Actor, activity_id: str) -> ActivityView:
    activity = visible_activity(session, actor, activity_id)
    thresholds = thresholds_of(session.get(User, activity.user_id).fitness)
    return activity_view(activity, today_of(session, activity.user_id), workout_of(session, activity), thresholds)


def activity_view(activity: Activity, today: date, workout: dict | None = None,
                  thresholds: Thresholds | None = None) -> ActivityView:
    """The activity as answered; with the athlete's ``thresholds``, its training load and the method used."""
    load = activity_load(activity, thresholds) if thresholds else None
    view = ActivityView(
        activity_id=activity.id, user_id=activity.user_id, status=status_of(activity, today),
        activity_type=activity.activity_type, activity_name=activity.activity_name,
        date=activity.date.isoformat(), start_time=epoch_ms(activity.start_time),
        distance_in_meters=activity.distance_in_meters, duration_in_seconds=activity.duration_in_seconds,
        avg_heart_rate=activity.avg_heart_rate, perceived_effort=activity.perceived_effort,
        avg_power_watts=activity.avg_power_watts, normalized_power_watts=activity.normalized_power_watts,
        elevation_gain_in_meters=activity.elevation_gain_in_meters,
        load=round(load.value, 1) if load else None, load_method=load.method if load else None,
        notes=activity.notes, feeling=activity.feeling, feedback=activity.feedback,
        source=activity.source, plan_instance_id=activity.plan_instance_id,
        workout=workout, created_at=epoch_ms(activity.created_at),
        updated_at=epoch_ms(activity.updated_at), compliance=None)
    view.compliance = activity_compliance(view)
    return view


# --- writing -------------------------------------------------------------------------------------


def _within(value: int | None, field: str, low: int, high: int) -> int | None:
    if value is not None and not low <= value <= high:
        raise InvalidInput(f"{field} must be a whole number from {low} to {high}.", field=field)
    return value


def _given_choice(value: str | None, allowed: tuple[str, ...], field: str) -> str:
    """A choice the model has checked; a partial update may still send it as null, which is no choice."""
    return value if value is not None else one_of(value, allowed, field=field)


def _clean(given: dict, timezone: str) -> dict:
    """The activity's fields that were given, with what their types leave open checked: text, ranges, days."""
    clean: dict = {}
    if "activity_name" in given:
        clean["activity_name"] = required_text(given["activity_name"], field="activity_name", label="activity_name",
                                               max_length=200)
    for field, allowed in (("activity_type", ACTIVITY_TYPES), ("status", STATUSES)):
        if field in given:
            clean[field] = _given_choice(given[field], allowed, field)
    if given.get("start_time") is not None:
        start = _within(given["start_time"], "start_time", 0, 253_402_300_799_000)
        clean["start_time"] = datetime.fromtimestamp(start / 1000, zone("UTC"))
        clean["date"] = clean["start_time"].astimezone(zone(timezone)).date()
    if given.get("date") is not None:
        clean["date"] = parse_day(given["date"], field="date")
    for field, high in RECORDED_LIMITS.items():
        if field in given:
            clean[field] = _within(given[field], field, 0 if field != "perceived_effort" else 1, high)
    if "notes" in given:
        clean["notes"] = optional_text(given["notes"], field="notes", label="notes", max_length=5000, multiline=True)
    if given.get("feeling") is not None:
        clean["feeling"] = given["feeling"]
    if "feedback" in given:
        clean["feedback"] = optional_text(given["feedback"], field="feedback", label="feedback",
                                          max_length=MAX_FEEDBACK, multiline=True)
    return clean


def create_activity(session: Session, actor: Actor, body: ActivityCreate) -> Activity:
    """Record an activity; a completed one on the day of a scheduled workout of its sport completes it."""
    user_id = body.user_id or actor.user_id
    require_athlete_access(session, actor, user_id)
    athlete = session.get(User, user_id)
    if body.date is None and body.start_time is None:
        raise InvalidInput("Give the activity's date or start_time.", field="date", code="MISSING_FIELD")
    clean = _clean({"status": COMPLETED, **body.plain()}, athlete.timezone)
    calendar_changed(session, [user_id])
    source = body.source or "manual"
    if clean["status"] == COMPLETED:
        planned = _scheduled_match(session, user_id, clean["activity_type"], clean["date"])
        if planned is not None:
            return _complete(session, planned, clean, source)
    now = clock.now()
    activity = Activity(user_id=user_id, source=source, created_at=now, updated_at=now, **clean)
    session.add(activity)
    session.flush()
    return activity


def _scheduled_match(session: Session, user_id: str, activity_type: str, day: date) -> Activity | None:
    return session.exec(select(Activity).where(
        Activity.user_id == user_id, Activity.date == day, Activity.status == SCHEDULED,
        Activity.activity_type == activity_type).order_by(Activity.created_at)).first()


def _complete(session: Session, planned: Activity, clean: dict, source: str) -> Activity:
    for field, value in clean.items():
        if field not in ("activity_name", "date"):
            setattr(planned, field, value)
    planned.status, planned.source, planned.updated_at = COMPLETED, source, clock.now()
    session.add(planned)
    session.flush()
    return planned


def update_activity(session: Session, actor: Actor, activity_id: str, changes: ActivityUpdate) -> Activity:
    """Only the fields given change."""
    activity = visible_activity(session, actor, activity_id)
    athlete = session.get(User, activity.user_id)
    clean = _clean(changes.given(), athlete.timezone)
    if clean.get("status") == SCHEDULED and activity.status != SCHEDULED:
        _require_day_ahead(clean.get("date", activity.date), local_today(clock.now(), athlete.timezone))
    for field, value in clean.items():
        setattr(activity, field, value)
    activity.updated_at = clock.now()
    session.add(activity)
    session.flush()
    calendar_changed(session, [activity.user_id])
    return activity


def _require_day_ahead(day: date, today: date) -> None:
    """Back on the schedule (a skip undone) only while its day is still to come: a past one would read as missed."""
    if day < today:
        raise InvalidInput("This workout's day has passed, so it stays missed.", field="status", code="DAY_PASSED")


def delete_activity(session: Session, actor: Actor, activity_id: str) -> None:
    activity = visible_activity(session, actor, activity_id)
    session.delete(activity)
    session.flush()
    calendar_changed(session, [activity.user_id])


def import_recording(session: Session, actor: Actor, recording: RecordedActivity, user_id: str | None = None
                     ) -> Activity:
    """A recorded file: it completes the scheduled workout of its sport on its local day, or stands alone."""
    return create_activity(session, actor, ActivityCreate.parse({
        "user_id": user_id, "activity_name": recording.name, "activity_type": recording.activity_type,
        "start_time": epoch_ms(recording.start_time), "distance_in_meters": recording.distance_in_meters,
        "duration_in_seconds": recording.duration_in_seconds, "avg_heart_rate": recording.avg_heart_rate,
        "avg_power_watts": recording.avg_power_watts, "normalized_power_watts": recording.normalized_power_watts,
        "elevation_gain_in_meters": recording.elevation_gain_in_meters, "source": recording.source,
        "status": COMPLETED}))


def import_file(session: Session, actor: Actor, filename: str, stream: BinaryIO, user_id: str | None = None
                ) -> Activity:
    """An uploaded GPX, TCX or FIT file, read only once the uploader may record for that athlete."""
    require_athlete_access(session, actor, user_id or actor.user_id)
    return import_recording(session, actor, read_upload(filename, stream), user_id)
