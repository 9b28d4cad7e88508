"""The coach's day: the attention list names an athlete who missed workouts; on that athlete's calendar the coach
drops a library workout on a day and drags it to another, and the athlete's open Training tab (phone) shows it
on the new day without a reload."""

import re
from datetime import date, timedelta

from playwright.sync_api import Page, expect

from tests.e2e.browsing import DESKTOP, PHONE, at, set_up_club, wait_until_loaded
from tests.e2e.test_training_tab import _api, assign_daily_tempo, card, invite_and_see_the_banner_go
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in

ATHLETE = "calendar.runner@example.com"


def day_cell(page: Page, day: date):
    return page.locator(f".calendar-day[data-date='{day.isoformat()}']")


def test_the_coach_sees_missed_workouts_and_moves_a_workout_the_athlete_sees_at_once(open_context, app_url, smtp):
    coach = open_context(DESKTOP).new_page()
    set_up_club(coach, smtp, "day.coach@example.com", "Day Harriers")
    api = _api(app_url, coach)
    invite_and_see_the_banner_go(coach, ATHLETE)
    athlete = open_context({**PHONE, "timezone_id": "UTC"}).new_page()
    athlete.goto(link_in(smtp.wait_for(ATHLETE)))
    athlete.get_by_label("Password", exact=True).fill(PASSWORD)
    athlete.get_by_role("button", name="Create account and join").click()
    expect(athlete).to_have_url(at(app_url, "/athlete"))

    today = date.today()
    assign_daily_tempo(api, today - timedelta(days=7))  # last week and this one, every day: the past ones missed
    coach.goto("/console")
    wait_until_loaded(coach, "/console")
    row = coach.locator(".attention-row", has_text="calendar.runner")
    expect(row.locator(".attention-reason[data-reason='missed_workouts']")).to_contain_text(
        "workouts missed in the last 7 days")
    row.get_by_role("link").click()
    expect(coach).to_have_url(re.compile(r"/calendar/?$"))
    wait_until_loaded(coach, coach.url.removeprefix(app_url).rstrip("/"))
    if today.weekday() == 0:  # the calendar opens on this week: on a Monday, the missed days are a week back
        coach.get_by_role("button", name="Earlier").click()
    expect(coach.locator(".calendar-workout[data-status='skipped']").first).to_be_visible()
    coach.get_by_role("button", name="Today").click()

    coach.get_by_role("button", name="Later").click()
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
    wednesday = monday + timedelta(days=2)
    expect(day_cell(coach, monday)).to_be_visible()
    coach.locator(".library-workout", has_text="Easy Run 5 km").drag_to(day_cell(coach, monday))
    placed = day_cell(coach, monday).locator(".calendar-workout", has_text="Easy Run 5 km")
    expect(placed).to_be_visible()
    expect(card(athlete, monday.isoformat()).filter(has_text="Easy Run 5 km")).to_be_visible()

    placed.drag_to(day_cell(coach, wednesday))
    expect(day_cell(coach, wednesday).locator(".calendar-workout", has_text="Easy Run 5 km")).to_be_visible()
    expect(day_cell(coach, monday).locator(".calendar-workout")).to_have_count(0)
    expect(card(athlete, wednesday.isoformat()).filter(has_text="Easy Run 5 km")).to_be_visible()
    expect(card(athlete, monday.isoformat())).to_have_count(0)


def test_the_coach_edits_the_athletes_copy_and_moves_it_by_tapping_on_a_phone(open_context, app_url, smtp):
    coach = open_context(PHONE).new_page()
    set_up_club(coach, smtp, "tap.coach@example.com", "Tap Harriers")
    api = _api(app_url, coach)
    org_id = api.get("/auth/me").json()["org_id"]
    runner = api.post(f"/organizations/{org_id}/invitations", json={"email": "tap.runner@example.com"})
    assert runner.status_code == 201, runner.text
    athlete = open_context({**PHONE, "timezone_id": "UTC"}).new_page()
    athlete.goto(link_in(smtp.wait_for("tap.runner@example.com")))
    athlete.get_by_label("Password", exact=True).fill(PASSWORD)
    athlete.get_by_role("button", name="Create account and join").click()
    expect(athlete).to_have_url(at(app_url, "/athlete"))
    athlete_id = api.get(f"/organizations/{org_id}/members", params={"role": "athlete"}).json()["data"][0]["user_id"]

    monday = date.today() - timedelta(days=date.today().weekday()) + timedelta(weeks=1)
    coach.goto(f"/console/members/{athlete_id}/calendar")
    wait_until_loaded(coach, f"/console/members/{athlete_id}/calendar")
    coach.get_by_role("button", name="Later").click()
    coach.locator(".library-workout", has_text="Easy Run 5 km").click()
    day_cell(coach, monday).get_by_role("button", name="Place here").click()
    placed = day_cell(coach, monday).locator(".calendar-workout", has_text="Easy Run 5 km")
    expect(placed).to_contain_text("Plan: 5.0 km")

    placed.get_by_role("button", name="Edit Easy Run 5 km for this athlete").click()
    dialog = coach.get_by_role("dialog")
    dialog.get_by_label("Name").fill("Easy Run 6 km")
    distance = dialog.locator(".block-row").nth(1).get_by_label("Distance")
    distance.fill(str(int(distance.input_value()) + 1000))
    distance.blur()
    dialog.get_by_role("button", name="Save").click()
    expect(coach.get_by_text("Workout changed for this athlete.")).to_be_visible()
    edited = day_cell(coach, monday).locator(".calendar-workout", has_text="Easy Run 6 km")
    expect(edited).to_contain_text("Plan: 6.0 km")

    thursday = monday + timedelta(days=3)
    edited.get_by_role("button", name="Move Easy Run 6 km to another day").click()
    day_cell(coach, thursday).get_by_role("button", name="Place here").click()
    expect(day_cell(coach, thursday).locator(".calendar-workout", has_text="Easy Run 6 km")).to_be_visible()
    expect(card(athlete, thursday.isoformat()).filter(has_text="Easy Run 6 km")).to_contain_text("6.0 km")
    library = api.get("/training/workouts").json()
    assert "Easy Run 5 km" in {w["workout_name"] for w in library}  # the library workout stays as it was
