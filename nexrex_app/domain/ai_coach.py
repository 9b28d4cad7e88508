"""Generate with AI: a readable draft from the coach's parameters, then structured workouts from the
(edited) draft. Coaches only, where the organization has the coach_agent feature."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlmodel import Session

from nexrex_app.coach import advice, library, llm
from nexrex_app.coach.draft import render, structured
from nexrex_app.coach.generator import GeneratedPlan, generate
from nexrex_app.coach.params import SPORTS, PlanParams, parse_params
from nexrex_app.coach.safety import problems
from nexrex_app.domain import activities, features, permissions, workouts
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import Forbidden, InvalidInput
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.coach_schemas import GenerateDraft, GeneratePlan
from nexrex_app.models.library import FEATURE_COACH_AGENT

MIN_DRAFT = 10


@dataclass(frozen=True)
class Request:
    params: PlanParams
    plan: GeneratedPlan


def prepare(session: Session, actor: Actor, body: GenerateDraft) -> Request:
    """Who may ask and what they asked for, checked before anything is generated."""
    org_id = body.org_id or permissions.require_own_org(actor)
    permissions.require_coach_of(actor, org_id)
    if not features.org_has(session, org_id, FEATURE_COACH_AGENT):
        raise Forbidden("The coach_agent feature is not enabled for your organization.", code="FEATURE_DISABLED")
    params = parse_params(_with_recent_training(session, actor, body))
    return Request(params=params, plan=generate(params))


def _with_recent_training(session: Session, actor: Actor, body: GenerateDraft) -> dict:
    """The parameters as plain data for the engine. For a plan generated for one athlete (``user_id``), their
    logged training of the last six weeks fills the weekly volume and longest session the coach did not state."""
    plain = body.plain()
    if not body.user_id:
        return plain
    if len(body.user_id) > 64:
        raise InvalidInput("user_id is an athlete's id.", field="user_id")
    sport = body.type or "run"
    recent = activities.recent_training(session, actor, body.user_id, sport) if sport in SPORTS else {}
    return {**plain, "fitness": {**recent, **plain.get("fitness", {})}} if recent else plain


def warnings(request: Request) -> list[str]:
    """Plain sentences for the coach: a goal beyond current fitness, a plan short for its race."""
    return advice.warnings(request.plan)


def draft_payload(request: Request, text: str, refinement: llm.Refinement | None = None) -> dict:
    payload = {"draft": text, "warnings": warnings(request),
               "training_principle": request.params.training_principle,
               "params": request.params.as_dict(), "generated_at": epoch_ms(clock.now())}
    if refinement is not None:
        payload["llm"] = refinement.as_dict()
    return payload


def week_chunks(request: Request) -> Iterator[tuple[int, str]]:
    """The draft a week at a time (for streaming): (week, its lines)."""
    lines = render(request.plan).split("\n## ")
    for index, chunk in enumerate(lines[1:], start=1):
        yield index, "## " + chunk.rstrip("\n")


def will_refine(request: Request) -> bool:
    return bool(request.params.additional_prompt) and llm.configured()


def refined(request: Request) -> tuple[str, llm.Refinement | None]:
    """The engine's draft, rewritten by the model when one is set up and the coach asked for something."""
    text = render(request.plan)
    if not will_refine(request):
        return text, None
    refinement = llm.refine(text, request.params, request.plan.fitness)
    return refinement.draft, refinement


def generate_draft(session: Session, actor: Actor, body: GenerateDraft) -> dict:
    request = prepare(session, actor, body)
    text, refinement = refined(request)
    return draft_payload(request, text, refinement)


def generate_plan(session: Session, actor: Actor, body: GeneratePlan) -> dict:
    """Structured workouts, one per training day, and the weekly info, from the (edited) draft."""
    request = prepare(session, actor, body)
    draft = body.refined_draft
    if len(draft.strip()) < MIN_DRAFT:
        raise InvalidInput(f"refined_draft is the draft text, at least {MIN_DRAFT} characters.",
                           field="refined_draft", code="MISSING_FIELD")
    items, weekly = structured(draft, request.params, request.plan.fitness)
    last_week = max((item["week"] for item in items), default=0)
    if last_week != request.params.weeks:
        raise InvalidInput(f"The draft runs to week {last_week} but the plan has {request.params.weeks} weeks.",
                           field="refined_draft", code="WEEKS_MISMATCH")
    library_views = workouts.workout_views(session, workouts.list_workouts(session, actor))
    items = library.from_library(items, library_views, request.params.workout_preference)
    for week in weekly:
        mine = [i for i in items if i["week"] == week["week"]]
        week["distance_in_meters"] = sum(i["target_distance_in_meters"] for i in mine)
        week["duration_in_seconds"] = sum(i["target_duration_in_seconds"] for i in mine)
    return {"workouts": items, "weekly_info": weekly, "warnings": problems(items, weekly, request.params)}
