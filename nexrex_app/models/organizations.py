"""Organizations and who belongs to them: memberships, labels, invitations, groups, API keys."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from nexrex_app.base.clock import clock
from nexrex_app.models.ids import new_id

HEAD_COACH = "head_coach"
ASSISTANT_COACH = "assistant_coach"
ATHLETE = "athlete"
COACH_ROLES = (HEAD_COACH, ASSISTANT_COACH)

GROUP_PUBLIC = "public"
GROUP_PRIVATE = "private"


class Organization(SQLModel, table=True):
    __tablename__ = "organizations"

    id: str = Field(default_factory=partial(new_id, "org"), primary_key=True, max_length=40)
    name: str = Field(max_length=120)
    description: str | None = Field(default=None, max_length=2000)
    head_coach_user_id: str = Field(foreign_key="users.id", unique=True, max_length=40)
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now)


class Membership(SQLModel, table=True):
    """A person's place in an organization; a person belongs to at most one."""

    __tablename__ = "memberships"
    __table_args__ = (
        Index("ix_memberships_org_created", "org_id", "created_at", "user_id"),
        Index("ix_memberships_org_coach", "org_id", "coach_id"),
    )

    user_id: str = Field(foreign_key="users.id", primary_key=True, max_length=40, ondelete="CASCADE")
    org_id: str = Field(foreign_key="organizations.id", max_length=40, ondelete="CASCADE")
    role: str = Field(max_length=20)
    coach_id: str | None = Field(default=None, foreign_key="users.id", max_length=40, ondelete="SET NULL")
    display_name: str | None = Field(default=None, max_length=120)
    notes: str | None = Field(default=None, max_length=5000)
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now)


class MemberLabel(SQLModel, table=True):
    __tablename__ = "member_labels"
    __table_args__ = (Index("ix_member_labels_org_label", "org_id", "label"),)

    user_id: str = Field(foreign_key="memberships.user_id", primary_key=True, max_length=40, ondelete="CASCADE")
    label: str = Field(primary_key=True, max_length=60)
    org_id: str = Field(foreign_key="organizations.id", max_length=40, ondelete="CASCADE")


class Invitation(SQLModel, table=True):
    """An email invitation (single use) or a shareable link (``max_uses`` or unlimited)."""

    __tablename__ = "invitations"

    id: str = Field(default_factory=partial(new_id, "inv"), primary_key=True, max_length=40)
    org_id: str = Field(foreign_key="organizations.id", index=True, max_length=40, ondelete="CASCADE")
    role: str = Field(max_length=20, default=ATHLETE)
    email: str | None = Field(default=None, max_length=320, index=True)
    token_hash: str = Field(max_length=64, unique=True)
    max_uses: int | None = None
    uses: int = 0
    coach_id: str | None = Field(default=None, max_length=40)
    display_name: str | None = Field(default=None, max_length=120)
    labels: str = Field(default="", max_length=2000)  # newline-separated
    notes: str | None = Field(default=None, max_length=5000)
    group_id: str | None = Field(default=None, max_length=40)
    training_plan_id: str | None = Field(default=None, max_length=40)
    created_by: str = Field(foreign_key="users.id", max_length=40)
    created_at: datetime = Field(default_factory=clock.now)
    expires_at: datetime | None = None
    revoked_at: datetime | None = None


class Group(SQLModel, table=True):
    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("org_id", "name", name="uq_groups_org_name"),)

    id: str = Field(default_factory=partial(new_id, "grp"), primary_key=True, max_length=40)
    org_id: str = Field(foreign_key="organizations.id", index=True, max_length=40, ondelete="CASCADE")
    name: str = Field(max_length=120)
    description: str | None = Field(default=None, max_length=2000)
    privacy: str = Field(default=GROUP_PUBLIC, max_length=10)
    created_by: str = Field(foreign_key="users.id", max_length=40)
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now)


class GroupMember(SQLModel, table=True):
    __tablename__ = "group_members"

    group_id: str = Field(foreign_key="groups.id", primary_key=True, max_length=40, ondelete="CASCADE")
    user_id: str = Field(foreign_key="memberships.user_id", primary_key=True, max_length=40, index=True,
                         ondelete="CASCADE")
    added_at: datetime = Field(default_factory=clock.now)


class GroupAuditEntry(SQLModel, table=True):
    """Who added or removed whom, and when."""

    __tablename__ = "group_audit"

    id: int | None = Field(default=None, primary_key=True)
    group_id: str = Field(foreign_key="groups.id", index=True, max_length=40, ondelete="CASCADE")
    actor_id: str = Field(max_length=40)
    user_id: str = Field(max_length=40)
    action: str = Field(max_length=10)  # added | removed
    at: datetime = Field(default_factory=clock.now)


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_keys"

    id: str = Field(default_factory=partial(new_id, "key"), primary_key=True, max_length=40)
    org_id: str = Field(foreign_key="organizations.id", index=True, max_length=40, ondelete="CASCADE")
    name: str = Field(max_length=120)
    prefix: str = Field(max_length=16)
    secret_hash: str = Field(max_length=64, unique=True)
    created_by: str = Field(foreign_key="users.id", max_length=40)
    created_at: datetime = Field(default_factory=clock.now)
    expires_at: datetime | None = None
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None
