"""The coach assigns a plan; the athlete's Training tab shows it at once with their paces; the athlete
uploads a GPX file; the coach sees the day green and a missed day amber."""

import re
from datetime import UTC, date, datetime, timedelta

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.browsing import DESKTOP, PHONE, set_up_club, two_week_run_plan, wait_until_loaded
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in
from tests.support.recordings import billion_laughs_gpx, gpx_file


def test_assign_train_upload_and_see_compliance(desktop: Page, open_context, app_url, smtp, tmp_path):
    coach_to_athlete(desktop, open_context, app_url, smtp, tmp_path, "trainee@example.com")


def test_the_same_flow_on_postgresql_redis_and_two_workers(open_context, workers_url, smtp, tmp_path):
    coach = open_context(DESKTOP, workers_url).new_page()
    coach_to_athlete(coach, open_context, workers_url, smtp, tmp_path, "scaled@example.com")


def coach_to_athlete(coach: Page, open_context, app_url: str, smtp, tmp_path, athlete_email: str) -> None:
    set_up_club(coach, smtp, f"coach.of.{athlete_email}", "Compliance Club")
    token = coach.evaluate("() => window.localStorage.getItem('nexrex_token')")
    api = httpx.Client(base_url=f"{app_url}/api/v1", headers={"Authorization": f"Bearer {token}"})
    me = api.get("/auth/me").json()

    # The athlete joins from an invitation and opens the Training tab on a phone.
    api.post(f"/organizations/{me['org_id']}/members", json={"email": athlete_email})
    athlete = open_context(PHONE, app_url).new_page()
    athlete.goto(link_in(smtp.wait_for(athlete_email)))
    athlete.get_by_label("Password", exact=True).fill(PASSWORD)
    athlete.get_by_role("button", name="Create account and join").click()
    expect(athlete).to_have_url(re.compile(r"/athlete/?$"))
    wait_until_loaded(athlete, "/athlete")
    expect(athlete.locator("#today")).to_contain_text("Nothing planned today")
    athlete.get_by_label("Recent 10K time").fill("45:00")
    athlete.get_by_role("button", name="Save paces").click()
    expect(athlete.get_by_text("Your paces are set.")).to_be_visible()

    # A plan with a tempo every day of two weeks, starting a week ago.
    today = datetime.now(UTC).date()
    plan_id = two_week_run_plan(api)

    coach.goto(f"/console/plans/{plan_id}")
    coach.get_by_role("button", name="Assign").first.click()
    dialog = coach.get_by_role("dialog")
    dialog.get_by_label("Start date").fill((today - timedelta(days=7)).isoformat())
    expect(dialog.locator("#assign-dates")).to_contain_text("From ")
    if today.weekday():  # a mid-week start: the coach is told what the first week leaves out
        expect(dialog.locator("#assign-dates")).to_contain_text(f"{today.weekday()} workout")
    # or back from the race date: the plan's last week is this week, so it started last Monday
    last_monday = today - timedelta(days=today.weekday() + 7)
    dialog.get_by_label("…or race date").fill((last_monday + timedelta(days=13)).isoformat())
    expect(dialog.locator("#assign-dates")).to_have_text(
        f"From {last_monday:%a} {last_monday.day} {last_monday:%b %Y} to "
        f"{last_monday + timedelta(days=13):%a} {(last_monday + timedelta(days=13)).day} "
        f"{last_monday + timedelta(days=13):%b %Y}.")
    expect(dialog.get_by_label("Start date")).to_have_value("")
    dialog.locator(".assign-athlete", has_text=athlete_email).get_by_role("checkbox").click()
    dialog.get_by_role("button", name="Assign plan").click()
    expect(coach.get_by_text("Assigned to 1 athlete")).to_be_visible()

    # No reload on the athlete's side: the workout appears today, with their own paces (the tab is told; it
    # does not poll).
    todays = athlete.locator("#today .training-workout")
    expect(todays).to_have_count(1, timeout=5_000)
    expect(todays).to_contain_text("Tempo 10 km")
    expect(todays).to_have_attribute("data-date", today.isoformat())
    expect(todays).to_contain_text(re.compile(r"Marathon \(z3, \d:\d\d/km–\d:\d\d/km\)"))

    hostile = tmp_path / "entities.gpx"
    hostile.write_bytes(billion_laughs_gpx(datetime.now(UTC)))
    drop_file(athlete.locator("#activity-upload"), hostile)  # dragged onto the button from a computer's folder
    expect(athlete.get_by_text("This GPX file declares a document type or entities")).to_be_visible()

    recording = tmp_path / "morning-run.gpx"
    recording.write_bytes(gpx_file(datetime.now(UTC).replace(hour=0, minute=5, second=0, microsecond=0), 10.2, 48))
    with athlete.expect_file_chooser() as chooser:  # as a person does: the button opens the phone's file picker
        athlete.get_by_role("button", name="Upload a GPX, TCX or FIT file").click()
    chooser.value.set_files(str(recording))
    expect(athlete.get_by_text(re.compile(r"Imported: 10\.\d km in 48 min"))).to_be_visible()
    expect(athlete.locator("#today .training-workout")).to_have_attribute("data-status", "completed")

    athlete_id = api.get(f"/organizations/{me['org_id']}/members", params={"role": "athlete"}).json()["data"][0]["user_id"]
    coach.goto(f"/console/members/{athlete_id}")
    coach.get_by_role("link", name="Activities").click()
    expect(coach).to_have_url(re.compile(r"/activities/?$"))
    today_cell = coach.locator(f".calendar-day[data-date='{today.isoformat()}'] .calendar-activity")
    expect(today_cell).to_have_attribute("data-status", "completed")
    expect(today_cell).to_have_css("background-color", re.compile(r"rgb\((2\d\d|1\d\d), 2\d\d, 2\d\d\)"))
    yesterday = (today - timedelta(days=1)).isoformat()
    if today.weekday() == 0:  # the page opens on this week: last Sunday is a page back
        coach.get_by_role("button", name="Previous").click()
    missed = coach.locator(f".calendar-day[data-date='{yesterday}'] .calendar-activity")
    expect(missed).to_have_attribute("data-status", "skipped")
    expect(coach.get_by_role("img", name="Planned and actual distance per week")).to_be_visible()
    assert date.fromisoformat(yesterday) < today


def drop_file(area, path) -> None:
    """Drops the file at ``path`` on ``area``, as a file dragged from the computer's file manager."""
    files = area.page.evaluate_handle("""([name, bytes]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name));
        return transfer;
    }""", [path.name, list(path.read_bytes())])
    area.dispatch_event("dragover", {"dataTransfer": files})
    area.dispatch_event("drop", {"dataTransfer": files})
