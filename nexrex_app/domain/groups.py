"""Groups of athletes: unique names per organization, privacy, members from the roster, an audit log."""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, select

from nexrex_app.domain import permissions
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import Conflict, InvalidInput, NotFound
from nexrex_app.domain.permissions import Actor
from nexrex_app.base.text import optional_text, required_text
from nexrex_app.models.org_schemas import GroupAuditEntryView, GroupUpdate, GroupView
from nexrex_app.models.organizations import (
    ATHLETE,
    GROUP_PRIVATE,
    GROUP_PUBLIC,
    Group,
    GroupAuditEntry,
    GroupMember,
    Membership,
)

PRIVACIES = (GROUP_PUBLIC, GROUP_PRIVATE)


def _group_in_org(session: Session, actor: Actor, group_id: str) -> Group:
    group = session.get(Group, group_id)
    if group is None or group.org_id != actor.org_id:
        raise NotFound("Group not found.", field="group_id", code="GROUP_NOT_FOUND")
    return group


def _check_name(session: Session, org_id: str, name: str | None, *, except_id: str | None = None) -> str:
    cleaned = required_text(name, field="name", label="Group name", max_length=120)
    clash = session.exec(select(Group).where(Group.org_id == org_id, Group.name == cleaned)).first()
    if clash and clash.id != except_id:
        raise Conflict("A group with this name already exists.", field="name", code="DUPLICATE_GROUP_NAME")
    return cleaned


def _check_privacy(privacy: str | None) -> str:
    privacy = privacy or GROUP_PUBLIC
    if privacy not in PRIVACIES:
        raise InvalidInput("privacy must be public or private.", field="privacy")
    return privacy


def _check_members(session: Session, org_id: str, user_ids: list[str]) -> list[str]:
    wanted = list(dict.fromkeys(user_ids))
    if not wanted:
        return []
    athletes = set(session.exec(select(Membership.user_id).where(
        Membership.org_id == org_id, Membership.role == ATHLETE, Membership.user_id.in_(wanted))).all())
    for index, user_id in enumerate(wanted):
        if user_id not in athletes:
            raise InvalidInput("Every group member must be an athlete of your organization.",
                               field=f"members[{index}]", code="UNKNOWN_MEMBER")
    return wanted


def create_group(session: Session, actor: Actor, *, org_id: str | None, name: str | None,
                 description: str | None = None, privacy: str | None = None, members: list[str] | None = None
                 ) -> Group:
    org_id = org_id or permissions.require_own_org(actor)
    permissions.require_head_coach_of(actor, org_id)
    now = clock.now()
    group = Group(org_id=org_id, name=_check_name(session, org_id, name),
                  description=optional_text(description, field="description", label="Description", max_length=2000,
                                            multiline=True),
                  privacy=_check_privacy(privacy), created_by=actor.user_id, created_at=now, updated_at=now)
    session.add(group)
    session.flush()
    _set_members(session, actor, group, _check_members(session, org_id, members or []))
    return group


def update_group(session: Session, actor: Actor, group_id: str, changes: GroupUpdate) -> Group:
    """Only the fields given change."""
    group = _group_in_org(session, actor, group_id)
    permissions.require_head_coach_of(actor, group.org_id)
    given = changes.model_fields_set
    if "name" in given:
        group.name = _check_name(session, group.org_id, changes.name, except_id=group.id)
    if "description" in given:
        group.description = optional_text(changes.description, field="description", label="Description",
                                          max_length=2000, multiline=True)
    if "privacy" in given:
        group.privacy = _check_privacy(changes.privacy)
    if "members" in given:
        _set_members(session, actor, group, _check_members(session, group.org_id, changes.members or []))
    group.updated_at = clock.now()
    session.add(group)
    session.flush()
    return group


def _set_members(session: Session, actor: Actor, group: Group, user_ids: list[str]) -> None:
    """Replace the member list, writing one audit entry per person added or removed."""
    current = {m.user_id: m for m in session.exec(select(GroupMember).where(GroupMember.group_id == group.id))}
    now = clock.now()
    for user_id in set(current) - set(user_ids):
        session.delete(current[user_id])
        session.add(GroupAuditEntry(group_id=group.id, actor_id=actor.user_id, user_id=user_id, action="removed",
                                    at=now))
    for user_id in [u for u in user_ids if u not in current]:
        session.add(GroupMember(group_id=group.id, user_id=user_id, added_at=now))
        session.add(GroupAuditEntry(group_id=group.id, actor_id=actor.user_id, user_id=user_id, action="added",
                                    at=now))
    session.flush()


def set_member(session: Session, actor: Actor, group_id: str, user_id: str, *, member: bool) -> Group:
    """Put one athlete in the group or take them out (the member page's checkboxes)."""
    group = _group_in_org(session, actor, group_id)
    permissions.require_head_coach_of(actor, group.org_id)
    current = list(session.exec(select(GroupMember.user_id).where(GroupMember.group_id == group.id)).all())
    wanted = current + [user_id] if member else [u for u in current if u != user_id]
    _set_members(session, actor, group, _check_members(session, group.org_id, wanted))
    return group


def delete_group(session: Session, actor: Actor, group_id: str) -> None:
    group = _group_in_org(session, actor, group_id)
    permissions.require_head_coach_of(actor, group.org_id)
    session.delete(group)
    session.flush()


def visible_group(session: Session, actor: Actor, group_id: str) -> Group:
    group = _group_in_org(session, actor, group_id)
    if not permissions.sees_every_group(actor) and not session.get(GroupMember, (group.id, actor.user_id)):
        raise NotFound("Group not found.", field="group_id", code="GROUP_NOT_FOUND")
    return group


def list_groups(session: Session, actor: Actor) -> list[Group]:
    org_id = permissions.require_own_org(actor)
    query = select(Group).where(Group.org_id == org_id)
    if not permissions.sees_every_group(actor):
        query = query.join(GroupMember, GroupMember.group_id == Group.id).where(GroupMember.user_id == actor.user_id)
    return list(session.exec(query.order_by(Group.name)).all())


def group_views(session: Session, actor: Actor, groups: list[Group]) -> list[GroupView]:
    """Coaches see who is in each group (an assistant coach: their own athletes); athletes do not."""
    members: dict[str, list[str]] = defaultdict(list)
    if permissions.sees_every_group(actor) and groups:
        query = (select(GroupMember.group_id, GroupMember.user_id)
                 .where(GroupMember.group_id.in_([g.id for g in groups])).order_by(GroupMember.added_at))
        query = query.join(Membership, Membership.user_id == GroupMember.user_id).where(
            permissions.member_reach(actor).condition(Membership))
        for group_id, user_id in session.exec(query).all():
            members[group_id].append(user_id)
    sees_members = permissions.sees_every_group(actor)
    return [_group_view(group, members[group.id] if sees_members else None) for group in groups]


def _group_view(group: Group, members: list[str] | None) -> GroupView:
    """The group; its ``members`` are shown only when given (to coaches)."""
    view = GroupView(group_id=group.id, org_id=group.org_id, name=group.name, description=group.description,
                     privacy=group.privacy, created_at=epoch_ms(group.created_at),
                     updated_at=epoch_ms(group.updated_at))
    if members is not None:
        view.members = members
    return view


def audit_log(session: Session, actor: Actor, group_id: str) -> list[GroupAuditEntryView]:
    group = _group_in_org(session, actor, group_id)
    permissions.require_head_coach_of(actor, group.org_id)
    entries = session.exec(select(GroupAuditEntry).where(GroupAuditEntry.group_id == group.id)
                           .order_by(GroupAuditEntry.id)).all()
    return [GroupAuditEntryView(action=e.action, user_id=e.user_id, actor_id=e.actor_id, at=epoch_ms(e.at))
            for e in entries]
