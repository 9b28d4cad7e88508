"""Request bodies of the organization, member, coach, invitation, group and API key endpoints."""

from __future__ import annotations

from pydantic import Field

from nexrex_app.base.vocabulary import AddableRole, GroupPrivacy
from nexrex_app.models.schemas import RequestBody


class OrganizationCreate(RequestBody):
    name: str
    description: str | None = None


class OrganizationUpdate(RequestBody):
    name: str | None = None
    description: str | None = None


class MemberDetailsBody(RequestBody):
    coach_id: str | None = None
    display_name: str | None = None
    labels: list[str] = Field(default_factory=list)
    notes: str | None = None
    group_id: str | None = None


MemberRole = AddableRole


class MemberAdd(MemberDetailsBody):
    email: str | None = None
    user_id: str | None = None
    role: MemberRole | None = Field(default=None, description="athlete (default for athletes' accounts) or "
                                                              "assistant_coach; required for a coach's account.")
    training_plan_id: str | None = None


class MemberUpdate(RequestBody):
    role: MemberRole | None = Field(default=None, description="athlete or assistant_coach (head coach only).")
    coach_id: str | None = None
    display_name: str | None = None
    labels: list[str] | None = None
    notes: str | None = None


class CoachAdd(RequestBody):
    email: str | None = None
    user_id: str | None = None


class InvitationCreate(MemberDetailsBody):
    email: str | None = None
    role: AddableRole = "athlete"
    max_uses: int | None = None
    expires_at: int | None = Field(default=None, description="Epoch milliseconds; none for no expiry on links.")


class GroupCreate(RequestBody):
    name: str
    org_id: str | None = None
    description: str | None = None
    privacy: GroupPrivacy = "public"
    members: list[str] = Field(default_factory=list)


class GroupUpdate(RequestBody):
    name: str | None = None
    description: str | None = None
    privacy: GroupPrivacy | None = None
    members: list[str] | None = None


class ApiKeyCreate(RequestBody):
    name: str
    expires_at: int | None = Field(default=None, description="Epoch milliseconds; none for a key that never expires.")
