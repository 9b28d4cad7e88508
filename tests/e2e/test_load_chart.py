"""The fitness chart on both sides: the athlete on their Training tab (a phone), the coach on the athlete's
member page (a desktop); a period is picked, a day hovered, the race day's form judged."""

import re
from datetime import datetime, timedelta, timezone

from playwright.sync_api import Page, expect

from tests.e2e.browsing import assign_to_the_athlete, at, new_plan, set_up_club, two_week_run_plan
from tests.e2e.test_training_tab import _api, invite_and_see_the_banner_go, reload_and_wait
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in

RACE = {"workout_name": "Race: 10K", "workout_type": "run", "workout_sub_type": "tempo-run", "phase": "race",
        "content_blocks": [{"type": "run", "block_distance_in_meters": 10_000, "block_length_target": "distance",
                            "block_pace": "z4"}]}


def assign_tempos_and_a_race(api, start) -> str:
    """A tempo run every day of two weeks from ``start``'s week, the last Sunday a 10K race; the athlete's user ID."""
    plan_id = two_week_run_plan(api, name="Tempo block", description="Two weeks to a 10K", last_day=RACE)
    return assign_to_the_athlete(api, plan_id, start)


def the_chart_waits_still_below_the_fold(page: Page) -> None:
    """Below the fold on a phone the chart is not read, and its place is held without a pulse: an endless animation
    would make the phone redraw the page on every frame until the athlete scrolled to it."""
    expect(page.get_by_text(re.compile("^Signed in as "))).to_be_attached()  # the Training tab's last part
    expect(page.locator(".load-chart-placeholder")).to_be_attached()
    expect(page.locator("#load-chart")).to_have_count(0)
    assert page.evaluate("() => document.getAnimations().filter(a => a.playState === 'running').length") == 0


def see_the_chart(page: Page) -> None:
    page.get_by_role("heading", name="Fitness and form").scroll_into_view_if_needed()  # read once it is near
    chart = page.locator("#load-chart")
    expect(chart.locator(".recharts-surface").first).to_be_visible()
    expect(page.locator("#load-summary")).to_contain_text("Today: fitness")
    expect(page.locator(".race-form-note")).to_contain_text("Race on")


def hover_a_day(page: Page) -> None:
    surface = page.locator("#load-chart .recharts-wrapper")
    surface.scroll_into_view_if_needed()
    box = surface.bounding_box()
    surface.hover(position={"x": box["width"] * 0.6, "y": box["height"] * 0.5})
    tooltip = page.locator(".recharts-tooltip-wrapper")
    expect(tooltip).to_contain_text("Fitness")
    expect(tooltip).to_contain_text("Load")


def pick_a_period(page: Page, name: str) -> None:
    chart = page.locator("#load-chart")
    days_shown = chart.text_content()  # the axes' dates and figures
    page.get_by_role("radio", name=name).click()
    expect(page.get_by_role("radio", name=name)).to_have_attribute("data-state", "on")
    expect(chart).not_to_have_text(days_shown)


def set_thresholds(page: Page, ftp: str, heart_rate: str) -> None:
    page.get_by_label("FTP (watts)").fill(ftp)
    page.get_by_label("Threshold heart rate (bpm)").fill(heart_rate)
    page.get_by_role("button", name="Save thresholds").click()


def test_the_chart_shows_for_the_athlete_and_their_coach(open_context, app_url, smtp, desktop, phone):
    set_up_club(desktop, smtp, "chart.coach@example.com", "Form Harriers")
    api = _api(app_url, desktop)
    invite_and_see_the_banner_go(desktop, "load.runner@example.com")
    phone.goto(link_in(smtp.wait_for("load.runner@example.com")))
    phone.get_by_label("Password", exact=True).fill(PASSWORD)
    phone.get_by_role("button", name="Create account and join").click()
    expect(phone).to_have_url(at(app_url, "/athlete"))

    today = datetime.now(timezone.utc).date()
    athlete_id = assign_tempos_and_a_race(api, today + timedelta(days=1))
    api.put(f"/athletes/{athlete_id}/fitness", json={"race_distance_in_meters": 10_000,
                                                     "race_time_in_seconds": 2700, "threshold_heart_rate": 170})
    for back in range(0, 20):
        day = (today - timedelta(days=back)).isoformat()
        assert api.post("/activities", json={"user_id": athlete_id, "activity_name": "Easy run",
                                             "activity_type": "run", "date": day, "distance_in_meters": 10_000,
                                             "duration_in_seconds": 3300}).status_code == 201

    reload_and_wait(phone)
    the_chart_waits_still_below_the_fold(phone)
    see_the_chart(phone)
    expect(phone.locator(f".training-workout[data-date='{today.isoformat()}'] .workout-load")).to_contain_text(
        re.compile(r"Training load: \d+ · rTSS \(pace\)"))
    set_thresholds(phone, "", "168")
    expect(phone.get_by_text("Thresholds saved")).to_be_visible()
    pick_a_period(phone, "6 weeks")
    hover_a_day(phone)

    desktop.goto(f"/console/members/{athlete_id}")
    see_the_chart(desktop)
    set_thresholds(desktop, "9000", "170")
    expect(desktop.get_by_role("alert")).to_contain_text("FTP is whole watts from 50 to 600.")
    set_thresholds(desktop, "240", "171")
    expect(desktop.get_by_text("Thresholds saved")).to_be_visible()
    reload_and_wait(desktop)
    expect(desktop.get_by_label("FTP (watts)")).to_have_value("240")
    expect(desktop.get_by_label("Threshold heart rate (bpm)")).to_have_value("171")
    pick_a_period(desktop, "1 year")
    hover_a_day(desktop)

    see_an_activitys_load(desktop, athlete_id, today)  # the Activities page opens on this week: today is in it
    project_a_generated_plan(desktop, today + timedelta(days=1))


def see_an_activitys_load(page: Page, athlete_id: str, day) -> None:
    """The coach's calendar of the athlete: a run's load beside its figures, with the method (pace: rTSS)."""
    page.goto(f"/console/members/{athlete_id}/activities")
    page.locator(f".calendar-day[data-date='{day.isoformat()}'] .calendar-activity").click()
    expect(page.get_by_role("dialog").locator("#activity-detail")).to_contain_text(
        re.compile(r"Training load\s*\d+ · rTSS \(pace\)"))
    page.get_by_role("dialog").get_by_role("button", name="Close").click()


def project_a_generated_plan(page: Page, start) -> None:
    """Generate with AI: the draft's fitness and form for the athlete, before anything is saved."""
    page.get_by_role("navigation").get_by_role("link", name="Training Plans").click()
    new_plan(page, "Generate with AI")
    page.get_by_label("Duration (weeks)").fill("12")
    page.get_by_label("Start date").fill(start.isoformat())
    page.get_by_label("Race date").fill((start + timedelta(days=82)).isoformat())
    page.get_by_role("button", name="Generate draft").click()
    expect(page.locator(".generated-week")).to_have_count(12)
    page.get_by_role("button", name="Project fitness").click()
    expect(page.get_by_role("alert")).to_contain_text("Choose the athlete to project this plan for.")
    page.get_by_role("combobox", name="Athlete to project for").click()
    page.get_by_role("option").first.click()
    page.get_by_role("button", name="Project fitness").click()
    expect(page.locator("#projection-chart .recharts-surface").first).to_be_visible()
    expect(page.locator(".race-form-note").last).to_contain_text(
        f"Race on {(start + timedelta(days=82)).strftime('%a %d %b')}: form")
