"""The plan builder as a new coach meets it: the library of the plan's sport, tap-to-place on a phone and from
the keyboard, a save that says so and keeps Back sensible, the overlap warning and the plan's assignments."""

import re
from datetime import UTC, datetime, timedelta

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.browsing import DESKTOP, PHONE, at, new_plan, set_up_club
from tests.e2e.test_plan_builder import day, drag, week_total
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in


def library(page: Page):
    return page.locator(".library-workout")


def test_the_library_follows_the_plan_sport_and_a_save_is_confirmed_in_view(desktop: Page, app_url, smtp):
    page = desktop
    set_up_club(page, smtp, "sticky@example.com", "Sticky RC")
    new_plan(page, "Build manually")
    expect(library(page).first).to_be_visible()
    expect(library(page).filter(has_text="Easy Run 5 km")).to_have_count(1)
    expect(library(page).filter(has_text="Swim")).to_have_count(0)
    expect(library(page).filter(has_text="Ride")).to_have_count(0)

    page.get_by_label("Search workouts").fill("tempo")
    expect(library(page)).to_have_count(1)
    expect(library(page)).to_have_text(re.compile("Tempo 10 km"))
    page.get_by_label("Search workouts").fill("")
    page.locator("#type").click()
    expect(page.get_by_role("option")).to_have_text(["Run", "Bike", "Swim", "Strength", "Custom"])
    page.get_by_role("option", name="Swim").click()
    expect(library(page).filter(has_text="Easy Swim 2000 m")).to_have_count(1)
    expect(library(page).filter(has_text="Easy Run")).to_have_count(0)
    page.locator("#type").click()
    page.get_by_role("option", name="Run", exact=True).click()

    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".sticky-actions [role=alert]")).to_have_text("Plan name is required.")
    page.get_by_label("Plan name").fill("Sticky 10K")
    page.get_by_label("Description").fill("Saved from a sticky bar.")
    drag(page, "Long Run 16 km", 2, "Sunday")
    page.evaluate("window.scrollTo(0, 0)")
    save = page.get_by_role("button", name="Save", exact=True)
    expect(save).to_be_in_viewport()  # the actions stay in view at the bottom of the window
    save.click()
    expect(page).to_have_url(re.compile(r"/console/plans/plan_\w+/?$"))
    confirmation = page.locator(".sticky-actions [role=status]")
    expect(confirmation).to_contain_text("Plan saved: Sticky 10K")
    expect(confirmation).to_be_in_viewport()
    expect(page.get_by_role("button", name="Assign", exact=True)).to_be_enabled()
    expect(page.get_by_text("Nobody follows this plan yet.")).to_be_visible()

    page.get_by_label("Plan name").fill("Sticky 10K, take two")
    expect(confirmation).to_have_count(0)  # an edit makes "saved" untrue
    save.click()
    expect(confirmation).to_have_text("Plan saved.")

    page.go_back()  # the empty builder was replaced by the saved plan's page
    expect(page).to_have_url(at(app_url, "/console/plans"))
    expect(page.locator(".plan-row", has_text="Sticky 10K, take two")).to_be_visible()


def on_a_phone(open_context, signed_in: Page) -> Page:
    """A touch phone signed in as the desktop page's coach."""
    token = signed_in.evaluate("() => window.localStorage.getItem('nexrex_token')")
    phone = open_context(PHONE).new_page()
    phone.goto("/login")
    phone.evaluate("token => window.localStorage.setItem('nexrex_token', token)", token)
    return phone


def test_a_coach_places_workouts_by_tapping_on_a_phone(desktop: Page, open_context, smtp):
    set_up_club(desktop, smtp, "tapper@example.com", "Tap RC")
    page = on_a_phone(open_context, desktop)
    page.goto("/console/plans/new")
    expect(library(page).first).to_be_visible()
    expect(page.locator(".place-here")).to_have_count(0)

    library(page).filter(has_text="Easy Run 5 km").tap()
    expect(library(page).filter(has_text="Easy Run 5 km")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".picking-hint")).to_contain_text("Placing Easy Run 5 km")
    day(page, 1, "Monday").get_by_role("button", name="Place here").tap()
    expect(day(page, 1, "Monday").locator(".placed-workout", has_text="Easy Run 5 km")).to_be_visible()
    expect(page.locator(".place-here")).to_have_count(0)
    expect(week_total(page, 1)).to_have_text(re.compile(r"^5\.0 km"))

    # A placed workout moves the same way.
    day(page, 1, "Monday").get_by_role("button", name="Move workout to another day").tap()
    day(page, 2, "Saturday").get_by_role("button", name="Place here").tap()
    expect(day(page, 2, "Saturday").locator(".placed-workout", has_text="Easy Run 5 km")).to_be_visible()
    expect(day(page, 1, "Monday").locator(".placed-workout")).to_have_count(0)

    # Picked by mistake: put it back.
    library(page).filter(has_text="Tempo 10 km").tap()
    page.get_by_role("button", name="Stop placing").tap()
    expect(page.locator(".place-here")).to_have_count(0)


def test_a_coach_places_a_workout_with_the_keyboard(desktop: Page, smtp):
    page = desktop
    set_up_club(page, smtp, "keys@example.com", "Keyboard RC")
    new_plan(page, "Build manually")
    library(page).filter(has_text="Tempo 10 km").focus()
    page.keyboard.press("Enter")
    target = day(page, 1, "Wednesday").get_by_role("button", name="Place here")
    target.focus()
    page.keyboard.press("Space")
    expect(day(page, 1, "Wednesday").locator(".placed-workout", has_text="Tempo 10 km")).to_be_visible()


def test_the_workout_editor_times_every_distance_change(desktop: Page, smtp):
    page = desktop
    set_up_club(page, smtp, "timer@example.com", "Timing RC")
    page.get_by_role("navigation").get_by_role("link", name="Workouts").click()
    page.get_by_role("link", name="New workout").click()
    expect(page.locator("#workout_type")).to_have_text("Run")  # the sport in words, not a block's name
    distance = page.locator(".block-row[data-path='0']").get_by_label("Distance")
    total = page.locator(".total-duration")
    distance.fill("4000")
    distance.blur()
    expect(page.locator(".total-distance")).to_have_text("4.0 km")
    expect(total).to_have_text(re.compile(r"^about \d+:\d\d$"))
    at_four = total.inner_text()
    distance.fill("5000")
    distance.blur()
    expect(page.locator(".total-distance")).to_have_text("5.0 km")
    expect(total).not_to_have_text(at_four)
    expect(total).to_have_text(re.compile(r"^about \d+:\d\d$"))
    expect(page.locator(".total-note")).to_have_text(re.compile("typical intermediate run athlete"))


def _athlete_joins(coach: Page, open_context, app_url: str, smtp, email: str) -> httpx.Client:
    token = coach.evaluate("() => window.localStorage.getItem('nexrex_token')")
    api = httpx.Client(base_url=f"{app_url}/api/v1", headers={"Authorization": f"Bearer {token}"})
    me = api.get("/auth/me").json()
    api.post(f"/organizations/{me['org_id']}/members", json={"email": email})
    athlete = open_context(DESKTOP).new_page()
    athlete.goto(link_in(smtp.wait_for(email)))
    athlete.get_by_label("Password", exact=True).fill(PASSWORD)
    athlete.get_by_role("button", name="Create account and join").click()
    expect(athlete).to_have_url(re.compile(r"/athlete/?$"))
    return api


def test_assigning_over_another_plan_asks_first_and_the_plan_lists_who_follows_it(desktop: Page, open_context,
                                                                                   app_url, smtp):
    coach = desktop
    set_up_club(coach, smtp, "overlap.coach@example.com", "Overlap RC")
    api = _athlete_joins(coach, open_context, app_url, smtp, "double@example.com")
    easy = [w for w in api.get("/training/workouts").json() if w["workout_name"] == "Easy Run 5 km"][0]
    plan_id = api.post("/training/plans", json={
        "training_plan_name": "Base weeks", "training_plan_description": "Two easy weeks", "type": "run",
        "level": "basic", "duration_in_weeks": 2, "visibility": "org", "user_id": api.get("/auth/me").json()["user_id"],
        "content": [{"week": 1, "day": "Tuesday", "source_workout_id": easy["workout_id"]}]}).json()["training_plan_id"]
    start = datetime.now(UTC).date() + timedelta(days=7)

    coach.goto(f"/console/plans/{plan_id}")
    expect(coach.get_by_text("Nobody follows this plan yet.")).to_be_visible()
    _assign(coach, start.isoformat(), "double@example.com")
    expect(coach.locator(".sticky-actions [role=status]")).to_contain_text("Assigned to 1 athlete")
    rows = coach.locator(".assignment-row")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("double")
    expect(rows.first).to_contain_text(f"{start.day} {start:%b %Y}")
    expect(rows.first).to_contain_text("upcoming")

    # The same athlete again a week later: the second week would be double-booked.
    later = start + timedelta(days=7)
    _assign(coach, later.isoformat(), "double@example.com")
    dialog = coach.get_by_role("dialog")
    warning = dialog.locator(".overlap-warning")
    expect(warning).to_contain_text("double · Base weeks")
    last = start - timedelta(days=start.weekday()) + timedelta(days=13)   # the first plan ends on its 2nd Sunday
    expect(warning).to_contain_text(f"{later:%a} {later.day} {later:%b %Y} – {last:%a} {last.day} {last:%b %Y}")
    expect(rows).to_have_count(1)  # nothing assigned yet
    dialog.get_by_role("button", name="Assign anyway").click()
    expect(dialog).to_have_count(0)
    expect(rows).to_have_count(2)

    rows.nth(1).get_by_role("button", name=re.compile("^Unassign")).click()
    confirm = coach.get_by_role("alertdialog")
    expect(confirm).to_contain_text("double stops following this plan")
    confirm.get_by_role("button", name="Keep").click()
    expect(rows).to_have_count(2)
    rows.nth(1).get_by_role("button", name=re.compile("^Unassign")).click()
    coach.get_by_role("alertdialog").get_by_role("button", name="Unassign").click()
    expect(rows).to_have_count(1)
    expect(coach.locator(".sticky-actions [role=status]")).to_contain_text("double no longer follows this plan")
    coach.get_by_role("button", name="Save", exact=True).click()
    expect(coach.locator(".sticky-actions [role=status]")).to_have_text("Plan saved.")


def _assign(coach: Page, start: str, email: str) -> None:
    coach.get_by_role("button", name="Assign", exact=True).click()
    dialog = coach.get_by_role("dialog")
    dialog.get_by_label("Start date").fill(start)
    dialog.locator(".assign-athlete", has_text=email).get_by_role("checkbox").click()
    dialog.get_by_role("button", name="Assign plan").click()
