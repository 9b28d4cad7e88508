"""Completing a sign-up from any link we send: an email verification or an email invitation; and the first
step of a sign-up from a shareable invitation link, which only sends a verification email."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from nexrex_app.domain import accounts, invitations


@dataclass(frozen=True)
class VerificationSent:
    """A shareable-link sign-up is not an account yet: the address must be proven first."""

    email: str


def check_token(session: Session, *, token: str | None) -> accounts.VerificationCheck:
    check = accounts.verify_token(session, token=token)
    if check.code != "TOKEN_INVALID":
        return check
    invitation = invitations.find_by_token(session, token)
    if invitation is None or not invitation.email:
        return check
    problem = invitations.problem_with(invitation)
    if problem:
        return accounts.VerificationCheck(valid=False, email=invitation.email, error=problem, code="TOKEN_USED")
    return accounts.VerificationCheck(valid=True, email=invitation.email)


def complete(session: Session, *, token: str | None, password: str | None, email: str | None = None
             ) -> accounts.SignedIn | VerificationSent:
    invitation = invitations.find_by_token(session, token)  # tokens are random: one can never be both kinds
    if invitation is not None and not invitation.email:
        return VerificationSent(invitations.request_link_signup(session, raw_token=token, email=email))
    if invitation is not None:
        return invitations.sign_up(session, raw_token=token, password=password)
    return complete_verified(session, token=token, password=password)


def complete_verified(session: Session, *, token: str | None, password: str | None) -> accounts.SignedIn:
    """Set the password from an emailed verification link; a link sign-up joins its organization now."""
    invitation_id = accounts.invitation_of(session, token)
    signed_in = accounts.complete_signup(session, token=token, password=password)
    if invitation_id:
        invitations.join_from_verified_link(session, invitation_id, signed_in.user)
    return signed_in


def resend(session: Session, *, token: str | None) -> str:
    """A new verification email for an expired or used link (a link sign-up keeps its organization)."""
    invitation_id = accounts.invitation_of(session, token)
    org = invitations.organization_of(session, invitation_id) if invitation_id else None
    return accounts.resend_verification(session, token=token, joining=org.name if org else None)
