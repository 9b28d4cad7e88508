"""The athlete's open Training tab is told when their calendar changes, whichever face or worker made the change,
and hears nothing when another athlete's calendar changes."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browsing import DESKTOP, PHONE, at, set_up_club, wait_until_loaded
from tests.e2e.test_sign_out_leaves_nothing import sign_up_athlete
from tests.support.accounts import PASSWORD

QUIET_MS = 2_500  # longer than the old polling interval: a polling tab would have sent an event by now


@pytest.mark.parametrize("server", ["app_url", "workers_url"])
def test_an_api_change_reaches_the_open_tab_and_another_athletes_change_does_not(server, request, open_context,
                                                                                  smtp):
    app_url = request.getfixturevalue(server)
    coach = open_context(DESKTOP, app_url).new_page()
    set_up_club(coach, smtp, f"live.head.{server}@example.com", "Live Club")
    token = coach.evaluate("() => window.localStorage.getItem('nexrex_token')")
    api = httpx.Client(base_url=f"{app_url}/api/v1", headers={"Authorization": f"Bearer {token}"})
    org_id = api.get("/auth/me").json()["org_id"]
    runner_id, other_id = (sign_up_athlete(app_url, smtp, f"live.{who}.{server}@example.com")
                           for who in ("runner", "other"))
    for athlete_id in (runner_id, other_id):
        assert api.post(f"/organizations/{org_id}/members", json={"user_id": athlete_id}).status_code == 201

    athlete = open_context(PHONE, app_url).new_page()
    events: list[str] = []
    athlete.on("websocket", lambda socket: socket.on(
        "framereceived", lambda payload: events.append(str(payload)) if str(payload).startswith("4") else None))
    sign_in_athlete(athlete, app_url, f"live.runner.{server}@example.com")
    expect(athlete.locator("#today")).to_contain_text("Nothing planned today")
    expect(athlete.locator("#load-chart")).to_be_visible()  # the chart, in view on an empty tab, is read too

    heard = len(events)
    for number in range(3):  # through new connections, which land on either worker
        made = httpx.post(f"{app_url}/api/v1/activities", headers=api.headers,
                          json=run_for(other_id, f"Other loop {number}"))
        assert made.status_code == 201, made.text
    athlete.wait_for_timeout(QUIET_MS)
    assert events[heard:] == [], "the tab received updates for another athlete's calendar"

    for number in range(3):
        made = httpx.post(f"{app_url}/api/v1/activities", headers=api.headers,
                          json=run_for(runner_id, f"Harbour loop {number}"))
        assert made.status_code == 201, made.text
        expect(athlete.get_by_text(f"Harbour loop {number}")).to_be_visible(timeout=5_000)
    assert events[heard:], "the tab changed without a frame: the capture missed the socket"


def run_for(user_id: str, name: str) -> dict:
    return {"user_id": user_id, "activity_name": name, "activity_type": "run",
            "date": datetime.now(UTC).date().isoformat(), "distance_in_meters": 5000, "duration_in_seconds": 1800}


def sign_in_athlete(page: Page, app_url: str, email: str) -> None:
    page.goto(f"{app_url}/athlete/login")
    wait_until_loaded(page)
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(at(app_url, "/athlete"))
    expect(page.locator("#athlete-org-name")).to_be_visible(timeout=20_000)  # a busy machine takes its time
    wait_until_loaded(page, "/athlete")


def test_a_tab_that_lost_its_connection_catches_up_when_it_is_back(app_url, open_context, smtp):
    coach = open_context(DESKTOP, app_url).new_page()
    set_up_club(coach, smtp, "live.head.offline@example.com", "Offline Club")
    token = coach.evaluate("() => window.localStorage.getItem('nexrex_token')")
    api = httpx.Client(base_url=f"{app_url}/api/v1", headers={"Authorization": f"Bearer {token}"})
    runner_id = sign_up_athlete(app_url, smtp, "live.runner.offline@example.com")
    org_id = api.get("/auth/me").json()["org_id"]
    assert api.post(f"/organizations/{org_id}/members", json={"user_id": runner_id}).status_code == 201

    athlete = open_context(PHONE, app_url).new_page()
    connections: list = []

    def through_a_cable_we_can_pull(route) -> None:
        connections.append(route)
        if len(connections) != 2:  # the second attempt reaches no server: the tab is away
            route.connect_to_server()

    athlete.route_web_socket("**/_event/**", through_a_cable_we_can_pull)
    sign_in_athlete(athlete, app_url, "live.runner.offline@example.com")
    connections[0].close()
    for _ in range(40):
        if len(connections) >= 2:
            break
        athlete.wait_for_timeout(250)
    made = api.post("/activities", json=run_for(runner_id, "Made while the tab was away"))
    assert made.status_code == 201, made.text
    athlete.wait_for_timeout(1_000)
    expect(athlete.get_by_text("Made while the tab was away")).to_have_count(0)
    connections[1].close()  # back: the tab reconnects, hydrates and loads the page again
    expect(athlete.get_by_text("Made while the tab was away")).to_be_visible(timeout=20_000)
    assert len(connections) >= 3, "the tab never reconnected"
