"""The console's getting-started checklist, read from what the organization has actually done."""

from __future__ import annotations

from sqlalchemy import func, or_
from sqlmodel import Session, select

from nexrex_app.domain import permissions
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.activities import PlanInstance
from nexrex_app.models.organizations import ATHLETE, Membership
from nexrex_app.models.library import TrainingPlan


def progress(session: Session, actor: Actor) -> dict[str, int]:
    """How far the coach's organization got: athletes on the roster, plans written, plans assigned."""
    if not actor.is_coach:
        return {"athletes": 0, "plans": 0, "assigned": 0}
    org_id = permissions.require_own_org(actor)
    return {
        "athletes": _count(session, select(func.count()).select_from(Membership)
                           .where(Membership.org_id == org_id, Membership.role == ATHLETE)),
        "plans": _count(session, select(func.count()).select_from(TrainingPlan)
                        .where(or_(TrainingPlan.org_id == org_id, TrainingPlan.owner_id == actor.user_id))),
        "assigned": _count(session, select(func.count()).select_from(PlanInstance)
                           .where(PlanInstance.org_id == org_id, PlanInstance.removed_at.is_(None))),
    }


def _count(session: Session, query) -> int:
    return session.exec(query).one()
