"""Feedback and comments in the browser: the athlete marks today's workout done with RPE, how it felt and a comment
(on a phone); the coach sees it unread in the console, replies, and the athlete reads the reply."""

from datetime import datetime
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect

from tests.e2e.browsing import DESKTOP, PHONE, at, open_section, set_up_club
from tests.e2e.test_training_tab import _api, assign_daily_tempo, card, invite_and_see_the_banner_go
from tests.support.accounts import PASSWORD
from tests.support.mailbox import link_in

ZONE = "Europe/Lisbon"
SETTLE_MS = 30_000  # a reload's on_load steps, on a machine shared with other test runs


def reload_and_wait(page: Page) -> None:
    page.reload()
    settled(page)


def settled(page: Page, path: str | None = None) -> None:
    """``wait_until_loaded`` with room for a slow machine."""
    found = f'[data-path="{path}"], #page-loaded[data-path="{path}/"]' if path else ""
    expect(page.locator(f"#page-loaded{found}")).to_be_attached(timeout=SETTLE_MS)


def test_feedback_reaches_the_coach_unread_and_the_reply_reaches_the_athlete(open_context, app_url, smtp):
    coach, athlete, today = club_with_a_training_athlete(open_context, app_url, smtp, "tide")
    mark_done_with_feedback(athlete, today)

    reload_and_wait(coach)
    expect(coach.get_by_role("navigation").locator(".unread-count")).to_have_text("1")
    open_section(coach, "Comments")
    settled(coach, "/console/comments")
    thread = coach.locator(".comment-thread-row").first
    expect(thread).to_contain_text("1 unread")
    thread.click()
    dialog = coach.get_by_role("dialog")
    expect(dialog).to_contain_text("Tempo 10 km")
    expect(dialog.locator(".comment")).to_have_count(1)
    expect(dialog.locator(".comment").first).to_contain_text("Legs heavy on the hills")
    dialog.get_by_label("Comment").fill("Shorter strides uphill next time")
    dialog.get_by_role("button", name="Send").click()
    expect(dialog.locator(".comment")).to_have_count(2)
    expect(coach.get_by_role("navigation").locator(".unread-count")).to_have_count(0)

    reload_and_wait(athlete)
    expect(athlete.locator("#unread-total")).to_have_text("1 unread comments")
    athlete.locator("#unread-comments .comment-thread-row").click()
    reply = athlete.get_by_role("dialog").locator(".comment").last
    expect(reply).to_contain_text("Shorter strides uphill next time")
    expect(reply).to_contain_text("coach")
    athlete.get_by_role("dialog").get_by_role("button", name="Close").click()
    expect(athlete.locator("#unread-comments")).to_have_count(0)
    email = smtp.wait_for("tide.runner@example.com", count=2)  # after the invitation
    assert "Shorter strides uphill next time" in email.get_body(preferencelist=("plain",)).get_content()


def club_with_a_training_athlete(open_context, app_url: str, smtp, name: str) -> tuple[Page, Page, str]:
    """A head coach at the desktop and their athlete on a phone, following a daily plan from today."""
    coach = open_context(DESKTOP).new_page()
    set_up_club(coach, smtp, f"{name}.coach@example.com", f"{name.title()} Runners")
    invite_and_see_the_banner_go(coach, f"{name}.runner@example.com")
    athlete = open_context({**PHONE, "timezone_id": ZONE}).new_page()
    athlete.goto(link_in(smtp.wait_for(f"{name}.runner@example.com")))
    athlete.get_by_label("Password", exact=True).fill(PASSWORD)
    athlete.get_by_role("button", name="Create account and join").click()
    expect(athlete).to_have_url(at(app_url, "/athlete"))
    settled(athlete, "/athlete")
    today = datetime.now(ZoneInfo(ZONE)).date()
    assign_daily_tempo(_api(app_url, coach), today)
    reload_and_wait(athlete)
    expect(card(athlete, today.isoformat())).to_contain_text("From your plan")
    return coach, athlete, today.isoformat()


def mark_done_with_feedback(athlete: Page, day: str) -> None:
    workout = card(athlete, day)
    workout.get_by_label("Distance in km").fill("10")
    workout.get_by_label("Effort (RPE 1 to 10)").select_option(label="RPE 7")  # the phone's own picker
    workout.get_by_label("How it felt").select_option(label="Good")
    workout.get_by_label("Comment for your coach").fill("Legs heavy on the hills")
    workout.get_by_role("button", name="Mark done").click()
    expect(athlete.get_by_text("Nice work: marked as done.")).to_be_visible()
    expect(workout.locator(".workout-feedback")).to_have_text("RPE 7 (very hard) · Felt good")
