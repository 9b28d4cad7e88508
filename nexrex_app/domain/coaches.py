"""Settings → Coaches: the head coach adds and removes assistant coaches."""

from __future__ import annotations

from sqlmodel import Session

from nexrex_app.domain import accounts, invitations, members, permissions
from nexrex_app.base.errors import InvalidInput, NotFound
from nexrex_app.domain.members import MemberDetails
from nexrex_app.domain.organizations import coach_view, coaches_of
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.accounts import User
from nexrex_app.models.org_schemas import CoachAdded, CoachView, Invited
from nexrex_app.models.organizations import ASSISTANT_COACH, ATHLETE, Membership


def list_coaches(session: Session, actor: Actor, org_id: str) -> list[CoachView]:
    permissions.require_head_coach_of(actor, org_id)
    return [coach_view(user, membership) for user, membership in coaches_of(session, org_id)]


def add_coach(session: Session, actor: Actor, org_id: str, *, email: str | None, user_id: str | None
              ) -> CoachAdded | Invited:
    """By user ID an existing account joins at once; by email the person gets an invitation. One of the
    organization's athletes, named either way, is promoted."""
    permissions.require_head_coach_in_person(actor, org_id)
    if bool(email) == bool(user_id):
        raise InvalidInput("Give either an email or a user_id.", field="email", code="EMAIL_OR_USER_ID")
    user = _account(session, email=email, user_id=user_id)
    if user is not None and _is_athlete_of(session, user, org_id):
        membership = members.change_role(session, actor, org_id, user.id, ASSISTANT_COACH)
        return CoachAdded(coach=coach_view(user, membership))
    if email:
        sent = invitations.invite(session, actor, org_id, email=email, role=ASSISTANT_COACH)
        return Invited(invitation=invitations.invitation_view(sent.invitation))
    if user is None:
        raise InvalidInput("No account with this user ID.", field="user_id", code="UNKNOWN_USER")
    membership = members.add_by_user_id(session, actor, org_id, user_id=user.id, details=MemberDetails(),
                                        role=ASSISTANT_COACH)
    return CoachAdded(coach=coach_view(user, membership))


def _account(session: Session, *, email: str | None, user_id: str | None) -> User | None:
    if email:
        return accounts.find_user_by_email(session, accounts.normalize_email(email))
    return session.get(User, user_id.strip())


def _is_athlete_of(session: Session, user: User, org_id: str) -> bool:
    membership = session.get(Membership, user.id)
    return membership is not None and membership.org_id == org_id and membership.role == ATHLETE


def remove_coach(session: Session, actor: Actor, org_id: str, user_id: str) -> None:
    """The assistant leaves the organization; their athletes stay, without an assigned coach."""
    permissions.require_head_coach_in_person(actor, org_id)
    membership = session.get(Membership, user_id)
    if membership is None or membership.org_id != org_id or membership.role != ASSISTANT_COACH:
        raise NotFound("No assistant coach with this ID.", field="user_id", code="COACH_NOT_FOUND")
    members.remove_member(session, actor, org_id, user_id)
