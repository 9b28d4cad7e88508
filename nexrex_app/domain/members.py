"""The roster: adding athletes, the coach-only fields (nickname, labels, notes), filters and paging."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, or_, update
from sqlmodel import Session, select

from nexrex_app.domain import permissions
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import Conflict, InvalidInput, NotFound
from nexrex_app.domain.organizations import member_name, person_name
from nexrex_app.domain.paging import after_cursor, check_limit, encode_cursor
from nexrex_app.domain.permissions import Actor
from nexrex_app.base.text import clean_labels, optional_text
from nexrex_app.models.accounts import ROLE_COACH, User
from nexrex_app.models.org_schemas import MemberUpdate, MemberView
from nexrex_app.models.organizations import (
    ASSISTANT_COACH,
    ATHLETE,
    COACH_ROLES,
    HEAD_COACH,
    Group,
    GroupAuditEntry,
    GroupMember,
    MemberLabel,
    Membership,
)

DEFAULT_PAGE = 50
MAX_PAGE = 100
NICKNAME_MAX = 120
NOTES_MAX = 5000
MEMBER_ROLES = (ATHLETE, ASSISTANT_COACH)  # the roles a head coach gives; the head coach's own never changes


@dataclass
class MemberDetails:
    """What a coach may set on an athlete: assigned coach, nickname, labels, notes, a group."""

    coach_id: str | None = None
    display_name: str | None = None
    labels: list[str] = field(default_factory=list)
    notes: str | None = None
    group_id: str | None = None


@dataclass
class Page:
    items: list[MemberView]
    next_cursor: str | None
    has_more: bool


def validate_details(session: Session, org_id: str, details: MemberDetails) -> MemberDetails:
    return MemberDetails(
        coach_id=_checked_coach(session, org_id, details.coach_id),
        display_name=optional_text(details.display_name, field="display_name", label="Display name",
                                   max_length=NICKNAME_MAX),
        labels=clean_labels(details.labels),
        notes=optional_text(details.notes, field="notes", label="Notes", max_length=NOTES_MAX, multiline=True),
        group_id=_checked_group(session, org_id, details.group_id),
    )


def _checked_coach(session: Session, org_id: str, coach_id: str | None) -> str | None:
    if not coach_id:
        return None
    coach = session.get(Membership, coach_id)
    if coach is None or coach.org_id != org_id or coach.role not in COACH_ROLES:
        raise InvalidInput("No coach with this ID in your organization.", field="coach_id", code="UNKNOWN_COACH")
    return coach_id


def _checked_group(session: Session, org_id: str, group_id: str | None) -> str | None:
    if not group_id:
        return None
    group = session.get(Group, group_id)
    if group is None or group.org_id != org_id:
        raise InvalidInput("No group with this ID in your organization.", field="group_id", code="UNKNOWN_GROUP")
    return group_id


def check_not_member_here(session: Session, user: User, org_id: str, *, field: str) -> None:
    """A coach adding someone learns only about their own organization, never about another one."""
    membership = session.get(Membership, user.id)
    if membership is not None and membership.org_id == org_id:
        raise Conflict("This person is already a member of your organization.", field=field, code="ALREADY_MEMBER")


def account_to_add(session: Session, org_id: str, user_id: str) -> User:
    """The account a coach adds by user ID; someone in another organization looks like an unknown ID."""
    user = session.get(User, user_id.strip())
    membership = session.get(Membership, user.id) if user else None
    if user is None or (membership is not None and membership.org_id != org_id):
        raise InvalidInput("No account with this user ID.", field="user_id", code="UNKNOWN_USER")
    check_not_member_here(session, user, org_id, field="user_id")
    return user


def check_free_to_join(session: Session, user: User, org_id: str, *, field: str) -> None:
    """The person accepting an invitation: one organization at a time."""
    membership = session.get(Membership, user.id)
    if membership is None:
        return
    if membership.org_id == org_id:
        raise Conflict("You are already a member of this organization.", field=field, code="ALREADY_MEMBER")
    raise Conflict("You already belong to another organization. Ask its head coach to remove you, then open this "
                   "invitation again.", field=field, code="IN_ANOTHER_ORG")


def join(session: Session, *, user: User, org_id: str, role: str, details: MemberDetails, actor_id: str) -> Membership:
    """Make the (already checked) user a member with the (already validated) details."""
    now = clock.now()
    membership = Membership(
        user_id=user.id, org_id=org_id, role=role, coach_id=details.coach_id, display_name=details.display_name,
        notes=details.notes, created_at=now, updated_at=now,
    )
    session.add(membership)
    session.flush()
    _replace_labels(session, membership, details.labels)
    if details.group_id:
        session.add(GroupMember(group_id=details.group_id, user_id=user.id, added_at=now))
        session.add(GroupAuditEntry(group_id=details.group_id, actor_id=actor_id, user_id=user.id, action="added",
                                    at=now))
    session.flush()
    return membership


def _replace_labels(session: Session, membership: Membership, labels: list[str]) -> None:
    for existing in session.exec(select(MemberLabel).where(MemberLabel.user_id == membership.user_id)).all():
        session.delete(existing)
    session.flush()
    session.add_all([MemberLabel(user_id=membership.user_id, org_id=membership.org_id, label=label)
                     for label in labels])


def add_by_user_id(session: Session, actor: Actor, org_id: str, *, user_id: str, details: MemberDetails,
                   role: str | None = None) -> Membership:
    """An existing account joins at once, as an athlete or an assistant coach; a coach's account must say which."""
    permissions.require_head_coach_of(actor, org_id)
    user = account_to_add(session, org_id, user_id)
    role = _joining_role(user, role)
    if role == ASSISTANT_COACH:
        return _join_as_coach(session, actor, org_id, user, details)
    return join(session, user=user, org_id=org_id, role=ATHLETE, details=validate_details(session, org_id, details),
                actor_id=actor.user_id)


def checked_role(role: str | None) -> str:
    if role not in MEMBER_ROLES:
        raise InvalidInput("Choose athlete or assistant coach as the role.", field="role", code="INVALID_ROLE")
    return role


def _joining_role(user: User, role: str | None) -> str:
    if role is None and user.role == ROLE_COACH:
        raise InvalidInput("This is a coach's account: choose whether they join as an athlete or as an assistant "
                           "coach.", field="role", code="ROLE_REQUIRED")
    return checked_role(role or ATHLETE)


def _join_as_coach(session: Session, actor: Actor, org_id: str, user: User, details: MemberDetails) -> Membership:
    permissions.require_head_coach_in_person(actor, org_id)
    check_coach_details(details)
    _make_coach_account(session, user)
    return join(session, user=user, org_id=org_id, role=ASSISTANT_COACH,
                details=validate_details(session, org_id, details), actor_id=actor.user_id)


def check_coach_details(details: MemberDetails) -> None:
    """An assistant coach has no assigned coach and is in no athletes' group."""
    if details.coach_id or details.group_id:
        field = "coach_id" if details.coach_id else "group_id"
        raise InvalidInput("An assistant coach has no assigned coach and is in no athletes' group.", field=field,
                           code="NOT_FOR_COACHES")


def _make_coach_account(session: Session, user: User) -> None:
    if user.role != ROLE_COACH:
        user.role = ROLE_COACH
        session.add(user)


def find_visible(session: Session, actor: Actor, org_id: str, user_id: str) -> Membership:
    permissions.require_coach_of(actor, org_id)
    member = session.get(Membership, user_id)
    if member is None or member.org_id != org_id:
        member = None
    return permissions.require_visible_member(actor, member)


def update_member(session: Session, actor: Actor, org_id: str, user_id: str, changes: MemberUpdate) -> Membership:
    """Only the fields given change."""
    member = find_visible(session, actor, org_id, user_id)
    permissions.require_member_editor(actor, member)
    given = changes.model_fields_set
    if "role" in given:
        change_role(session, actor, org_id, user_id, changes.role)
    if "coach_id" in given:
        permissions.require_coach_assigner(actor)
        member.coach_id = _checked_coach(session, org_id, changes.coach_id)
    if "display_name" in given:
        member.display_name = optional_text(changes.display_name, field="display_name", label="Display name",
                                            max_length=NICKNAME_MAX)
    if "notes" in given:
        member.notes = optional_text(changes.notes, field="notes", label="Notes", max_length=NOTES_MAX, multiline=True)
    if "labels" in given:
        _replace_labels(session, member, clean_labels(changes.labels))
    member.updated_at = clock.now()
    session.add(member)
    session.flush()
    return member


def change_role(session: Session, actor: Actor, org_id: str, user_id: str, role: str | None) -> Membership:
    """Athlete ↔ assistant coach, by the head coach. A promoted athlete leaves their groups and coach; a demoted
    assistant's athletes are left without an assigned coach."""
    permissions.require_head_coach_in_person(actor, org_id)
    member = find_visible(session, actor, org_id, user_id)
    role = checked_role(role)
    if member.role == HEAD_COACH:
        raise InvalidInput("The head coach's role cannot be changed.", field="role", code="HEAD_COACH_ROLE")
    if member.role == role:
        return member
    if role == ASSISTANT_COACH:
        _make_coach_account(session, session.get(User, member.user_id))
        _leave_groups(session, actor, member)
        member.coach_id = None
    else:
        _unassign_athletes_of(session, member)
    member.role, member.updated_at = role, clock.now()
    session.add(member)
    session.flush()
    return member


def _leave_groups(session: Session, actor: Actor, member: Membership) -> None:
    now = clock.now()
    for entry in session.exec(select(GroupMember).where(GroupMember.user_id == member.user_id)).all():
        session.delete(entry)
        session.add(GroupAuditEntry(group_id=entry.group_id, actor_id=actor.user_id, user_id=member.user_id,
                                    action="removed", at=now))
    session.flush()


def _unassign_athletes_of(session: Session, coach: Membership) -> None:
    session.exec(update(Membership).where(Membership.org_id == coach.org_id, Membership.coach_id == coach.user_id)
                 .values(coach_id=None))


def remove_member(session: Session, actor: Actor, org_id: str, user_id: str) -> None:
    """The member leaves the organization (the head coach never does); an assistant's athletes stay, unassigned."""
    permissions.require_head_coach_of(actor, org_id)
    member = find_visible(session, actor, org_id, user_id)
    if member.role == HEAD_COACH:
        raise InvalidInput("The head coach cannot be removed from the organization.", field="user_id",
                           code="HEAD_COACH_STAYS")
    if member.role == ASSISTANT_COACH:
        permissions.require_head_coach_in_person(actor, org_id)
        _unassign_athletes_of(session, member)
    session.delete(member)
    session.flush()


def list_members(
    session: Session, actor: Actor, org_id: str, *, search: str | None = None, label: str | None = None,
    coach_id: str | None = None, role: str | None = None, limit: int | None = None, cursor: str | None = None,
) -> Page:
    permissions.require_coach_of(actor, org_id)
    check_limit(limit, maximum=MAX_PAGE)
    size = limit or DEFAULT_PAGE
    query = (select(Membership, User).join(User, User.id == Membership.user_id)
             .where(Membership.org_id == org_id, permissions.member_reach(actor).condition(Membership)))
    query = _filtered(query, search=search, label=label, coach_id=coach_id, role=role)
    query = after_cursor(query, cursor, Membership.created_at, Membership.user_id)
    rows = session.exec(query.order_by(Membership.created_at, Membership.user_id).limit(size + 1)).all()
    has_more = len(rows) > size
    rows = rows[:size]
    next_cursor = encode_cursor(rows[-1][0].created_at, rows[-1][0].user_id) if has_more else None
    return Page(items=member_views(session, rows), next_cursor=next_cursor, has_more=has_more)


def _filtered(query, *, search, label, coach_id, role):
    if role:
        query = query.where(Membership.role == role)
    if coach_id:
        query = query.where(Membership.coach_id == coach_id)
    if label:
        query = query.where(Membership.user_id.in_(
            select(MemberLabel.user_id).where(MemberLabel.org_id == Membership.org_id,
                                              func.lower(MemberLabel.label) == label.strip().lower())))
    if search and search.strip():
        pattern = f"%{search.strip().lower()}%"
        query = query.where(or_(func.lower(User.email).like(pattern), func.lower(User.display_name).like(pattern),
                                func.lower(Membership.display_name).like(pattern)))
    return query


def member_views(session: Session, rows: list[tuple[Membership, User]]) -> list[MemberView]:
    """The coach's view of each member, with labels, groups and coach names loaded in one query each."""
    user_ids = [membership.user_id for membership, _ in rows]
    labels: dict[str, list[str]] = defaultdict(list)
    groups: dict[str, list[str]] = defaultdict(list)
    coach_names: dict[str, str] = {}
    if user_ids:
        for entry in session.exec(select(MemberLabel).where(MemberLabel.user_id.in_(user_ids))
                                  .order_by(MemberLabel.label)).all():
            labels[entry.user_id].append(entry.label)
        for entry in session.exec(select(GroupMember).where(GroupMember.user_id.in_(user_ids))).all():
            groups[entry.user_id].append(entry.group_id)
        coach_ids = {m.coach_id for m, _ in rows if m.coach_id}
        if coach_ids:
            coach_names = {u.id: member_name(m, u) for m, u in session.exec(
                select(Membership, User).join(User, User.id == Membership.user_id).where(User.id.in_(coach_ids)))}
    return [
        MemberView(
            user_id=membership.user_id, email=user.email, name=person_name(user),
            shown_name=member_name(membership, user), role=membership.role, display_name=membership.display_name,
            labels=labels[membership.user_id], notes=membership.notes, coach_id=membership.coach_id,
            coach_name=coach_names.get(membership.coach_id) if membership.coach_id else None,
            group_ids=groups[membership.user_id], joined_at=epoch_ms(membership.created_at))
        for membership, user in rows
    ]


def member_view(session: Session, member: Membership) -> MemberView:
    user = session.get(User, member.user_id)
    if user is None:
        raise NotFound("Member not found.", field="user_id", code="MEMBER_NOT_FOUND")
    return member_views(session, [(member, user)])[0]


def all_labels(session: Session, actor: Actor, org_id: str) -> list[str]:
    """The labels in use, for the filter (an assistant coach: those on their athletes)."""
    permissions.require_coach_of(actor, org_id)
    query = (select(MemberLabel.label).join(Membership, Membership.user_id == MemberLabel.user_id)
             .where(MemberLabel.org_id == org_id, permissions.member_reach(actor).condition(Membership)))
    return sorted(set(session.exec(query).all()), key=str.casefold)


@dataclass(frozen=True)
class AthleteChoice:
    """An athlete of the organization to pick (to assign a plan to, to project a plan for)."""

    id: str = ""
    name: str = ""
    email: str = ""


def athlete_choices(session: Session, actor: Actor, *, search: str | None = None, limit: int) -> list[AthleteChoice]:
    """The athletes the actor coaches in their organization, by the name coaches see."""
    page = list_members(session, actor, actor.org_id or "", role=ATHLETE, search=search or None, limit=limit)
    return [AthleteChoice(m.user_id, m.display_name or m.name, m.email) for m in page.items]
