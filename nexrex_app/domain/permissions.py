"""The one policy: who may see and do what in an organization. Both the API and the pages call it.

Resources of an organization the actor does not belong to answer "not found", so nobody learns
that they exist; inside the organization, an action above the actor's role is "forbidden".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from nexrex_app.domain import accounts
from nexrex_app.base.errors import Forbidden, NotFound
from nexrex_app.models.accounts import ROLE_COACH, User
from nexrex_app.models.organizations import ASSISTANT_COACH, ATHLETE, COACH_ROLES, HEAD_COACH, Membership


@dataclass(frozen=True)
class Actor:
    """Who is asking: a signed-in user and their membership, if any; ``by_api_key`` when an integration
    acts with the head coach's scope through an organization API key."""

    user: User
    membership: Membership | None
    by_api_key: bool = False

    @property
    def user_id(self) -> str:
        return self.user.id

    @property
    def org_id(self) -> str | None:
        return self.membership.org_id if self.membership else None

    @property
    def role(self) -> str | None:
        return self.membership.role if self.membership else None

    @property
    def is_coach(self) -> bool:
        return self.role in COACH_ROLES

    @property
    def is_head_coach(self) -> bool:
        return self.role == HEAD_COACH


def actor_for(session: Session, user: User) -> Actor:
    return Actor(user=user, membership=session.get(Membership, user.id))


def signed_in_actor(session: Session, raw_token: str | None) -> Actor:
    """The actor a Bearer token speaks for, or NotAuthenticated."""
    user, membership = accounts.signed_in(session, raw_token)
    return Actor(user=user, membership=membership)


def require_account_coach(actor: Actor) -> None:
    """Coach accounts only (creating an organization)."""
    if actor.user.role != ROLE_COACH:
        raise Forbidden()


def require_member_of(actor: Actor, org_id: str) -> None:
    if actor.org_id != org_id:
        raise NotFound("Organization not found.", field="org_id", code="ORG_NOT_FOUND")


def require_coach_of(actor: Actor, org_id: str) -> None:
    require_member_of(actor, org_id)
    if not actor.is_coach:
        raise Forbidden()


def require_head_coach_of(actor: Actor, org_id: str) -> None:
    require_member_of(actor, org_id)
    if not actor.is_head_coach:
        raise Forbidden()


def require_head_coach_in_person(actor: Actor, org_id: str) -> None:
    """Keys and coaches are managed by the head coach signed in, never by an API key: a leaked key must not
    be able to mint keys or let anyone in as a coach."""
    require_head_coach_of(actor, org_id)
    if actor.by_api_key:
        raise Forbidden(code="API_KEY_NOT_ALLOWED")


def require_own_org(actor: Actor) -> str:
    """The actor's organization id, for calls that default to it."""
    if actor.org_id is None:
        raise NotFound("You do not belong to an organization yet.", field="org_id", code="ORG_NOT_FOUND")
    return actor.org_id


def can_see_member(actor: Actor, member: Membership) -> bool:
    """The head coach sees the organization's whole roster; an assistant coach only the athletes assigned to
    them (never another coach's record or its private fields)."""
    if not actor.is_coach or member.org_id != actor.org_id:
        return False
    if actor.role == ASSISTANT_COACH:
        return member.role == ATHLETE and member.coach_id == actor.user_id
    return True


def can_coach_athlete(actor: Actor, member: Membership) -> bool:
    """Athlete-scoped work (their activities, fitness, notes, plans) is done on athletes only, by the coaches who
    see them."""
    return member.role == ATHLETE and can_see_member(actor, member)


def require_member_editor(actor: Actor, member: Membership) -> None:
    """A coach's own membership record is the head coach's to edit; an athlete's, their coaches'."""
    if member.role == ATHLETE:
        if not can_coach_athlete(actor, member):
            raise Forbidden()
    elif not actor.is_head_coach or member.org_id != actor.org_id:
        raise Forbidden()


def require_calendar_planner(actor: Actor, user_id: str) -> None:
    """An athlete's coaches plan their calendar (move, copy, edit, shift); the athlete follows it."""
    if user_id == actor.user_id and actor.org_id:
        raise Forbidden()


def require_visible_member(actor: Actor, member: Membership | None) -> Membership:
    if member is None or not can_see_member(actor, member):
        if member is not None and member.org_id == actor.org_id and not actor.is_coach:
            raise Forbidden()
        raise NotFound("Member not found.", field="user_id", code="MEMBER_NOT_FOUND")
    return member


def athlete_scope(actor: Actor) -> str | None:
    """The coach whose athletes the actor may see, or None for every athlete of the org."""
    return actor.user_id if actor.role == ASSISTANT_COACH else None


# --- the workout library and training plans ------------------------------------------------------

LIBRARY_SYSTEM = "system"


def can_view_library_item(actor: Actor, *, owner_id: str | None, org_id: str | None, visibility: str) -> bool:
    """Own items; the organization's ``org`` items for its coaches and ``public`` ones for everyone in it;
    built-in ``system`` items for all."""
    if visibility == LIBRARY_SYSTEM or owner_id == actor.user_id:
        return True
    if org_id is None or org_id != actor.org_id:
        return False
    if visibility == "public":
        return True
    return visibility == "org" and actor.is_coach


def require_library_editor(actor: Actor, *, owner_id: str | None, org_id: str | None, visibility: str) -> None:
    """The owner (while coaching in the item's organization, if it has one) or the organization's head coach
    may change an item; built-in ones are read-only."""
    if visibility == LIBRARY_SYSTEM:
        raise Forbidden("Built-in items are read-only.", code="READ_ONLY")
    if owner_id == actor.user_id and (org_id is None or (org_id == actor.org_id and actor.is_coach)):
        return
    if org_id is not None and org_id == actor.org_id and actor.is_head_coach:
        return
    raise Forbidden()


def require_library_author(actor: Actor) -> None:
    """Workouts and plans are written by coach accounts; inside an organization, authorship follows the
    membership: an athlete member (even one whose account is also a coach's) writes only private items."""
    if actor.user.role != ROLE_COACH and not actor.is_coach:
        raise Forbidden()


def library_org_of(actor: Actor) -> str | None:
    """The organization a new item belongs to: the author's, when they coach in it."""
    return actor.org_id if actor.is_coach else None


def require_visibility_allowed(actor: Actor, visibility: str) -> None:
    """An athlete member shares nothing with the organization, and an assistant coach may not publish to
    everyone."""
    if visibility in ("org", "public") and actor.role == ATHLETE:
        raise Forbidden(field="visibility", code="ATHLETE_MEMBER")
    if visibility == "public" and actor.role == ASSISTANT_COACH:
        raise Forbidden("Assistant coaches cannot make items public.", field="visibility")
