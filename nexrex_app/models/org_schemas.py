"""Requests and answers of the organization, member, coach, invitation, group and API key endpoints."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from nexrex_app.base.vocabulary import AddableRole, GroupChange, GroupPrivacy, InvitationKind, MembershipRole
from nexrex_app.models.schemas import Ok, PartialView, RequestBody

EPOCH_MS = "Epoch milliseconds."


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


# --- answers ---------------------------------------------------------------------------------


class PersonView(BaseModel):
    user_id: str
    email: str
    name: str = Field(description="The display name, or the part of the email before the @")


class CoachView(PersonView):
    name: str = Field(description="The name the organization gave the coach, else their account's")
    role: MembershipRole


class OrganizationView(PartialView):
    org_id: str
    org_name: str
    description: str | None
    head_coach_user_id: str
    created_at: int = Field(description=EPOCH_MS)
    updated_at: int = Field(description=EPOCH_MS)
    coaches: list[CoachView] | None = Field(default=None, description="Coaches only: the organization's coaches, "
                                                                      "the head coach first")
    coach: PersonView | None = Field(default=None, description="Athletes only: their assigned coach, else the "
                                                               "head coach")


class OrganizationCreated(BaseModel):
    message: str
    organization: OrganizationView


class MemberView(BaseModel):
    """A member as their coaches see them, with the coach-only fields."""

    user_id: str
    email: str
    name: str = Field(description="The account's name")
    shown_name: str = Field(description="The name coaches see: display_name, else the account's name")
    role: MembershipRole
    display_name: str | None = Field(description="The nickname the coaches gave the member")
    labels: list[str]
    notes: str | None
    coach_id: str | None = Field(description="The assigned coach")
    coach_name: str | None
    group_ids: list[str]
    joined_at: int = Field(description=EPOCH_MS)


class InvitationView(PartialView):
    invitation_id: str
    org_id: str
    email: str | None = Field(description="The address invited; null for a link")
    role: AddableRole
    kind: InvitationKind
    max_uses: int | None
    uses: int
    created_at: int = Field(description=EPOCH_MS)
    expires_at: int | None = Field(description=EPOCH_MS)
    link: str | None = Field(default=None, description="A new link invitation only: the address to share, shown "
                                                       "once")


class MemberAdded(BaseModel):
    status: Literal["added"] = "added"
    member: MemberView


class CoachAdded(BaseModel):
    status: Literal["added"] = "added"
    coach: CoachView


class Invited(BaseModel):
    """The person has no account to add: an invitation went to their email."""

    status: Literal["invited"] = "invited"
    invitation: InvitationView


class MemberAddition(Ok[Annotated[MemberAdded | Invited, Field(discriminator="status")]]):
    """A member added at once, or invited by email."""


class CoachAddition(Ok[Annotated[CoachAdded | Invited, Field(discriminator="status")]]):
    """A coach added at once (an athlete of the organization promoted, or an account joining), or invited by
    email."""


class MemberRemoved(BaseModel):
    user_id: str
    removed: bool


class InvitationRevoked(BaseModel):
    invitation_id: str
    revoked: bool


class InvitationAccepted(BaseModel):
    org_id: str
    membership_role: MembershipRole


class ApiKeyView(PartialView):
    key_id: str
    name: str
    prefix: str = Field(description="The start of the secret, to tell keys apart")
    created_at: int = Field(description=EPOCH_MS)
    expires_at: int | None = Field(description=EPOCH_MS)
    revoked_at: int | None = Field(description=EPOCH_MS)
    last_used_at: int | None = Field(description=EPOCH_MS)
    secret: str | None = Field(default=None, description="A new key only: the secret to send as X-API-Key, shown "
                                                         "once (it is stored hashed)")


class ApiKeyRevoked(BaseModel):
    key_id: str
    revoked: bool


class GroupView(PartialView):
    group_id: str
    org_id: str
    name: str
    description: str | None
    privacy: GroupPrivacy
    members: list[str] | None = Field(default=None, description="Coaches only: the user ids of its members (an "
                                                                "assistant coach: their own athletes)")
    created_at: int = Field(description=EPOCH_MS)
    updated_at: int = Field(description=EPOCH_MS)


class GroupDeleted(BaseModel):
    group_id: str
    deleted: bool


class GroupAuditEntryView(BaseModel):
    action: GroupChange
    user_id: str = Field(description="The member added or removed")
    actor_id: str = Field(description="Who did it")
    at: int = Field(description=EPOCH_MS)
