"""Members → athlete → Activities: the calendar (completed green, skipped amber), weekly compliance,
and planned against actual distance."""

from __future__ import annotations

from datetime import date, timedelta

import reflex as rx

from nexrex_app.domain import activities, assignments, athletes, members
from nexrex_app.domain.clock import clock
from nexrex_app.coach.params import parse_duration
from nexrex_app.domain.errors import DomainError, InvalidInput
from nexrex_app.domain.scheduling import local_today
from nexrex_app.models.accounts import User
from nexrex_app.state import presenting
from nexrex_app.state.notices import PageNotices
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in

WEEKS_BACK, WEEKS_AHEAD = 3, 2
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
            "planned": f"{planned / 1000:.1f} km", **_compliance(mine),
            "planned_m": planned, "done_m": done,
            "days": [{"date": day.isoformat(), "label": day.strftime("%a %d"),
                      "items": [{"name": v["activity_name"], "status": v["status"], "colour": COLOURS[v["status"]],
                                 "figures": presenting.recorded(v) if v["status"] == "completed"
                                 else presenting.planned(v)}
                                for v in mine if v["date"] == day.isoformat()]} for day in days],
        })
    return rows


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


def athlete_activities(session, actor, org_id: str, user_id: str) -> dict:
    member = members.member_view(session, members.find_visible(session, actor, org_id, user_id))
    athlete = session.get(User, user_id)
    today = local_today(clock.now(), athlete.timezone)
    first = today - timedelta(days=today.weekday(), weeks=WEEKS_BACK)
    last = first + timedelta(weeks=WEEKS_BACK + WEEKS_AHEAD + 1, days=-1)
    views = activities.list_activities(session, actor, user_id=user_id, start_date=first.isoformat(),
                                       end_date=last.isoformat())
    return {"name": member["display_name"] or member["name"],
            "weeks": week_rows(views, first, WEEKS_BACK + WEEKS_AHEAD + 1, today),
            "plans": [assignments.instance_view(i) for i in assignments.instances_for(session, actor, user_id)]}


class AthleteActivitiesState(PageNotices, rx.State):
    athlete_name: str = ""
    user_id: str = ""
    weeks: list[dict] = []
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
        session = await self.get_state(SessionState)
        self.user_id = self.router.page.params.get("user_id", "")
        try:
            data = await as_signed_in(session.access_token, athlete_activities, session.org_id, self.user_id)
        except DomainError:
            self.missing, self.weeks = True, []
            return
        self.missing, self.athlete_name, self.weeks, self.plans = False, data["name"], data["weeks"], data["plans"]

    async def _act(self, use_case, *args, success: str, **kwargs):
        session = await self.get_state(SessionState)
        self.error = self.message = ""
        try:
            await as_signed_in(session.access_token, use_case, *args, **kwargs)
        except DomainError as exc:
            self.error = exc.message
            return
        await self.load()
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
