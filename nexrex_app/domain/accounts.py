"""Accounts: email verification, sign-up, sign-in, access tokens and the coach upgrade."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import bindparam, delete, func, update
from sqlmodel import Session, select

from nexrex_app import mail
from nexrex_app.domain import passwords
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import Conflict, InvalidInput, NotAuthenticated, RateLimited, RecordedFailure
from nexrex_app.models.accounts import (
    ROLE_ATHLETE, ROLE_COACH, AccessToken, LoginFailure, User, VerificationToken,
)
from nexrex_app.base.vocabulary import ACCOUNT_ROLES
from nexrex_app.models.organizations import Membership
from nexrex_app.settings import settings

VERIFICATION_TTL = timedelta(hours=24)
VERIFICATION_EMAILS_PER_HOUR = 3
LOGIN_ATTEMPTS = 5
LOGIN_PAUSE = timedelta(minutes=15)
CLIENT_LOGIN_ATTEMPTS = 20
MAX_CLIENT_LENGTH = 64
CONSOLE_COACH = "coach"

TOKEN_INVALID = "This link is not valid."
TOKEN_USED = "This link has already been used."
TOKEN_EXPIRED = "This link has expired."


@dataclass(frozen=True)
class VerificationCheck:
    valid: bool
    email: str | None = None
    error: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class SignedIn:
    user: User
    access_token: str
    expires_at: datetime
    is_new_user: bool = False
    upgraded: bool = False  # an athlete account that signed in to the coach console and now has coach access


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def normalize_email(raw: str | None, *, field: str = "email") -> str:
    if not raw or not raw.strip():
        raise InvalidInput("Email address is required.", field=field, code="MISSING_FIELD")
    try:
        return validate_email(raw.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise InvalidInput(f"That is not a valid email address: {exc}", field=field) from exc


def find_user_by_email(session: Session, email: str) -> User | None:
    return session.exec(select(User).where(User.email == email)).first()


def is_registered(session: Session, *, email: str) -> bool:
    return find_user_by_email(session, email) is not None


# --- verification and sign-up -------------------------------------------------------------


def request_verification(session: Session, *, email: str | None, role: str | None = None,
                         invitation_id: str | None = None, joining: str | None = None) -> str:
    """Send a sign-up link to the address; answers the normalized address.

    From a shareable invitation link, ``invitation_id`` and the organization's name (``joining``) go with it:
    the account joins once the emailed link proves the address.
    """
    address = normalize_email(email)
    role = role or ROLE_COACH
    if role not in ACCOUNT_ROLES:
        raise InvalidInput("Role must be one of: coach, athlete.", field="role")
    if find_user_by_email(session, address):
        raise Conflict(
            "This email is already registered. Sign in instead.", field="email", code="EMAIL_REGISTERED"
        )
    check_email_rate(session, VerificationToken, address)
    raw = secrets.token_urlsafe(32)
    now = clock.now()
    session.add(VerificationToken(
        email=address, role=role, token_hash=hash_token(raw), created_at=now, expires_at=now + VERIFICATION_TTL,
        invitation_id=invitation_id,
    ))
    session.flush()
    _send_verification_email(address, raw, joining)
    return address


def check_email_rate(session: Session, table, email: str) -> None:
    """At most a few emails of one kind (``table``: its rows, one per email) to an address per hour."""
    since = clock.now() - timedelta(hours=1)
    sent = session.exec(
        select(func.count()).select_from(table).where(table.email == email, table.created_at > since)
    ).one()
    if sent >= VERIFICATION_EMAILS_PER_HOUR:
        raise RateLimited("Too many emails to this address. Please try again in an hour.", field="email")


def _send_verification_email(email: str, raw_token: str, joining: str | None = None) -> None:
    link = f"{settings.public_url}/signup/verify?{urlencode({'token': raw_token})}"
    welcome = f"Welcome to nexrex. To join {joining}, verify" if joining else "Welcome to nexrex. Click the button below to verify"
    message = mail.action_email(
        to=email,
        subject=f"Verify your email to join {joining}" if joining else "Verify your email for nexrex",
        intro=f"{welcome} your email address and set your password.",
        button="Verify email and set password",
        link=link,
        outro="The link is valid for 24 hours and can be used once. "
        "If you did not ask for it, you can ignore this email.",
    )
    mail.send(message)


def _find_verification(session: Session, raw_token: str | None) -> VerificationToken | None:
    if not raw_token:
        return None
    return session.exec(
        select(VerificationToken).where(VerificationToken.token_hash == hash_token(raw_token))
    ).first()


def verify_token(session: Session, *, token: str | None) -> VerificationCheck:
    record = _find_verification(session, token)
    if record is None:
        return VerificationCheck(valid=False, error=TOKEN_INVALID, code="TOKEN_INVALID")
    if record.used_at is not None:
        return VerificationCheck(valid=False, email=record.email, error=TOKEN_USED, code="TOKEN_USED")
    if record.expires_at <= clock.now():
        return VerificationCheck(valid=False, email=record.email, error=TOKEN_EXPIRED, code="TOKEN_EXPIRED")
    return VerificationCheck(valid=True, email=record.email)


def invitation_of(session: Session, raw_token: str | None) -> str | None:
    """The shareable invitation a sign-up link came from, if any."""
    record = _find_verification(session, raw_token)
    return record.invitation_id if record else None


def resend_verification(session: Session, *, token: str | None, joining: str | None = None) -> str:
    """A fresh link for the address of an expired or used one, for the same role (and invitation)."""
    record = _find_verification(session, token)
    if record is None:
        raise InvalidInput(TOKEN_INVALID, field="token", code="TOKEN_INVALID")
    return request_verification(session, email=record.email, role=record.role, invitation_id=record.invitation_id,
                                joining=joining)


def complete_signup(session: Session, *, token: str | None, password: str | None) -> SignedIn:
    check = verify_token(session, token=token)
    if not check.valid:
        raise InvalidInput(check.error or TOKEN_INVALID, field="token", code=check.code)
    if password is None:
        raise InvalidInput("Password is required.", field="password", code="MISSING_FIELD")
    passwords.check_policy(password)
    record = _find_verification(session, token)
    if find_user_by_email(session, record.email):
        raise Conflict("This email is already registered. Sign in instead.", field="email", code="EMAIL_REGISTERED")
    now = clock.now()
    record.used_at = now
    user = User(
        email=record.email, password_hash=passwords.hash_password(password), role=record.role,
        created_at=now, updated_at=now,
    )
    session.add_all([record, user])
    session.flush()
    return issue_token(session, user, is_new_user=True)


# --- sign-in and tokens --------------------------------------------------------------------


def client_address(peer: str | None, forwarded_for: str | None = None) -> str:
    """Who is asking, for counting failed sign-ins: the socket peer, or (only when the setting says a proxy
    sits in front) the address that proxy appended last to X-Forwarded-For."""
    if settings.trust_forwarded_for and forwarded_for:
        return forwarded_for.split(",")[-1].strip()[:MAX_CLIENT_LENGTH]
    return (peer or "")[:MAX_CLIENT_LENGTH]


def login(session: Session, *, email: str | None, password: str | None, console: str | None = None,
          client: str = "") -> SignedIn:
    """Sign in; from the coach console an athlete account becomes a coach account (same user)."""
    if console not in (None, CONSOLE_COACH):
        raise InvalidInput("Console must be 'coach' when given.", field="console")
    if not password:
        raise InvalidInput("Password is required.", field="password", code="MISSING_FIELD")
    address = normalize_email(email)
    _check_login_pause(session, address, client)
    user = find_user_by_email(session, address)
    if not passwords.verify_password(password, user.password_hash if user else None):
        session.add(LoginFailure(email=address, client=client, at=clock.now()))
        raise RecordedFailure("Invalid email or password.", code="INVALID_CREDENTIALS")
    session.exec(delete(LoginFailure).where(LoginFailure.email == address))
    upgraded = console == CONSOLE_COACH and user.role == ROLE_ATHLETE
    if upgraded:
        user.role = ROLE_COACH
        user.updated_at = clock.now()
        session.add(user)
    return issue_token(session, user, upgraded=upgraded)


def _failures_since(session: Session, *conditions) -> int:
    since = clock.now() - LOGIN_PAUSE
    return session.exec(select(func.count()).select_from(LoginFailure)
                        .where(LoginFailure.at > since, *conditions)).one()


def _check_login_pause(session: Session, email: str, client: str) -> None:
    """Slows password guessing without letting a stranger lock an account: a client address that keeps failing
    waits, and an address with many wrong passwords waits only for the clients that got them wrong."""
    if _failures_since(session, LoginFailure.client == client) >= CLIENT_LOGIN_ATTEMPTS:
        raise RateLimited("Too many failed sign-ins from your network. Try again in 15 minutes.", field="client",
                          code="TOO_MANY_ATTEMPTS")
    if (_failures_since(session, LoginFailure.email == email) >= LOGIN_ATTEMPTS
            and _failures_since(session, LoginFailure.email == email, LoginFailure.client == client)):
        raise RateLimited("Too many wrong passwords for this address. Try again in 15 minutes.", field="email",
                          code="TOO_MANY_ATTEMPTS")


def issue_token(session: Session, user: User, *, is_new_user: bool = False, upgraded: bool = False) -> SignedIn:
    raw = secrets.token_urlsafe(32)
    now = clock.now()
    expires_at = now + timedelta(seconds=settings.access_token_ttl_seconds)
    session.add(AccessToken(user_id=user.id, token_hash=hash_token(raw), created_at=now, expires_at=expires_at))
    session.flush()
    return SignedIn(user=user, access_token=raw, expires_at=expires_at, is_new_user=is_new_user, upgraded=upgraded)


_SIGNED_IN = (select(AccessToken, User, Membership)
              .join(User, User.id == AccessToken.user_id)
              .outerjoin(Membership, Membership.user_id == User.id)
              .where(AccessToken.token_hash == bindparam("token_hash")))


def _live_session(session: Session, raw_token: str | None) -> tuple[AccessToken, User, Membership | None]:
    """A live token with its user and their membership, read in one query; or NotAuthenticated."""
    if not raw_token:
        raise NotAuthenticated("No authentication token provided", code="NO_TOKEN")
    found = session.exec(_SIGNED_IN, params={"token_hash": hash_token(raw_token)}).first()
    if found is None or found[0].revoked_at is not None or found[0].expires_at <= clock.now():
        raise NotAuthenticated("token validation error", code="INVALID_TOKEN")
    return found


def _live_token(session: Session, raw_token: str | None) -> AccessToken:
    return _live_session(session, raw_token)[0]


def signed_in(session: Session, raw_token: str | None) -> tuple[User, Membership | None]:
    """The user a Bearer token belongs to and their membership; or NotAuthenticated."""
    _, user, membership = _live_session(session, raw_token)
    return user, membership


def authenticate(session: Session, raw_token: str | None) -> User:
    """The user a Bearer token belongs to, or NotAuthenticated."""
    return signed_in(session, raw_token)[0]


def refresh(session: Session, *, raw_token: str | None) -> SignedIn:
    """A fresh token for a live one; the old token stops working."""
    record = _live_token(session, raw_token)
    record.revoked_at = clock.now()
    session.add(record)
    return issue_token(session, session.get(User, record.user_id))


def revoke_all_tokens(session: Session, user_id: str) -> None:
    session.exec(update(AccessToken).where(AccessToken.user_id == user_id, AccessToken.revoked_at.is_(None))
                 .values(revoked_at=clock.now()))


def logout(session: Session, *, raw_token: str | None) -> None:
    record = _live_token(session, raw_token)
    record.revoked_at = clock.now()
    session.add(record)


def own_profile(session: Session, actor) -> dict:
    """The profile of whoever is signed in (``actor``: a ``permissions.Actor``, which imports this module)."""
    return profile(session, actor.user)


def profile(session: Session, user: User) -> dict:
    membership = session.get(Membership, user.id)
    return {
        "user_id": user.id,
        "email": user.email,
        "display_name": user.display_name,
        "membership_role": membership.role if membership else None,
        "org_id": membership.org_id if membership else None,
        "roles": [user.role],
        "created_at": epoch_ms(user.created_at),
    }
