"""Steps several browser tests share, done through the UI as a person would."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.support.accounts import PASSWORD
from tests.support.mailbox import SmtpServer, link_in

DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def at(app_url: str, path: str) -> re.Pattern:
    """The page's URL, with or without the trailing slash the static build adds."""
    base, _, query = path.partition("?")
    return re.compile(re.escape(app_url + base.rstrip("/")) + "/?" + (re.escape("?" + query) if query else "") + "$")


def sign_up_coach(page: Page, smtp: SmtpServer, email: str) -> None:
    page.goto("/signup")
    page.get_by_label("Email address").fill(email)
    page.get_by_role("button", name="Send verification link").click()
    expect(page.get_by_text("Check your inbox")).to_be_visible()
    page.goto(link_in(smtp.wait_for(email)))
    page.get_by_label("Password", exact=True).press_sequentially(PASSWORD)
    page.get_by_role("button", name="Set password and sign in").click()
    expect(page.get_by_role("heading", name="Welcome to nexrex")).to_be_visible()


def set_up_club(page: Page, smtp: SmtpServer, email: str, club: str) -> None:
    """A new head coach with an organization, on the Training Plans page."""
    sign_up_coach(page, smtp, email)
    page.get_by_role("link", name="Set up organization").first.click()
    page.get_by_label("Organization name").fill(club)
    page.get_by_role("button", name="Create organization").click()
    expect(page.get_by_role("heading", name="Members")).to_be_visible()
    open_section(page, "Training Plans")


def open_section(page: Page, name: str) -> None:
    """A console section from the side navigation, or from the menu on a phone."""
    menu = page.get_by_role("button", name="Open menu")
    expect(page.get_by_role("button", name="Sign out").or_(menu)).to_be_visible()
    if menu.is_visible():
        menu.click()
        page.get_by_role("menuitem", name=name).click()
    else:
        page.get_by_role("navigation").get_by_role("link", name=name).click()


def new_plan(page: Page, how: str) -> None:
    page.get_by_role("button", name="New Plan").click()
    page.get_by_role("menuitem", name=how).click()
