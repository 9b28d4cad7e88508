"""What the console's organization pages show, each read in one use case: the roster and its choices, one
member's page, Settings, and the athlete's own organization. The answers are typed, so a page holds them as
they are."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from nexrex_app.base.wording import count_of
from nexrex_app.domain import api_keys, coaches, groups, invitations, members, organizations
from nexrex_app.domain.members import MemberDetails
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.org_schemas import MemberView


@dataclass(frozen=True)
class Choice:
    """One option of a select: what is sent, and what is shown."""

    id: str = ""
    name: str = ""


@dataclass(frozen=True)
class GroupChoice:
    id: str = ""
    name: str = ""
    privacy: str = ""
    size: int = 0
    size_text: str = ""


@dataclass(frozen=True)
class PendingInvitation:
    invitation_id: str = ""
    email: str = ""  # empty for a shareable link
    role: str = ""
    kind: str = ""
    max_uses: int | None = None
    uses: int = 0


@dataclass(frozen=True)
class MemberRow:
    """A member as the organization's coaches see them (the coach-only fields included)."""

    user_id: str = ""
    email: str = ""
    name: str = ""
    shown_name: str = ""
    role: str = ""
    display_name: str = ""
    labels: list[str] = field(default_factory=list)
    notes: str = ""
    coach_id: str = ""
    coach_name: str = ""
    group_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RosterChoices:
    labels: list[str] = field(default_factory=list)
    coaches: list[Choice] = field(default_factory=list)
    groups: list[GroupChoice] = field(default_factory=list)
    invitations: list[PendingInvitation] = field(default_factory=list)  # the head coach's only


@dataclass(frozen=True)
class Roster:
    rows: list[MemberRow]
    next_cursor: str


@dataclass(frozen=True)
class MemberGroup:
    id: str = ""
    name: str = ""
    member: bool = False


@dataclass(frozen=True)
class MemberPage:
    member: MemberRow
    coach_options: list[Choice]
    group_options: list[MemberGroup]


@dataclass(frozen=True)
class CoachRow:
    user_id: str = ""
    email: str = ""
    name: str = ""
    role: str = ""


@dataclass(frozen=True)
class KeyRow:
    key_id: str = ""
    name: str = ""
    prefix: str = ""


@dataclass(frozen=True)
class Settings:
    org_name: str
    description: str
    coaches: list[CoachRow]  # the head coach's only, as the keys
    keys: list[KeyRow]  # live keys


@dataclass(frozen=True)
class OwnOrganization:
    """What an athlete sees of their organization: never the coach-only fields."""

    org_name: str
    description: str
    coach_name: str
    coach_email: str


def roster_choices(session: Session, actor: Actor, org_id: str) -> RosterChoices:
    return RosterChoices(
        labels=members.all_labels(session, actor, org_id),
        coaches=_coach_choices(session, org_id) if actor.is_coach else [],
        groups=[GroupChoice(id=g.group_id, name=g.name, privacy=g.privacy, size=len(g.members or []),
                            size_text=count_of(len(g.members or []), "athlete"))
                for g in groups.group_views(session, actor, groups.list_groups(session, actor))],
        invitations=[_pending(i) for i in invitations.list_open(session, actor, org_id)]
        if actor.is_head_coach else [],
    )


def roster(session: Session, actor: Actor, org_id: str, **filters) -> Roster:
    """One page of the roster; ``filters`` as ``members.list_members`` takes them."""
    page = members.list_members(session, actor, org_id, **filters)
    return Roster([member_row(view) for view in page.items], page.next_cursor or "")


def add_by_user_id(session: Session, actor: Actor, org_id: str, *, user_id: str, details: MemberDetails,
                   role: str | None) -> MemberRow:
    added = members.add_by_user_id(session, actor, org_id, user_id=user_id, details=details, role=role)
    return member_row(members.member_view(session, added))


def member_page(session: Session, actor: Actor, org_id: str, user_id: str) -> MemberPage:
    member = member_row(members.member_view(session, members.find_visible(session, actor, org_id, user_id)))
    return MemberPage(
        member=member, coach_options=_coach_choices(session, org_id),
        group_options=[MemberGroup(id=g.id, name=g.name, member=g.id in member.group_ids)
                       for g in groups.list_groups(session, actor)])


def settings(session: Session, actor: Actor) -> Settings:
    org = organizations.get_organization(session, actor, actor.org_id or "")
    head = actor.is_head_coach
    return Settings(
        org_name=org.name, description=org.description or "",
        coaches=[CoachRow(c.user_id, c.email, c.name, c.role)
                 for c in coaches.list_coaches(session, actor, org.id)] if head else [],
        keys=[KeyRow(key.id, key.name, key.prefix) for key in api_keys.list_keys(session, actor, org.id)
              if key.revoked_at is None] if head else [])


def own_organization(session: Session, actor: Actor) -> OwnOrganization:
    org = organizations.get_organization(session, actor, actor.org_id or "")
    coach = organizations.organization_view(session, actor, org).coach
    return OwnOrganization(org.name, org.description or "", coach.name if coach else "",
                           coach.email if coach else "")


def member_row(view: MemberView) -> MemberRow:
    return MemberRow(
        user_id=view.user_id, email=view.email, name=view.name, shown_name=view.shown_name,
        role=view.role, display_name=view.display_name or "", labels=list(view.labels),
        notes=view.notes or "", coach_id=view.coach_id or "", coach_name=view.coach_name or "",
        group_ids=list(view.group_ids))


def _coach_choices(session: Session, org_id: str) -> list[Choice]:
    return [Choice(user.id, organizations.member_name(membership, user))
            for user, membership in organizations.coaches_of(session, org_id)]


def _pending(invitation) -> PendingInvitation:
    return PendingInvitation(invitation_id=invitation.id, email=invitation.email or "", role=invitation.role,
                             kind=invitations.kind_of(invitation), max_uses=invitation.max_uses,
                             uses=invitation.uses)
