"""A head coach works in a tab, signs out, and an athlete signs in on the same tab: nothing the coach saw
(nicknames, labels, private notes, a new API key's secret) reaches the athlete's tab again."""

import re

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.browsing import at, set_up_club
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in

COACH_ONLY = ("Zephyr Nickname", "Quasar Label", "Ptarmigan notes")


def test_the_next_person_on_the_tab_receives_nothing_of_the_coach(desktop: Page, app_url, smtp):
    coach = desktop
    frames: list[str] = []
    coach.on("websocket", lambda socket: socket.on("framereceived", lambda payload: frames.append(str(payload))))
    set_up_club(coach, smtp, "tab.head@example.com", "Shared Tab Club")
    athlete_id = sign_up_athlete(app_url, smtp, "tab.runner@example.com")
    token = coach.evaluate("() => window.localStorage.getItem('nexrex_token')")
    api = httpx.Client(base_url=f"{app_url}/api/v1", headers={"Authorization": f"Bearer {token}"})
    org_id = api.get("/auth/me").json()["org_id"]
    added = api.post(f"/organizations/{org_id}/members", json={
        "user_id": athlete_id, "display_name": COACH_ONLY[0], "labels": [COACH_ONLY[1]], "notes": COACH_ONLY[2]})
    assert added.status_code == 201, added.text

    coach.goto("/console/members")
    coach.get_by_role("link", name=COACH_ONLY[0]).click()
    expect(coach.get_by_label("Private notes")).to_have_value(COACH_ONLY[2])
    coach.goto("/console/settings")
    coach.get_by_label("Key name").fill("Zapier")
    coach.get_by_role("button", name="Create key").click()
    secret = coach.locator("#new-api-key").inner_text()
    assert secret.startswith("nxk_")
    coach.get_by_role("button", name="Sign out").click()
    expect(coach).to_have_url(at(app_url, "/"))

    seen_before = len(frames)
    coach.goto("/athlete/login")
    coach.get_by_label("Email address").fill("tab.runner@example.com")
    coach.get_by_label("Password", exact=True).fill(PASSWORD)
    coach.get_by_role("button", name="Sign in").click()
    expect(coach).to_have_url(at(app_url, "/athlete"))
    expect(coach.locator("#athlete-org-name")).to_have_text("Shared Tab Club")
    coach.reload()
    expect(coach.locator("#athlete-org-name")).to_have_text("Shared Tab Club")
    received = "\n".join(frames[seen_before:])
    assert received, "the athlete's tab received no frames at all"
    for coach_only in (*COACH_ONLY, secret):
        assert coach_only not in received


def test_a_new_api_keys_secret_is_shown_once(desktop: Page, app_url, smtp):
    set_up_club(desktop, smtp, "once.head@example.com", "Once Club")
    desktop.goto("/console/settings")
    desktop.get_by_label("Key name").fill("Zapier")
    desktop.get_by_role("button", name="Create key").click()
    expect(desktop.locator("#new-api-key")).to_contain_text("nxk_")
    desktop.get_by_role("button", name="I have copied it").click()
    expect(desktop.locator("#new-api-key")).to_have_count(0)
    desktop.get_by_label("Key name").fill("Strava bridge")
    desktop.get_by_role("button", name="Create key").click()
    expect(desktop.locator("#new-api-key")).to_contain_text("nxk_")
    desktop.reload()
    expect(desktop.get_by_text("Strava bridge")).to_be_visible()
    expect(desktop.locator("#new-api-key")).to_have_count(0)


def sign_up_athlete(app_url: str, smtp, email: str) -> str:
    sent = httpx.post(f"{app_url}/api/v1/auth/request-verification", json={"email": email, "role": "athlete"})
    assert sent.status_code == 200, sent.text
    token = re.search(r"token=([\w-]+)", link_in(smtp.wait_for(email))).group(1)
    done = httpx.post(f"{app_url}/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD})
    assert done.status_code == 201, done.text
    return done.json()["user_id"]
