"""Request dependencies: who is asking (a Bearer token, or an organization's X-API-Key)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from nexrex_app.db import session_scope
from nexrex_app.domain import accounts, api_keys, permissions
from nexrex_app.base.errors import NotAuthenticated
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.accounts import User

bearer_scheme = HTTPBearer(auto_error=False, description="An access token from /auth/login or /auth/complete-signup.")
api_key_scheme = APIKeyHeader(
    name="X-API-Key", auto_error=False,
    description="An organization API key: acts with the head coach's scope, except that it cannot create or "
                "revoke API keys, add or remove coaches, or invite assistant coaches (403 `API_KEY_NOT_ALLOWED`): "
                "those need the head coach signed in, so revoking a leaked key contains the leak.")


async def bearer_token(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]) -> str | None:
    return credentials.credentials if credentials else None


RawToken = Annotated[str | None, Depends(bearer_token)]


@dataclass(frozen=True)
class Caller:
    """Whoever sent the request: checked inside the use case's own transaction, in the same thread."""

    raw_token: str | None
    api_key: str | None

    def actor(self, session: Session) -> Actor:
        if self.raw_token is None and self.api_key is not None:
            return api_keys.actor_for_key(session, self.api_key)
        return permissions.signed_in_actor(session, self.raw_token)


async def current_caller(raw_token: RawToken, api_key: Annotated[str | None, Depends(api_key_scheme)]) -> Caller:
    """Requests without credentials are refused before anything else is read."""
    if raw_token is None and api_key is None:
        raise NotAuthenticated("No authentication token provided", code="NO_TOKEN")
    return Caller(raw_token=raw_token, api_key=api_key)


def current_user(raw_token: RawToken) -> User:
    with session_scope() as session:
        return accounts.authenticate(session, raw_token)


CurrentCaller = Annotated[Caller, Depends(current_caller)]
CurrentUser = Annotated[User, Depends(current_user)]
