"""Organization API keys: the head coach's organization scope for integrations, over ``X-API-Key``."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlmodel import Session, select

from nexrex_app.domain import accounts, permissions
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import InvalidInput, NotAuthenticated, NotFound
from nexrex_app.domain.permissions import Actor
from nexrex_app.base.text import required_text
from nexrex_app.models.accounts import User
from nexrex_app.models.org_schemas import ApiKeyView
from nexrex_app.models.organizations import ApiKey, Membership, Organization

SECRET_PREFIX = "nxk_"


def create_key(session: Session, actor: Actor, org_id: str, *, name: str | None, expires_at: datetime | None = None
               ) -> tuple[ApiKey, str]:
    """A new key and its secret, which is shown this once and stored only as a hash."""
    permissions.require_head_coach_in_person(actor, org_id)
    now = clock.now()
    if expires_at is not None and expires_at <= now:
        raise InvalidInput("expires_at must be in the future.", field="expires_at")
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(org_id=org_id, name=required_text(name, field="name", label="Key name", max_length=120),
                 prefix=secret[:10], secret_hash=accounts.hash_token(secret), created_by=actor.user_id,
                 created_at=now, expires_at=expires_at)
    session.add(key)
    session.flush()
    return key, secret


def list_keys(session: Session, actor: Actor, org_id: str) -> list[ApiKey]:
    permissions.require_head_coach_of(actor, org_id)
    return list(session.exec(select(ApiKey).where(ApiKey.org_id == org_id).order_by(ApiKey.created_at.desc())))


def revoke_key(session: Session, actor: Actor, org_id: str, key_id: str) -> None:
    permissions.require_head_coach_in_person(actor, org_id)
    key = session.get(ApiKey, key_id)
    if key is None or key.org_id != org_id:
        raise NotFound("API key not found.", field="key_id", code="KEY_NOT_FOUND")
    key.revoked_at = key.revoked_at or clock.now()
    session.add(key)


def actor_for_key(session: Session, secret: str | None) -> Actor:
    """The head coach of the key's organization, on whose behalf an integration acts."""
    if not secret:
        raise NotAuthenticated("No API key provided", code="NO_API_KEY")
    key = session.exec(select(ApiKey).where(ApiKey.secret_hash == accounts.hash_token(secret))).first()
    now = clock.now()
    if key is None or key.revoked_at is not None or (key.expires_at is not None and key.expires_at <= now):
        raise NotAuthenticated("Invalid API key", code="INVALID_API_KEY")
    org = session.get(Organization, key.org_id)
    key.last_used_at = now
    session.add(key)
    head_coach = session.get(User, org.head_coach_user_id)
    return Actor(user=head_coach, membership=session.get(Membership, head_coach.id), by_api_key=True)


def key_view(key: ApiKey, secret: str | None = None) -> ApiKeyView:
    """The key; its ``secret`` is shown only when given (once, when the key is made)."""
    view = ApiKeyView(key_id=key.id, name=key.name, prefix=key.prefix, created_at=epoch_ms(key.created_at),
                      expires_at=epoch_ms(key.expires_at), revoked_at=epoch_ms(key.revoked_at),
                      last_used_at=epoch_ms(key.last_used_at))
    if secret:
        view.secret = secret
    return view
