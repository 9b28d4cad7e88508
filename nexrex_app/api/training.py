"""The Training Plans API: the workout library and training plans, answered exactly as documented."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import InUseCase
from nexrex_app.api.responses import PlainJSONResponse
from nexrex_app.domain import plans, workouts
from nexrex_app.models.training_schemas import PlanCreate, PlanSync, PlanUpdate, WorkoutCreate, WorkoutUpdate

router = APIRouter(prefix="/training", tags=["training"])


def _body(model, *, partial: bool = False) -> dict:
    """The body as plain data (blocks as dicts, unset fields left out) for the rules to check."""
    return model.model_dump(exclude_unset=partial, exclude_none=not partial)


# --- workouts --------------------------------------------------------------------------------


@router.get("/workouts")
def list_workouts(case: InUseCase, workout_type: str | None = None, workout_sub_type: str | None = None,
                  org_id: str | None = None, visibility: str | None = None) -> PlainJSONResponse:
    found = workouts.list_workouts(case.session, case.actor, workout_type=workout_type,
                                   workout_sub_type=workout_sub_type, org_id=org_id, visibility=visibility)
    return PlainJSONResponse(workouts.workout_views(case.session, found))


@router.post("/workouts", status_code=201)
def create_workout(body: WorkoutCreate, case: InUseCase) -> dict:
    workout = workouts.create_workout(case.session, case.actor, _body(body))
    return {"workout_id": workout.id, "status": "ok"}


@router.get("/workouts/{workout_id}")
def get_workout(workout_id: str, case: InUseCase) -> dict:
    return workouts.workout_views(case.session, [workouts.visible_workout(case.session, case.actor, workout_id)])[0]


@router.put("/workouts/{workout_id}")
def update_workout(workout_id: str, body: WorkoutUpdate, case: InUseCase) -> dict:
    workouts.update_workout(case.session, case.actor, workout_id, _body(body, partial=True))
    return {"workout_id": workout_id, "status": "ok"}


@router.delete("/workouts/{workout_id}")
def delete_workout(workout_id: str, case: InUseCase) -> dict:
    workouts.delete_workout(case.session, case.actor, workout_id)
    return {"workout_id": workout_id, "status": "ok"}


# --- plans -----------------------------------------------------------------------------------


@router.get("/plans")
def list_plans(case: InUseCase, type: str | None = None, level: str | None = None, org_id: str | None = None,
               visibility: str | None = None, owner_id: str | None = None, search: str | None = None,
               limit: int | None = None, cursor: str | None = None, summary: bool = False):
    page = plans.list_plans(case.session, case.actor, type=type, level=level, org_id=org_id,
                            visibility=visibility, owner_id=owner_id, search=search, limit=limit, cursor=cursor)
    items = plans.plan_views(case.session, page.plans, summary=summary, names=page.creator_names)
    if limit is None:
        return PlainJSONResponse(items)
    return PlainJSONResponse({"data": items, "next_cursor": page.next_cursor, "has_more": page.next_cursor is not None})


@router.post("/plans", status_code=201)
def create_plan(body: PlanCreate, case: InUseCase) -> dict:
    plan = plans.create_plan(case.session, case.actor, _body(body))
    return {"training_plan_id": plan.id, "message": "Training plan created successfully."}


@router.get("/plans/{plan_id}")
def get_plan(plan_id: str, case: InUseCase) -> dict:
    return plans.plan_views(case.session, [plans.visible_plan(case.session, case.actor, plan_id)])[0]


@router.put("/plans/{plan_id}")
def update_plan(plan_id: str, body: PlanUpdate, case: InUseCase) -> dict:
    plans.update_plan(case.session, case.actor, plan_id, _body(body, partial=True))
    return {"training_plan_id": plan_id, "status": "ok"}


@router.delete("/plans/{plan_id}")
def delete_plan(plan_id: str, case: InUseCase) -> dict:
    plans.delete_plan(case.session, case.actor, plan_id)
    return {"training_plan_id": plan_id, "status": "ok"}


@router.post("/plans/{plan_id}/sync")
def sync_plan(plan_id: str, body: PlanSync, case: InUseCase) -> dict:
    """Pull the library's current version of out-of-date workouts into the plan (listed items, or all)."""
    plan = plans.sync_plan(case.session, case.actor, plan_id, body.items)
    return plans.plan_views(case.session, [plan])[0]
