"""The one policy: who may see and do what in an organization. Both the API and the pages call it.

Resources of an organization the actor does not belong to answer "not found", so nobody learns
that they exist; inside the organization, an action above the actor's role is "forbidden".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import ColumnElement, and_, bindparam, false, literal, or_
from sqlmodel import Session

from nexrex_app.domain import accounts
from nexrex_app.base.errors import Forbidden, InvalidInput, NotFound
from nexrex_app.models.accounts import ROLE_COACH, User
from nexrex_app.models.organizations import ASSISTANT_COACH, ATHLETE, COACH_ROLES, HEAD_COACH, Membership


class LibraryItem(Protocol):
    """A workout or a training plan, as far as the policy is concerned."""

    owner_id: str | None
    org_id: str | None
    visibility: str


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


# --- visibility rules, each written once as data: a row check and an SQL condition from the same ways ---

ACTOR_ID = "actor_user_id"
ACTOR_ORG = "actor_org_id"


@dataclass(frozen=True)
class Clause:
    """A column holding the actor's value named ``param``, or one of the fixed ``values``."""

    column: str
    values: tuple[str, ...] = ()
    param: str | None = None

    def holds(self, row: object, params: Mapping[str, str]) -> bool:
        value = getattr(row, self.column)
        if self.param is not None:
            return value is not None and value == params[self.param]  # as in SQL, NULL equals nothing
        return value in self.values

    def condition(self, model: type) -> ColumnElement[bool]:
        column = getattr(model, self.column)
        if self.param is not None:
            return column == bindparam(self.param)
        # written into the SQL itself, so that PostgreSQL's cached plan for a statement knows them
        return column.in_([literal(value, literal_execute=True) for value in self.values])


@dataclass(frozen=True)
class Way:
    """One way of being allowed to see a row: every clause holds."""

    name: str
    clauses: tuple[Clause, ...]

    def allows(self, row: object, params: Mapping[str, str]) -> bool:
        return all(clause.holds(row, params) for clause in self.clauses)

    def condition(self, model: type) -> ColumnElement[bool]:
        """The SQL form, its actor values left as bound parameters named by ``ACTOR_ID`` and ``ACTOR_ORG``."""
        return and_(*(clause.condition(model) for clause in self.clauses))


@dataclass(frozen=True)
class Reach:
    """Every way an actor may see rows of one kind (a row is visible when any way allows it), and the actor's
    values the ways compare with."""

    ways: tuple[Way, ...]
    params: Mapping[str, str]

    def allows(self, row: object) -> bool:
        return any(way.allows(row, self.params) for way in self.ways)

    def condition(self, model: type) -> ColumnElement[bool]:
        """The same rule as an SQL condition on ``model``'s table, with the actor's values bound."""
        if not self.ways:
            return false()
        return or_(*(way.condition(model) for way in self.ways)).params(self.params)


def _actor_values(actor: Actor) -> dict[str, str]:
    values = {ACTOR_ID: actor.user_id}
    if actor.org_id is not None:
        values[ACTOR_ORG] = actor.org_id
    return values


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


def member_reach(actor: Actor) -> Reach:
    """The head coach sees the organization's whole roster; an assistant coach only the athletes assigned to
    them (never another coach's record or its private fields); athletes see no one's record."""
    if not actor.is_coach:
        return Reach((), {})
    in_org = Clause("org_id", param=ACTOR_ORG)
    if actor.role == ASSISTANT_COACH:
        own = (in_org, Clause("role", values=(ATHLETE,)), Clause("coach_id", param=ACTOR_ID))
        return Reach((Way("own_athletes", own),), _actor_values(actor))
    return Reach((Way("roster", (in_org,)),), _actor_values(actor))


def can_see_member(actor: Actor, member: Membership) -> bool:
    return member_reach(actor).allows(member)


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


def require_visible_member(actor: Actor, member: Membership | None) -> Membership:
    if member is None or not can_see_member(actor, member):
        if member is not None and member.org_id == actor.org_id and not actor.is_coach:
            raise Forbidden()
        raise NotFound("Member not found.", field="user_id", code="MEMBER_NOT_FOUND")
    return member


def require_athlete_access(session: Session, actor: Actor, user_id: str, *,
                           coaches_only: bool = False) -> Membership | None:
    """The athlete themselves (unless ``coaches_only``), or a coach who coaches them; 404 for anyone else."""
    member = session.get(Membership, user_id)
    if user_id == actor.user_id and not coaches_only:
        return member
    if member is None or not can_coach_athlete(actor, member):
        raise NotFound("Athlete not found.", field="user_id", code="ATHLETE_NOT_FOUND")
    return member


def require_calendar_planner(session: Session, actor: Actor, user_id: str) -> None:
    """An athlete's coaches plan their calendar (move, copy, edit, shift); the athlete follows it (403); anyone who
    may not see the athlete is told there is none (404)."""
    if user_id == actor.user_id and actor.org_id:
        raise Forbidden()
    require_athlete_access(session, actor, user_id, coaches_only=True)


def require_assignable(actor: Actor, member: Membership | None, *, field: str, from_group: bool) -> None:
    """Plans go to athletes the coach coaches. Anyone else looks like an unknown ID, except another coach's
    athlete in a group of the organization: the assistant coach is told they may not assign to them."""
    if member is not None and member.org_id == actor.org_id and member.role == ATHLETE:
        if can_coach_athlete(actor, member):
            return
        if from_group:
            raise Forbidden("An assistant coach can assign plans only to their own athletes.")
    raise InvalidInput("No athlete with this ID in your roster.", field=field, code="UNKNOWN_ATHLETE")


def require_coach_assigner(actor: Actor) -> None:
    """Which coach an athlete has is the head coach's choice."""
    if not actor.is_head_coach:
        raise Forbidden()


def sees_every_group(actor: Actor) -> bool:
    """Coaches see every group of the organization and who is in it; an athlete only the groups they are in,
    without their members."""
    return actor.is_coach


def require_invitee(user: User, invited_email: str | None) -> None:
    """An invitation sent to an address is accepted by that address's account only."""
    if invited_email and invited_email != user.email:
        raise Forbidden("This invitation was sent to another email address.", code="INVITATION_FOR_SOMEONE_ELSE")


# --- the workout library and training plans ------------------------------------------------------

LIBRARY_SYSTEM = "system"


def library_reach(actor: Actor) -> Reach:
    """Own items; built-in ``system`` items for all; the organization's ``public`` items for everyone in it and
    its ``org`` items for its coaches."""
    ways = [Way("own", (Clause("owner_id", param=ACTOR_ID),)),
            Way("built_in", (Clause("visibility", values=(LIBRARY_SYSTEM,)),))]
    if actor.org_id:
        shared = ("public", "org") if actor.is_coach else ("public",)
        ways.append(Way("org_shared", (Clause("org_id", param=ACTOR_ORG), Clause("visibility", values=shared))))
    return Reach(tuple(ways), _actor_values(actor))


def can_view_library_item(actor: Actor, item: LibraryItem) -> bool:
    return library_reach(actor).allows(item)


def require_library_editor(actor: Actor, item: LibraryItem) -> None:
    """The owner (while coaching in the item's organization, if it has one) or the organization's head coach
    may change an item; built-in ones are read-only."""
    if item.visibility == LIBRARY_SYSTEM:
        raise Forbidden("Built-in items are read-only.", code="READ_ONLY")
    in_own_org = item.org_id is not None and item.org_id == actor.org_id
    if item.owner_id == actor.user_id and (item.org_id is None or (in_own_org and actor.is_coach)):
        return
    if in_own_org and actor.is_head_coach:
        return
    raise Forbidden()


def require_caller_is(actor: Actor, user_id: str | None) -> None:
    """Items are written in one's own name only."""
    if user_id != actor.user_id:
        raise Forbidden("user_id must be your own user ID.", field="user_id")


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
