"""Steps several browser tests share, done through the UI as a person would."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.support.accounts import PASSWORD
from tests.support.mailbox import SmtpServer, link_in

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def at(app_url: str, path: str) -> re.Pattern:
    """The page's URL, with or without the trailing slash the static build adds."""
    base, _, query = path.partition("?")
    return re.compile(re.escape(app_url + base.rstrip("/")) + "/?" + (re.escape("?" + query) if query else "") + "$")


def wait_until_loaded(page: Page, path: str | None = None) -> None:
    """The page's on_load steps have run: a message shown after this is not cleared by them. After following a
    link, give the new page's ``path``: until its steps have run, the previous page's marker may still show."""
    marker = page.locator("#page-loaded")
    if path:
        marker = page.locator(f'#page-loaded[data-path="{path}"], #page-loaded[data-path="{path}/"]')
    expect(marker).to_be_attached()


def sign_up_coach(page: Page, smtp: SmtpServer, email: str) -> None:
    page.goto("/signup")
    wait_until_loaded(page)
    page.get_by_label("Email address").fill(email)
    page.get_by_role("button", name="Send verification link").click()
    expect(page.get_by_text("Check your inbox")).to_be_visible()
    page.goto(link_in(smtp.wait_for(email)))
    page.get_by_label("Password", exact=True).press_sequentially(PASSWORD)
    page.get_by_role("button", name="Set password and sign in").click()
    expect(page.get_by_role("heading", name="Welcome to nexrex")).to_be_visible()


def set_up_club(page: Page, smtp: SmtpServer, email: str, club: str) -> None:
    """A new head coach with an organization, on the Training Plans page."""
    sign_up_coach(page, smtp, email)
    page.get_by_role("link", name="Set up organization").first.click()
    page.get_by_label("Organization name").fill(club)
    page.get_by_role("button", name="Create organization").click()
    expect(page.get_by_role("heading", name="Members")).to_be_visible()
    open_section(page, "Training Plans")


def open_section(page: Page, name: str) -> None:
    """A console section from the side navigation, or from the menu on a phone."""
    menu = page.get_by_role("button", name="Open menu")
    expect(page.get_by_role("button", name="Sign out").or_(menu)).to_be_visible()
    if menu.is_visible():
        menu.click()
        page.get_by_role("menuitem", name=name).click()
    else:
        page.get_by_role("navigation").get_by_role("link", name=name).click()


def new_plan(page: Page, how: str) -> None:
    page.get_by_role("button", name="New Plan").click()
    page.get_by_role("menuitem", name=how).click()


def two_week_run_plan(api, *, name: str = "Daily tempo", description: str = "Two weeks",
                      last_day: dict | None = None) -> str:
    """A two-week plan of the built-in "Tempo 10 km" every day (its last day ``last_day`` when given), through
    the API as the signed-in coach; its plan ID."""
    me = api.get("/auth/me").json()
    tempo = [w for w in api.get("/training/workouts").json() if w["workout_name"] == "Tempo 10 km"][0]
    content = [{"week": week, "day": day, "source_workout_id": tempo["workout_id"]}
               for week in (1, 2) for day in WEEKDAYS]
    if last_day:
        content[-1] = {"week": 2, "day": "Sunday", **last_day}
    plan = api.post("/training/plans", json={
        "training_plan_name": name, "training_plan_description": description, "type": "run",
        "level": "advanced", "duration_in_weeks": 2, "visibility": "org", "user_id": me["user_id"],
        "content": content})
    assert plan.status_code == 201, plan.text
    return plan.json()["training_plan_id"]


def assign_to_the_athlete(api, plan_id: str, start) -> str:
    """The plan assigned from ``start`` to the organization's one athlete; their user ID."""
    org_id = api.get("/auth/me").json()["org_id"]
    athlete_id = api.get(f"/organizations/{org_id}/members", params={"role": "athlete"}).json()["data"][0]["user_id"]
    answer = api.post(f"/training/plans/{plan_id}/assign", json={"start_date": start.isoformat(),
                                                                  "user_ids": [athlete_id]})
    assert answer.status_code == 201, answer.text
    return athlete_id
