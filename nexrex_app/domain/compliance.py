"""An athlete's weeks as their coach reads them: each day's activities (completed, skipped, planned), how much of
the week's plan was done, and planned against actual distance."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from nexrex_app.base.errors import InvalidInput
from nexrex_app.base.units import distance_text, time_text
from nexrex_app.domain import activities, assignments, athletes, feedback, members, presenting
from nexrex_app.domain.athlete_tab import calendar_day
from nexrex_app.domain.bands import band_of, planned_distance, planned_time, week_share, week_totals
from nexrex_app.domain.permissions import Actor
from nexrex_app.domain.presenting import STATUS_COLOURS
from nexrex_app.domain.scheduling import monday_of
from nexrex_app.models.accounts import User
from nexrex_app.models.activity_schemas import ActivityView
from nexrex_app.models.athlete_tab_schemas import (
    ActivityDetails,
    AthleteCalendar,
    CalendarDay,
    CalendarItem,
    ComplianceWeek,
    ComplianceWeeks,
)

WEEKS_SHOWN = 4  # the coach's calendar shows four weeks and pages by four
MAX_WEEKS = 52   # weeks of compliance asked for at a time


def week_rows(views: list[ActivityView], first_monday: date, weeks: int, today: date) -> list[ComplianceWeek]:
    return [_week_row(views, first_monday + timedelta(weeks=index), today) for index in range(weeks)]


def _week_row(views: list[ActivityView], monday: date, today: date) -> ComplianceWeek:
    days = [monday + timedelta(days=offset) for offset in range(7)]
    mine = [v for v in views if days[0].isoformat() <= v.date <= days[-1].isoformat()]
    planned = sum(planned_distance(v) for v in mine)
    done = sum(v.distance_in_meters or 0 for v in mine if v.status == "completed")
    share = _compliance(mine) if days[0] <= today else _ahead(mine)
    return ComplianceWeek(
        monday=monday.isoformat(), label=monday.strftime("%d %b"), is_current=days[0] <= today <= days[-1],
        planned=distance_text(planned), planned_m=planned, done_m=done, **share,
        days=[CalendarDay(date=day.isoformat(), label=day.strftime("%a %d"),
                          items=[_item(v) for v in mine if v.date == day.isoformat()]) for day in days])


def _item(view: ActivityView) -> CalendarItem:
    figures = presenting.recorded(view) if view.status == "completed" else presenting.planned(view)
    return CalendarItem(activity_id=view.activity_id, name=view.activity_name, status=view.status,
                        colour=STATUS_COLOURS[view.status], figures=figures)


def _ahead(week: list[ActivityView]) -> dict:
    """A week still to come: what it plans, no share done yet."""
    planned_m = sum(planned_distance(v) for v in week)
    planned_s = sum(planned_time(v) for v in week)
    parts = [distance_text(planned_m)] if planned_m or not planned_s else []
    if planned_s:
        parts.append(time_text(planned_s))
    return {"compliance": "—", "summary": f"Planned {' and '.join(parts)}"}


def _compliance(week: list[ActivityView]) -> dict:
    """How much of the week's plan was done (``bands.week_share``), its band, and the figures behind it."""
    totals = week_totals(week)
    share = week_share(totals)
    compliance = f"{round(100 * share)}%" if share is not None else "—"
    parts = ([f"{distance_text(totals.done_m)} of {distance_text(totals.planned_m)}"]
             if totals.planned_m or not totals.planned_s else [])
    if totals.planned_s:
        parts.append(f"{time_text(totals.done_s)} of {time_text(totals.planned_s)}")
    return {"compliance": compliance, "band": band_of(share) if share is not None else "",
            "summary": f"Done {' and '.join(parts)} · {compliance}"}


def compliance_weeks(session: Session, actor: Actor, user_id: str, *, weeks: int = WEEKS_SHOWN,
                     before: str | None = None) -> ComplianceWeeks:
    """The ``weeks`` whole weeks (Monday to Sunday) that end before the day ``before`` (by default the athlete's
    current week and the ones before it), oldest first; ``earlier`` pages further back."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise InvalidInput(f"weeks must be between 1 and {MAX_WEEKS}.", field="weeks")
    first_day, _ = activities.calendar_span(session, actor, user_id)
    today = activities.today_of(session, user_id)
    end = calendar_day(before, field="before") if before else monday_of(today) + timedelta(weeks=1)
    first = monday_of(end - timedelta(days=1)) - timedelta(weeks=weeks - 1)
    views = _views_between(session, actor, user_id, first, end - timedelta(days=1))
    earlier = first.isoformat() if first_day and first_day < first else None
    return ComplianceWeeks(user_id=user_id, weeks=week_rows(views, first, weeks, today), earlier=earlier)


def athlete_activities(session: Session, actor: Actor, org_id: str, user_id: str,
                       offset: int = 0) -> AthleteCalendar:
    """Four weeks of the athlete's calendar, ``offset`` weeks from the current one (kept within the plan)."""
    member = members.member_view(session, members.find_visible(session, actor, org_id, user_id))
    today = activities.today_of(session, user_id)
    this_monday = monday_of(today)
    earliest, latest = _paging_bounds(session, actor, user_id, this_monday)
    first = min(max(this_monday + timedelta(weeks=offset), earliest), latest)
    last = first + timedelta(weeks=WEEKS_SHOWN, days=-1)
    views = _views_between(session, actor, user_id, first, last)
    return AthleteCalendar(
        name=member.shown_name, weeks=week_rows(views, first, WEEKS_SHOWN, today),
        offset=(first - this_monday).days // 7, range=f"{_day(first)} – {_day(last)} {last.year}",
        has_earlier=first > earliest, has_later=first < latest,
        plans=[assignments.instance_view(i) for i in assignments.instances_for(session, actor, user_id)])


def _views_between(session: Session, actor: Actor, user_id: str, first: date, last: date) -> list[ActivityView]:
    """Every activity of the days, however many pages of the activity list they take (a year of weeks may hold
    more than one)."""
    views: list[ActivityView] = []
    while True:
        page = activities.list_activities(session, actor, user_id=user_id, start_date=first.isoformat(),
                                          end_date=last.isoformat(), offset=len(views))
        views += page
        if len(page) < activities.MAX_PAGE:
            return views


def _paging_bounds(session: Session, actor: Actor, user_id: str, this_monday: date) -> tuple[date, date]:
    """The first pages' Mondays: from the first activity to the page that shows the last one."""
    first_day, last_day = activities.calendar_span(session, actor, user_id)
    earliest = min(monday_of(first_day), this_monday) if first_day else this_monday
    latest = max(monday_of(last_day) - timedelta(weeks=WEEKS_SHOWN - 1), this_monday) if last_day else this_monday
    return earliest, latest


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%b')}"


def activity_details(session: Session, actor: Actor, activity_id: str) -> ActivityDetails:
    view = activities.get_activity(session, actor, activity_id)
    sport = (view.workout or {}).get("workout_type") or view.activity_type
    fitness = athletes.fitness_of(session.get(User, view.user_id), sport)
    day = date.fromisoformat(view.date)
    return ActivityDetails(name=view.activity_name, date=f"{day.strftime('%A')} {_day(day)} {day.year}",
                           status=view.status, colour=STATUS_COLOURS[view.status], notes=view.notes or "",
                           feedback=feedback.feedback_line(view), **presenting.workout_details(view, fitness))
