"""The athlete's calendar as their coaches plan it, and the coach's attention list."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import InUseCase
from nexrex_app.api.shapes import ok
from nexrex_app.domain import activities, athlete_calendar, attention
from nexrex_app.models.activity_schemas import ActivityView
from nexrex_app.models.calendar_schemas import (
    AthleteCalendarEnvelope,
    AttentionDismissalBody,
    AttentionEnvelope,
    DayBody,
    LibraryWorkoutOnDay,
    PlanShift,
    PlanShiftedEnvelope,
    ReasonDismissedEnvelope,
    ScheduledWorkoutEdit,
)
from nexrex_app.models.schemas import Ok

router = APIRouter(tags=["calendar"])
COACHES_ONLY = ("Only the athlete's coaches change their calendar (an assistant coach only their own athletes): "
                "the athlete answers 403. A completed workout is never changed (400 `WORKOUT_COMPLETED`); "
                "a day before the athlete's today is refused (400 `DAY_PASSED`, field `date`). The answer is the "
                "activity as `GET /activities/{activity_id}` gives it, with its `compliance`.")


def _activity(case, activity_id: str) -> dict:
    return ok(activities.get_activity(case.session, case.actor, activity_id))


@router.get("/athletes/{user_id}/calendar", response_model=AthleteCalendarEnvelope)
def read_calendar(user_id: str, case: InUseCase, start_date: str, end_date: str) -> dict:
    """The athlete's workouts from `start_date` to `end_date` (at most 42 days), each with its `compliance`
    (`{band, ratio}`: green 80–120 %, yellow 50–79 % or 121–150 %, orange beyond; amber when skipped; null for a
    workout to come), each Monday-to-Sunday week's compliance (null for a week to come), and the plans the
    athlete follows. For their coaches only (the athlete answers 403)."""
    return ok(athlete_calendar.calendar(case.session, case.actor, user_id, start_date, end_date))


@router.post("/athletes/{user_id}/calendar/workouts", status_code=201, response_model=Ok[ActivityView], description=(
    "A library workout on the athlete's day, as their own copy (the library workout stays as it is). "
    + COACHES_ONLY))
def schedule_library_workout(user_id: str, body: LibraryWorkoutOnDay, case: InUseCase) -> dict:
    activity = athlete_calendar.schedule_workout(case.session, case.actor, user_id, body.workout_id, body.date)
    return _activity(case, activity.id)


@router.post("/activities/{activity_id}/move", response_model=Ok[ActivityView], description=(
    "The scheduled workout on another day (a missed one goes back on the schedule). " + COACHES_ONLY))
def move_activity(activity_id: str, body: DayBody, case: InUseCase) -> dict:
    athlete_calendar.move_to_day(case.session, case.actor, activity_id, body.date)
    return _activity(case, activity_id)


@router.post("/activities/{activity_id}/copy", status_code=201, response_model=Ok[ActivityView], description=(
    "The same workout once more on another day, as part of the same plan. " + COACHES_ONLY))
def copy_activity(activity_id: str, body: DayBody, case: InUseCase) -> dict:
    return _activity(case, athlete_calendar.copy_to_day(case.session, case.actor, activity_id, body.date).id)


@router.put("/activities/{activity_id}/workout", response_model=Ok[ActivityView], description=(
    "This athlete's copy of the scheduled workout: the plan template and the library stay as they are. "
    + COACHES_ONLY))
def edit_scheduled_workout(activity_id: str, body: ScheduledWorkoutEdit, case: InUseCase) -> dict:
    athlete_calendar.edit_workout(case.session, case.actor, activity_id, body)
    return _activity(case, activity_id)


@router.post("/training/plan-instances/{instance_id}/shift", tags=["training"], response_model=PlanShiftedEnvelope,
             description=(
                 "Every workout still to come of the athlete's plan `days` later (earlier when negative), in their "
                 "order; none may land before the athlete's today (400 `DAY_PASSED`, field `days`). Only the "
                 "athlete's coaches shift their plan (the athlete answers 403)."))
def shift_plan_instance(instance_id: str, body: PlanShift, case: InUseCase) -> dict:
    moved = athlete_calendar.shift_plan(case.session, case.actor, instance_id, body.days)
    return ok({"plan_instance_id": instance_id, "moved_workouts": len(moved)})


@router.get("/attention", response_model=AttentionEnvelope)
def attention_list(case: InUseCase, limit: int = 20, offset: int = 0) -> dict:
    """The athletes the caller coaches who need them today, most urgent first, each with its reasons:
    `missed_workouts`, `unanswered_comment`, `low_compliance`, `volume_jump`, `no_activity`, `plan_ending`. `total` counts them all;
    `limit` is 1 to 100."""
    return ok(attention.attention_list(case.session, case.actor, limit=limit, offset=offset))


@router.post("/attention/dismissals", status_code=201, response_model=ReasonDismissedEnvelope)
def dismiss_reason(body: AttentionDismissalBody, case: InUseCase) -> dict:
    """One of the athlete's reasons set aside for the caller until its facts change (a new missed workout,
    a new week, another plan)."""
    attention.dismiss(case.session, case.actor, body.user_id, body.reason)
    return ok({"user_id": body.user_id, "reason": body.reason, "dismissed": True})
