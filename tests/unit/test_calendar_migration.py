"""The migration that stores calendar feed secrets hashed keeps existing feed addresses working."""

import hashlib

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from nexrex_app.db import make_engine
from nexrex_app.settings import PROJECT_ROOT


def _upgrade(engine, revision: str) -> None:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.attributes["configure_logger"] = False
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_existing_calendar_secrets_are_replaced_by_their_hash(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    _upgrade(engine, "0006")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO users (id, email, password_hash, role, timezone, fitness, calendar_token, created_at, "
            "updated_at) VALUES ('usr_1', 'a@example.com', 'x', 'athlete', 'UTC', '{}', 'old-secret', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00'), ('usr_2', 'b@example.com', 'x', 'athlete', 'UTC', "
            "'{}', NULL, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    _upgrade(engine, "head")
    with engine.connect() as connection:
        stored = dict(connection.execute(text("SELECT id, calendar_token FROM users ORDER BY id")).all())
    engine.dispose()
    assert stored == {"usr_1": hashlib.sha256(b"old-secret").hexdigest(), "usr_2": None}
