"""Request and response bodies of the /auth endpoints (top-level fields, no envelope)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from nexrex_app.base.vocabulary import AccountRole
from nexrex_app.models.schemas import RequestBody


class VerificationRequest(RequestBody):
    email: str
    role: AccountRole | None = None


class VerificationSent(BaseModel):
    message: str
    expires_in: int


class TokenCheck(RequestBody):
    token: str


class TokenCheckResult(BaseModel):
    valid: bool
    email: str | None = None
    error: str | None = None


class CompleteSignup(RequestBody):
    token: str = Field(max_length=200)
    password: str | None = Field(default=None, max_length=200,
                                 description="Required, except with a shareable invitation link's token.")
    email: str | None = Field(default=None, max_length=320,
                              description="Only with a shareable invitation link's token, which names no address: "
                              "a verification email goes there, and its link sets the password and joins.")


class LinkVerificationSent(BaseModel):
    """The answer (202) to a shareable-link sign-up: no account yet, a verification email instead."""

    message: str
    email: str
    expires_in: int
    verification_sent: bool = True


class PasswordResetRequest(RequestBody):
    email: str = Field(max_length=320)


class PasswordResetBody(RequestBody):
    token: str = Field(max_length=200)
    password: str = Field(max_length=200)


class TokenGrant(BaseModel):
    access_token: str
    token_type: str = "Bearer"
    expires_at: int


class SignedInGrant(TokenGrant):
    user_id: str


class SignupResult(SignedInGrant):
    is_new_user: bool
    success: bool = True


class LoginRequest(RequestBody):
    email: str = Field(max_length=320)
    password: str = Field(max_length=200)
    console: Literal["coach"] | None = None


class MessageResult(BaseModel):
    message: str


class Profile(BaseModel):
    user_id: str
    email: str
    display_name: str | None
    membership_role: str | None
    org_id: str | None
    roles: list[str]
    created_at: int
