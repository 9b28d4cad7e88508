"""Organizations, their members, coaches, invitations and API keys (SPEC §4)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from nexrex_app.api.deps import InUseCase, SignedInUseCase
from nexrex_app.api.shapes import from_epoch_ms, ok
from nexrex_app.domain import api_keys, coaches, invitations, members, organizations, permissions
from nexrex_app.base.errors import InvalidInput
from nexrex_app.domain.members import MemberDetails
from nexrex_app.models.schemas import Ok, OkPage
from nexrex_app.models.org_schemas import (
    ApiKeyCreate,
    ApiKeyRevoked,
    ApiKeyView,
    CoachAdd,
    CoachAddition,
    CoachView,
    InvitationAccepted,
    InvitationCreate,
    InvitationRevoked,
    InvitationView,
    Invited,
    MemberAdd,
    MemberAdded,
    MemberAddition,
    MemberDetailsBody,
    MemberRemoved,
    MemberUpdate,
    MemberView,
    OrganizationCreated,
    OrganizationCreate,
    OrganizationUpdate,
    OrganizationView,
)
from nexrex_app.models.organizations import ATHLETE

router = APIRouter(tags=["organizations"])
ORG = "/organizations/{org_id}"


def _details(body: MemberDetailsBody) -> MemberDetails:
    return MemberDetails(coach_id=body.coach_id, display_name=body.display_name, labels=body.labels,
                         notes=body.notes, group_id=body.group_id)


@router.post("/organizations", status_code=201, response_model=Ok[OrganizationCreated])
def create_organization(body: OrganizationCreate, case: InUseCase) -> dict:
    org = organizations.create_organization(case.session, case.actor, name=body.name, description=body.description)
    head_coach = permissions.actor_for(case.session, case.actor.user)
    view = organizations.organization_view(case.session, head_coach, org)
    return ok(OrganizationCreated(message="Organization created.", organization=view))


@router.get(ORG, response_model=Ok[OrganizationView])
def get_organization(org_id: str, case: InUseCase) -> dict:
    org = organizations.get_organization(case.session, case.actor, org_id)
    return ok(organizations.organization_view(case.session, case.actor, org))


@router.put(ORG, response_model=Ok[OrganizationView])
def update_organization(org_id: str, body: OrganizationUpdate, case: InUseCase) -> dict:
    org = organizations.update_organization(case.session, case.actor, org_id, body)
    return ok(organizations.organization_view(case.session, case.actor, org))


# --- members ---------------------------------------------------------------------------------


@router.get(f"{ORG}/members", response_model=OkPage[MemberView])
def list_members(
    org_id: str, case: InUseCase,
    search: str | None = None, label: str | None = None, coach_id: str | None = None,
    role: Annotated[str | None, Query(pattern="^(head_coach|assistant_coach|athlete)$")] = None,
    limit: int | None = None, cursor: str | None = None,
) -> dict:
    page = members.list_members(case.session, case.actor, org_id, search=search, label=label,
                                coach_id=coach_id, role=role, limit=limit, cursor=cursor)
    return {**ok(page.items), "next_cursor": page.next_cursor, "has_more": page.has_more}


@router.post(f"{ORG}/members", status_code=201, response_model=MemberAddition)
def add_member(org_id: str, body: MemberAdd, case: InUseCase) -> dict:
    if bool(body.email) == bool(body.user_id):
        raise InvalidInput("Give either an email or a user_id.", field="email", code="EMAIL_OR_USER_ID")
    if body.training_plan_id:
        raise InvalidInput("No training plan with this ID.", field="training_plan_id", code="UNKNOWN_PLAN")
    if body.user_id:
        member = members.add_by_user_id(case.session, case.actor, org_id, user_id=body.user_id,
                                        details=_details(body), role=body.role)
        return ok(MemberAdded(member=members.member_view(case.session, member)))
    sent = invitations.invite(case.session, case.actor, org_id, email=body.email, role=body.role or ATHLETE,
                              details=_details(body))
    return ok(Invited(invitation=invitations.invitation_view(sent.invitation)))


@router.get(f"{ORG}/members/{{user_id}}", response_model=Ok[MemberView])
def get_member(org_id: str, user_id: str, case: InUseCase) -> dict:
    member = members.find_visible(case.session, case.actor, org_id, user_id)
    return ok(members.member_view(case.session, member))


@router.put(f"{ORG}/members/{{user_id}}", response_model=Ok[MemberView])
def update_member(org_id: str, user_id: str, body: MemberUpdate, case: InUseCase) -> dict:
    member = members.update_member(case.session, case.actor, org_id, user_id, body)
    return ok(members.member_view(case.session, member))


@router.delete(f"{ORG}/members/{{user_id}}", response_model=Ok[MemberRemoved])
def remove_member(org_id: str, user_id: str, case: InUseCase) -> dict:
    members.remove_member(case.session, case.actor, org_id, user_id)
    return ok(MemberRemoved(user_id=user_id, removed=True))


# --- coaches ---------------------------------------------------------------------------------


@router.get(f"{ORG}/coaches", response_model=Ok[list[CoachView]])
def list_coaches(org_id: str, case: InUseCase) -> dict:
    return ok(coaches.list_coaches(case.session, case.actor, org_id))


@router.post(f"{ORG}/coaches", status_code=201, response_model=CoachAddition)
def add_coach(org_id: str, body: CoachAdd, case: InUseCase) -> dict:
    return ok(coaches.add_coach(case.session, case.actor, org_id, email=body.email, user_id=body.user_id))


@router.delete(f"{ORG}/coaches/{{user_id}}", response_model=Ok[MemberRemoved])
def remove_coach(org_id: str, user_id: str, case: InUseCase) -> dict:
    coaches.remove_coach(case.session, case.actor, org_id, user_id)
    return ok(MemberRemoved(user_id=user_id, removed=True))


# --- invitations -----------------------------------------------------------------------------


@router.get(f"{ORG}/invitations", response_model=Ok[list[InvitationView]])
def list_invitations(org_id: str, case: InUseCase) -> dict:
    return ok([invitations.invitation_view(i) for i in invitations.list_open(case.session, case.actor, org_id)])


@router.post(f"{ORG}/invitations", status_code=201, response_model=Ok[InvitationView])
def create_invitation(org_id: str, body: InvitationCreate, case: InUseCase) -> dict:
    sent = invitations.invite(
        case.session, case.actor, org_id, email=body.email, role=body.role, max_uses=body.max_uses,
        expires_at=from_epoch_ms(body.expires_at, field="expires_at"), details=_details(body),
    )
    return ok(invitations.invitation_view(sent.invitation, link=None if body.email else sent.link))


@router.delete(f"{ORG}/invitations/{{invitation_id}}", response_model=Ok[InvitationRevoked])
def revoke_invitation(org_id: str, invitation_id: str, case: InUseCase) -> dict:
    invitations.revoke(case.session, case.actor, org_id, invitation_id)
    return ok(InvitationRevoked(invitation_id=invitation_id, revoked=True))


@router.post("/invitations/{token}/accept", response_model=Ok[InvitationAccepted], tags=["invitations"])
def accept_invitation(token: str, case: SignedInUseCase) -> dict:
    membership = invitations.accept(case.session, case.user, token)
    return ok(InvitationAccepted(org_id=membership.org_id, membership_role=membership.role))


# --- API keys --------------------------------------------------------------------------------


@router.get(f"{ORG}/api-keys", response_model=Ok[list[ApiKeyView]])
def list_api_keys(org_id: str, case: InUseCase) -> dict:
    return ok([api_keys.key_view(key) for key in api_keys.list_keys(case.session, case.actor, org_id)])


@router.post(f"{ORG}/api-keys", status_code=201, response_model=Ok[ApiKeyView])
def create_api_key(org_id: str, body: ApiKeyCreate, case: InUseCase) -> dict:
    key, secret = api_keys.create_key(case.session, case.actor, org_id, name=body.name,
                                      expires_at=from_epoch_ms(body.expires_at, field="expires_at"))
    return ok(api_keys.key_view(key, secret))


@router.delete(f"{ORG}/api-keys/{{key_id}}", response_model=Ok[ApiKeyRevoked])
def revoke_api_key(org_id: str, key_id: str, case: InUseCase) -> dict:
    api_keys.revoke_key(case.session, case.actor, org_id, key_id)
    return ok(ApiKeyRevoked(key_id=key_id, revoked=True))
