"""The workout library in people's words: sports, sub-types in the sport's words, visibility, true figures, and
a block's mistake named by its place and label."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.browsing import set_up_club


def test_the_library_speaks_each_sport_and_names_a_block_mistake(desktop: Page, app_url, smtp):
    page = desktop
    set_up_club(page, smtp, "library@example.com", "Library Club")
    page.get_by_role("navigation").get_by_role("link", name="Workouts").click()
    ride = page.locator(".workout-row", has_text="Endurance Ride 90 min")
    expect(ride).to_contain_text("Bike")
    expect(ride).to_contain_text("Long ride")
    expect(ride).to_contain_text("1:30:00")
    expect(ride).to_contain_text("Built-in")
    swim = page.locator(".workout-row", has_text="CSS Swim 10 × 100 m")
    expect(swim).to_contain_text("1.6 km")
    expect(swim).to_contain_text("32:00")
    expect(page.locator(".workout-row", has_text="Long Run 16 km")).to_contain_text("Long run")

    page.get_by_role("combobox", name="Sub-types").click()
    page.get_by_role("option", name="Long", exact=True).click()
    expect(page.locator(".workout-row")).to_have_count(2)

    page.get_by_role("link", name="New workout").click()
    page.get_by_label("Name").fill("Threshold swim")
    page.get_by_label("Sport").click()
    page.get_by_role("option", name="Swim").click()
    page.get_by_label("Sub-type").click()
    page.get_by_role("option", name="Tempo swim").click()
    expect(page.get_by_label("Sub-type")).to_have_text("Tempo swim")
    distance = page.locator(".block-row[data-path='0']").get_by_label("Distance")
    distance.fill("0")
    distance.blur()
    expect(page.get_by_text("Block 1: Distance must be a positive whole number up to 1000000.")).to_be_visible()
    distance.fill("400")
    distance.blur()
    page.get_by_role("button", name="Save workout").click()
    expect(page).to_have_url(re.compile(r"/console/workouts/wkt_\w+/?$"))
    expect(page.get_by_label("Sub-type")).to_have_text("Tempo swim")
