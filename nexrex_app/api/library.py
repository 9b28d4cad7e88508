"""The Training Plans API: the workout library and training plans, answered exactly as documented.

Views are answered as the domain builds them (PlainJSONResponse, in one pass); their response models describe them
in the OpenAPI document, which the schema tests check every answer against."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import InUseCase
from nexrex_app.api.responses import PlainJSONResponse
from nexrex_app.domain import plans, workouts
from nexrex_app.models.library_schemas import (
    PlanCreate,
    PlanCreated,
    PlanPage,
    PlanSaved,
    PlanSync,
    PlanUpdate,
    PlanView,
    WorkoutCreate,
    WorkoutSaved,
    WorkoutUpdate,
    WorkoutView,
)

router = APIRouter(prefix="/training", tags=["training"])


# --- workouts --------------------------------------------------------------------------------


@router.get("/workouts", response_model=list[WorkoutView])
def list_workouts(case: InUseCase, workout_type: str | None = None, workout_sub_type: str | None = None,
                  org_id: str | None = None, visibility: str | None = None) -> PlainJSONResponse:
    found = workouts.list_workouts(case.session, case.actor, workout_type=workout_type,
                                   workout_sub_type=workout_sub_type, org_id=org_id, visibility=visibility)
    return PlainJSONResponse(workouts.workout_views(case.session, found))


@router.post("/workouts", status_code=201, response_model=WorkoutSaved)
def create_workout(body: WorkoutCreate, case: InUseCase) -> WorkoutSaved:
    workout = workouts.create_workout(case.session, case.actor, body)
    return WorkoutSaved(workout_id=workout.id)


@router.get("/workouts/{workout_id}", response_model=WorkoutView)
def get_workout(workout_id: str, case: InUseCase) -> PlainJSONResponse:
    workout = workouts.visible_workout(case.session, case.actor, workout_id)
    return PlainJSONResponse(workouts.workout_views(case.session, [workout])[0])


@router.put("/workouts/{workout_id}", response_model=WorkoutSaved)
def update_workout(workout_id: str, body: WorkoutUpdate, case: InUseCase) -> WorkoutSaved:
    workouts.update_workout(case.session, case.actor, workout_id, body)
    return WorkoutSaved(workout_id=workout_id)


@router.delete("/workouts/{workout_id}", response_model=WorkoutSaved)
def delete_workout(workout_id: str, case: InUseCase) -> WorkoutSaved:
    workouts.delete_workout(case.session, case.actor, workout_id)
    return WorkoutSaved(workout_id=workout_id)


# --- plans -----------------------------------------------------------------------------------


@router.get("/plans", response_model=list[PlanView] | PlanPage)
def list_plans(case: InUseCase, type: str | None = None, level: str | None = None, org_id: str | None = None,
               visibility: str | None = None, owner_id: str | None = None, search: str | None = None,
               limit: int | None = None, cursor: str | None = None, summary: bool = False) -> PlainJSONResponse:
    page = plans.list_plans(case.session, case.actor, type=type, level=level, org_id=org_id,
                            visibility=visibility, owner_id=owner_id, search=search, limit=limit, cursor=cursor)
    items = plans.plan_views(case.session, page.plans, summary=summary, names=page.creator_names)
    if limit is None:
        return PlainJSONResponse(items)
    return PlainJSONResponse({"data": items, "next_cursor": page.next_cursor, "has_more": page.next_cursor is not None})


@router.post("/plans", status_code=201, response_model=PlanCreated)
def create_plan(body: PlanCreate, case: InUseCase) -> PlanCreated:
    plan = plans.create_plan(case.session, case.actor, body)
    return PlanCreated(training_plan_id=plan.id, message="Training plan created successfully.")


@router.get("/plans/{plan_id}", response_model=PlanView)
def get_plan(plan_id: str, case: InUseCase) -> PlainJSONResponse:
    plan = plans.visible_plan(case.session, case.actor, plan_id)
    return PlainJSONResponse(plans.plan_views(case.session, [plan])[0])


@router.put("/plans/{plan_id}", response_model=PlanSaved)
def update_plan(plan_id: str, body: PlanUpdate, case: InUseCase) -> PlanSaved:
    plans.update_plan(case.session, case.actor, plan_id, body)
    return PlanSaved(training_plan_id=plan_id)


@router.delete("/plans/{plan_id}", response_model=PlanSaved)
def delete_plan(plan_id: str, case: InUseCase) -> PlanSaved:
    plans.delete_plan(case.session, case.actor, plan_id)
    return PlanSaved(training_plan_id=plan_id)


@router.post("/plans/{plan_id}/sync", response_model=PlanView)
def sync_plan(plan_id: str, body: PlanSync, case: InUseCase) -> PlainJSONResponse:
    """Pull the library's current version of out-of-date workouts into the plan (listed items, or all)."""
    plan = plans.sync_plan(case.session, case.actor, plan_id, body.items)
    return PlainJSONResponse(plans.plan_views(case.session, [plan])[0])
