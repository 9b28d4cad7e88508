"""Organizations: the club or team a head coach creates and athletes join."""

from __future__ import annotations

from sqlmodel import Session, select

from nexrex_app.domain import accounts, permissions
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import Conflict, NotFound
from nexrex_app.domain.permissions import Actor
from nexrex_app.base.text import optional_text, required_text
from nexrex_app.models.accounts import User
from nexrex_app.models.org_schemas import CoachView, OrganizationUpdate, OrganizationView, PersonView
from nexrex_app.models.organizations import COACH_ROLES, HEAD_COACH, Membership, Organization

NAME_MAX = 120
DESCRIPTION_MAX = 2000


def person_name(user: User) -> str:
    return shown_name(user.display_name, user.email)


def shown_name(display_name: str | None, email: str) -> str:
    """The name others see: the display name, or the part of the email before the @."""
    return display_name or email.split("@")[0]


def member_name(membership: Membership | None, user: User) -> str:
    """The one name coaches see for a member: the display name the organization gave them, else the account's."""
    return (membership.display_name if membership else None) or person_name(user)


def coach_view(user: User, membership: Membership) -> CoachView:
    """A coach as the organization's coaches see them."""
    return CoachView(user_id=user.id, email=user.email, name=member_name(membership, user), role=membership.role)


def person_view(user: User) -> PersonView:
    return PersonView(user_id=user.id, email=user.email, name=person_name(user))


def create_organization(session: Session, actor: Actor, *, name: str | None, description: str | None) -> Organization:
    """The caller, a coach with no organization, creates one and becomes its head coach."""
    permissions.require_account_coach(actor)
    if actor.membership is not None:
        raise Conflict("You already belong to an organization.", field="org_id", code="ALREADY_IN_ORG")
    now = clock.now()
    org = Organization(
        name=required_text(name, field="name", label="Organization name", max_length=NAME_MAX),
        description=optional_text(description, field="description", label="Description", max_length=DESCRIPTION_MAX,
                                  multiline=True),
        head_coach_user_id=actor.user_id,
        created_at=now,
        updated_at=now,
    )
    session.add(org)
    session.flush()
    session.add(Membership(user_id=actor.user_id, org_id=org.id, role=HEAD_COACH, created_at=now, updated_at=now))
    session.flush()
    return org


def get_organization(session: Session, actor: Actor, org_id: str) -> Organization:
    permissions.require_member_of(actor, org_id)
    org = session.get(Organization, org_id)
    if org is None:
        raise NotFound("Organization not found.", field="org_id", code="ORG_NOT_FOUND")
    return org


def update_organization(session: Session, actor: Actor, org_id: str, changes: OrganizationUpdate) -> Organization:
    """Only the fields given change."""
    permissions.require_head_coach_of(actor, org_id)
    org = get_organization(session, actor, org_id)
    given = changes.model_fields_set
    if "name" in given:
        org.name = required_text(changes.name, field="name", label="Organization name", max_length=NAME_MAX)
    if "description" in given:
        org.description = optional_text(changes.description, field="description", label="Description",
                                        max_length=DESCRIPTION_MAX, multiline=True)
    org.updated_at = clock.now()
    session.add(org)
    return org


def coaches_of(session: Session, org_id: str) -> list[tuple[User, Membership]]:
    rows = session.exec(
        select(User, Membership).join(Membership, Membership.user_id == User.id)
        .where(Membership.org_id == org_id, Membership.role.in_(COACH_ROLES))
        .order_by(Membership.role.desc(), Membership.created_at)
    ).all()
    return list(rows)


def name_of(session: Session, org_id: str | None) -> str:
    """The organization's name, for the console's header ("" without one)."""
    org = session.get(Organization, org_id) if org_id else None
    return org.name if org else ""


def signed_in_profile(session: Session, raw_token: str | None) -> dict:
    """Who holds the token, with their organization's name: what the console's header shows."""
    profile = accounts.profile(session, accounts.authenticate(session, raw_token))
    return {**profile, "org_name": name_of(session, profile["org_id"])}


def organization_view(session: Session, actor: Actor, org: Organization) -> OrganizationView:
    """What the actor may see of the organization: coaches see its coaches, athletes their own coach."""
    view = OrganizationView(org_id=org.id, org_name=org.name, description=org.description,
                            head_coach_user_id=org.head_coach_user_id, created_at=epoch_ms(org.created_at),
                            updated_at=epoch_ms(org.updated_at))
    if actor.is_coach:
        view.coaches = [coach_view(user, membership) for user, membership in coaches_of(session, org.id)]
    else:
        coach_id = (actor.membership.coach_id if actor.membership else None) or org.head_coach_user_id
        coach = session.get(User, coach_id)
        view.coach = person_view(coach) if coach else None
    return view
