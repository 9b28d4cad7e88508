"""Secrets stay out of the logs, whether email goes over SMTP or to the outbox folder."""

import logging
import os
import subprocess
import sys

import pytest

from nexrex_app.settings import PROJECT_ROOT, settings
from tests.support.accounts import PASSWORD, bearer
from tests.support.mailbox import link_in


@pytest.fixture(params=["smtp", "outbox"])
def mailer(request, monkeypatch, tmp_path):
    """A way of reading the verification email: a real SMTP server, or the outbox folder."""
    if request.param == "smtp":
        server = request.getfixturevalue("smtp_server")
        monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
        monkeypatch.setattr(settings, "smtp_port", server.port)
        return server.wait_for
    outbox = request.getfixturevalue("outbox")
    return lambda address: outbox.to(address)[-1]


def test_no_token_or_password_is_logged_on_the_account_journey(client, mailer, caplog):
    caplog.set_level(logging.DEBUG)
    client.post("/api/v1/auth/request-verification", json={"email": "quiet@example.com"})
    token = link_in(mailer("quiet@example.com")).rsplit("token=", 1)[1]
    signed = client.post("/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD}).json()
    login = client.post("/api/v1/auth/login", json={"email": "quiet@example.com", "password": PASSWORD}).json()
    client.post("/api/v1/auth/login", json={"email": "quiet@example.com", "password": "Wrong1Password"})
    client.get("/api/v1/auth/me", headers=bearer("forged-token-value"))
    client.post("/api/v1/auth/logout", headers=bearer(login["access_token"]))
    logged = "\n".join(record.getMessage() for record in caplog.records
                       if not record.name.startswith("mail.log"))  # the test's own mail server
    for secret in (token, PASSWORD, "Wrong1Password", signed["access_token"], login["access_token"],
                   "forged-token-value"):
        assert secret not in logged


def test_the_command_line_shows_the_outbox_links_the_log_leaves_out(client, outbox, caplog):
    caplog.set_level(logging.INFO)
    client.post("/api/v1/auth/request-verification", json={"email": "first@example.com"})
    client.post("/api/v1/auth/request-verification", json={"email": "second@example.com"})
    shown = subprocess.run([sys.executable, "-m", "nexrex_app.cli", "outbox", "--last", "1"], cwd=PROJECT_ROOT,
                           capture_output=True, text=True, env={**os.environ, "NEXREX_OUTBOX_DIR": str(outbox.folder)})
    assert shown.returncode == 0, shown.stderr
    assert "to second@example.com: Verify your email for nexrex" in shown.stdout
    assert link_in(outbox.to("second@example.com")[0]) in shown.stdout
    assert "first@example.com" not in shown.stdout
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "email to second@example.com" in logged and str(outbox.folder) in logged and "token" not in logged
