"""Training plan templates: weeks of workouts copied from the library, with template sync."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Integer, Row, and_, bindparam, func, or_, union
from sqlmodel import Session, select

from nexrex_app.domain import features, organizations, permissions, workouts
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import InvalidInput, NotFound
from nexrex_app.domain.paging import check_limit, decode_cursor, encode_cursor
from nexrex_app.domain.permissions import Actor
from nexrex_app.base.text import optional_text, required_text
from nexrex_app.models.accounts import User
from nexrex_app.models.library import FEATURE_PLAN_LIBRARY, SYSTEM, TrainingPlan, Workout
from nexrex_app.base.vocabulary import PLAN_LEVELS, PLAN_TYPES, WEEKDAYS, WRITABLE_VISIBILITIES, one_of
from nexrex_app.models.library_schemas import OwnPlan, PlanCreate, PlanUpdate, PlanView, WeekNote, WorkoutView

MAX_WEEKS = 52
MAX_ITEMS = 7 * MAX_WEEKS * 3
MAX_PAGE = 50

SYNC_CURRENT = "current"
SYNC_OUTDATED = "outdated"
SYNC_DETACHED = "detached"


# --- checking what coaches send -------------------------------------------------------------------


def _weeks(value: Any) -> int:
    return workouts.whole_number(value, field="duration_in_weeks", minimum=1, maximum=MAX_WEEKS)


def _prefer_day(value: dict[str, str] | None) -> dict[str, str]:
    if value is None:
        return {}
    cleaned = {}
    for day, choice in value.items():
        if day not in WEEKDAYS:
            raise InvalidInput("Days are Monday to Sunday.", field=f"training_plan_prefer_day.{day}")
        if not choice.strip() or len(choice) > 40:
            raise InvalidInput("Each day is Rest or a workout type.", field=f"training_plan_prefer_day.{day}")
        cleaned[day] = required_text(choice, field=f"training_plan_prefer_day.{day}", label="A day's choice",
                                     max_length=40)
    return {day: cleaned[day] for day in WEEKDAYS if day in cleaned}


def _week_notes(value: list[WeekNote] | None, weeks: int) -> dict[str, str]:
    """Coach's notes per week, from ``weekly_info`` items ``{week, notes}``."""
    if value is None:
        return {}
    notes = {}
    for index, entry in enumerate(value):
        path = f"weekly_info[{index}]"
        week = workouts.whole_number(entry.week, field=f"{path}.week", minimum=1, maximum=weeks)
        text = optional_text(entry.notes, field=f"{path}.notes", label="notes", max_length=2000, multiline=True)
        if text:
            notes[str(week)] = text
    return notes


def _content(session: Session, actor: Actor, value: list[dict] | None, weeks: int) -> list[dict]:
    """The plan's items checked: those sent (a typed request's, as plain data) or those kept."""
    if value is None:
        return []
    if len(value) > MAX_ITEMS:
        raise InvalidInput(f"A plan may hold at most {MAX_ITEMS} workouts.", field="content")
    items = [_item(session, actor, raw, f"content[{index}]", weeks) for index, raw in enumerate(value)]
    return sorted(items, key=lambda item: (item["week"], WEEKDAYS.index(item["day"])))


def _item(session: Session, actor: Actor, raw: dict, path: str, weeks: int) -> dict:
    week = workouts.whole_number(raw.get("week"), field=f"{path}.week", minimum=1, maximum=weeks)
    day = raw["day"]
    fields = dict(raw)
    source = _source(session, actor, raw.get("source_workout_id"), path)
    if source is not None and raw.get("content_blocks") is None:
        fields = {**workouts.workout_fields(source), **{k: v for k, v in raw.items() if k in ("week", "day")}}
    item = {"week": week, "day": day, **workouts.clean_workout(fields, prefix=f"{path}.")}
    if raw.get("phase") is not None:
        item["phase"] = raw["phase"]
    if source is not None:
        item["source_workout_id"] = source.id
        given = raw.get("source_version")
        item["source_version"] = given if isinstance(given, int) and 1 <= given <= source.version else source.version
    return item


def _source(session: Session, actor: Actor, workout_id: Any, path: str) -> Workout | None:
    if workout_id is None:
        return None
    try:
        return workouts.visible_workout(session, actor, str(workout_id))
    except NotFound:
        raise InvalidInput("No workout with this ID in your library.", field=f"{path}.source_workout_id",
                           code="UNKNOWN_WORKOUT") from None


# --- use cases --------------------------------------------------------------------------------


def create_plan(session: Session, actor: Actor, body: PlanCreate) -> TrainingPlan:
    permissions.require_library_author(actor)
    permissions.require_caller_is(actor, body.user_id)
    if body.org_id:
        permissions.require_coach_of(actor, body.org_id)
    org_id = permissions.library_org_of(actor)
    permissions.require_visibility_allowed(actor, body.visibility)
    weeks = _weeks(body.duration_in_weeks)
    now = clock.now()
    plan = TrainingPlan(
        owner_id=actor.user_id, org_id=org_id, coach_id=body.coach_id, visibility=body.visibility,
        training_plan_name=required_text(body.training_plan_name, field="training_plan_name",
                                         label="training_plan_name", max_length=200),
        training_plan_description=required_text(body.training_plan_description,
                                                field="training_plan_description",
                                                label="training_plan_description", max_length=5000,
                                                multiline=True),
        type=body.type, level=body.level, duration_in_weeks=weeks,
        image_url=_image_url(body.image_url),
        prefer_day=_prefer_day(body.training_plan_prefer_day),
        content=_content(session, actor, body.plain().get("content"), weeks),
        week_notes=_week_notes(body.weekly_info, weeks),
        created_at=now, updated_at=now,
    )
    session.add(plan)
    session.flush()
    return plan


def _image_url(value: Any) -> str | None:
    url = optional_text(value, field="image_url", label="image_url", max_length=2000)
    if url and not url.startswith(("https://", "http://", "/")):
        raise InvalidInput("image_url must be an http(s) URL.", field="image_url")
    return url


def visible_plan(session: Session, actor: Actor, plan_id: str) -> TrainingPlan:
    plan = session.get(TrainingPlan, plan_id)
    if plan is None or not permissions.can_view_library_item(actor, plan):
        raise NotFound("Training plan not found.", field="plan_id", code="PLAN_NOT_FOUND")
    return plan


def editable_plan(session: Session, actor: Actor, plan_id: str) -> TrainingPlan:
    plan = visible_plan(session, actor, plan_id)
    permissions.require_library_editor(actor, plan)
    return plan


def update_plan(session: Session, actor: Actor, plan_id: str, body: PlanUpdate) -> TrainingPlan:
    plan = editable_plan(session, actor, plan_id)
    data = body.given()
    if "visibility" in data:
        plan.visibility = one_of(data["visibility"], WRITABLE_VISIBILITIES, field="visibility")
        permissions.require_visibility_allowed(actor, plan.visibility)
    if "training_plan_name" in data:
        plan.training_plan_name = required_text(data["training_plan_name"], field="training_plan_name",
                                                label="training_plan_name", max_length=200)
    if "training_plan_description" in data:
        plan.training_plan_description = required_text(
            data["training_plan_description"], field="training_plan_description",
            label="training_plan_description", max_length=5000, multiline=True)
    if "type" in data:
        plan.type = one_of(data["type"], PLAN_TYPES, field="type")
    if "level" in data:
        plan.level = one_of(data["level"], PLAN_LEVELS, field="level")
    if "image_url" in data:
        plan.image_url = _image_url(data["image_url"])
    if "training_plan_prefer_day" in data:
        plan.prefer_day = _prefer_day(data["training_plan_prefer_day"])
    if "duration_in_weeks" in data:
        plan.duration_in_weeks = _weeks(data["duration_in_weeks"])
    content = data["content"] if "content" in data else plan.content
    plan.content = _content(session, actor, content, plan.duration_in_weeks)
    if "weekly_info" in data:
        plan.week_notes = _week_notes(body.weekly_info, plan.duration_in_weeks)
    plan.week_notes = {week: text for week, text in plan.week_notes.items() if int(week) <= plan.duration_in_weeks}
    plan.updated_at = clock.now()
    session.add(plan)
    session.flush()
    return plan


def delete_plan(session: Session, actor: Actor, plan_id: str) -> None:
    session.delete(editable_plan(session, actor, plan_id))
    session.flush()


def sync_plan(session: Session, actor: Actor, plan_id: str, items: list[int] | None = None) -> TrainingPlan:
    """Pull the library's current version into out-of-date items (the ones given, or all)."""
    plan = editable_plan(session, actor, plan_id)
    sources = _sources(session, plan.content)
    chosen = set(range(len(plan.content))) if items is None else set(items)
    for index in chosen:
        if not 0 <= index < len(plan.content):
            raise InvalidInput("No content item at this position.", field="items", code="UNKNOWN_ITEM")
    refreshed = []
    for index, item in enumerate(plan.content):
        source = sources.get(item.get("source_workout_id") or "")
        if index in chosen and source is not None and item.get("source_version") != source.version:
            item = {**item, **workouts.workout_fields(source), "source_version": source.version}
        refreshed.append(item)
    plan.content = refreshed
    plan.updated_at = clock.now()
    session.add(plan)
    session.flush()
    return plan


def _sources(session: Session, content: list[dict]) -> dict[str, Workout]:
    ids = {item["source_workout_id"] for item in content if item.get("source_workout_id")}
    if not ids:
        return {}
    return {w.id: w for w in session.exec(select(Workout).where(Workout.id.in_(ids)))}


# --- listing ----------------------------------------------------------------------------------


class PlanPage(NamedTuple):
    plans: list[Row]  # rows with the columns of TrainingPlan, read without building ORM objects
    next_cursor: str | None
    creator_names: dict[str, str]


def list_plans(session: Session, actor: Actor, *, type: str | None = None, level: str | None = None,
               org_id: str | None = None, visibility: str | None = None, owner_id: str | None = None,
               search: str | None = None, limit: int | None = None, cursor: str | None = None) -> PlanPage:
    """Plans the caller may see, newest first; with ``limit``, a page and the cursor of the next one."""
    features.require_account_feature(session, actor.user, FEATURE_PLAN_LIBRARY)
    check_limit(limit, maximum=MAX_PAGE)
    if type is not None:
        one_of(type, PLAN_TYPES, field="type")
    if level is not None:
        one_of(level, PLAN_LEVELS, field="level")
    if visibility is not None:
        one_of(visibility, (*WRITABLE_VISIBILITIES, SYSTEM), field="visibility")
    if org_id is not None:
        permissions.require_member_of(actor, org_id)
    chosen = {"type": type, "level": level, "visibility": visibility, "owner_id": owner_id}
    values = {name: value for name, value in chosen.items() if value}
    if search and search.strip():
        values["search"] = f"%{search.strip().lower()}%"
    if cursor:
        values["after_time"], values["after_id"] = decode_cursor(cursor)
    filters = tuple(sorted(name for name in values if name in _FILTERS))
    reach = permissions.library_reach(actor)
    statement = _newest_first(reach.ways, filters, limited=limit is not None)
    size = {} if limit is None else {"size": limit + 1}
    plans = session.exec(statement, params={**reach.params, **values, **size}).all()
    names = {plan.owner_id: organizations.shown_name(plan.creator_display_name, plan.creator_email)
             for plan in plans if plan.creator_email is not None}
    if limit is None or len(plans) <= limit:
        return PlanPage(plans, None, names)
    return PlanPage(plans[:limit], encode_cursor(plans[limit - 1].created_at, plans[limit - 1].id), names)


_FILTERS = {
    "type": lambda: TrainingPlan.type == bindparam("type"),
    "level": lambda: TrainingPlan.level == bindparam("level"),
    "visibility": lambda: TrainingPlan.visibility == bindparam("visibility"),
    "owner_id": lambda: TrainingPlan.owner_id == bindparam("owner_id"),
    "search": lambda: or_(func.lower(TrainingPlan.training_plan_name).like(bindparam("search")),
                          func.lower(TrainingPlan.training_plan_description).like(bindparam("search"))),
    "after_time": lambda: or_(TrainingPlan.created_at < bindparam("after_time"),  # the cursor
                              and_(TrainingPlan.created_at == bindparam("after_time"),
                                   TrainingPlan.id < bindparam("after_id"))),
}


def _page_size():
    """The LIMIT, written into the SQL too: a known page size lets PostgreSQL keep one good plan."""
    return bindparam("size", type_=Integer, literal_execute=True)


@cache
def _newest_first(ways: tuple[permissions.Way, ...], filters: tuple[str, ...], *, limited: bool):
    """The visible plans matching ``filters``, newest first, each with its creator's name, as one statement.

    Each way of seeing a plan is its own index-ordered branch, so a page reads about ``size`` rows per
    branch however many plans there are; a plan seen more than one way (an own plan shared with the
    organization) counts once. Building this union costs more than the database takes to run it, so each
    shape is built once and run with bound values.
    """
    order = (TrainingPlan.created_at.desc(), TrainingPlan.id.desc())
    conditions = [_FILTERS[name]() for name in filters]
    branches = []
    for way in ways:
        branch = (select(TrainingPlan.id, TrainingPlan.created_at).where(way.condition(TrainingPlan), *conditions)
                  .order_by(*order))
        branches.append((branch.limit(_page_size()) if limited else branch).subquery())
    merged = union(*[select(b.c.id, b.c.created_at) for b in branches]).subquery()
    page = select(merged.c.id, merged.c.created_at).order_by(merged.c.created_at.desc(), merged.c.id.desc())
    page = (page.limit(_page_size()) if limited else page).subquery()
    creator = (User.display_name.label("creator_display_name"), User.email.label("creator_email"))
    return (select(*TrainingPlan.__table__.columns, *creator)
            .join(page, page.c.id == TrainingPlan.id)
            .outerjoin(User, User.id == TrainingPlan.owner_id)
            .order_by(page.c.created_at.desc(), page.c.id.desc()))


# --- what the API and the pages show ------------------------------------------------------------


def weekly_info(plan: TrainingPlan) -> list[dict]:
    weeks = [{"week": week, "distance_in_meters": 0, "duration_in_seconds": 0, "workouts": 0,
              "notes": plan.week_notes.get(str(week), "")} for week in range(1, plan.duration_in_weeks + 1)]
    for item in plan.content:
        if 1 <= item["week"] <= plan.duration_in_weeks:
            totals = weeks[item["week"] - 1]
            totals["distance_in_meters"] += item["target_distance_in_meters"]
            totals["duration_in_seconds"] += item["target_duration_in_seconds"]
            totals["workouts"] += 1
    return weeks


def plan_view(plan: TrainingPlan, names: dict[str, str], *, summary: bool = False,
              sources: dict[str, Workout] | None = None) -> dict:
    view = {
        "training_plan_id": plan.id,
        "training_plan_name": plan.training_plan_name,
        "training_plan_description": plan.training_plan_description,
        "type": plan.type,
        "level": plan.level,
        "duration_in_weeks": plan.duration_in_weeks,
        "visibility": plan.visibility,
        "org_id": plan.org_id,
        "user_id": plan.owner_id,
        "coach_id": plan.coach_id,
        "creator_name": names.get(plan.owner_id, ""),
        "image_url": plan.image_url,
        "created_at": epoch_ms(plan.created_at),
        "updated_at": epoch_ms(plan.updated_at),
    }
    if not summary:
        view["training_plan_prefer_day"] = plan.prefer_day
        view["content"] = [_item_view(item, sources or {}) for item in plan.content]
        view["weekly_info"] = weekly_info(plan)
    return view


def _item_view(item: dict, sources: dict[str, Workout]) -> dict:
    source_id = item.get("source_workout_id")
    if not source_id:
        return item
    source = sources.get(source_id)
    status = SYNC_DETACHED if source is None else (
        SYNC_CURRENT if source.version == item.get("source_version") else SYNC_OUTDATED)
    return {**item, "sync_status": status}


def plan_views(session: Session, plans: list[TrainingPlan] | list[Row], *, summary: bool = False,
               names: dict[str, str] | None = None) -> list[dict]:
    """The plans as the API shows them; ``names`` of their creators when already known."""
    if names is None:
        names = workouts.creator_names(session, {plan.owner_id for plan in plans})
    sources = {} if summary else _sources(session, [item for plan in plans for item in plan.content])
    return [plan_view(plan, names, summary=summary, sources=sources) for plan in plans]


# --- the console's plan pages -----------------------------------------------------------------


def create_own_plan(session: Session, actor: Actor, body: OwnPlan) -> TrainingPlan:
    """A plan owned by whoever creates it (the console's builder and Generate with AI name no owner)."""
    return create_plan(session, actor, PlanCreate(**dict(body), user_id=actor.user_id))


@dataclass(frozen=True)
class PlanRow:
    """A plan in the console's list."""

    training_plan_id: str = ""
    training_plan_name: str = ""
    training_plan_description: str = ""
    type: str = ""
    level: str = ""
    duration_in_weeks: int = 0
    visibility: str = ""
    creator_name: str = ""


@dataclass(frozen=True)
class PlanListPage:
    rows: list[PlanRow]
    next_cursor: str


def plan_list_page(session: Session, actor: Actor, *, mine: bool = False, **filters) -> PlanListPage:
    """One page of the plans the actor may see (``mine``: only their own); ``filters`` as ``list_plans``."""
    page = list_plans(session, actor, owner_id=actor.user_id if mine else None, **filters)
    rows = [PlanRow(plan.id, plan.training_plan_name, plan.training_plan_description, plan.type, plan.level,
                    plan.duration_in_weeks, plan.visibility, page.creator_names.get(plan.owner_id, ""))
            for plan in page.plans]
    return PlanListPage(rows, page.next_cursor or "")


def builder_data(session: Session, actor: Actor,
                 plan_id: str | None) -> tuple[list[WorkoutView], PlanView | None]:
    """What the plan builder opens with: the library to drag from, and the plan (None for a new one)."""
    library = workouts.library_views(session, actor)
    if plan_id is None:
        return library, None
    return library, PlanView.model_validate(plan_views(session, [visible_plan(session, actor, plan_id)])[0])
