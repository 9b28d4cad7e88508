"""Members → athlete → Activities: the calendar (completed green, skipped amber), weekly compliance,
and planned against actual distance."""

from __future__ import annotations

from datetime import date, timedelta

import reflex as rx

from nexrex_app.domain import activities, assignments, athletes, feedback, members
from nexrex_app.base.clock import clock
from nexrex_app.coach.params import parse_duration
from nexrex_app.base.errors import DomainError, InvalidInput
from nexrex_app.domain.scheduling import local_today
from nexrex_app.models.accounts import User
from nexrex_app.state import presenting
from nexrex_app.state.notices import PageNotices
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in

WEEKS_SHOWN = 4  # the calendar shows four weeks and pages by four
COLOURS = {"completed": "grass", "skipped": "amber", "scheduled": "gray"}


def planned_distance(view: dict) -> int:
    return (view.get("workout") or {}).get("target_distance_in_meters") or 0


def planned_time(view: dict) -> int:
    """The planned time of a workout set by time alone (a ride of 90 minutes); 0 for one set by distance."""
    return 0 if planned_distance(view) else (view.get("workout") or {}).get("target_duration_in_seconds") or 0


def week_rows(views: list[dict], first_monday: date, weeks: int, today: date) -> list[dict]:
    rows = []
    for index in range(weeks):
        monday = first_monday + timedelta(weeks=index)
        days = [monday + timedelta(days=offset) for offset in range(7)]
        mine = [v for v in views if days[0].isoformat() <= v["date"] <= days[-1].isoformat()]
        planned = sum(planned_distance(v) for v in mine)
        done = sum(v["distance_in_meters"] or 0 for v in mine if v["status"] == "completed")
        rows.append({
            "label": monday.strftime("%d %b"), "is_current": days[0] <= today <= days[-1],
            "planned": f"{planned / 1000:.1f} km", **(_compliance(mine) if days[0] <= today else _ahead(mine)),
            "planned_m": planned, "done_m": done,
            "days": [{"date": day.isoformat(), "label": day.strftime("%a %d"),
                      "items": [{"activity_id": v["activity_id"], "name": v["activity_name"], "status": v["status"],
                                 "colour": COLOURS[v["status"]],
                                 "figures": presenting.recorded(v) if v["status"] == "completed"
                                 else presenting.planned(v)}
                                for v in mine if v["date"] == day.isoformat()]} for day in days],
        })
    return rows


def _ahead(week: list[dict]) -> dict:
    """A week still to come: what it plans, no share done yet."""
    planned_m = sum(planned_distance(v) for v in week)
    planned_s = sum(planned_time(v) for v in week)
    parts = [f"{planned_m / 1000:.1f} km"] if planned_m or not planned_s else []
    if planned_s:
        parts.append(presenting.time_text(planned_s))
    return {"compliance": "—", "summary": f"Planned {' and '.join(parts)}"}


def _compliance(week: list[dict]) -> dict:
    """How much of the week's plan was done: distance for workouts set by distance (and unplanned activities),
    time for those set by time, the two shares weighted by how many workouts each covers."""
    by_time = [v for v in week if planned_time(v)]
    by_distance = [v for v in week if not planned_time(v)]
    planned_m = sum(planned_distance(v) for v in by_distance)
    done_m = sum(v["distance_in_meters"] or 0 for v in by_distance if v["status"] == "completed")
    planned_s = sum(planned_time(v) for v in by_time)
    done_s = sum(v["duration_in_seconds"] or 0 for v in by_time if v["status"] == "completed")
    shares = []  # (share done, how many planned workouts it covers)
    if planned_m:
        shares.append((done_m / planned_m, sum(1 for v in by_distance if planned_distance(v))))
    if planned_s:
        shares.append((done_s / planned_s, len(by_time)))
    compliance = f"{round(100 * sum(s * n for s, n in shares) / sum(n for _, n in shares))}%" if shares else "—"
    parts = [f"{done_m / 1000:.1f} km of {planned_m / 1000:.1f} km"] if planned_m or not planned_s else []
    if planned_s:
        parts.append(f"{presenting.time_text(done_s)} of {presenting.time_text(planned_s)}")
    return {"compliance": compliance, "summary": f"Done {' and '.join(parts)} · {compliance}"}


def athlete_activities(session, actor, org_id: str, user_id: str, offset: int = 0) -> dict:
    """Four weeks of the athlete's calendar, ``offset`` weeks from the current one (kept within the plan)."""
    member = members.member_view(session, members.find_visible(session, actor, org_id, user_id))
    athlete = session.get(User, user_id)
    today = local_today(clock.now(), athlete.timezone)
    this_monday = monday_of(today)
    earliest, latest = _paging_bounds(session, actor, user_id, this_monday)
    first = min(max(this_monday + timedelta(weeks=offset), earliest), latest)
    last = first + timedelta(weeks=WEEKS_SHOWN, days=-1)
    views = activities.list_activities(session, actor, user_id=user_id, start_date=first.isoformat(),
                                       end_date=last.isoformat())
    return {"name": member["shown_name"], "weeks": week_rows(views, first, WEEKS_SHOWN, today),
            "offset": (first - this_monday).days // 7, "range": f"{_day(first)} – {_day(last)} {last.year}",
            "has_earlier": first > earliest, "has_later": first < latest,
            "plans": [assignments.instance_view(i) for i in assignments.instances_for(session, actor, user_id)]}


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _paging_bounds(session, actor, user_id: str, this_monday: date) -> tuple[date, date]:
    """The first pages' Mondays: from the first activity to the page that shows the last one."""
    first_day, last_day = activities.calendar_span(session, actor, user_id)
    earliest = min(monday_of(first_day), this_monday) if first_day else this_monday
    latest = max(monday_of(last_day) - timedelta(weeks=WEEKS_SHOWN - 1), this_monday) if last_day else this_monday
    return earliest, latest


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%b')}"


def activity_details(session, actor, activity_id: str) -> dict:
    view = activities.get_activity(session, actor, activity_id)
    sport = (view["workout"] or {}).get("workout_type") or view["activity_type"]
    fitness = athletes.fitness_of(session.get(User, view["user_id"]), sport)
    day = date.fromisoformat(view["date"])
    return {"name": view["activity_name"], "date": f"{day.strftime('%A')} {_day(day)} {day.year}",
            "status": view["status"], "colour": COLOURS[view["status"]], "notes": view["notes"] or "",
            "feedback": feedback.feedback_line(view),
            **presenting.workout_details(view, fitness)}


class AthleteActivitiesState(PageNotices, rx.State):
    athlete_name: str = ""
    user_id: str = ""
    weeks: list[dict] = []
    week_offset: int = 0
    range_label: str = ""
    has_earlier: bool = False
    has_later: bool = False
    detail: dict = {}
    detail_open: bool = False
    plans: list[dict] = []
    missing: bool = False
    message: str = ""
    error: str = ""

    @rx.var
    def bars(self) -> list[dict]:
        top = max([max(w["planned_m"], w["done_m"]) for w in self.weeks] or [1]) or 1
        return [{"label": w["label"], "planned": f"{100 * w['planned_m'] / top:.1f}%",
                 "done": f"{100 * w['done_m'] / top:.1f}%"} for w in self.weeks]

    @rx.event
    async def load(self):
        """Opening the page: the current week first."""
        self.week_offset, self.detail_open = 0, False
        await self._show()

    async def _show(self) -> None:
        session = await self.get_state(SessionState)
        self.user_id = self.router.page.params.get("user_id", "")
        try:
            data = await as_signed_in(session.access_token, athlete_activities, session.org_id, self.user_id,
                                      self.week_offset)
        except DomainError:
            self.missing, self.weeks = True, []
            return
        self.missing, self.athlete_name, self.weeks, self.plans = False, data["name"], data["weeks"], data["plans"]
        self.week_offset, self.range_label = data["offset"], data["range"]
        self.has_earlier, self.has_later = data["has_earlier"], data["has_later"]

    @rx.event
    async def earlier(self):
        self.week_offset -= WEEKS_SHOWN
        await self._show()

    @rx.event
    async def later(self):
        self.week_offset += WEEKS_SHOWN
        await self._show()

    @rx.event
    async def this_week(self):
        self.week_offset = 0
        await self._show()

    @rx.event
    async def open_activity(self, activity_id: str):
        session = await self.get_state(SessionState)
        self.error = ""
        try:
            self.detail = await as_signed_in(session.access_token, activity_details, str(activity_id)[:64])
        except DomainError as exc:
            self.error = exc.message
            return
        self.detail_open = True

    @rx.event
    def close_activity(self, open_: bool = False):
        self.detail_open = open_ and bool(self.detail)

    async def _act(self, use_case, *args, success: str, **kwargs):
        session = await self.get_state(SessionState)
        self.error = self.message = ""
        try:
            await as_signed_in(session.access_token, use_case, *args, **kwargs)
        except DomainError as exc:
            self.error = exc.message
            return
        await self._show()
        self.message = success

    @rx.event
    async def remove_plan(self, instance_id: str):
        await self._act(assignments.unassign, instance_id, success="Plan removed: its coming workouts are gone, "
                                                                  "what was done stays.")

    @rx.event
    async def save_paces(self, form_data: dict):
        seconds = race_seconds((form_data.get("ten_k") or "").strip())
        if seconds is None:
            self.error = "Enter the 10K time as MM:SS or H:MM:SS."
            return
        await self._act(athletes.set_fitness, self.user_id,
                        {"race_distance_in_meters": 10_000, "race_time_in_seconds": seconds},
                        success="The athlete's paces are set.")


def race_seconds(text: str) -> int | None:
    """Seconds from MM:SS or H:MM:SS, or None when it is not a time."""
    try:
        return parse_duration(text, "ten_k")
    except InvalidInput:
        return None
