"""The athlete's Training tab on a phone: mark workouts done (with and without figures), skip and undo, pick a
time zone, and find their user ID; the coach finds theirs in the console. Messages do not outlive a reload."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from playwright.sync_api import Locator, Page, expect

from tests.e2e.browsing import (DESKTOP, PHONE, assign_to_the_athlete, at, set_up_club, two_week_run_plan,
                                wait_until_loaded)
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in

DEVICE_ZONE = "America/Chicago"
CLIPBOARD = ["clipboard-read", "clipboard-write"]
# Records the page's layout shifts, and the order in which workout cards, the chart and the organization appear.
RECORD_DRAWING = """
window.layoutShifts = [];
window.shiftObserver = new PerformanceObserver(list => list.getEntries().forEach(
    shift => shift.hadRecentInput || layoutShifts.push(shift.value)));
shiftObserver.observe({type: 'layout-shift', buffered: true});
window.PARTS = '.training-workout, #load-period, #athlete-org-name';
window.partName = part => part.dataset.date ? 'card ' + part.dataset.date : part.id;
window.partsAppeared = [];
new MutationObserver(records => records.forEach(record => record.addedNodes.forEach(node => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    (node.matches(PARTS) ? [node] : [...node.querySelectorAll(PARTS)]).forEach(part => partsAppeared.push(partName(part)));
}))).observe(document, {childList: true, subtree: true});
"""
# Two frames later every shift has been reported.
DRAWING_RECORDED = """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
    shiftObserver.takeRecords().forEach(shift => shift.hadRecentInput || layoutShifts.push(shift.value));
    done([layoutShifts, partsAppeared, [...document.querySelectorAll(PARTS)].map(partName)]);
})))"""


def test_the_athlete_trains_from_the_phone_and_both_find_their_user_id(open_context, app_url, smtp):
    coach = open_context({**DESKTOP, "permissions": CLIPBOARD}).new_page()
    set_up_club(coach, smtp, "prairie.coach@example.com", "Prairie Striders")
    api = _api(app_url, coach)
    coach_id = api.get("/auth/me").json()["user_id"]
    invite_and_see_the_banner_go(coach, "phone.trainee@example.com")

    athlete = open_context({**PHONE, "permissions": CLIPBOARD, "timezone_id": DEVICE_ZONE}).new_page()
    athlete.goto(link_in(smtp.wait_for("phone.trainee@example.com")))
    athlete.get_by_label("Password", exact=True).fill(PASSWORD)
    athlete.get_by_role("button", name="Create account and join").click()
    expect(athlete).to_have_url(at(app_url, "/athlete"))
    expect(athlete.get_by_label("Time zone")).to_have_value(DEVICE_ZONE)  # the device's zone, not UTC
    expect(athlete.get_by_text("Set from this device until you choose one.")).to_be_visible()

    today = datetime.now(ZoneInfo(DEVICE_ZONE)).date()
    athlete_id = assign_daily_tempo(api, today)
    days = [(today + timedelta(days=n)).isoformat() for n in range(3)]
    expect(card(athlete, days[0])).to_contain_text("From your plan Daily tempo")
    nothing_moves_while_the_week_arrives(athlete)

    mark_done(athlete, days[0], "10,2", "48")
    expect(card(athlete, days[0])).to_contain_text("Done: 10.2 km · 48 min")
    mark_done(athlete, days[1], "", "")
    skip_and_undo(athlete, days[2])
    reload_and_wait(athlete)
    for day in days[:2]:
        expect(card(athlete, day)).to_have_attribute("data-status", "completed")
        assert_green(card(athlete, day))
    expect(card(athlete, days[0])).to_contain_text("Done: 10.2 km · 48 min")
    expect(card(athlete, days[2])).to_have_attribute("data-status", "scheduled")
    expect(athlete.get_by_text("Back on your schedule.")).to_have_count(0)

    paces_message_goes_on_reload(athlete)
    pick_a_time_zone(athlete)
    copy_user_id(athlete, "Profile", athlete_id)
    athlete.get_by_role("link", name="Training").click()
    expect(athlete).to_have_url(at(app_url, "/athlete"))

    copy_user_id(coach, "Profile", coach_id)


def _api(app_url: str, page: Page) -> httpx.Client:
    token = page.evaluate("() => window.localStorage.getItem('nexrex_token')")
    return httpx.Client(base_url=f"{app_url}/api/v1", headers={"Authorization": f"Bearer {token}"})


def invite_and_see_the_banner_go(coach: Page, email: str) -> None:
    coach.get_by_role("navigation").get_by_role("link", name="Members").click()
    wait_until_loaded(coach, "/console/members")
    coach.get_by_role("button", name="Add Member").click()
    dialog = coach.get_by_role("dialog")
    dialog.get_by_label("Email").fill(email)
    dialog.get_by_role("button", name="Send invitation").click()
    expect(coach.get_by_text(f"Invitation sent to {email}.")).to_be_visible()
    reload_and_wait(coach)
    expect(coach.get_by_text(f"Invitation sent to {email}.")).to_have_count(0)


def assign_daily_tempo(api: httpx.Client, start) -> str:
    """A tempo run every day of two weeks from ``start``'s week, assigned to the one athlete; their user ID."""
    return assign_to_the_athlete(api, two_week_run_plan(api), start)


def reload_and_wait(page: Page) -> None:
    """Reload, and wait until the page's on_load steps have run (only then may a message's absence count)."""
    page.reload()
    wait_until_loaded(page)


def nothing_moves_while_the_week_arrives(page: Page) -> None:
    """Today's card comes first and the rest is drawn after it, each part below those already there: nothing on
    the screen is pushed down, and the parts appear in the page's order."""
    page.add_init_script(RECORD_DRAWING)
    reload_and_wait(page)
    expect(page.get_by_text(re.compile("^Signed in as "))).to_be_attached()  # the last part drawn
    shifts, appeared, on_the_page = page.evaluate(DRAWING_RECORDED)
    assert shifts == []
    assert appeared == on_the_page and "athlete-org-name" in on_the_page and len(on_the_page) > 5, appeared


def card(page: Page, day: str) -> Locator:
    return page.locator(f".training-workout[data-date='{day}']")


def mark_done(page: Page, day: str, km: str, minutes: str) -> None:
    workout = card(page, day)
    workout.get_by_label("Distance in km").fill(km)
    workout.get_by_label("Duration in minutes").fill(minutes)
    workout.get_by_role("button", name="Mark done").click()
    expect(page.get_by_text("Nice work: marked as done.")).to_be_visible()
    expect(workout).to_have_attribute("data-status", "completed")


def skip_and_undo(page: Page, day: str) -> None:
    workout = card(page, day)
    workout.get_by_role("button", name="Skip").click()
    expect(workout).to_have_attribute("data-status", "skipped")
    workout.get_by_role("button", name="Undo skip").click()
    expect(workout).to_have_attribute("data-status", "scheduled")
    expect(page.get_by_text("Back on your schedule.")).to_be_visible()


def assert_green(workout: Locator) -> None:
    red, green, blue = map(int, re.findall(r"\d+", workout.evaluate(
        "node => getComputedStyle(node).borderLeftColor"))[:3])
    assert green > red + 40 and green > blue + 40, (red, green, blue)


def paces_message_goes_on_reload(page: Page) -> None:
    page.get_by_label("Recent 10K time").fill("45:00")
    page.get_by_role("button", name="Save paces").click()
    expect(page.get_by_text("Your paces are set.")).to_be_visible()
    reload_and_wait(page)
    expect(page.get_by_text("Your paces come from your recent race.")).to_be_visible()
    expect(page.get_by_text("Your paces are set.")).to_have_count(0)


def pick_a_time_zone(page: Page) -> None:
    picker = page.get_by_label("Time zone")
    picker.fill("Atlantis/Lost")
    page.get_by_role("button", name="Save time zone").click()
    expect(page.get_by_role("alert")).to_contain_text("Choose a known time zone")
    assert page.locator("#time-zones option").count() > 400  # every IANA zone to search in
    picker.fill("Asia/Tokyo")
    page.get_by_role("button", name="Save time zone").click()
    expect(page.get_by_text("Time zone saved: Asia/Tokyo.")).to_be_visible()
    expect(page.get_by_text("Set from this device until you choose one.")).to_have_count(0)
    reload_and_wait(page)
    expect(page.get_by_label("Time zone")).to_have_value("Asia/Tokyo")  # chosen: the device no longer decides
    expect(page.get_by_text("Time zone saved: Asia/Tokyo.")).to_have_count(0)


def copy_user_id(page: Page, link: str, user_id: str) -> None:
    page.get_by_role("link", name=link).click()
    expect(page.get_by_role("heading", name="Your profile")).to_be_visible()
    expect(page.locator("#user-id")).to_have_text(user_id)
    page.get_by_role("button", name="Copy user ID").click()
    expect(page.get_by_role("button", name="Copy user ID")).to_contain_text("Copied")
    assert page.evaluate("() => navigator.clipboard.readText()") == user_id
