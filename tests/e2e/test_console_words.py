"""The console's choices read in people's words and still save the stored values: the plan builder's sport,
level, visibility and preferred days, a group's privacy, and a block's measure, zone and intensity."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.browsing import new_plan, open_section, set_up_club


def choose(page: Page, label: str, option: str) -> None:
    page.get_by_label(label).click()
    page.get_by_role("option", name=option, exact=True).click()
    expect(page.get_by_label(label)).to_have_text(option)


def test_choices_in_words_save_their_values(desktop: Page, app_url, smtp):
    page = desktop
    set_up_club(page, smtp, "words@example.com", "Plain Words RC")
    new_plan(page, "Build manually")
    page.get_by_label("Plan name").fill("Winter base")
    page.get_by_label("Description").fill("Long steady rides.")
    choose(page, "Sport", "Bike")
    choose(page, "Level", "Advanced")
    choose(page, "Visibility", "Private")
    page.get_by_role("combobox", name="Preference Tuesday").click()
    expect(page.get_by_role("option", name="tempo-run")).to_have_count(0)
    page.get_by_role("option", name="Intervals").click()
    page.get_by_role("combobox", name="Preference Monday").click()
    page.get_by_role("option", name="Rest").click()
    page.locator(".library-workout", has_text="Endurance Ride 90 min").drag_to(
        page.locator(".day-cell[data-week='1'][data-day='Sunday']"))
    expect(page.locator(".library-workout", has_text="Endurance Ride 90 min")).to_contain_text("Long ride")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile(r"/console/plans/plan_\w+/?$"))
    page.reload()
    expect(page.get_by_label("Plan name")).to_have_value("Winter base")
    expect(page.get_by_role("combobox", name="Preference Tuesday")).to_have_text("Intervals")
    expect(page.get_by_role("combobox", name="Preference Monday")).to_have_text("Rest")
    open_section(page, "Training Plans")
    row = page.locator(".plan-row", has_text="Winter base")
    for shown in ("Bike", "Advanced", "Private"):
        expect(row).to_contain_text(shown)

    open_section(page, "Members")
    page.get_by_label("New group name").fill("Night riders")
    page.get_by_role("combobox", name="Group privacy").click()
    page.get_by_role("option", name="Private").click()
    page.get_by_role("button", name="Create group").click()
    group = page.get_by_text("Night riders").locator("..")
    expect(group).to_contain_text("Private")
    expect(group).to_contain_text("0 athletes")

    open_section(page, "Workouts")
    page.get_by_role("link", name="New workout").click()
    page.get_by_label("Name").fill("Threshold minutes")
    first = page.locator(".block-row[data-path='0']")
    first.get_by_role("combobox", name="Measured by").click()
    page.get_by_role("option", name="Time").click()
    expect(page.get_by_text("Block 1: Duration is required when the block is measured by duration.")).to_be_visible()
    first.get_by_label("Duration").fill("600")
    first.get_by_label("Duration").blur()
    expect(page.get_by_text("Block 1: Duration is required")).to_have_count(0)
    first.get_by_role("combobox", name="Pace zone").click()
    expect(page.get_by_role("option", name="z2 easy")).to_be_visible()
    page.get_by_role("option", name="z4 threshold").click()
    first.get_by_role("combobox", name="Intensity by").click()
    page.get_by_role("option", name="Heart rate").click()
    page.get_by_role("button", name="Save workout").click()
    expect(page).to_have_url(re.compile(r"/console/workouts/wkt_\w+/?$"))
    page.reload()
    first = page.locator(".block-row[data-path='0']")
    expect(first.get_by_role("combobox", name="Measured by")).to_have_text("Time")
    expect(first.get_by_role("combobox", name="Pace zone")).to_have_text("z4 threshold")
    expect(first.get_by_role("combobox", name="Intensity by")).to_have_text("Heart rate")
