"""Starting the production build for browser tests and benchmarks: its own database, port and build folder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
from sqlalchemy.engine import make_url

from nexrex_app.settings import PROJECT_ROOT
from tests.support.mailbox import _free_port

START_TIMEOUT_SECONDS = 300


def start(folder: Path, database_url: str, *, web_dir: str, smtp_port: int | None = None,
          extra: dict | None = None) -> tuple[str, subprocess.Popen]:
    """Start the production build on a free port and wait until it answers; (its URL, the process)."""
    port = _free_port()
    url = f"http://localhost:{port}"
    env = {
        **os.environ,
        "REFLEX_DB_URL": database_url,
        "REFLEX_WEB_WORKDIR": str(PROJECT_ROOT / web_dir),  # its own build, apart from any other server's
        "REFLEX_STATES_WORKDIR": str(folder / ".states"),  # and its own tabs' state, which a start resets
        "NEXREX_PUBLIC_URL": url,
        **({"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp_port)} if smtp_port else
           {"NEXREX_OUTBOX_DIR": str(folder / "outbox")}),
        "NEXREX_BCRYPT_ROUNDS": "4",
        "PATH": f"{PROJECT_ROOT / '.tools/node_modules/.bin'}:{os.environ.get('PATH', '')}",
        **(extra or {}),
    }
    env.pop("__REFLEX_SKIP_COMPILE", None)
    log_path = folder / f"server-{port}.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [str(PROJECT_ROOT / ".venv/bin/reflex"), "run", "--env", "prod",
             "--frontend-port", str(port), "--backend-port", str(port), "--loglevel", "warning"],
            cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        wait_until_up(url, server, log_path)
    except BaseException:
        stop(server)
        raise
    return url, server


def stop(server: subprocess.Popen, *, kill: bool = False) -> None:
    """Stop the server and its workers: politely, or at once (``kill``) as a crash would."""
    try:
        os.killpg(server.pid, signal.SIGKILL if kill else signal.SIGTERM)
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def serve(folder: Path, database_url: str, *, web_dir: str, smtp_port: int | None = None,
          extra: dict | None = None) -> Iterator[str]:
    """The server for as long as the caller iterates; stopped afterwards."""
    url, server = start(folder, database_url, web_dir=web_dir, smtp_port=smtp_port, extra=extra)
    try:
        yield url
    finally:
        stop(server)


def redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=2):
            return True
    except OSError:
        return False


def database_name(url: str) -> str:
    return make_url(url).database


def fresh_database(server_url: str, name: str) -> str:
    """An empty database of its own on the test PostgreSQL server."""
    with psycopg.connect(server_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def wait_until_up(url: str, server: subprocess.Popen, log_path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the app exited early:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200 and \
                    httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"the app did not start in time:\n{log_path.read_text()[-3000:]}")


