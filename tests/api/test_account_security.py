"""Sign-in throttling per client address, and resetting a forgotten password (SPEC §3)."""

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from nexrex_app.db import get_engine
from nexrex_app.models.accounts import PasswordReset
from nexrex_app.settings import settings
from tests.support.accounts import PASSWORD, bearer, sign_up
from tests.support.mailbox import link_in

LOGIN = "/api/v1/auth/login"
REQUEST_RESET = "/api/v1/auth/request-password-reset"
RESET = "/api/v1/auth/reset-password"
NEW_PASSWORD = "Fresh2Legs"


@pytest.fixture
def behind_proxy(monkeypatch):
    monkeypatch.setattr(settings, "trust_forwarded_for", True)


def from_client(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": f"203.0.113.9, {address}"}


def login(client, email, password, address=None):
    return client.post(LOGIN, json={"email": email, "password": password},
                       headers=from_client(address) if address else None)


# --- failed sign-ins ----------------------------------------------------------------------------


def test_a_stranger_guessing_cannot_lock_the_owner_out(client, outbox, clock, behind_proxy):
    sign_up(client, outbox, "coach@example.com")
    for _ in range(5):
        assert login(client, "coach@example.com", "Guess1Guess", "198.51.100.7").status_code == 401
    blocked = login(client, "coach@example.com", PASSWORD, "198.51.100.7")
    assert blocked.status_code == 429 and blocked.json()["details"]["code"] == "TOO_MANY_ATTEMPTS"
    assert login(client, "coach@example.com", PASSWORD, "192.0.2.20").status_code == 200


def test_one_client_failing_on_many_addresses_is_paused(client, outbox, clock, behind_proxy):
    sign_up(client, outbox, "coach@example.com")
    for n in range(20):
        assert login(client, f"victim{n}@example.com", "Guess1Guess", "198.51.100.7").status_code == 401
    paused = login(client, "coach@example.com", PASSWORD, "198.51.100.7")
    assert paused.status_code == 429
    assert paused.json()["details"] == {"code": "TOO_MANY_ATTEMPTS", "field": "client"}
    assert login(client, "coach@example.com", PASSWORD, "192.0.2.20").status_code == 200
    clock.advance(timedelta(minutes=16))
    assert login(client, "coach@example.com", PASSWORD, "198.51.100.7").status_code == 200


def test_x_forwarded_for_is_ignored_unless_the_setting_says_so(client, outbox, clock):
    sign_up(client, outbox, "coach@example.com")
    for n in range(20):  # a forged header per request does not make each one a new client
        login(client, f"victim{n}@example.com", "Guess1Guess", f"198.51.100.{n}")
    assert login(client, "coach@example.com", PASSWORD, "192.0.2.20").status_code == 429


# --- forgotten password -------------------------------------------------------------------------


def test_a_password_reset_sets_a_new_password_once_and_ends_every_session(client, outbox):
    token = sign_up(client, outbox, "coach@example.com")["access_token"]
    answer = client.post(REQUEST_RESET, json={"email": "Coach@Example.com"})
    assert answer.status_code == 200
    [mail] = [m for m in outbox.to("coach@example.com") if m["Subject"] == "Reset your nexrex password"]
    link = link_in(mail)
    assert "/reset-password?token=" in link
    reset_token = link.rsplit("token=", 1)[1]
    with Session(get_engine()) as session:
        stored = session.exec(select(PasswordReset)).one()
    assert reset_token not in stored.token_hash and stored.expires_at - stored.created_at == timedelta(hours=1)

    weak = client.post(RESET, json={"token": reset_token, "password": "weak"})
    assert weak.status_code == 400 and weak.json()["details"]["field"] == "password"
    assert login(client, "coach@example.com", PASSWORD).status_code == 200  # nothing changed

    done = client.post(RESET, json={"token": reset_token, "password": NEW_PASSWORD})
    assert done.status_code == 200
    assert client.get("/api/v1/auth/me", headers=bearer(token)).status_code == 401
    assert login(client, "coach@example.com", PASSWORD).status_code == 401
    assert login(client, "coach@example.com", NEW_PASSWORD).status_code == 200
    again = client.post(RESET, json={"token": reset_token, "password": "Other3Password"})
    assert again.status_code == 400 and again.json()["details"] == {"code": "TOKEN_USED", "field": "token"}


def test_a_reset_link_expires_after_an_hour(client, outbox, clock):
    sign_up(client, outbox, "coach@example.com")
    client.post(REQUEST_RESET, json={"email": "coach@example.com"})
    clock.advance(timedelta(hours=1, seconds=1))
    late = client.post(RESET, json={"token": outbox.last_token("coach@example.com"), "password": NEW_PASSWORD})
    assert late.status_code == 400 and late.json()["details"]["code"] == "TOKEN_EXPIRED"


def test_reset_requests_answer_the_same_for_unknown_addresses_and_are_rate_limited(client, outbox):
    sign_up(client, outbox, "coach@example.com")
    answers = {}
    for email in ("coach@example.com", "nobody@example.com"):
        replies = [client.post(REQUEST_RESET, json={"email": email}) for _ in range(4)]
        answers[email] = [(r.status_code, r.json()["error"] if r.status_code != 200 else "")
                          for r in replies]
        assert [r.status_code for r in replies] == [200, 200, 200, 429]
    assert answers["coach@example.com"] == answers["nobody@example.com"]
    known = client.post(REQUEST_RESET, json={"email": "x@example.com"}).json()["message"]
    assert known == "If x@example.com has a nexrex account, a reset link is on its way."
    assert all("/reset-password" not in m.get_body(preferencelist=("plain",)).get_content()
               for m in outbox.to("nobody@example.com"))


def test_reset_bad_input(client):
    for path, body, field in [(REQUEST_RESET, {}, "email"), (REQUEST_RESET, {"email": "not an email"}, "email"),
                              (REQUEST_RESET, {"email": "a@example.com", "extra": 1}, "extra"),
                              (RESET, {"password": NEW_PASSWORD}, "token"),
                              (RESET, {"token": "forged", "password": NEW_PASSWORD}, "token"),
                              (RESET, {"token": "x" * 201, "password": NEW_PASSWORD}, "token")]:
        answer = client.post(path, json=body)
        assert answer.status_code == 400 and answer.json()["details"]["field"] == field, (body, answer.text)
