"""The athlete's calendar as their coaches plan it: read a span of days with each week's compliance band, move,
copy and remove scheduled workouts, drop a library workout on a day, edit one athlete's copy of a workout, and
shift the rest of a plan by a number of days.

Only the athlete's coaches change it (an assistant coach only their own athletes); the athlete follows it. What
was done stays as it was: a completed workout is never moved, copied over, edited or removed here. Workouts go
only to today or a day to come, where the athlete can still do them. Every change ends in ``_changed``, which tells
the athlete's open Training tab after the commit.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, select

from nexrex_app.base.clock import clock
from nexrex_app.base.errors import InvalidInput, NotFound
from nexrex_app.base.units import distance_text
from nexrex_app.domain import activities, assignments, organizations, permissions, presenting, workouts
from nexrex_app.domain.bands import week_compliance
from nexrex_app.domain.live_updates import calendar_changed
from nexrex_app.domain.permissions import Actor
from nexrex_app.domain.scheduling import monday_of, parse_day
from nexrex_app.models.accounts import User
from nexrex_app.models.activity_schemas import ActivityView
from nexrex_app.models.calendar_schemas import (
    AthleteCalendarSpan,
    CalendarPage,
    CalendarWeek,
    LibraryCard,
    PlannedDay,
    PlannedItem,
    PlannedWeek,
    ScheduledWorkout,
    ScheduledWorkoutEdit,
)
from nexrex_app.models.activities import COMPLETED, SCHEDULED, Activity, PlanInstance
from nexrex_app.models.ids import new_id
from nexrex_app.models.organizations import Membership

MAX_SPAN_DAYS = 42        # a month view: six Monday-to-Sunday weeks
MAX_SHIFT_DAYS = 90


def calendar(session: Session, actor: Actor, user_id: str, start_date: str, end_date: str) -> AthleteCalendarSpan:
    """The athlete's workouts from ``start_date`` to ``end_date`` (at most six weeks) and each week's band."""
    permissions.require_calendar_planner(session, actor, user_id)
    first, last = parse_day(start_date, field="start_date"), parse_day(end_date, field="end_date")
    if not 0 <= (last - first).days < MAX_SPAN_DAYS:
        raise InvalidInput(f"end_date must be on or after start_date and at most {MAX_SPAN_DAYS} days later.",
                           field="end_date", code="RANGE_TOO_LONG")
    views = activities.list_activities(session, actor, user_id=user_id, start_date=first.isoformat(),
                                       end_date=last.isoformat())
    mondays = sorted({monday_of(first + timedelta(days=n)) for n in range((last - first).days + 1)})
    today = activities.today_of(session, user_id)
    weeks = [CalendarWeek(start_date=monday.isoformat(),
                          compliance=week_compliance([v for v in views if _in_week(v.date, monday)])
                          if monday <= today else None)
             for monday in mondays]
    name = organizations.member_name(session.get(Membership, user_id), session.get(User, user_id))
    return AthleteCalendarSpan(user_id=user_id, name=name, start_date=first.isoformat(), end_date=last.isoformat(),
                               today=today.isoformat(), activities=views, weeks=weeks,
                               plans=[assignments.instance_view(i)
                                      for i in assignments.instances_for(session, actor, user_id)])


def _in_week(iso_day: str, monday: date) -> bool:
    return monday.isoformat() <= iso_day <= (monday + timedelta(days=6)).isoformat()


def _plannable(session: Session, actor: Actor, activity_id: str) -> Activity:
    """A workout of an athlete the actor plans for, not yet done."""
    activity = activities.visible_activity(session, actor, activity_id)
    permissions.require_calendar_planner(session, actor, activity.user_id)
    if activity.status == COMPLETED:
        raise InvalidInput("This workout is done: what was done stays as it was.", field="activity_id",
                           code="WORKOUT_COMPLETED")
    return activity


def _day_ahead(session: Session, user_id: str, value: str, *, field: str = "date") -> date:
    day = parse_day(value, field=field)
    if day < activities.today_of(session, user_id):
        raise InvalidInput("Choose today or a day to come: a past day would read as missed.", field=field,
                           code="DAY_PASSED")
    if day > assignments.LATEST:
        raise InvalidInput("The date is out of range.", field=field)
    return day


def _changed(session: Session, user_id: str, rows: list[Activity]) -> None:
    """Every change to an athlete's calendar ends here: the rows are saved, and the athlete's open pages are told
    once the transaction commits."""
    now = clock.now()
    for row in rows:
        row.updated_at = now
        session.add(row)
    session.flush()
    calendar_changed(session, [user_id])


def move_to_day(session: Session, actor: Actor, activity_id: str, day: str) -> Activity:
    """The workout on another day (a missed one put back on the schedule)."""
    activity = _plannable(session, actor, activity_id)
    activity.date = _day_ahead(session, activity.user_id, day)
    activity.status = SCHEDULED
    _changed(session, activity.user_id, [activity])
    return activity


def copy_to_day(session: Session, actor: Actor, activity_id: str, day: str) -> Activity:
    """The same workout once more on another day, as part of the same plan."""
    source = activities.visible_activity(session, actor, activity_id)
    permissions.require_calendar_planner(session, actor, source.user_id)
    copied = Activity(id=new_id("act"), user_id=source.user_id, plan_instance_id=source.plan_instance_id,
                      workout_index=source.workout_index, workout=source.workout, status=SCHEDULED,
                      activity_type=source.activity_type, activity_name=source.activity_name,
                      date=_day_ahead(session, source.user_id, day), source="plan", created_at=clock.now())
    _changed(session, source.user_id, [copied])
    return copied


def remove(session: Session, actor: Actor, activity_id: str) -> None:
    activity = _plannable(session, actor, activity_id)
    session.delete(activity)
    _changed(session, activity.user_id, [])


def schedule_workout(session: Session, actor: Actor, user_id: str, workout_id: str, day: str) -> Activity:
    """A library workout placed on the athlete's day: the athlete gets their own copy of it."""
    permissions.require_calendar_planner(session, actor, user_id)
    workout = workouts.visible_workout(session, actor, workout_id)
    copied = workouts.workout_fields(workout)
    activity = Activity(id=new_id("act"), user_id=user_id, status=SCHEDULED,
                        activity_type=assignments.ACTIVITY_TYPE.get(workout.workout_type, "workout"),
                        activity_name=workout.workout_name, date=_day_ahead(session, user_id, day),
                        source="plan", workout={**copied, "workout_id": workout.id}, created_at=clock.now())
    _changed(session, user_id, [activity])
    return activity


def workout_to_edit(session: Session, actor: Actor, activity_id: str) -> dict:
    """The workout of a scheduled activity as its coach is about to edit it."""
    activity = _plannable(session, actor, activity_id)
    workout = activities.workout_of(session, activity)
    if workout is None:
        raise InvalidInput("This activity has no planned workout to edit.", field="activity_id", code="NO_WORKOUT")
    return workout


def edit_workout(session: Session, actor: Actor, activity_id: str, edit: ScheduledWorkoutEdit) -> Activity:
    """This athlete's copy of the workout changed; the plan and the library stay as they are."""
    activity = _plannable(session, actor, activity_id)
    current = activities.workout_of(session, activity) or {}
    edited = workouts.edited_workout(current, {k: v for k, v in edit.given().items() if v is not None})
    activity.workout = {**current, **edited}
    activity.activity_name = edited["workout_name"]
    activity.activity_type = assignments.ACTIVITY_TYPE.get(edited["workout_type"], "workout")
    _changed(session, activity.user_id, [activity])
    return activity


def shift_plan(session: Session, actor: Actor, instance_id: str, days: int) -> list[Activity]:
    """Every workout still to come of the athlete's plan ``days`` later (earlier when negative), in its order."""
    instance = session.get(PlanInstance, instance_id)
    if instance is None or instance.removed_at is not None:
        raise NotFound("Plan instance not found.", field="plan_instance_id", code="INSTANCE_NOT_FOUND")
    permissions.require_calendar_planner(session, actor, instance.user_id)
    if not isinstance(days, int) or isinstance(days, bool) or days == 0 or abs(days) > MAX_SHIFT_DAYS:
        raise InvalidInput(f"days must be a whole number from -{MAX_SHIFT_DAYS} to {MAX_SHIFT_DAYS}, not 0.",
                           field="days")
    today = activities.today_of(session, instance.user_id)
    coming = list(session.exec(select(Activity).where(
        Activity.plan_instance_id == instance.id, Activity.status == SCHEDULED, Activity.date >= today)).all())
    if coming and min(a.date for a in coming) + timedelta(days=days) < today:
        raise InvalidInput("That would put the next workout before today.", field="days", code="DAY_PASSED")
    for activity in coming:
        activity.date += timedelta(days=days)
    _changed(session, instance.user_id, coming)
    return coming


# --- the calendar as the coach's page shows it --------------------------------------------------

def _item(view: ActivityView, today: str) -> PlannedItem:
    done = view.status == "completed"
    return PlannedItem(
        activity_id=view.activity_id, name=view.activity_name, status=view.status,
        band=view.compliance.band if view.compliance else ("" if done else view.status),
        planned=presenting.planned(view) if view.workout else "",
        done=presenting.recorded(view) if done else "", compliance=presenting.compliance_text(view.compliance),
        changeable=not done, has_workout=bool(view.workout) and not done, past=view.date < today)


def span(view: str, anchor: date) -> tuple[date, date]:
    """The days a week or month view shows: whole Monday-to-Sunday weeks around ``anchor``."""
    if view == "week":
        first = monday_of(anchor)
        return first, first + timedelta(days=6)
    first = monday_of(anchor.replace(day=1))
    next_month = (anchor.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, monday_of(next_month - timedelta(days=1)) + timedelta(days=6)


def calendar_page(session: Session, actor: Actor, user_id: str, view: str, anchor: date | None) -> CalendarPage:
    """The calendar as the page shows it (around the athlete's today unless ``anchor``): weeks of days with their
    workouts, figures and bands."""
    anchor = anchor or activities.today_of(session, user_id)
    first, last = span(view, anchor)
    data = calendar(session, actor, user_id, first.isoformat(), last.isoformat())
    today = data.today
    weeks = []
    for week in data.weeks:
        monday = date.fromisoformat(week.start_date)
        week_days = [monday + timedelta(days=n) for n in range(7)]
        weeks.append(PlannedWeek(
            label=f"Week of {monday.day} {monday.strftime('%b')}",
            compliance=presenting.compliance_text(week.compliance),
            band=week.compliance.band if week.compliance else "",
            days=[PlannedDay(date=day.isoformat(), label=day.strftime("%a %d"), is_today=day.isoformat() == today,
                             open=day.isoformat() >= today, in_month=view == "week" or day.month == anchor.month,
                             items=[_item(v, today) for v in data.activities if v.date == day.isoformat()])
                  for day in week_days]))
    return CalendarPage(name=data.name, weeks=weeks, plans=data.plans, anchor=anchor.isoformat(),
                        title=(f"{first.day} {first.strftime('%b')} – {last.day} {last.strftime('%b %Y')}"
                               if view == "week" else anchor.strftime("%B %Y")))


def library_panel(session: Session, actor: Actor) -> list[LibraryCard]:
    """The coach's library beside the calendar, to drag onto a day."""
    found = workouts.workout_views(session, workouts.list_workouts(session, actor))
    return [LibraryCard(workout_id=w["workout_id"], workout_name=w["workout_name"],
                        distance=distance_text(w["target_distance_in_meters"]) if w["target_distance_in_meters"]
                        else "—")
            for w in found]


def scheduled_workout(session: Session, actor: Actor, activity_id: str) -> ScheduledWorkout:
    """The athlete's copy of a scheduled workout, for editing."""
    view = workout_to_edit(session, actor, activity_id)
    return ScheduledWorkout(name=view["workout_name"], blocks=view.get("content_blocks") or [],
                            sport=view.get("workout_type") or "run")
