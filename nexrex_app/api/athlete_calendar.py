"""The athlete's calendar as their coaches plan it, and the coach's attention list."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import CurrentCaller
from nexrex_app.api.shapes import ok, provided
from nexrex_app.db import session_scope
from nexrex_app.domain import activities, athlete_calendar, attention
from nexrex_app.models.calendar_schemas import (
    AttentionEnvelope,
    AttentionDismissalBody,
    DayBody,
    LibraryWorkoutOnDay,
    PlanShift,
    ScheduledWorkoutEdit,
)

router = APIRouter(tags=["calendar"])
COACHES_ONLY = ("Only the athlete's coaches change their calendar (an assistant coach only their own athletes): "
                "the athlete answers 403. A completed workout is never changed (400 `WORKOUT_COMPLETED`); "
                "a day before the athlete's today is refused (400 `DAY_PASSED`, field `date`).")


def _answer(session, actor, activity_id: str) -> dict:
    return ok(activities.get_activity(session, actor, activity_id))


@router.get("/athletes/{user_id}/calendar")
def read_calendar(user_id: str, caller: CurrentCaller, start_date: str, end_date: str) -> dict:
    """The athlete's workouts from `start_date` to `end_date` (at most 42 days), each with its `compliance`
    (`{band, ratio}`: green 80–120 %, yellow 50–79 % or 121–150 %, orange beyond; amber when skipped; null for a
    workout to come), each Monday-to-Sunday week's compliance (null for a week to come), and the plans the
    athlete follows. For their coaches only (the athlete answers 403)."""
    with session_scope() as session:
        return ok(athlete_calendar.calendar(session, caller.actor(session), user_id, start_date, end_date))


@router.post("/athletes/{user_id}/calendar/workouts", status_code=201, description=(
    "A library workout on the athlete's day, as their own copy (the library workout stays as it is). "
    + COACHES_ONLY))
def schedule_library_workout(user_id: str, body: LibraryWorkoutOnDay, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        actor = caller.actor(session)
        activity = athlete_calendar.schedule_workout(session, actor, user_id, body.workout_id, body.date)
        return _answer(session, actor, activity.id)


@router.post("/activities/{activity_id}/move", description=(
    "The scheduled workout on another day (a missed one goes back on the schedule). " + COACHES_ONLY))
def move_activity(activity_id: str, body: DayBody, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        actor = caller.actor(session)
        athlete_calendar.move_to_day(session, actor, activity_id, body.date)
        return _answer(session, actor, activity_id)


@router.post("/activities/{activity_id}/copy", status_code=201, description=(
    "The same workout once more on another day, as part of the same plan. " + COACHES_ONLY))
def copy_activity(activity_id: str, body: DayBody, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        actor = caller.actor(session)
        return _answer(session, actor, athlete_calendar.copy_to_day(session, actor, activity_id, body.date).id)


@router.put("/activities/{activity_id}/workout", description=(
    "This athlete's copy of the scheduled workout: the plan template and the library stay as they are. "
    + COACHES_ONLY))
def edit_scheduled_workout(activity_id: str, body: ScheduledWorkoutEdit, caller: CurrentCaller) -> dict:
    changes = {name: value for name, value in provided(body).items() if value is not None}
    if body.content_blocks is not None:
        changes["content_blocks"] = [block.model_dump(exclude_none=True) for block in body.content_blocks]
    with session_scope() as session:
        actor = caller.actor(session)
        athlete_calendar.edit_workout(session, actor, activity_id, changes)
        return _answer(session, actor, activity_id)


@router.post("/training/plan-instances/{instance_id}/shift", tags=["training"], description=(
    "Every workout still to come of the athlete's plan `days` later (earlier when negative), in their order; "
    "none may land before the athlete's today (400 `DAY_PASSED`, field `days`). " + COACHES_ONLY))
def shift_plan_instance(instance_id: str, body: PlanShift, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        moved = athlete_calendar.shift_plan(session, caller.actor(session), instance_id, body.days)
        return ok({"plan_instance_id": instance_id, "moved_workouts": len(moved)})


@router.get("/attention", response_model=AttentionEnvelope)
def attention_list(caller: CurrentCaller, limit: int = 20, offset: int = 0) -> dict:
    """The athletes the caller coaches who need them today, most urgent first, each with its reasons:
    `missed_workouts`, `low_compliance`, `volume_jump`, `no_activity`, `plan_ending`. `total` counts them all."""
    with session_scope() as session:
        return ok(attention.attention_list(session, caller.actor(session), limit=limit, offset=offset))


@router.post("/attention/dismissals", status_code=201)
def dismiss_reason(body: AttentionDismissalBody, caller: CurrentCaller) -> dict:
    """One of the athlete's reasons set aside for the caller until its facts change (a new missed workout,
    a new week, another plan)."""
    with session_scope() as session:
        attention.dismiss(session, caller.actor(session), body.user_id, body.reason)
    return ok({"user_id": body.user_id, "reason": body.reason, "dismissed": True})
