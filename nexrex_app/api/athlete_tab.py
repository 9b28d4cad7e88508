"""The athlete's week as the Training tab shows it, and their weekly compliance as their coach reads it."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import CurrentCaller
from nexrex_app.api.shapes import ok
from nexrex_app.db import session_scope
from nexrex_app.domain import athlete_tab, compliance
from nexrex_app.models.athlete_tab_schemas import AthleteTabEnvelope, ComplianceEnvelope

router = APIRouter(tags=["athletes"])


@router.get("/athletes/{user_id}/week", response_model=AthleteTabEnvelope)
def athlete_week(user_id: str, caller: CurrentCaller, date: str | None = None) -> dict:
    """The athlete's Training tab as it reads on `date` (YYYY-MM-DD, 2000 to 2100; the athlete's today by
    default): that day's workouts, the rest of its week (Monday to Sunday) and the two weeks after the day, each
    with its targets, steps and zones in words. `signature` changes whenever anything on the athlete's calendar
    changes. Readable by the athlete and by the coaches who may see them."""
    with session_scope() as session:
        return ok(athlete_tab.training_tab(session, caller.actor(session), user_id, date))


@router.get("/athletes/{user_id}/compliance", response_model=ComplianceEnvelope)
def athlete_compliance(user_id: str, caller: CurrentCaller, weeks: int = compliance.WEEKS_SHOWN,
                       before: str | None = None) -> dict:
    """The athlete's weekly compliance: `weeks` whole weeks (1 to 52, default 4), oldest first, ending with the
    week before the day `before` (YYYY-MM-DD; by default the athlete's current week is the last). Each week
    holds its planned and done distance, the share of the plan done and its days' activities. Pass `earlier`
    as `before` for the weeks preceding these (null when nothing is earlier). Readable by the athlete and by
    the coaches who may see them."""
    with session_scope() as session:
        return ok(compliance.compliance_weeks(session, caller.actor(session), user_id, weeks=weeks, before=before))
