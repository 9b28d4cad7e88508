"""Feature switches: per account (default by role) and per organization (default on)."""

from __future__ import annotations

from sqlmodel import Session

from nexrex_app.base.errors import Forbidden, InvalidInput, NotFound
from nexrex_app.models.accounts import ROLE_COACH, User
from nexrex_app.models.organizations import Organization
from nexrex_app.models.library import ACCOUNT_FEATURES, ORG_FEATURES, AccountFeature, OrgFeature

COACH_DEFAULTS = {feature: True for feature in ACCOUNT_FEATURES}


def account_has(session: Session, user: User, feature: str) -> bool:
    switch = session.get(AccountFeature, (user.id, feature))
    if switch is not None:
        return switch.enabled
    return user.role == ROLE_COACH and COACH_DEFAULTS.get(feature, False)


def org_has(session: Session, org_id: str | None, feature: str) -> bool:
    if org_id is None:
        return False
    switch = session.get(OrgFeature, (org_id, feature))
    return True if switch is None else switch.enabled


def require_account_feature(session: Session, user: User, feature: str) -> None:
    if not account_has(session, user, feature):
        raise Forbidden(f"The {feature} feature is not enabled for your account.", code="FEATURE_DISABLED")


def switch_account_feature(session: Session, *, user_id: str, feature: str, enabled: bool) -> None:
    if feature not in ACCOUNT_FEATURES:
        raise InvalidInput(f"Account features are: {', '.join(ACCOUNT_FEATURES)}.", field="feature")
    if session.get(User, user_id) is None:
        raise NotFound("No account with this user ID.", field="user_id")
    switch = session.get(AccountFeature, (user_id, feature)) or AccountFeature(user_id=user_id, feature=feature,
                                                                                enabled=enabled)
    switch.enabled = enabled
    session.add(switch)


def switch_org_feature(session: Session, *, org_id: str, feature: str, enabled: bool) -> None:
    if feature not in ORG_FEATURES:
        raise InvalidInput(f"Organization features are: {', '.join(ORG_FEATURES)}.", field="feature")
    if session.get(Organization, org_id) is None:
        raise NotFound("No organization with this ID.", field="org_id")
    switch = session.get(OrgFeature, (org_id, feature)) or OrgFeature(org_id=org_id, feature=feature, enabled=enabled)
    switch.enabled = enabled
    session.add(switch)


def account_features(session: Session, user_id: str) -> dict[str, bool]:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("No account with this user ID.", field="user_id")
    return {feature: account_has(session, user, feature) for feature in ACCOUNT_FEATURES}


def org_features(session: Session, org_id: str) -> dict[str, bool]:
    if session.get(Organization, org_id) is None:
        raise NotFound("No organization with this ID.", field="org_id")
    return {feature: org_has(session, org_id, feature) for feature in ORG_FEATURES}
