"""Invitations: an email to one person (single use) or a shareable link (limited or unlimited uses)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from sqlalchemy import or_, update
from sqlmodel import Session, select

from nexrex_app import mail
from nexrex_app.domain import accounts, passwords, permissions
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import Conflict, InvalidInput, NotFound
from nexrex_app.domain.members import (MemberDetails, check_coach_details, check_free_to_join, check_not_member_here, join,
                                     validate_details)
from nexrex_app.domain.permissions import Actor
from nexrex_app.base.vocabulary import InvitationKind
from nexrex_app.models.accounts import ROLE_ATHLETE, ROLE_COACH, User
from nexrex_app.models.org_schemas import InvitationView
from nexrex_app.models.organizations import ASSISTANT_COACH, ATHLETE, Invitation, Membership, Organization
from nexrex_app.settings import settings

EMAIL_INVITATION_TTL = timedelta(days=14)
INVITABLE_ROLES = (ATHLETE, ASSISTANT_COACH)
MAX_LINK_USES = 10_000


@dataclass(frozen=True)
class NewInvitation:
    invitation: Invitation
    link: str


def invitation_link(raw_token: str) -> str:
    return f"{settings.public_url}/join?{urlencode({'token': raw_token})}"


def invite(
    session: Session, actor: Actor, org_id: str, *, email: str | None = None, role: str = ATHLETE,
    max_uses: int | None = None, expires_at: datetime | None = None, details: MemberDetails | None = None,
) -> NewInvitation:
    """An email invitation when ``email`` is given (sent at once), else a shareable link."""
    permissions.require_head_coach_of(actor, org_id)
    if role not in INVITABLE_ROLES:
        raise InvalidInput("Role must be athlete or assistant_coach.", field="role")
    if role == ASSISTANT_COACH:
        permissions.require_head_coach_in_person(actor, org_id)
        check_coach_details(details or MemberDetails())
    details = validate_details(session, org_id, details or MemberDetails())
    address = accounts.normalize_email(email) if email is not None else None
    if address:
        existing = accounts.find_user_by_email(session, address)
        if existing:
            check_not_member_here(session, existing, org_id, field="email")
    now = clock.now()
    _check_link_limits(address, max_uses, expires_at, now)
    raw = secrets.token_urlsafe(32)
    invitation = Invitation(
        org_id=org_id, role=role, email=address, token_hash=accounts.hash_token(raw),
        max_uses=1 if address else max_uses, coach_id=details.coach_id, display_name=details.display_name,
        labels="\n".join(details.labels), notes=details.notes, group_id=details.group_id,
        created_by=actor.user_id, created_at=now,
        expires_at=expires_at or (now + EMAIL_INVITATION_TTL if address else None),
    )
    session.add(invitation)
    session.flush()
    link = invitation_link(raw)
    if address:
        _send_invitation_email(session, invitation, actor, link)
    return NewInvitation(invitation=invitation, link=link)


def _check_link_limits(address: str | None, max_uses: int | None, expires_at: datetime | None, now: datetime) -> None:
    if address and max_uses not in (None, 1):
        raise InvalidInput("An email invitation is for one person: leave max_uses out.", field="max_uses")
    if max_uses is not None and not 1 <= max_uses <= MAX_LINK_USES:
        raise InvalidInput(f"max_uses must be between 1 and {MAX_LINK_USES}, or left out for unlimited.",
                           field="max_uses")
    if expires_at is not None and expires_at <= now:
        raise InvalidInput("expires_at must be in the future.", field="expires_at")


def _send_invitation_email(session: Session, invitation: Invitation, actor: Actor, link: str) -> None:
    org = session.get(Organization, invitation.org_id)
    as_what = "an assistant coach" if invitation.role == ASSISTANT_COACH else "an athlete"
    message = mail.action_email(
        to=invitation.email,
        subject=f"{org.name} invites you to nexrex",
        intro=f"{actor.user.display_name or actor.user.email} invites you to join {org.name} on nexrex as {as_what}.",
        button=f"Join {org.name}",
        link=link,
        outro="The invitation is valid for 14 days and can be used once.",
    )
    mail.send(message)


def find_by_token(session: Session, raw_token: str | None) -> Invitation | None:
    if not raw_token:
        return None
    return session.exec(select(Invitation).where(Invitation.token_hash == accounts.hash_token(raw_token))).first()


def problem_with(invitation: Invitation | None) -> str | None:
    """Why the invitation cannot be used now, or None."""
    if invitation is None:
        return "This invitation is not valid."
    if invitation.revoked_at is not None:
        return "This invitation has been withdrawn."
    if invitation.expires_at is not None and invitation.expires_at <= clock.now():
        return "This invitation has expired."
    if invitation.max_uses is not None and invitation.uses >= invitation.max_uses:
        return "This invitation has already been used."
    return None


def usable(session: Session, raw_token: str | None) -> Invitation:
    invitation = find_by_token(session, raw_token)
    problem = problem_with(invitation)
    if problem:
        raise InvalidInput(problem, field="token", code="INVITATION_NOT_USABLE")
    return invitation


def _details_of(invitation: Invitation) -> MemberDetails:
    return MemberDetails(coach_id=invitation.coach_id, display_name=invitation.display_name,
                         labels=[label for label in invitation.labels.split("\n") if label],
                         notes=invitation.notes, group_id=invitation.group_id)


def _count_use(session: Session, invitation: Invitation) -> None:
    """Take one use, atomically: concurrent joins through a limited link never go past ``max_uses``."""
    taken = session.exec(
        update(Invitation)
        .where(Invitation.id == invitation.id, Invitation.revoked_at.is_(None),
               or_(Invitation.max_uses.is_(None), Invitation.uses < Invitation.max_uses))
        .values(uses=Invitation.uses + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not taken:
        raise InvalidInput("This invitation has already been used.", field="token", code="INVITATION_NOT_USABLE")
    session.refresh(invitation)


def _use(session: Session, invitation: Invitation, user: User) -> Membership:
    check_free_to_join(session, user, invitation.org_id, field="token")
    _count_use(session, invitation)
    if invitation.role == ASSISTANT_COACH and user.role != ROLE_COACH:
        user.role = ROLE_COACH
        session.add(user)
    details = validate_details(session, invitation.org_id, _details_of(invitation))
    return join(session, user=user, org_id=invitation.org_id, role=invitation.role, details=details,
                actor_id=invitation.created_by)


def accept(session: Session, user: User, raw_token: str | None) -> Membership:
    """A signed-in person accepts: they join the organization."""
    invitation = usable(session, raw_token)
    permissions.require_invitee(user, invitation.email)
    return _use(session, invitation, user)


def sign_up(session: Session, *, raw_token: str | None, password: str | None) -> accounts.SignedIn:
    """A new person signs up from an email invitation (which proves their address) and joins at once."""
    invitation = usable(session, raw_token)
    if not invitation.email:
        raise InvalidInput("A shareable link needs your email address first.", field="email", code="MISSING_FIELD")
    if password is None:
        raise InvalidInput("Password is required.", field="password", code="MISSING_FIELD")
    passwords.check_policy(password)
    if accounts.find_user_by_email(session, invitation.email):
        raise Conflict("This email is already registered. Sign in to accept the invitation.", field="email",
                       code="EMAIL_REGISTERED")
    now = clock.now()
    user = User(email=invitation.email, password_hash=passwords.hash_password(password),
                role=_account_role(invitation), created_at=now, updated_at=now)
    session.add(user)
    session.flush()
    _use(session, invitation, user)
    return accounts.issue_token(session, user, is_new_user=True)


def _account_role(invitation: Invitation) -> str:
    return ROLE_COACH if invitation.role == ASSISTANT_COACH else ROLE_ATHLETE


def request_link_signup(session: Session, *, raw_token: str | None, email: str | None) -> str:
    """A new person signs up from a shareable link: a verification email goes to the address they give, and
    the account exists (and joins) only once that emailed link is used. Answers the address."""
    invitation = usable(session, raw_token)
    if invitation.email:
        raise InvalidInput("This invitation was sent by email: open the link in that email.", field="token",
                           code="EMAIL_INVITATION")
    org = session.get(Organization, invitation.org_id)
    return accounts.request_verification(session, email=email, role=_account_role(invitation),
                                         invitation_id=invitation.id, joining=org.name)


def organization_of(session: Session, invitation_id: str) -> Organization | None:
    invitation = session.get(Invitation, invitation_id)
    return session.get(Organization, invitation.org_id) if invitation else None


def join_from_verified_link(session: Session, invitation_id: str, user: User) -> Membership:
    """The emailed link of a link sign-up was used: the new account joins, if the invitation still allows it."""
    invitation = session.get(Invitation, invitation_id)
    problem = problem_with(invitation)
    if problem:
        raise InvalidInput(problem, field="token", code="INVITATION_NOT_USABLE")
    return _use(session, invitation, user)


def list_open(session: Session, actor: Actor, org_id: str) -> list[Invitation]:
    permissions.require_head_coach_of(actor, org_id)
    invitations = session.exec(
        select(Invitation).where(Invitation.org_id == org_id, Invitation.revoked_at.is_(None))
        .order_by(Invitation.created_at.desc())
    ).all()
    return [invitation for invitation in invitations if problem_with(invitation) is None]


def revoke(session: Session, actor: Actor, org_id: str, invitation_id: str) -> None:
    permissions.require_head_coach_of(actor, org_id)
    invitation = session.get(Invitation, invitation_id)
    if invitation is None or invitation.org_id != org_id:
        raise NotFound("Invitation not found.", field="invitation_id", code="INVITATION_NOT_FOUND")
    invitation.revoked_at = clock.now()
    session.add(invitation)


def invitation_view(invitation: Invitation, link: str | None = None) -> InvitationView:
    """The invitation; ``link`` (the address of a new link invitation) is shown only when given."""
    view = InvitationView(
        invitation_id=invitation.id, org_id=invitation.org_id, email=invitation.email, role=invitation.role,
        kind=kind_of(invitation), max_uses=invitation.max_uses, uses=invitation.uses,
        created_at=epoch_ms(invitation.created_at), expires_at=epoch_ms(invitation.expires_at))
    if link:
        view.link = link
    return view


def kind_of(invitation: Invitation) -> InvitationKind:
    return "email" if invitation.email else "link"


def preview(session: Session, raw_token: str | None) -> dict:
    """What the join page shows before anyone signs in."""
    invitation = find_by_token(session, raw_token)
    registered = bool(invitation and invitation.email and accounts.find_user_by_email(session, invitation.email))
    problem = problem_with(invitation)
    if problem:
        return {"valid": False, "error": problem, "registered": registered}
    org = session.get(Organization, invitation.org_id)
    return {"valid": True, "org_name": org.name, "org_description": org.description, "email": invitation.email,
            "role": invitation.role, "registered": registered}


def sign_in_and_accept(session: Session, *, raw_token: str | None, email: str | None, password: str | None,
                       client: str) -> accounts.SignedIn:
    """Someone with an account joins from the invitation's page by signing in."""
    signed_in = accounts.login(session, email=email, password=password, client=client)
    accept(session, signed_in.user, raw_token)
    return signed_in
