"""A new head coach: the getting-started checklist ticks itself, members change role and leave, and the
athlete's Activities page pages through the whole plan and opens each workout."""

import re
from datetime import UTC, datetime, timedelta

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.browsing import at, sign_up_coach
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def account(app_url: str, smtp, email: str, role: str) -> str:
    """An account signed up through the API; answers its user ID."""
    sent = httpx.post(f"{app_url}/api/v1/auth/request-verification", json={"email": email, "role": role})
    assert sent.status_code == 200, sent.text
    token = link_in(smtp.wait_for(email)).rsplit("token=", 1)[1]
    done = httpx.post(f"{app_url}/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD})
    assert done.status_code == 201, done.text
    return done.json()["user_id"]


def coach_api(page: Page, app_url: str) -> httpx.Client:
    token = page.evaluate("() => window.localStorage.getItem('nexrex_token')")
    return httpx.Client(base_url=f"{app_url}/api/v1", headers={"Authorization": f"Bearer {token}"})


def step(page: Page, title: str):
    return page.locator(".getting-started-step", has_text=title)


def add_by_user_id(page: Page, user_id: str, *, role: str, display_name: str = "") -> None:
    page.get_by_role("button", name="Add Member").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("radio", name="User ID").click()
    dialog.get_by_label("User ID").fill(user_id)
    dialog.get_by_role("radio", name=role).click()
    if display_name:
        dialog.get_by_label("Display name").fill(display_name)
    dialog.get_by_role("button", name="Add member").click()


def tempo_plan(api: httpx.Client, weeks: int) -> str:
    """Every day of the first week, then Tuesdays and Thursdays: a tempo run."""
    me = api.get("/auth/me").json()
    tempo = [w for w in api.get("/training/workouts").json() if w["workout_name"] == "Tempo 10 km"][0]
    content = [{"week": 1, "day": day, "source_workout_id": tempo["workout_id"]} for day in WEEKDAYS]
    content += [{"week": week, "day": day, "source_workout_id": tempo["workout_id"]}
                for week in range(2, weeks + 1) for day in ("Tuesday", "Thursday")]
    answer = api.post("/training/plans", json={
        "training_plan_name": "Road to the half", "training_plan_description": f"{weeks} weeks", "type": "run",
        "level": "intermediate", "duration_in_weeks": weeks, "visibility": "org", "user_id": me["user_id"],
        "content": content})
    assert answer.status_code == 201, answer.text
    return answer.json()["training_plan_id"]


def test_the_checklist_ticks_and_members_change_role_and_leave(desktop: Page, app_url, smtp):
    coach = desktop
    sign_up_coach(coach, smtp, "new.head@example.com")
    expect(step(coach, "Set up your organization")).to_have_attribute("data-done", "false")
    coach.get_by_role("link", name="Set up organization").first.click()
    coach.get_by_label("Organization name").fill("Seaside Striders")
    coach.get_by_role("button", name="Create organization").click()
    expect(coach).to_have_url(at(app_url, "/console/members"))
    expect(coach.locator(".console-org-name:visible")).to_have_text("Seaside Striders")

    # A coach's account joins as an assistant coach, an athlete's as an athlete.
    friend = account(app_url, smtp, "coach.friend@example.com", "coach")
    runner = account(app_url, smtp, "runner.one@example.com", "athlete")
    add_by_user_id(coach, friend, role="Assistant coach")
    expect(coach.get_by_text("coach.friend joined as an assistant coach.")).to_be_visible()
    add_by_user_id(coach, runner, role="Athlete", display_name="Rocket")
    expect(coach.get_by_text("Rocket joined as an athlete.")).to_be_visible()
    row = coach.locator("tr.member-row", has_text="runner.one@example.com")
    expect(row.get_by_role("link")).to_have_text("Rocket")

    # One name everywhere: the member page's header is the display name, the email beneath.
    row.get_by_role("link", name="Rocket").click()
    expect(coach.locator("#member-name")).to_have_text("Rocket")
    expect(coach.get_by_text("runner.one@example.com", exact=True)).to_be_visible()
    coach.get_by_role("button", name="Make assistant coach").click()
    expect(coach.get_by_text("Rocket is now an assistant coach.")).to_be_visible()
    expect(coach.get_by_role("link", name="Activities")).to_have_count(0)
    coach.get_by_role("button", name="Make athlete").click()
    expect(coach.get_by_text("Rocket is now an athlete.")).to_be_visible()

    # The assistant coach leaves, after the head coach confirms.
    coach.goto("/console/members")
    coach.locator("tr.member-row", has_text="coach.friend@example.com").get_by_role("link").click()
    expect(coach.locator("#member-name")).to_have_text("coach.friend")
    coach.get_by_role("button", name="Remove from organization").click()
    confirm = coach.get_by_role("alertdialog")
    expect(confirm).to_contain_text("Their athletes stay, with no assigned coach.")
    confirm.get_by_role("button", name="Cancel").click()
    expect(coach.locator("#member-name")).to_have_text("coach.friend")
    coach.get_by_role("button", name="Remove from organization").click()
    coach.get_by_role("alertdialog").get_by_role("button", name="Remove").click()
    expect(coach.get_by_text("coach.friend is no longer a member of your organization.")).to_be_visible()
    coach.get_by_role("link", name="← All members").click()
    expect(coach.locator("tr.member-row")).to_have_count(2)
    expect(coach.locator("tr.member-row", has_text="coach.friend@example.com")).to_have_count(0)

    # The checklist ticks each step from what exists.
    coach.goto("/console")
    expect(step(coach, "Set up your organization")).to_have_attribute("data-done", "true")
    expect(step(coach, "Add athletes")).to_have_attribute("data-done", "true")
    expect(step(coach, "Add athletes")).to_contain_text("1 athlete")
    expect(step(coach, "Create a training plan")).to_have_attribute("data-done", "false")
    api = coach_api(coach, app_url)
    plan_id = tempo_plan(api, 2)
    coach.reload()
    expect(step(coach, "Create a training plan")).to_have_attribute("data-done", "true")
    expect(step(coach, "Assign the plan")).to_have_attribute("data-done", "false")
    assigned = api.post(f"/training/plans/{plan_id}/assign",
                        json={"start_date": datetime.now(UTC).date().isoformat(), "user_ids": [runner]})
    assert assigned.status_code == 201, assigned.text
    coach.reload()
    expect(step(coach, "Assign the plan")).to_have_attribute("data-done", "true")
    expect(coach.get_by_text("4 of 4 steps done.")).to_be_visible()


def test_the_activities_page_pages_through_the_plan_and_opens_a_workout(phone: Page, app_url, smtp):
    coach = phone
    sign_up_coach(coach, smtp, "paging.head@example.com")
    coach.get_by_role("link", name="Set up organization").first.click()
    coach.get_by_label("Organization name").fill("Paging Club")
    coach.get_by_role("button", name="Create organization").click()
    expect(coach).to_have_url(at(app_url, "/console/members"))
    api = coach_api(coach, app_url)
    org_id = api.get("/auth/me").json()["org_id"]
    runner = account(app_url, smtp, "long.plan@example.com", "athlete")
    assert api.post(f"/organizations/{org_id}/members", json={"user_id": runner}).status_code == 201
    today = datetime.now(UTC).date()
    monday = today - timedelta(days=today.weekday())
    plan_id = tempo_plan(api, 12)
    assert api.post(f"/training/plans/{plan_id}/assign",
                    json={"start_date": monday.isoformat(), "user_ids": [runner]}).status_code == 201
    runner_token = httpx.post(f"{app_url}/api/v1/auth/login",
                              json={"email": "long.plan@example.com", "password": PASSWORD}).json()["access_token"]
    done = httpx.post(f"{app_url}/api/v1/activities", headers={"Authorization": f"Bearer {runner_token}"}, json={
        "activity_name": "Morning tempo", "activity_type": "run", "date": today.isoformat(),
        "distance_in_meters": 10200, "duration_in_seconds": 2880})
    assert done.status_code == 201, done.text

    coach.goto(f"/console/members/{runner}/activities")
    expect(coach.locator(".console-org-name:visible")).to_have_text("Paging Club")
    weeks = coach.locator("#activity-calendar .calendar-day")
    expect(weeks.first).to_have_attribute("data-date", monday.isoformat())
    expect(coach.get_by_role("button", name="This week")).to_be_disabled()
    expect(coach.get_by_role("button", name="Previous")).to_be_disabled()

    coach.get_by_role("button", name="Next").click()
    expect(weeks.first).to_have_attribute("data-date", (monday + timedelta(weeks=4)).isoformat())
    coach.get_by_role("button", name="Next").click()
    eleventh_week = (monday + timedelta(weeks=10, days=1)).isoformat()
    expect(coach.locator(f".calendar-day[data-date='{eleventh_week}'] .calendar-activity")).to_have_count(1)
    expect(coach.get_by_role("button", name="Next")).to_be_disabled()
    coach.get_by_role("button", name="Previous").click()
    expect(weeks.first).to_have_attribute("data-date", (monday + timedelta(weeks=4)).isoformat())
    coach.get_by_role("button", name="This week").click()
    expect(weeks.first).to_have_attribute("data-date", monday.isoformat())

    coach.locator(f".calendar-day[data-date='{today.isoformat()}'] .calendar-activity").click()
    dialog = coach.get_by_role("dialog")
    expect(dialog.get_by_role("heading")).to_have_text("Tempo 10 km")
    expect(dialog.locator("#activity-detail-status")).to_contain_text("completed")
    expect(dialog.locator("#activity-detail")).to_contain_text(re.compile(r"Planned\s*10\.0 km"))
    expect(dialog.locator("#activity-detail li").first).to_be_visible()
    expect(dialog.locator("#activity-detail")).to_contain_text(re.compile(r"Done\s*10\.2 km · 48 min"))
    dialog.get_by_role("button", name="Close").click()
    expect(coach.get_by_role("dialog")).to_have_count(0)

    coach.get_by_role("button", name="Next").click()
    coach.get_by_role("button", name="Next").click()
    coach.locator(f".calendar-day[data-date='{eleventh_week}'] .calendar-activity").click()
    expect(coach.get_by_role("dialog").locator("#activity-detail-status")).to_contain_text("scheduled")
