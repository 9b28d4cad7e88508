"""The workout library: structured workouts coaches build once and drop into plans."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from nexrex_app.domain import permissions
from nexrex_app.base.blocks import totals, validate_blocks
from nexrex_app.base.vocabulary import WORKOUT_FIELDS
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import DomainError, InvalidInput, NotFound
from nexrex_app.domain.organizations import person_name
from nexrex_app.domain.permissions import Actor
from nexrex_app.base.text import optional_text, required_text
from nexrex_app.models.accounts import User
from nexrex_app.models.library import SYSTEM, Workout
from nexrex_app.base.vocabulary import WORKOUT_TYPES, WRITABLE_VISIBILITIES, one_of
from nexrex_app.models.library_schemas import OwnWorkout, WorkoutCreate, WorkoutUpdate, WorkoutView

MAX_TARGET_DISTANCE = 1_000_000
MAX_TARGET_DURATION = 86_400 * 2


def whole_number(value: Any, *, field: str, maximum: int, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise InvalidInput(f"{field} must be a whole number from {minimum} to {maximum}.", field=field)
    return value


TARGET_FIELDS = ("target_distance_in_meters", "target_duration_in_seconds")


def clean_workout(data: dict, *, prefix: str = "") -> dict:
    """A workout's fields checked, errors named by ``prefix`` + field; targets default to the block totals.

    Types and sub-types come from a typed request (or a copy of a checked workout): only their presence is
    checked here."""
    for required in ("workout_name", "workout_type", "workout_sub_type", "content_blocks"):
        if data.get(required) is None:
            raise InvalidInput(f"Missing required field: {prefix}{required}.", field=prefix + required,
                               code="MISSING_FIELD")
    blocks = validate_blocks(data["content_blocks"], path=prefix + "content_blocks")
    computed = totals(blocks)
    return {
        "workout_name": required_text(data["workout_name"], field=prefix + "workout_name", label="workout_name",
                                      max_length=120),
        "workout_type": data["workout_type"],
        "workout_sub_type": data["workout_sub_type"],
        "description": optional_text(data.get("description"), field=prefix + "description", label="description",
                                     multiline=True,
                                     max_length=5000),
        "content_blocks": blocks,
        "target_distance_in_meters": _target(data.get("target_distance_in_meters"), computed.distance_in_meters,
                                             field=prefix + "target_distance_in_meters", maximum=MAX_TARGET_DISTANCE),
        "target_duration_in_seconds": _target(data.get("target_duration_in_seconds"), computed.duration_in_seconds,
                                              field=prefix + "target_duration_in_seconds",
                                              maximum=MAX_TARGET_DURATION),
    }


def _target(given: Any, total: int, *, field: str, maximum: int) -> int:
    """A positive target given is kept; one left out (or 0) is the total of the blocks."""
    return whole_number(given, field=field, maximum=maximum) if given else total


def edited_workout(current: dict, changes: dict) -> dict:
    """A workout with ``changes`` applied and checked; new blocks bring new targets unless targets are given."""
    current = {name: current.get(name) for name in WORKOUT_FIELDS}
    if "content_blocks" in changes:
        for target in TARGET_FIELDS:
            current.pop(target)
    return clean_workout({**current, **{k: v for k, v in changes.items() if k in WORKOUT_FIELDS}})


def workout_fields(workout: Workout) -> dict:
    return {name: getattr(workout, name) for name in WORKOUT_FIELDS}


def create_workout(session: Session, actor: Actor, body: WorkoutCreate) -> Workout:
    permissions.require_library_author(actor)
    permissions.require_caller_is(actor, body.user_id)
    visibility = body.visibility or "private"
    permissions.require_visibility_allowed(actor, visibility)
    now = clock.now()
    workout = Workout(owner_id=actor.user_id, org_id=permissions.library_org_of(actor), visibility=visibility,
                      created_at=now, updated_at=now, **clean_workout(body.plain()))
    session.add(workout)
    session.flush()
    return workout


def visible_workout(session: Session, actor: Actor, workout_id: str) -> Workout:
    workout = session.get(Workout, workout_id)
    if workout is None or not permissions.can_view_library_item(actor, workout):
        raise NotFound("Workout not found.", field="workout_id", code="WORKOUT_NOT_FOUND")
    return workout


def update_workout(session: Session, actor: Actor, workout_id: str, body: WorkoutUpdate) -> Workout:
    workout = visible_workout(session, actor, workout_id)
    permissions.require_library_editor(actor, workout)
    data = body.given()
    if "visibility" in data:
        workout.visibility = one_of(data["visibility"], WRITABLE_VISIBILITIES, field="visibility")
        permissions.require_visibility_allowed(actor, workout.visibility)
    for name, value in edited_workout(workout_fields(workout), data).items():
        setattr(workout, name, value)
    workout.version += 1
    workout.updated_at = clock.now()
    session.add(workout)
    session.flush()
    return workout


def delete_workout(session: Session, actor: Actor, workout_id: str) -> None:
    """Plans keep their copies of a deleted workout; they simply stop syncing."""
    workout = visible_workout(session, actor, workout_id)
    permissions.require_library_editor(actor, workout)
    session.delete(workout)
    session.flush()


def list_workouts(session: Session, actor: Actor, *, workout_type: str | None = None,
                  workout_sub_type: str | None = None, org_id: str | None = None,
                  visibility: str | None = None) -> list[Workout]:
    """The caller's own workouts, the organization's shared ones, and the built-in ones."""
    if workout_type is not None:
        one_of(workout_type, WORKOUT_TYPES, field="workout_type")
    if visibility is not None:
        one_of(visibility, (*WRITABLE_VISIBILITIES, SYSTEM), field="visibility")
    if org_id is not None:
        permissions.require_member_of(actor, org_id)
    query = select(Workout).where(permissions.library_reach(actor).condition(Workout))
    if workout_type:
        query = query.where(Workout.workout_type == workout_type)
    if workout_sub_type:
        query = query.where(Workout.workout_sub_type == workout_sub_type)
    if visibility:
        query = query.where(Workout.visibility == visibility)
    return list(session.exec(query.order_by(Workout.visibility == SYSTEM, Workout.workout_name, Workout.id)).all())


def creator_names(session: Session, owner_ids: set[str | None]) -> dict[str, str]:
    ids = {owner for owner in owner_ids if owner}
    if not ids:
        return {}
    return {user.id: person_name(user) for user in session.exec(select(User).where(User.id.in_(ids)))}


def workout_view(workout: Workout, names: dict[str, str]) -> dict:
    return {
        "workout_id": workout.id,
        "workout_name": workout.workout_name,
        "workout_type": workout.workout_type,
        "workout_sub_type": workout.workout_sub_type,
        "description": workout.description,
        "target_distance_in_meters": workout.target_distance_in_meters,
        "target_duration_in_seconds": workout.target_duration_in_seconds,
        "content_blocks": workout.content_blocks,
        "visibility": workout.visibility,
        "creator_name": names.get(workout.owner_id or "", "nexrex"),
        "user_id": workout.owner_id,
        "org_id": workout.org_id,
        "version": workout.version,
        "created_at": epoch_ms(workout.created_at),
        "updated_at": epoch_ms(workout.updated_at),
    }


def workout_views(session: Session, workouts: list[Workout]) -> list[dict]:
    names = creator_names(session, {w.owner_id for w in workouts})
    return [workout_view(w, names) for w in workouts]


def create_own_workout(session: Session, actor: Actor, body: OwnWorkout) -> Workout:
    """A workout owned by whoever creates it (the console's editor names no owner)."""
    return create_workout(session, actor, WorkoutCreate(**dict(body), user_id=actor.user_id))


def library_views(session: Session, actor: Actor, **filters) -> list[WorkoutView]:
    """The library the actor may see, as the API shows it; ``filters`` as ``list_workouts``."""
    return [WorkoutView.model_validate(view) for view in workout_views(session, list_workouts(session, actor,
                                                                                              **filters))]


def editor_view(session: Session, actor: Actor, workout_id: str) -> dict:
    """A workout for the editor, saying whether the actor may change it (else they may duplicate it)."""
    workout = visible_workout(session, actor, workout_id)
    view = workout_views(session, [workout])[0]
    try:
        permissions.require_library_editor(actor, workout)
        view["editable"] = True
    except DomainError:
        view["editable"] = False
    return view
