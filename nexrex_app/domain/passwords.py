"""The password policy and bcrypt hashing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import bcrypt

from nexrex_app.base.errors import InvalidInput
from nexrex_app.settings import settings

MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything past 72 bytes; refuse rather than truncate


@dataclass(frozen=True)
class PasswordRule:
    key: str
    label: str
    test: Callable[[str], bool]


PASSWORD_RULES: tuple[PasswordRule, ...] = (
    PasswordRule("length", "At least 8 characters", lambda p: len(p) >= 8),
    PasswordRule("upper", "At least one uppercase letter", lambda p: any(c.isupper() for c in p)),
    PasswordRule("lower", "At least one lowercase letter", lambda p: any(c.islower() for c in p)),
    PasswordRule("digit", "At least one digit", lambda p: any(c.isdigit() for c in p)),
)


def rule_results(password: str) -> dict[str, bool]:
    """Which rules the password meets, by rule key (for the live checklist)."""
    return {rule.key: rule.test(password) for rule in PASSWORD_RULES}


def check_policy(password: str, *, field: str = "password") -> None:
    missing = [rule.label.lower() for rule in PASSWORD_RULES if not rule.test(password)]
    if missing:
        raise InvalidInput(
            "Password needs " + ", ".join(missing) + ".", field=field, code="WEAK_PASSWORD"
        )
    if len(password.encode()) > MAX_PASSWORD_BYTES:
        raise InvalidInput(
            f"Password must be at most {MAX_PASSWORD_BYTES} bytes long.", field=field, code="PASSWORD_TOO_LONG"
        )


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(settings.bcrypt_rounds)).decode()


def verify_password(password: str, password_hash: str | None) -> bool:
    """Check a password; with no hash, spend the same time on a dummy one and say no."""
    candidate = password.encode()[:MAX_PASSWORD_BYTES]
    if password_hash is None:
        bcrypt.checkpw(candidate, _dummy_hash())
        return False
    return bcrypt.checkpw(candidate, password_hash.encode())


@lru_cache(maxsize=1)
def _dummy_hash() -> bytes:
    return bcrypt.hashpw(b"no-such-account", bcrypt.gensalt(settings.bcrypt_rounds))
