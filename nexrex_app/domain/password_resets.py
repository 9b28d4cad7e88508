"""Forgotten passwords: a single-use reset link by email, valid for an hour.

The answer and the email rate are the same whether or not an account has the address, so nobody learns
who is registered.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from urllib.parse import urlencode

from sqlalchemy import delete
from sqlmodel import Session, select

from nexrex_app import mail
from nexrex_app.domain import accounts, passwords
from nexrex_app.base.clock import clock
from nexrex_app.base.errors import InvalidInput
from nexrex_app.models.accounts import ROLE_ATHLETE, LoginFailure, PasswordReset, User
from nexrex_app.settings import settings

RESET_TTL = timedelta(hours=1)
SIGN_IN_PAGES = {ROLE_ATHLETE: "/athlete/login"}
COACH_SIGN_IN_PAGE = "/login"


def request_reset(session: Session, *, email: str | None) -> str:
    """Email a reset link to the address (or, with no account there, a note saying so); answers the address."""
    address = accounts.normalize_email(email)
    accounts.check_email_rate(session, PasswordReset, address)
    user = accounts.find_user_by_email(session, address)
    raw = secrets.token_urlsafe(32)
    now = clock.now()
    session.add(PasswordReset(email=address, user_id=user.id if user else None, token_hash=accounts.hash_token(raw),
                              created_at=now, expires_at=now + RESET_TTL))
    session.flush()
    mail.send(_reset_email(address, raw) if user else _no_account_email(address))
    return address


def _reset_email(address: str, raw_token: str):
    return mail.action_email(
        to=address,
        subject="Reset your nexrex password",
        intro="Someone (we hope you) asked to reset the password of your nexrex account.",
        button="Choose a new password",
        link=f"{settings.public_url}/reset-password?{urlencode({'token': raw_token})}",
        outro="The link is valid for one hour and can be used once. If you did not ask for it, ignore this email: "
        "your password stays as it is.",
    )


def _no_account_email(address: str):
    return mail.action_email(
        to=address,
        subject="Reset your nexrex password",
        intro="Someone asked to reset the nexrex password of this address, but no nexrex account uses it.",
        button="Sign up as a coach",
        link=f"{settings.public_url}/signup",
        outro="If you did not ask for it, you can ignore this email.",
    )


def _usable(session: Session, raw_token: str | None) -> PasswordReset:
    record = None
    if raw_token:
        record = session.exec(select(PasswordReset)
                              .where(PasswordReset.token_hash == accounts.hash_token(raw_token))).first()
    if record is None or record.user_id is None:
        raise InvalidInput(accounts.TOKEN_INVALID, field="token", code="TOKEN_INVALID")
    if record.used_at is not None:
        raise InvalidInput(accounts.TOKEN_USED, field="token", code="TOKEN_USED")
    if record.expires_at <= clock.now():
        raise InvalidInput(accounts.TOKEN_EXPIRED, field="token", code="TOKEN_EXPIRED")
    return record


def check_link(session: Session, *, token: str | None) -> str:
    """The address a live reset link is for, or InvalidInput saying what is wrong with it."""
    return _usable(session, token).email


def reset_password(session: Session, *, token: str | None, password: str | None) -> User:
    """Set the new password; every session of the account ends and the link stops working."""
    record = _usable(session, token)
    if password is None:
        raise InvalidInput("Password is required.", field="password", code="MISSING_FIELD")
    passwords.check_policy(password)
    user = session.get(User, record.user_id)
    now = clock.now()
    user.password_hash = passwords.hash_password(password)
    user.updated_at = now
    record.used_at = now
    session.add_all([user, record])
    accounts.revoke_all_tokens(session, user.id)
    session.exec(delete(LoginFailure).where(LoginFailure.email == user.email))
    session.flush()
    return user


def sign_in_page(user: User) -> str:
    return SIGN_IN_PAGES.get(user.role, COACH_SIGN_IN_PAGE)
