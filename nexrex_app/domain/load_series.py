"""An athlete's training load day by day: what was done, what is planned, and fitness, fatigue and form."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, select

from nexrex_app.domain import load as formulas
from nexrex_app.domain.activities import planned_workout, plan_contents, today_of
from nexrex_app.base.errors import InvalidInput
from nexrex_app.domain.permissions import Actor, require_athlete_access
from nexrex_app.domain.scheduling import parse_day, schedule
from nexrex_app.models.accounts import User
from nexrex_app.models.activities import SCHEDULED, Activity

MAX_DAYS = 800        # a chart of up to about two years
SEED_DAYS = 365       # history before the first day shown: what is left of older load is under 0.02 %
DEFAULT_PAST, DEFAULT_AHEAD = 89, 28
COLUMNS = (Activity.date, Activity.status, Activity.activity_type, Activity.duration_in_seconds,
           Activity.distance_in_meters, Activity.avg_heart_rate, Activity.avg_power_watts,
           Activity.normalized_power_watts, Activity.elevation_gain_in_meters, Activity.perceived_effort,
           Activity.plan_instance_id, Activity.workout_index, Activity.workout)


def period(start_date: str | None, end_date: str | None, today: date, past_days: int = DEFAULT_PAST,
           ahead_days: int = DEFAULT_AHEAD) -> tuple[date, date]:
    start = parse_day(start_date, field="start_date") if start_date else today - timedelta(days=past_days)
    end = parse_day(end_date, field="end_date") if end_date else max(start, today) + timedelta(days=ahead_days)
    if end < start:
        raise InvalidInput("end_date must not be before start_date.", field="end_date")
    if (end - start).days + 1 > MAX_DAYS:
        raise InvalidInput(f"Ask for at most {MAX_DAYS} days at a time.", field="end_date", code="RANGE_TOO_LONG")
    return start, end


def load_series(session: Session, actor: Actor, user_id: str, *, start_date: str | None = None,
                end_date: str | None = None, past_days: int = DEFAULT_PAST, ahead_days: int = DEFAULT_AHEAD) -> dict:
    """The daily series of the period (without dates: ``past_days`` before the athlete's today and
    ``ahead_days`` after it, by default the last 90 days and the next four weeks)."""
    require_athlete_access(session, actor, user_id)
    today = today_of(session, user_id)
    start, end = period(start_date, end_date, today, past_days, ahead_days)
    return _series(session, user_id, start, end, today)


def plan_projection(session: Session, actor: Actor, user_id: str, content: list[dict], start: date,
                    prefer_day: dict[str, str] | None = None) -> dict:
    """The series as it would be with a plan not yet saved placed from ``start``: four weeks before the plan
    (or today) to its last day."""
    require_athlete_access(session, actor, user_id)
    today = today_of(session, user_id)
    placed = schedule(content, start, prefer_day)
    first = min(start, today) - timedelta(days=28)
    last = max([day for day, _ in placed] or [start])
    if (last - first).days + 1 > MAX_DAYS:
        raise InvalidInput("The plan reaches too far ahead to project.", field="start_date", code="RANGE_TOO_LONG")
    return _series(session, user_id, first, last, today, draft=placed)


def _series(session: Session, user_id: str, start: date, end: date, today: date,
            draft: list[tuple[date, dict]] = ()) -> dict:
    """One query for the activities of the period and the year before it (what seeds fitness)."""
    first = start - timedelta(days=SEED_DAYS)
    rows = session.exec(select(*COLUMNS).where(Activity.user_id == user_id, Activity.date >= first,
                                               Activity.date <= end)).all()
    thresholds = formulas.thresholds_of(session.get(User, user_id).fitness)
    shown = [row for row in rows if row.date >= min(start, today)]
    contents = plan_contents(session, {row.plan_instance_id for row in shown})
    done, methods = _done(rows, thresholds)
    workouts = [(row.date, row.status, planned_workout(row, contents)) for row in shown]
    workouts += [(day, SCHEDULED, workout) for day, workout in draft]
    planned, ahead, races = _planned(workouts, thresholds, today)
    days = formulas.fitness_days(first, end, start, done=done, ahead=ahead, planned=planned, today=today)
    return {"user_id": user_id, "start_date": start.isoformat(), "end_date": end.isoformat(),
            "today": today.isoformat(), "race_dates": sorted(d.isoformat() for d in races),
            "days": [_day_view(day, methods.get(day.day), day.day in races) for day in days]}


def race_forms(series: dict) -> list[dict]:
    """Each race in the series with its form that day and whether that is in the usual range for racing."""
    low, high = formulas.RACE_FORM
    return [{"date": day["date"], "tsb": day["tsb"], "in_range": low <= day["tsb"] <= high}
            for day in series["days"] if day["race"]]


def _done(rows, thresholds: formulas.Thresholds) -> tuple[dict[date, float], dict[date, list[str]]]:
    loads: list[tuple[date, float]] = []
    methods: dict[date, list[str]] = {}
    for row in rows:
        found = formulas.activity_load(row, thresholds)
        if found is not None:
            loads.append((row.date, found.value))
            day_methods = methods.setdefault(row.date, [])
            if found.method not in day_methods:
                day_methods.append(found.method)
    return formulas.add_up(loads), methods


def is_race_day(workout: dict) -> bool:
    """A race on the athlete's calendar: the plan says so (phase ``race``), or its name does ("Race day – 10K",
    "Race: 10K"), but not a "Race pace" session."""
    name = (workout.get("workout_name") or "").lower()
    return workout.get("phase") == "race" or (name.startswith("race") and not name.startswith("race pace"))


def _planned(workouts: list[tuple[date, str, dict | None]], thresholds: formulas.Thresholds, today: date):
    """Planned load per day, the part still to do (today on), and the race days."""
    planned: list[tuple[date, float]] = []
    ahead: list[tuple[date, float]] = []
    races: set[date] = set()
    for day, status, workout in workouts:
        if workout is None:
            continue
        value = formulas.planned_load(workout, thresholds)
        planned.append((day, value))
        if status == SCHEDULED and day >= today:
            ahead.append((day, value))
        if is_race_day(workout):
            races.add(day)
    return formulas.add_up(planned), formulas.add_up(ahead), races


def _day_view(day: formulas.Day, methods: list[str] | None, race: bool) -> dict:
    return {"date": day.day.isoformat(), "load": round(day.load, 1), "planned_load": round(day.planned_load, 1),
            "ctl": round(day.ctl, 1), "atl": round(day.atl, 1), "tsb": round(day.tsb, 1),
            "ramp": round(day.ramp, 1), "method": ", ".join(methods) if methods else None,
            "race": race, "projected": day.projected}
