"""Settings → Coaches: the head coach adds and removes assistant coaches."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session

from nexrex_app.domain import invitations, permissions
from nexrex_app.domain.errors import InvalidInput, NotFound
from nexrex_app.domain.members import MemberDetails, account_to_add, join
from nexrex_app.domain.organizations import coaches_of, person_view
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.accounts import ROLE_COACH
from nexrex_app.models.organizations import ASSISTANT_COACH, Membership


def list_coaches(session: Session, actor: Actor, org_id: str) -> list[dict]:
    permissions.require_head_coach_of(actor, org_id)
    return [person_view(user, membership.role) for user, membership in coaches_of(session, org_id)]


def add_coach(session: Session, actor: Actor, org_id: str, *, email: str | None, user_id: str | None) -> dict:
    """By user ID an existing account joins at once; by email the person gets an invitation."""
    permissions.require_head_coach_of(actor, org_id)
    if bool(email) == bool(user_id):
        raise InvalidInput("Give either an email or a user_id.", field="email", code="EMAIL_OR_USER_ID")
    if email:
        sent = invitations.invite(session, actor, org_id, email=email, role=ASSISTANT_COACH)
        return {"status": "invited", "invitation": invitations.invitation_view(sent.invitation)}
    user = account_to_add(session, org_id, user_id)
    user.role = ROLE_COACH
    session.add(user)
    join(session, user=user, org_id=org_id, role=ASSISTANT_COACH, details=MemberDetails(), actor_id=actor.user_id)
    return {"status": "added", "coach": person_view(user, ASSISTANT_COACH)}


def remove_coach(session: Session, actor: Actor, org_id: str, user_id: str) -> None:
    """The assistant leaves the organization; their athletes stay, without an assigned coach."""
    permissions.require_head_coach_of(actor, org_id)
    membership = session.get(Membership, user_id)
    if membership is None or membership.org_id != org_id or membership.role != ASSISTANT_COACH:
        raise NotFound("No assistant coach with this ID.", field="user_id", code="COACH_NOT_FOUND")
    session.exec(update(Membership).where(Membership.org_id == org_id, Membership.coach_id == user_id)
                 .values(coach_id=None))
    session.delete(membership)
    session.flush()


