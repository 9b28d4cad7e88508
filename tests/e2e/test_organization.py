"""A head coach sets up the organization and adds athletes; an invited athlete joins from the email."""

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.browsing import PHONE, at, sign_up_coach, wait_until_loaded
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in


def member_rows(page: Page):
    return page.locator("tr.member-row")


def test_coach_builds_the_roster_and_the_athlete_sees_only_what_is_theirs(
        desktop: Page, open_context, app_url, smtp):
    coach = desktop
    sign_up_coach(coach, smtp, "club.head@example.com")
    coach.get_by_role("link", name="Set up organization").first.click()
    coach.get_by_label("Organization name").fill("Harbour Runners")
    coach.get_by_label("Description").fill("Road and trail running on the coast")
    coach.get_by_role("button", name="Create organization").click()
    expect(coach).to_have_url(at(app_url, "/console/members"))
    wait_until_loaded(coach, "/console/members")

    coach.get_by_role("button", name="Add Member").click()
    dialog = coach.get_by_role("dialog")
    dialog.get_by_label("Email").fill("runner@example.com")
    dialog.get_by_label("Display name").fill("Speedy")
    dialog.get_by_label("Labels").fill("Marathon Group, Hills")
    dialog.get_by_label("Private notes").fill("Sore knee in March")
    dialog.get_by_role("button", name="Send invitation").click()
    expect(coach.get_by_text("Invitation sent to runner@example.com.")).to_be_visible()
    expect(coach.get_by_text("runner@example.com", exact=True)).to_be_visible()

    # The invited athlete opens the email in their own browser, on a phone.
    athlete = open_context(PHONE).new_page()
    athlete.goto(link_in(smtp.wait_for("runner@example.com")))
    expect(athlete.get_by_role("heading", name="Join Harbour Runners")).to_be_visible()
    athlete.get_by_label("Password", exact=True).fill("weak")
    athlete.get_by_role("button", name="Create account and join").click()
    expect(athlete.get_by_role("alert")).to_contain_text("uppercase")
    athlete.get_by_label("Password", exact=True).fill(PASSWORD)
    athlete.get_by_role("button", name="Create account and join").click()
    expect(athlete).to_have_url(at(app_url, "/athlete"))
    expect(athlete.locator("#athlete-org-name")).to_have_text("Harbour Runners")
    expect(athlete.get_by_text("Road and trail running on the coast")).to_be_visible()
    expect(athlete.get_by_text("club.head")).to_be_visible()
    seen_by_athlete = athlete.content()
    for coach_only in ("Speedy", "Marathon Group", "Hills", "Sore knee"):
        assert coach_only not in seen_by_athlete

    # A second athlete who already has an account is added by user ID.
    second = httpx.post(f"{app_url}/api/v1/auth/request-verification",
                        json={"email": "sprinter@example.com", "role": "athlete"})
    assert second.status_code == 200
    token = link_in(smtp.wait_for("sprinter@example.com")).rsplit("token=", 1)[1]
    user_id = httpx.post(f"{app_url}/api/v1/auth/complete-signup",
                         json={"token": token, "password": PASSWORD}).json()["user_id"]
    coach.reload()
    expect(member_rows(coach)).to_have_count(2)
    coach.get_by_role("button", name="Add Member").click()
    dialog = coach.get_by_role("dialog")
    dialog.get_by_role("radio", name="User ID").click()
    dialog.get_by_label("User ID").fill(user_id)
    dialog.get_by_label("Labels").fill("5K Focus")
    dialog.get_by_role("button", name="Add member").click()
    expect(coach.get_by_text("sprinter joined as an athlete.")).to_be_visible()
    expect(member_rows(coach)).to_have_count(3)

    coach.get_by_role("combobox", name="Filter by label").click()
    coach.get_by_role("option", name="Marathon Group").click()
    expect(member_rows(coach)).to_have_count(1)
    expect(member_rows(coach).first).to_contain_text("Speedy")
    coach.get_by_role("combobox", name="Filter by label").click()
    coach.get_by_role("option", name="5K Focus").click()
    expect(member_rows(coach)).to_have_count(1)
    expect(member_rows(coach).first).to_contain_text("sprinter@example.com")

    coach.get_by_label("Search members").fill("speedy")
    expect(member_rows(coach)).to_have_count(0)
    coach.get_by_role("combobox", name="Filter by label").click()
    coach.get_by_role("option", name="All labels").click()
    expect(member_rows(coach)).to_have_count(1)
    coach.get_by_role("link", name="Speedy").click()
    expect(coach.get_by_label("Private notes")).to_have_value("Sore knee in March")
    coach.get_by_label("Private notes").fill("Knee fine again")
    coach.get_by_role("button", name="Save", exact=True).click()
    expect(coach.get_by_text("Saved.")).to_be_visible()
    coach.reload()
    expect(coach.get_by_label("Private notes")).to_have_value("Knee fine again")
