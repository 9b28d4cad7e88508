"""Generate with AI: draft and plan, each also as a stream of Server-Sent Events."""

from __future__ import annotations

import json
from collections.abc import Iterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from nexrex_app.api.deps import InUseCase
from nexrex_app.api.shapes import ok
from nexrex_app.domain import ai_coach
from nexrex_app.models.coach_schemas import (
    GeneratedDraftEnvelope,
    GeneratedPlanEnvelope,
    GenerateDraft,
    GeneratePlan,
)

router = APIRouter(prefix="/ai-coach", tags=["ai-coach"])


# Keys the engine leaves out (a refinement's reason, a workout's library source) stay out of the answer.
@router.post("/generate-draft", response_model=GeneratedDraftEnvelope, response_model_exclude_unset=True)
def generate_draft(body: GenerateDraft, case: InUseCase) -> dict:
    return ok(ai_coach.generate_draft(case.session, case.actor, body))


@router.post("/generate-plan", response_model=GeneratedPlanEnvelope, response_model_exclude_unset=True)
def generate_plan(body: GeneratePlan, case: InUseCase) -> dict:
    return ok(ai_coach.generate_plan(case.session, case.actor, body))


def event(name: str, data: dict) -> str:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n"


def _stream(events: Iterator[str]) -> StreamingResponse:
    return StreamingResponse(events, media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


@router.post("/generate-draft/stream", response_class=StreamingResponse)
def stream_draft(body: GenerateDraft, case: InUseCase) -> StreamingResponse:
    """``week`` events as each week is written, ``refining`` while a model edits, then ``done``."""
    request = ai_coach.prepare(case.session, case.actor, body)

    def events() -> Iterator[str]:
        for week, lines in ai_coach.week_chunks(request):
            yield event("week", {"week": week, "of": request.params.weeks, "lines": lines})
        if ai_coach.will_refine(request):
            yield event("refining", {"message": "Applying your instructions…"})
        text, refinement = ai_coach.refined(request)
        yield event("done", ok(ai_coach.draft_payload(request, text, refinement)))

    return _stream(events())


@router.post("/generate-plan/stream", response_class=StreamingResponse)
def stream_plan(body: GeneratePlan, case: InUseCase) -> StreamingResponse:
    """``week`` events with each week's workouts, then ``done`` with the whole answer."""
    result = ai_coach.generate_plan(case.session, case.actor, body)
    weeks = len(result["weekly_info"])

    def events() -> Iterator[str]:
        for info in result["weekly_info"]:
            workouts = [w for w in result["workouts"] if w["week"] == info["week"]]
            yield event("week", {"week": info["week"], "of": weeks, "workouts": workouts, "weekly_info": info})
        yield event("done", ok(result))

    return _stream(events())
