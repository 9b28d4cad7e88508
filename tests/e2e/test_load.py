"""A mixed load at concurrency 32 on loopback for a fixed time: no errors, and afterwards every row the
clients were told was created exists exactly once."""

import os

import httpx

from tests.support.accounts import PASSWORD
from tests.support.load import run_load, stored_rows
from tests.support.mailbox import link_in

CONCURRENCY = 32
SECONDS = float(os.environ.get("NEXREX_LOAD_SECONDS", "20"))


def coach_session(app_url: str, smtp, email: str) -> tuple[dict, str, str]:
    httpx.post(f"{app_url}/api/v1/auth/request-verification", json={"email": email})
    token = link_in(smtp.wait_for(email)).rsplit("token=", 1)[1]
    signed = httpx.post(f"{app_url}/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD}).json()
    headers = {"Authorization": f"Bearer {signed['access_token']}"}
    org = httpx.post(f"{app_url}/api/v1/organizations", json={"name": "Load RC"}, headers=headers).json()
    return headers, signed["user_id"], org["data"]["organization"]["org_id"]


def test_a_mixed_load_stores_every_created_row_exactly_once(app_url, smtp):
    headers, user_id, org_id = coach_session(app_url, smtp, "load.coach@example.com")
    result = run_load(app_url, headers, user_id, org_id, concurrency=CONCURRENCY, seconds=SECONDS)
    assert result.errors == [], result.errors[:5]
    assert result.requests > CONCURRENCY
    stored = stored_rows(app_url, headers)
    for kind, ids in result.created.items():
        assert len(set(ids)) == len(ids), kind
        assert all(stored[kind][row] == 1 for row in ids), kind
    print(f"\n{result.requests} requests in {result.seconds:.0f} s at concurrency {CONCURRENCY}: "
          f"{result.per_second:.0f} requests/s, no errors")
