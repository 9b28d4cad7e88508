"""Joining by shareable link proves the address by email; invitations with the password checklist; a used
invitation offers Sign in; forgotten passwords; the coach-access notice; a new calendar address. All in
Chromium, with email through the real SMTP test server."""

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.browsing import PHONE, at, wait_until_loaded
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in

NEW_PASSWORD = "Fresh2Legs"


def api_account(app_url: str, smtp, email: str, role: str = "coach") -> str:
    """An account made through the API (email via SMTP); answers its access token."""
    assert httpx.post(f"{app_url}/api/v1/auth/request-verification", json={"email": email, "role": role}
                      ).status_code == 200
    token = link_in(smtp.wait_for(email)).rsplit("token=", 1)[1]
    done = httpx.post(f"{app_url}/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD})
    assert done.status_code == 201, done.text
    return done.json()["access_token"]


def club(app_url: str, smtp, email: str, name: str) -> tuple[dict, str]:
    """A head coach with an organization: their headers and the org's id."""
    headers = {"Authorization": f"Bearer {api_account(app_url, smtp, email)}"}
    org = httpx.post(f"{app_url}/api/v1/organizations", json={"name": name}, headers=headers)
    assert org.status_code == 201, org.text
    return headers, org.json()["data"]["organization"]["org_id"]


def rule(page: Page, key: str):
    return page.locator(f".password-rule[data-rule='{key}']")


def test_joining_by_shareable_link_goes_through_the_inbox(open_context, app_url, smtp):
    head, org_id = club(app_url, smtp, "link.head@example.com", "Riverside Tri")
    link = httpx.post(f"{app_url}/api/v1/organizations/{org_id}/invitations", headers=head,
                      json={"max_uses": 5}).json()["data"]["link"]

    runner = open_context(PHONE).new_page()
    runner.goto(link)
    expect(runner.get_by_role("heading", name="Join Riverside Tri")).to_be_visible()
    expect(runner.get_by_label("Password", exact=True)).to_have_count(0)
    runner.get_by_label("Email address").fill("link.runner@example.com")
    runner.get_by_role("button", name="Send me a link").click()
    expect(runner.get_by_role("heading", name="Check your inbox")).to_be_visible()
    expect(runner.get_by_text("link.runner@example.com")).to_be_visible()
    members = httpx.get(f"{app_url}/api/v1/organizations/{org_id}/members", headers=head).json()["data"]
    assert [m["email"] for m in members] == ["link.head@example.com"]  # nobody joined yet

    email = smtp.wait_for("link.runner@example.com")
    assert email["Subject"] == "Verify your email to join Riverside Tri"
    runner.goto(link_in(email))
    expect(runner.get_by_role("heading", name="Set your password")).to_be_visible()
    runner.get_by_label("Password", exact=True).press_sequentially(PASSWORD)
    for key in ("length", "upper", "lower", "digit"):
        expect(rule(runner, key)).to_have_attribute("data-met", "true")
    runner.get_by_role("button", name="Set password and sign in").click()
    expect(runner).to_have_url(at(app_url, "/athlete"))
    expect(runner.locator("#athlete-org-name")).to_have_text("Riverside Tri")

    # the Training tab makes a private calendar address, shown once; a new one retires it
    runner.get_by_role("button", name="New calendar address").click()
    feed_url = runner.locator("#calendar-url").inner_text()
    assert httpx.get(feed_url).status_code == 200
    token = runner.evaluate("() => window.localStorage.getItem('nexrex_token')")
    httpx.post(f"{app_url}/api/v1/athletes/me/calendar", params={"reset": "true"},
               headers={"Authorization": f"Bearer {token}"})
    assert httpx.get(feed_url).status_code == 404


def test_an_email_invitation_shows_the_password_rules_and_a_used_one_offers_sign_in(open_context, app_url, smtp):
    head, org_id = club(app_url, smtp, "mail.head@example.com", "Coastal Milers")
    added = httpx.post(f"{app_url}/api/v1/organizations/{org_id}/members", headers=head,
                       json={"email": "invited.runner@example.com"})
    assert added.status_code == 201
    link = link_in(smtp.wait_for("invited.runner@example.com"))

    runner = open_context(PHONE).new_page()
    runner.goto(link)
    expect(runner.get_by_role("heading", name="Join Coastal Milers")).to_be_visible()
    password = runner.get_by_label("Password", exact=True)
    password.press_sequentially("tempo")
    expect(rule(runner, "lower")).to_have_attribute("data-met", "true")
    expect(rule(runner, "upper")).to_have_attribute("data-met", "false")
    password.fill("")
    password.press_sequentially(PASSWORD)
    for key in ("length", "upper", "lower", "digit"):
        expect(rule(runner, key)).to_have_attribute("data-met", "true")
    runner.get_by_role("button", name="Create account and join").click()
    expect(runner).to_have_url(at(app_url, "/athlete"))
    runner.get_by_role("button", name="Sign out").click()

    runner.goto(link)
    expect(runner.get_by_role("heading", name="This invitation has already been used.")).to_be_visible()
    runner.get_by_role("button", name="Sign in").click()
    expect(runner).to_have_url(at(app_url, "/athlete/login"))
    runner.get_by_label("Email address").fill("invited.runner@example.com")
    runner.get_by_label("Password", exact=True).fill(PASSWORD)
    runner.get_by_role("button", name="Sign in").click()
    expect(runner).to_have_url(at(app_url, "/athlete"))


def test_a_forgotten_password_is_reset_from_the_emailed_link_once(desktop: Page, app_url, smtp):
    old_token = api_account(app_url, smtp, "forgetful@example.com")
    page = desktop
    page.goto("/login")
    expect(page.get_by_text("Athletes signing in here")).to_have_count(0)
    page.get_by_role("link", name="Forgot your password?").click()
    expect(page).to_have_url(at(app_url, "/forgot-password"))
    page.get_by_label("Email address").fill("forgetful@example.com")
    page.get_by_role("button", name="Send reset link").click()
    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()

    link = link_in(smtp.wait_for("forgetful@example.com", count=2))
    assert "/reset-password?token=" in link
    page.goto(link)
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    password = page.get_by_label("New password", exact=True)
    password.press_sequentially("weakpass")
    expect(rule(page, "upper")).to_have_attribute("data-met", "false")
    page.get_by_role("button", name="Set new password").click()
    expect(page.get_by_role("alert")).to_contain_text("uppercase")
    password.fill("")
    password.press_sequentially(NEW_PASSWORD)
    page.get_by_role("button", name="Set new password").click()
    expect(page.get_by_role("heading", name="Your password is set")).to_be_visible()
    assert httpx.get(f"{app_url}/api/v1/auth/me", headers={"Authorization": f"Bearer {old_token}"}
                     ).status_code == 401

    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(at(app_url, "/login"))
    page.get_by_label("Email address").fill("forgetful@example.com")
    page.get_by_label("Password", exact=True).fill(NEW_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Welcome to nexrex")).to_be_visible()

    page.get_by_role("button", name="Sign out").click()
    page.goto(link)
    expect(page.get_by_role("heading", name="This link has already been used.")).to_be_visible()
    expect(page.get_by_role("button", name="Get a new link")).to_be_visible()


def test_an_athlete_signing_in_to_the_coach_console_is_told_about_coach_access(desktop: Page, app_url, smtp):
    api_account(app_url, smtp, "upgrading.athlete@example.com", role="athlete")
    page = desktop
    page.goto("/athlete/login")
    page.get_by_role("link", name="Sign in to the coach console").click()
    wait_until_loaded(page, "/login")
    page.get_by_label("Email address").fill("upgrading.athlete@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Welcome to nexrex")).to_be_visible(timeout=20_000)  # a busy machine
    expect(page.get_by_role("heading", name="Your account now has coach access")).to_be_visible()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Your account now has coach access")).to_have_count(0)
    page.reload()
    expect(page.get_by_role("heading", name="Welcome to nexrex")).to_be_visible()
    expect(page.get_by_role("heading", name="Your account now has coach access")).to_have_count(0)
