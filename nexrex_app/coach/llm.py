"""An optional language model that applies the coach's free-text instructions by rewriting the draft.

Any OpenAI-compatible chat endpoint works (``NEXREX_LLM_BASE_URL``). Whatever it answers must read
as a draft and pass the same safety checks as the engine's plan; otherwise the engine's draft stays
and the coach is told why.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import httpx

from nexrex_app.coach.draft import structured
from nexrex_app.coach.params import PlanParams
from nexrex_app.coach.safety import problems
from nexrex_app.coach.zones import Fitness
from nexrex_app.base.errors import InvalidInput
from nexrex_app.settings import settings

log = logging.getLogger("nexrex.coach")

INSTRUCTIONS = """You are an endurance coach editing a training plan draft.
Apply the coach's request to the draft and answer with the whole edited draft only, in exactly the same
format: '## W<week> <phase> — <note>' week lines and 'W<week> <Day>  <name>: <steps>' workout lines, steps
like '2 km z1', '800 m z5', '15 min z2' or '6x(800 m z5, 400 m z1)'. Keep the race on its day, keep weekly
volume rises within 10%, and keep the taper."""
FENCE = re.compile(r"^```[a-z]*\n|\n```\s*$")


@dataclass(frozen=True)
class Refinement:
    draft: str
    applied: bool
    reason: str = ""

    def as_dict(self) -> dict:
        return {"applied": self.applied, **({"reason": self.reason} if self.reason else {})}


def configured() -> bool:
    return bool(settings.llm_base_url)


def refine(draft: str, params: PlanParams, fitness: Fitness) -> Refinement:
    """The model's edit of the draft when it is sound; the engine's draft, with the reason, otherwise."""
    try:
        answer = _ask(draft, params.additional_prompt)
    except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as exc:
        log.warning("the language model could not be used: %s", exc.__class__.__name__)
        return Refinement(draft, False, "The language model did not answer in time or in the expected form, so "
                                        "the engine's draft is kept.")
    try:
        items, weekly = structured(answer, params, fitness)
    except InvalidInput as exc:
        return Refinement(draft, False, f"The model's draft could not be read ({exc.message}), so the engine's "
                                        "draft is kept.")
    found = problems(items, weekly, params)
    if found:
        return Refinement(draft, False, "The model's draft failed the safety checks (" + " ".join(found[:3]) +
                          "), so the engine's draft is kept.")
    return Refinement(answer if answer.endswith("\n") else answer + "\n", True)


def _ask(draft: str, request: str) -> str:
    headers = {"Authorization": f"Bearer {settings.llm_api_key}"} if settings.llm_api_key else {}
    response = httpx.post(
        f"{settings.llm_base_url.rstrip('/')}/chat/completions",
        json={"model": settings.llm_model, "temperature": 0.2, "messages": [
            {"role": "system", "content": INSTRUCTIONS},
            {"role": "user", "content": f"Coach's request: {request}\n\nDraft:\n{draft}"}]},
        headers=headers, timeout=settings.llm_timeout_seconds,
    )
    response.raise_for_status()
    content = response.json()["choices"][0]["message"]["content"]
    if not isinstance(content, str) or not content.strip():
        raise ValueError("empty answer")
    return FENCE.sub("", content.strip())
