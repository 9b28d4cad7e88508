"""POST /auth/…: verification, sign-up, sign-in, password reset, token refresh, sign-out, and GET /auth/me."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from nexrex_app.api.deps import AnonymousUseCase, RawToken, SignedInUseCase
from nexrex_app.domain import accounts, password_resets, signup
from nexrex_app.base.clock import epoch_ms
from nexrex_app.models.auth import (
    CompleteSignup,
    LinkVerificationSent,
    LoginRequest,
    MessageResult,
    PasswordResetBody,
    PasswordResetRequest,
    Profile,
    SignedInGrant,
    SignupResult,
    TokenCheck,
    TokenCheckResult,
    TokenGrant,
    VerificationRequest,
    VerificationSent,
)

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/request-verification", response_model=VerificationSent)
def request_verification(body: VerificationRequest, case: AnonymousUseCase) -> VerificationSent:
    email = accounts.request_verification(case.session, email=body.email, role=body.role)
    return VerificationSent(
        message=f"Verification email sent to {email}.",
        expires_in=int(accounts.VERIFICATION_TTL.total_seconds()),
    )


@router.post("/verify-token", response_model=TokenCheckResult, response_model_exclude_none=True)
def verify_token(body: TokenCheck, case: AnonymousUseCase) -> TokenCheckResult:
    check = signup.check_token(case.session, token=body.token)
    return TokenCheckResult(valid=check.valid, email=check.email if check.valid else None, error=check.error)


@router.post("/complete-signup", response_model=SignupResult, status_code=201, responses={
    202: {"model": LinkVerificationSent,
          "description": "A shareable invitation link's token with an email: a verification email was sent; the "
                         "account is created, and joins, when its link is used."}})
def complete_signup(body: CompleteSignup, case: AnonymousUseCase) -> SignupResult | JSONResponse:
    """With the token of an emailed link (verification or email invitation) and a password: the account is
    created and signed in (201). With a shareable invitation link's token and an ``email``: nothing is created
    yet; a verification email goes to that address (202, at most 3 an hour), and its link finishes the sign-up
    and joins the organization."""
    signed_in = signup.complete(case.session, token=body.token, password=body.password, email=body.email)
    if isinstance(signed_in, signup.VerificationSent):
        sent = LinkVerificationSent(
            message=f"Verification email sent to {signed_in.email}. Its link sets your password and joins.",
            email=signed_in.email, expires_in=int(accounts.VERIFICATION_TTL.total_seconds()))
        return JSONResponse(sent.model_dump(), status_code=202)
    return SignupResult(
        user_id=signed_in.user.id,
        access_token=signed_in.access_token,
        expires_at=epoch_ms(signed_in.expires_at),
        is_new_user=signed_in.is_new_user,
    )


@router.post("/login", response_model=SignedInGrant)
def login(body: LoginRequest, request: Request, case: AnonymousUseCase) -> SignedInGrant:
    """429 after many failed sign-ins from the caller's address, or after 5 wrong passwords for an account
    from an address that got them wrong (a correct password from elsewhere still signs in)."""
    client = accounts.client_address(request.client.host if request.client else None,
                                     request.headers.get("x-forwarded-for"))
    signed_in = accounts.login(case.session, email=body.email, password=body.password, console=body.console,
                               client=client)
    return SignedInGrant(
        user_id=signed_in.user.id, access_token=signed_in.access_token, expires_at=epoch_ms(signed_in.expires_at)
    )


@router.post("/request-password-reset", response_model=MessageResult)
def request_password_reset(body: PasswordResetRequest, case: AnonymousUseCase) -> MessageResult:
    """Emails a reset link valid for one hour; the answer is the same whether or not the address has an account."""
    email = password_resets.request_reset(case.session, email=body.email)
    return MessageResult(message=f"If {email} has a nexrex account, a reset link is on its way.")


@router.post("/reset-password", response_model=MessageResult)
def reset_password(body: PasswordResetBody, case: AnonymousUseCase) -> MessageResult:
    """Sets a new password (same rules as sign-up) from the emailed link; every session of the account ends."""
    password_resets.reset_password(case.session, token=body.token, password=body.password)
    return MessageResult(message="Your password is set. Sign in with it.")


@router.post("/token/refresh", response_model=TokenGrant)
def refresh_token(raw_token: RawToken, case: AnonymousUseCase) -> TokenGrant:
    signed_in = accounts.refresh(case.session, raw_token=raw_token)
    return TokenGrant(access_token=signed_in.access_token, expires_at=epoch_ms(signed_in.expires_at))


@router.post("/logout", response_model=MessageResult)
def logout(raw_token: RawToken, case: AnonymousUseCase) -> MessageResult:
    accounts.logout(case.session, raw_token=raw_token)
    return MessageResult(message="Signed out.")


@router.get("/me", response_model=Profile)
def me(case: SignedInUseCase) -> Profile:
    return Profile(**accounts.profile(case.session, case.user))
