"""A coach signs up through the console, in Chromium, with the email going through real SMTP."""

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.browsing import at, wait_until_loaded
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in


def rule(page: Page, key: str):
    return page.locator(f".password-rule[data-rule='{key}']")


def test_a_coach_signs_up_and_the_session_lasts_until_sign_out(desktop: Page, app_url, smtp):
    page = desktop
    page.goto("/")
    page.get_by_role("link", name="Sign up as a Coach").first.click()
    expect(page).to_have_url(at(app_url, "/signup"))

    page.get_by_label("Email address").fill("head.coach@example.com")
    page.get_by_role("button", name="Send verification link").click()
    expect(page.get_by_text("Check your inbox")).to_be_visible()

    link = link_in(smtp.wait_for("head.coach@example.com"))
    assert link.startswith(f"{app_url}/signup/verify?token=")
    page.goto(link)
    expect(page.get_by_role("heading", name="Set your password")).to_be_visible()
    expect(page.get_by_text("head.coach@example.com")).to_be_visible()

    password = page.get_by_label("Password", exact=True)
    password.press_sequentially("weakpass")
    expect(rule(page, "lower")).to_have_attribute("data-met", "true")
    expect(rule(page, "length")).to_have_attribute("data-met", "true")
    expect(rule(page, "upper")).to_have_attribute("data-met", "false")
    expect(rule(page, "digit")).to_have_attribute("data-met", "false")
    page.get_by_role("button", name="Set password and sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("uppercase")
    expect(page.get_by_role("heading", name="Set your password")).to_be_visible()

    password.fill("")
    password.press_sequentially(PASSWORD)
    for key in ("length", "upper", "lower", "digit"):
        expect(rule(page, key)).to_have_attribute("data-met", "true")
    page.get_by_role("button", name="Set password and sign in").click()
    expect(page).to_have_url(at(app_url, "/console"))
    expect(page.get_by_role("heading", name="Welcome to nexrex")).to_be_visible()
    expect(page.get_by_role("link", name="Set up organization")).to_be_visible()
    for section in ("Members", "Training Plans", "Workouts", "Settings"):
        expect(page.get_by_role("navigation").get_by_role("link", name=section)).to_be_visible()

    page.reload()
    expect(page.get_by_role("heading", name="Welcome to nexrex")).to_be_visible()
    expect(page).to_have_url(at(app_url, "/console"))
    token = page.evaluate("() => window.localStorage.getItem('nexrex_token')")
    assert httpx.get(f"{app_url}/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(at(app_url, "/"))
    assert httpx.get(f"{app_url}/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    page.goto("/console")
    expect(page).to_have_url(at(app_url, "/login"))

    page.get_by_label("Email address").fill("head.coach@example.com")
    page.get_by_label("Password", exact=True).fill("Wrong1Password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Invalid email or password.")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(at(app_url, "/console"))


def test_a_used_link_says_so_and_offers_sign_in(desktop: Page, app_url, smtp):
    page = desktop
    page.goto("/signup")
    wait_until_loaded(page, "/signup")
    page.get_by_label("Email address").fill("twice@example.com")
    page.get_by_role("button", name="Send verification link").click()
    link = link_in(smtp.wait_for("twice@example.com"))
    page.goto(link)
    page.get_by_label("Password", exact=True).press_sequentially(PASSWORD)
    page.get_by_role("button", name="Set password and sign in").click()
    expect(page).to_have_url(at(app_url, "/console"))

    page.goto(link)
    expect(page.get_by_role("heading", name="This link has already been used.")).to_be_visible()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def test_the_console_works_on_a_phone(phone: Page, app_url, smtp):
    page = phone
    page.goto("/signup")
    wait_until_loaded(page, "/signup")
    page.get_by_label("Email address").fill("phone.coach@example.com")
    page.get_by_role("button", name="Send verification link").click()
    page.goto(link_in(smtp.wait_for("phone.coach@example.com")))
    page.get_by_label("Password", exact=True).press_sequentially(PASSWORD)
    page.get_by_role("button", name="Set password and sign in").click()
    expect(page.get_by_role("heading", name="Welcome to nexrex")).to_be_visible()

    page.get_by_role("button", name="Open menu").click()
    page.get_by_role("menuitem", name="Members").click()
    expect(page).to_have_url(at(app_url, "/console/members"))
    expect(page.get_by_role("heading", name="Members")).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
