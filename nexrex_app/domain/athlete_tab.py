"""The athlete's Training tab: the workouts of a day (today by default), the rest of its week and the two weeks
after it, and a signature that changes whenever anything on the athlete's calendar changes."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from nexrex_app.base.clock import clock
from nexrex_app.base.errors import InvalidInput
from nexrex_app.domain import activities, athletes, feedback
from nexrex_app.domain.permissions import Actor, require_athlete_access
from nexrex_app.domain.presenting import STATUS_COLOURS, compliance_text, workout_details
from nexrex_app.domain.scheduling import local_today, monday_of, parse_day
from nexrex_app.models.accounts import User
from nexrex_app.models.activities import Activity
from nexrex_app.models.activity_schemas import ActivityView
from nexrex_app.models.athlete_tab_schemas import AthleteTab, WorkoutCard

UPCOMING_DAYS = 14
FITNESS_SPORTS = ("run", "bike", "swim")
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)  # the days a calendar may be asked about


def training_tab(session: Session, actor: Actor, user_id: str | None = None, day: str | None = None) -> AthleteTab:
    """The tab as the athlete sees it on ``day`` (YYYY-MM-DD, the athlete's today when not given); readable by the
    athlete and by the coaches who coach them."""
    user_id = user_id or actor.user_id
    require_athlete_access(session, actor, user_id)
    user = session.get(User, user_id)
    today = local_today(clock.now(), user.timezone)
    shown = calendar_day(day, field="date") if day else today
    monday = monday_of(shown)
    views = activities.list_activities(session, actor, user_id=user_id, start_date=monday.isoformat(),
                                       end_date=(shown + timedelta(days=UPCOMING_DAYS)).isoformat())
    fitness = {sport: athletes.fitness_of(user, sport) for sport in FITNESS_SPORTS}
    plans = activities.plan_names(session, {view.plan_instance_id for view in views})
    cards = [_card(view, today, shown, fitness, plans) for view in views]
    week_end = (monday + timedelta(days=6)).isoformat()
    return AthleteTab(
        user_id=user_id, date=shown.isoformat(),
        today=[c for c in cards if c.is_today],
        week=[c for c in cards if c.date <= week_end and not c.is_today],
        upcoming=[c for c in cards if c.date > week_end],
        zones_known=any(fitness.values()), timezone=user.timezone, timezone_chosen=user.timezone_chosen,
        signature=signature(session, actor, user_id),
    )


def signature(session: Session, actor: Actor, user_id: str | None = None) -> str:
    """Changes whenever anything on the athlete's calendar changes (a cheap check before reading the tab again)."""
    user_id = user_id or actor.user_id
    require_athlete_access(session, actor, user_id)
    count, latest = session.exec(select(func.count(), func.max(Activity.updated_at))
                                 .where(Activity.user_id == user_id)).one()
    return f"{count}:{latest}"


def calendar_day(value: str | None, *, field: str) -> date:
    """A YYYY-MM-DD day within the years a calendar is asked about."""
    day = parse_day(value, field=field)
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(f"Dates are between {FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}.", field=field)
    return day


def _card(view: ActivityView, today: date, shown: date, fitness_by_sport: dict, plans: dict[str, str]) -> WorkoutCard:
    workout = view.workout or {}
    sport = workout.get("workout_type") or view.activity_type
    day = view.date
    return WorkoutCard(
        activity_id=view.activity_id, name=view.activity_name, date=day, status=view.status,
        plan=plans.get(view.plan_instance_id or "", ""),
        can_unskip=view.status == "skipped" and day >= today.isoformat(),
        colour=STATUS_COLOURS[view.status], sport=sport,
        weekday=date.fromisoformat(day).strftime("%a %d %b"), is_today=day == shown.isoformat(),
        **workout_details(view, fitness_by_sport.get(sport)),
        has_workout=bool(workout), zwo=sport in ("run", "bike") and bool(workout),
        compliance=compliance_text(view.compliance) if view.status == "completed" else "",
        band=view.compliance.band if view.compliance else "",
        feedback=feedback.feedback_line(view),
        asks_feedback=view.status == "completed" and not (view.perceived_effort or view.feeling or view.feedback),
    )
