"""Every environment variable the app reads, in one place, each with a working default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_ROOT / "var"


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, "").strip() or default


def _env_bool(name: str, default: bool = False) -> bool:
    value = _env(name)
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    value = _env(name)
    return int(value) if value else default


@dataclass
class Settings:
    database_url: str
    public_url: str
    outbox_dir: Path
    smtp_host: str
    smtp_port: int
    smtp_user: str
    smtp_password: str
    smtp_from: str
    smtp_starttls: bool
    access_token_ttl_seconds: int
    bcrypt_rounds: int
    llm_base_url: str
    llm_api_key: str
    llm_model: str
    llm_timeout_seconds: float
    trust_forwarded_for: bool = False
    redis_url: str = ""

    @classmethod
    def from_env(cls) -> Settings:
        port = _env("PORT", "3000")
        return cls(
            database_url=_env("REFLEX_DB_URL", f"sqlite:///{VAR_DIR / 'nexrex.db'}"),
            public_url=_env("NEXREX_PUBLIC_URL", f"http://localhost:{port}").rstrip("/"),
            outbox_dir=Path(_env("NEXREX_OUTBOX_DIR", str(VAR_DIR / "outbox"))),
            smtp_host=_env("SMTP_HOST"),
            smtp_port=_env_int("SMTP_PORT", 25),
            smtp_user=_env("SMTP_USER"),
            smtp_password=_env("SMTP_PASSWORD"),
            smtp_from=_env("SMTP_FROM", "nexrex <no-reply@nexrex.local>"),
            smtp_starttls=_env_bool("SMTP_STARTTLS"),
            access_token_ttl_seconds=_env_int("NEXREX_ACCESS_TOKEN_TTL", 7 * 24 * 3600),
            bcrypt_rounds=_env_int("NEXREX_BCRYPT_ROUNDS", 12),
            llm_base_url=_env("NEXREX_LLM_BASE_URL"),
            llm_api_key=_env("NEXREX_LLM_API_KEY"),
            llm_model=_env("NEXREX_LLM_MODEL", "gpt-4o-mini"),
            llm_timeout_seconds=float(_env("NEXREX_LLM_TIMEOUT", "30")),
            trust_forwarded_for=_env_bool("NEXREX_TRUST_X_FORWARDED_FOR"),
            redis_url=_env("REFLEX_REDIS_URL"),
        )


settings = Settings.from_env()
