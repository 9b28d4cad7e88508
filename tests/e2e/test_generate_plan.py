"""Generate with AI in the browser: a 12-week half-marathon plan generated, edited, saved and opened in the builder;
a failed generate that keeps the draft; a swim plan with swim races and the coach's own zones."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.browsing import new_plan, set_up_club

GENERATING = 20_000  # ms: writing a plan on a busy two-core machine


def test_generate_edit_save_and_find_it_in_the_builder(desktop: Page, app_url, smtp):
    page = desktop
    set_up_club(page, smtp, "generator@example.com", "Engine Room RC")
    new_plan(page, "Generate with AI")
    expect(page.get_by_role("heading", name="Generate with AI")).to_be_visible()

    page.get_by_label("Duration (weeks)").fill("12")
    page.get_by_label("Goal time (optional)").fill("1:45:00")
    page.get_by_label("Start date").fill("2027-01-04")
    page.get_by_label("Race date").fill("2027-03-28")
    page.get_by_role("button", name="Generate draft").click()
    weeks = page.locator(".generated-week")
    expect(weeks).to_have_count(12, timeout=GENERATING)
    expect(page.get_by_role("img", name="Weekly volume by phase")).to_be_visible()
    expect(page.get_by_label("Draft")).to_have_value(re.compile(r"W12 Sun  Race day – Half marathon"))
    expect(weeks.last).to_contain_text("Race day – Half marathon")

    week_five = page.locator(".generated-week[data-week='5']")
    tempo = week_five.locator(".generated-workout", has_text="Tempo")
    tempo.get_by_role("button", name="Edit").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Name").fill("Tempo on the track")
    main = dialog.locator(".block-row[data-path='1']").get_by_label("Distance")
    main.fill("7000")
    main.blur()
    dialog.get_by_role("button", name="Apply").click()
    expect(week_five.locator(".generated-workout", has_text="Tempo on the track")).to_contain_text("11.0 km")

    page.get_by_label("Plan name").fill("Spring half, 1:45")
    expect(page.locator(".sticky-actions").get_by_role("button", name="Save")).to_be_in_viewport()
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile(r"/console/plans/plan_\w+/?$"))
    expect(page.get_by_role("status")).to_contain_text("Plan saved: Spring half, 1:45.")
    expect(page.get_by_label("Plan name")).to_have_value("Spring half, 1:45")
    expect(page.locator(".week-row")).to_have_count(12)
    expect(page.locator(".week-row[data-week='5'] .placed-workout", has_text="Tempo on the track")).to_contain_text(
        "11.0 km")
    expect(page.locator(".week-row[data-week='12'] .day-cell[data-day='Sunday']")).to_contain_text("Race day")
    expect(page.get_by_label("Description")).to_have_value(
        "Generated with AI: 12 weeks to Half marathon, Intermediate level.")

    page.get_by_role("navigation").get_by_role("link", name="Training Plans").click()
    expect(page.locator(".plan-row", has_text="Spring half, 1:45")).to_contain_text("Intermediate")
    new_plan(page, "Generate with AI")  # a new plan: nothing of the saved one is left
    expect(page.get_by_role("button", name="Generate draft")).to_be_visible()
    expect(page.get_by_label("Goal time (optional)")).to_have_value("")
    expect(page.locator(".generated-week")).to_have_count(0)
    expect(page.get_by_label("Plan name")).to_have_count(0)


def _generate(page: Page, weeks: str) -> None:
    page.get_by_label("Duration (weeks)").fill(weeks)
    page.get_by_role("button", name="Generate draft").click()


def test_a_failed_generate_keeps_the_draft_and_the_name_follows_the_parameters(desktop: Page, app_url, smtp):
    page = desktop
    set_up_club(page, smtp, "keeper@example.com", "Keepers RC")
    new_plan(page, "Generate with AI")
    page.get_by_label("Start date").fill("2027-01-04")
    page.get_by_label("Race date").fill("2027-02-28")
    _generate(page, "8")
    weeks = page.locator(".generated-week")
    expect(weeks).to_have_count(8, timeout=GENERATING)
    expect(page.get_by_label("Plan name")).to_have_value("Half marathon · 8 weeks")
    advice = page.locator("#plan-advice")  # 8 weeks is short for a half marathon: the coach is told
    expect(advice).to_contain_text("Before you save")
    expect(advice).to_contain_text("8 weeks is short for a Half marathon")
    expect(page.get_by_label("Draft")).to_have_value(re.compile(r"# Warning: 8 weeks is short for a Half marathon"))
    page.locator(".generated-week[data-week='1'] .generated-workout").first.get_by_role("button", name="Edit").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Name").fill("Shakeout by the river")
    dialog.get_by_role("button", name="Apply").click()
    expect(page.locator(".generated-workout", has_text="Shakeout by the river")).to_have_count(1)

    _generate(page, "4")  # the race on 28 February no longer falls within 4 weeks
    expect(page.get_by_role("alert")).to_have_text(
        "The race date must fall in the plan's last week (from 2027-01-04 to 2027-02-28 is 8 weeks).")
    expect(weeks).to_have_count(8, timeout=GENERATING)
    expect(page.locator(".generated-workout", has_text="Shakeout by the river")).to_have_count(1)
    expect(page.get_by_label("Draft")).to_have_value(re.compile(r"W8 Sun  Race day – Half marathon"))

    page.get_by_label("Race date").fill("")
    _generate(page, "4")
    expect(weeks).to_have_count(4, timeout=GENERATING)
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_label("Plan name")).to_have_value("Half marathon · 4 weeks")
    page.get_by_label("Plan name").fill("Club half")
    _generate(page, "6")
    expect(weeks).to_have_count(6, timeout=GENERATING)
    expect(page.get_by_label("Plan name")).to_have_value("Club half")


def test_a_swim_plan_offers_swim_races_and_shows_the_swimmer_zones(phone: Page, app_url, smtp):
    page = phone
    set_up_club(page, smtp, "swimcoach@example.com", "Lane Four")
    new_plan(page, "Generate with AI")
    expect(page.get_by_label("Recent 10K time (optional)")).to_be_visible()
    page.get_by_label("Recent 10K time (optional)").fill("48:30")
    page.get_by_role("radio", name="Swim").click()
    expect(page.get_by_label("CSS pace per 100 m (optional)")).to_have_value("")
    page.get_by_label("Goal race").click()
    expect(page.get_by_role("option", name="Half marathon")).to_have_count(0)
    page.get_by_role("option", name="3.8 km (long-distance triathlon)").click()
    page.get_by_label("CSS pace per 100 m (optional)").fill("0:20")
    _generate(page, "6")
    expect(page.get_by_role("alert")).to_have_text("CSS pace is a time per 100 m from 0:55 to 5:00, e.g. 1:45.")

    page.get_by_label("CSS pace per 100 m (optional)").fill("1:45")
    page.get_by_role("button", name="Generate draft").click()
    weeks = page.locator(".generated-week")
    expect(weeks).to_have_count(6, timeout=GENERATING)
    expect(weeks.last).to_contain_text("Race day – 3.8 km (long-distance triathlon)")
    expect(weeks.first).to_contain_text("Base")
    expect(weeks.first).to_contain_text("Easy swim")
    legend = page.locator("#zone-legend")
    expect(legend.locator(".zone-line", has_text="z4")).to_contain_text("Threshold · your Critical Swim Speed")
    expect(legend.locator(".zone-line", has_text="z4")).to_contain_text("1:47/100m–1:43/100m")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile(r"/console/plans/plan_\w+/?$"))
    expect(page.get_by_label("Plan name")).to_have_value("3.8 km (long-distance triathlon) · 6 weeks")
