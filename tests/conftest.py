"""Test harness: databases (SQLite always, PostgreSQL when NEXREX_TEST_POSTGRES_URL is set),
a controllable clock, the email outbox and a real SMTP server."""

from __future__ import annotations

import os

os.environ.setdefault("NEXREX_BCRYPT_ROUNDS", "4")  # the policy is the same; only the cost is lower
os.environ["__REFLEX_SKIP_COMPILE"] = "true"

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

from nexrex_app.db import make_engine
from nexrex_app.base.clock import clock as app_clock
from nexrex_app.settings import settings
from tests.support.database import migrate
from tests.support.mailbox import Outbox, SmtpServer
from tests.support.server import database_name, fresh_database

POSTGRES_URL = os.environ.get("NEXREX_TEST_POSTGRES_URL", "").strip()
KEPT_ROWS = {"workouts": "visibility = 'system'"}  # the built-in rows the migrations add
DATABASES = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'nexrex-test.db'}"
    migrate(url)
    return url


@pytest.fixture(scope="session")
def postgresql_url(worker_id) -> str:
    """The test database; a test process among several (pytest-xdist) gets a database of its own beside it."""
    url = POSTGRES_URL
    if worker_id != "master":
        url = fresh_database(POSTGRES_URL, f"{database_name(POSTGRES_URL)}_{worker_id}")
    migrate(url, fresh_schema=True)
    return url


def use_clean_database(url: str, monkeypatch) -> str:
    engine = make_engine(url)
    with engine.begin() as connection:
        for table in reversed(SQLModel.metadata.sorted_tables):
            keep = KEPT_ROWS.get(table.name)
            connection.execute(text(f'DELETE FROM "{table.name}"' + (f" WHERE NOT ({keep})" if keep else "")))
    engine.dispose()
    monkeypatch.setattr(settings, "database_url", url)
    return url


@pytest.fixture(params=DATABASES)
def db(request, monkeypatch) -> str:
    """A clean, migrated database for a domain or API test; runs once per configured database."""
    return use_clean_database(request.getfixturevalue(f"{request.param}_url"), monkeypatch)


@pytest.fixture
def sqlite_db(sqlite_url, monkeypatch) -> str:
    """A clean SQLite database (State tests)."""
    return use_clean_database(sqlite_url, monkeypatch)


@pytest.fixture
def clock():
    """The app's clock, frozen at the current second; tests move it with ``clock.advance``."""
    app_clock.freeze()
    yield app_clock
    app_clock.resume()


@pytest.fixture
def outbox(tmp_path, monkeypatch) -> Outbox:
    """Email goes to a fresh outbox folder (no SMTP_HOST)."""
    monkeypatch.setattr(settings, "smtp_host", "")
    monkeypatch.setattr(settings, "outbox_dir", tmp_path / "outbox")
    return Outbox(tmp_path / "outbox")


@pytest.fixture
def smtp_server():
    """A real SMTP server on loopback that keeps what it receives."""
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


def pytest_collection_modifyitems(items):
    """Browser tests run last: Playwright's sync driver keeps an event loop on the main thread."""
    items.sort(key=lambda item: "e2e" in item.path.parts)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids):
    """The browser tests run one at a time, after the others: they time what a page does, and one of them stops
    PostgreSQL under every test running beside it. ``scripts/test.sh`` runs them so."""
    if any(test_id.startswith("tests/e2e/") for test_id in ids):
        raise pytest.UsageError("run tests/e2e without --numprocesses (scripts/test.sh does)")
