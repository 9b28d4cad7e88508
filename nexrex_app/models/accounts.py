"""Accounts: users, email verification tokens and access tokens (stored only as hashes)."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import JSON, Column, false

from sqlmodel import Field, SQLModel

from nexrex_app.base.clock import clock
from nexrex_app.models.ids import new_id

ROLE_COACH = "coach"
ROLE_ATHLETE = "athlete"


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: str = Field(default_factory=partial(new_id, "usr"), primary_key=True, max_length=40)
    email: str = Field(max_length=320, unique=True, index=True)
    password_hash: str = Field(max_length=100)
    role: str = Field(max_length=20, default=ROLE_ATHLETE)
    display_name: str | None = Field(default=None, max_length=120)
    timezone: str = Field(default="UTC", max_length=64, sa_column_kwargs={"server_default": "UTC"})
    # False until the person picks a zone: meanwhile the Training tab follows the zone of their device.
    timezone_chosen: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    fitness: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, server_default="{}"))
    calendar_token: str | None = Field(default=None, max_length=64, unique=True)  # sha256 of the feed's secret
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now)


class VerificationToken(SQLModel, table=True):
    __tablename__ = "verification_tokens"

    id: str = Field(default_factory=partial(new_id, "vrf"), primary_key=True, max_length=40)
    email: str = Field(max_length=320, index=True)
    role: str = Field(max_length=20)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=clock.now, index=True)
    expires_at: datetime
    used_at: datetime | None = None
    # a sign-up from a shareable link: the account joins that invitation's organization once the address is proven
    invitation_id: str | None = Field(default=None, foreign_key="invitations.id", max_length=40, ondelete="CASCADE")


class PasswordReset(SQLModel, table=True):
    """A request for a reset link; ``user_id`` is empty when no account has the address (no email says so)."""

    __tablename__ = "password_resets"

    id: str = Field(default_factory=partial(new_id, "pwr"), primary_key=True, max_length=40)
    email: str = Field(max_length=320, index=True)
    user_id: str | None = Field(default=None, foreign_key="users.id", max_length=40, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=clock.now, index=True)
    expires_at: datetime
    used_at: datetime | None = None


class LoginFailure(SQLModel, table=True):
    """A wrong password for an address from a client address; too many in a short time pause sign-in."""

    __tablename__ = "login_failures"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, index=True)
    client: str = Field(default="", max_length=64, index=True)
    at: datetime = Field(default_factory=clock.now, index=True)


class AccessToken(SQLModel, table=True):
    __tablename__ = "access_tokens"

    id: str = Field(default_factory=partial(new_id, "tok"), primary_key=True, max_length=40)
    user_id: str = Field(foreign_key="users.id", index=True, max_length=40, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=clock.now)
    expires_at: datetime
    revoked_at: datetime | None = None
