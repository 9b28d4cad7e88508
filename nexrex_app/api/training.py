"""The Training Plans API: the workout library and training plans, answered exactly as documented."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import CurrentCaller
from nexrex_app.api.responses import PlainJSONResponse
from nexrex_app.db import session_scope
from nexrex_app.domain import plans, workouts
from nexrex_app.models.training_schemas import PlanCreate, PlanSync, PlanUpdate, WorkoutCreate, WorkoutUpdate

router = APIRouter(prefix="/training", tags=["training"])


def _body(model, *, partial: bool = False) -> dict:
    """The body as plain data (blocks as dicts, unset fields left out) for the rules to check."""
    return model.model_dump(exclude_unset=partial, exclude_none=not partial)


# --- workouts --------------------------------------------------------------------------------


@router.get("/workouts")
def list_workouts(caller: CurrentCaller, workout_type: str | None = None, workout_sub_type: str | None = None,
                  org_id: str | None = None, visibility: str | None = None) -> PlainJSONResponse:
    with session_scope() as session:
        found = workouts.list_workouts(session, caller.actor(session), workout_type=workout_type,
                                       workout_sub_type=workout_sub_type, org_id=org_id, visibility=visibility)
        return PlainJSONResponse(workouts.workout_views(session, found))


@router.post("/workouts", status_code=201)
def create_workout(body: WorkoutCreate, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        workout = workouts.create_workout(session, caller.actor(session), _body(body))
    return {"workout_id": workout.id, "status": "ok"}


@router.get("/workouts/{workout_id}")
def get_workout(workout_id: str, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        return workouts.workout_views(session, [workouts.visible_workout(session, caller.actor(session), workout_id)])[0]


@router.put("/workouts/{workout_id}")
def update_workout(workout_id: str, body: WorkoutUpdate, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        workouts.update_workout(session, caller.actor(session), workout_id, _body(body, partial=True))
    return {"workout_id": workout_id, "status": "ok"}


@router.delete("/workouts/{workout_id}")
def delete_workout(workout_id: str, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        workouts.delete_workout(session, caller.actor(session), workout_id)
    return {"workout_id": workout_id, "status": "ok"}


# --- plans -----------------------------------------------------------------------------------


@router.get("/plans")
def list_plans(caller: CurrentCaller, type: str | None = None, level: str | None = None, org_id: str | None = None,
               visibility: str | None = None, owner_id: str | None = None, search: str | None = None,
               limit: int | None = None, cursor: str | None = None, summary: bool = False):
    with session_scope() as session:
        page = plans.list_plans(session, caller.actor(session), type=type, level=level, org_id=org_id,
                                visibility=visibility, owner_id=owner_id, search=search, limit=limit, cursor=cursor)
        items = plans.plan_views(session, page.plans, summary=summary, names=page.creator_names)
    if limit is None:
        return PlainJSONResponse(items)
    return PlainJSONResponse({"data": items, "next_cursor": page.next_cursor, "has_more": page.next_cursor is not None})


@router.post("/plans", status_code=201)
def create_plan(body: PlanCreate, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        plan = plans.create_plan(session, caller.actor(session), _body(body))
    return {"training_plan_id": plan.id, "message": "Training plan created successfully."}


@router.get("/plans/{plan_id}")
def get_plan(plan_id: str, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        return plans.plan_views(session, [plans.visible_plan(session, caller.actor(session), plan_id)])[0]


@router.put("/plans/{plan_id}")
def update_plan(plan_id: str, body: PlanUpdate, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        plans.update_plan(session, caller.actor(session), plan_id, _body(body, partial=True))
    return {"training_plan_id": plan_id, "status": "ok"}


@router.delete("/plans/{plan_id}")
def delete_plan(plan_id: str, caller: CurrentCaller) -> dict:
    with session_scope() as session:
        plans.delete_plan(session, caller.actor(session), plan_id)
    return {"training_plan_id": plan_id, "status": "ok"}


@router.post("/plans/{plan_id}/sync")
def sync_plan(plan_id: str, body: PlanSync, caller: CurrentCaller) -> dict:
    """Pull the library's current version of out-of-date workouts into the plan (listed items, or all)."""
    with session_scope() as session:
        plan = plans.sync_plan(session, caller.actor(session), plan_id, body.items)
        return plans.plan_views(session, [plan])[0]
