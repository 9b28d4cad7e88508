"""Browser tests: the production build served by ``reflex run --env prod``, driven in Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, sync_playwright

from tests.conftest import POSTGRES_URL
from tests.e2e.browsing import DESKTOP, PHONE
from tests.support.database import migrate
from tests.support.mailbox import SmtpServer
from tests.support.server import database_name, fresh_database, redis_up, serve

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="session")
def smtp() -> SmtpServer:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def app_url(tmp_path_factory, smtp) -> str:
    """The app as scripts/run.sh starts it by default: SQLite, one worker."""
    folder = tmp_path_factory.mktemp("e2e")
    database_url = f"sqlite:///{folder / 'nexrex.db'}"
    migrate(database_url)
    yield from serve(folder, database_url, web_dir=".web-e2e", smtp_port=smtp.port)


@pytest.fixture(scope="session")
def workers_url(tmp_path_factory, smtp) -> str:
    """The scaled-out mode: PostgreSQL, console state in Redis, two worker processes."""
    if not POSTGRES_URL or not redis_up():
        pytest.skip("needs NEXREX_TEST_POSTGRES_URL and Redis on 127.0.0.1:6379")
    # named after the test database, so that runs against different test databases keep apart
    database_url = fresh_database(POSTGRES_URL, database_name(POSTGRES_URL) + "_e2e_workers")
    migrate(database_url)
    yield from serve(tmp_path_factory.mktemp("e2e-workers"), database_url, web_dir=".web-e2e-workers",
                     smtp_port=smtp.port, extra={"REFLEX_REDIS_URL": "redis://127.0.0.1:6379/5", "GRANIAN_WORKERS": "2"})


@pytest.fixture(scope="session")
def chromium() -> Browser:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageErrors:
    """Every uncaught script error and console error of the pages of the contexts it watches."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def watch(self, context: BrowserContext) -> BrowserContext:
        context.on("page", self._watch_page)
        return context

    def _watch_page(self, page) -> None:
        page.on("pageerror", lambda error: self.seen.append(f"{page.url}: page error: {error}"))
        page.on("console", lambda message: self._console(page, message))

    def _console(self, page, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.seen.append(f"{page.url}: console error: {message.text}")


@pytest.fixture
def open_context(chromium, request) -> Callable[..., BrowserContext]:
    """New browser contexts (desktop or phone) whose pages fail the test on any script or console error."""
    errors = PageErrors()
    contexts: list[BrowserContext] = []

    def open_(device: dict = DESKTOP, base_url: str | None = None) -> BrowserContext:
        base_url = base_url or request.getfixturevalue("app_url")
        context = errors.watch(chromium.new_context(base_url=base_url, **device))
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield open_
    for context in contexts:
        context.close()
    assert not errors.seen, "the pages reported errors:\n" + "\n".join(errors.seen)


@pytest.fixture
def desktop(open_context):
    return open_context(DESKTOP).new_page()


@pytest.fixture
def phone(open_context):
    return open_context(PHONE).new_page()
