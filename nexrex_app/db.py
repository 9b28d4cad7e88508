"""The database engine and sessions: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import pydantic_core
from sqlalchemy import event
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, create_engine

from nexrex_app.base.errors import DomainError, InvalidInput, ServiceUnavailable
from nexrex_app.settings import settings


def normalize_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    # Plans and workouts keep their weeks and blocks as JSON: pydantic's parser reads them several times faster.
    json_columns = {"json_deserializer": pydantic_core.from_json}
    if url.startswith("sqlite"):
        _ensure_sqlite_folder(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **json_columns)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, **json_columns)
    event.listen(engine, "before_cursor_execute", _refuse_nul_characters)
    return engine


def _refuse_nul_characters(_connection, _cursor, _statement, parameters, _context, executemany) -> None:
    """PostgreSQL cannot hold a NUL character in text (its driver raises, which was a 500) and SQLite would store
    it: an id or text holding one is refused the same way on both. Named text fields refuse every control
    character earlier (domain/text.py); this is the net under the ids and filters that are looked up as given."""
    rows = parameters if executemany else [parameters]
    for row in rows:
        values = row.values() if isinstance(row, dict) else row or ()
        if any(isinstance(value, str) and "\x00" in value for value in values):
            raise InvalidInput("Text cannot contain NUL characters.", code="INVALID_CHARACTER")


def _ensure_sqlite_folder(url: str) -> None:
    from pathlib import Path

    path = url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@lru_cache(maxsize=None)
def _engine_for(url: str) -> Engine:
    return make_engine(url)


def get_engine() -> Engine:
    return _engine_for(settings.database_url)


ON_COMMIT = "nexrex_on_commit"


def on_commit(session: Session, action: Callable[[], None]) -> None:
    """Run ``action`` once the session's transaction has committed; a rollback drops it (nothing happened)."""
    session.info.setdefault(ON_COMMIT, []).append(action)


@event.listens_for(OrmSession, "after_commit")
def _run_on_commit(session: OrmSession) -> None:
    for action in session.info.pop(ON_COMMIT, []):
        action()


@event.listens_for(OrmSession, "after_soft_rollback")
def _drop_on_commit(session: OrmSession, _previous_transaction) -> None:
    if not session.in_transaction():  # a savepoint rolled back keeps the outer transaction's actions
        session.info.pop(ON_COMMIT, None)


DATABASE_DOWN = "The database is not reachable right now. Please try again in a moment."


@contextmanager
def session_scope() -> Iterator[Session]:
    """One transaction per use case: commit on success, roll back on any error.

    A lost database connection becomes ServiceUnavailable, which both faces answer cleanly (503).
    """
    with Session(get_engine(), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except DomainError as exc:
            if exc.keep_changes:
                session.commit()
            else:
                session.rollback()
            raise
        except (OperationalError, InterfaceError, SQLAlchemyTimeoutError) as exc:
            _quiet_rollback(session)
            raise ServiceUnavailable(DATABASE_DOWN, code="DATABASE_UNAVAILABLE") from exc
        except BaseException:
            _quiet_rollback(session)
            raise


def _quiet_rollback(session: Session) -> None:
    try:
        session.rollback()
    except SQLAlchemyError:
        pass  # the connection is already gone; the pool replaces it
