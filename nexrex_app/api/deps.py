"""Request dependencies: who is asking (a Bearer token, or an organization's X-API-Key), and the use case's
transaction, so a route only parses, calls the domain and shapes the answer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
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
    """Whoever sent the request: checked inside the use case's own transaction."""

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


CurrentCaller = Annotated[Caller, Depends(current_caller)]


class UseCase:
    """One use case's transaction, committed when the route has built its answer (before it is sent) and rolled
    back on any error, and whoever asked. Credentials are checked inside that transaction on first use, after the
    request has been parsed, so bad input answers 400 whoever sends it."""

    def __init__(self, session: Session, caller: Caller | None = None, raw_token: str | None = None):
        self.session = session
        self._caller = caller
        self._raw_token = raw_token

    @cached_property
    def actor(self) -> Actor:
        assert self._caller is not None, "a route acting for a caller depends on InUseCase"
        return self._caller.actor(self.session)

    @cached_property
    def user(self) -> User:
        """The signed-in account, for routes that need no organization (an API key is no account)."""
        return accounts.authenticate(self.session, self._raw_token)


def open_use_case(caller: CurrentCaller) -> Iterator[UseCase]:
    with session_scope() as session:
        yield UseCase(session, caller=caller)


def open_signed_in_use_case(raw_token: RawToken) -> Iterator[UseCase]:
    with session_scope() as session:
        yield UseCase(session, raw_token=raw_token)


def open_anonymous_use_case() -> Iterator[UseCase]:
    with session_scope() as session:
        yield UseCase(session)


# scope="function": the transaction ends when the route returns, not after the answer has been sent.
InUseCase = Annotated[UseCase, Depends(open_use_case, scope="function")]
SignedInUseCase = Annotated[UseCase, Depends(open_signed_in_use_case, scope="function")]
AnonymousUseCase = Annotated[UseCase, Depends(open_anonymous_use_case, scope="function")]
