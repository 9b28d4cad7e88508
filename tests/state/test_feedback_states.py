"""Feedback on the Training tab, the comment thread from both sides, unread counts and email settings."""

from datetime import UTC, datetime, timedelta

from nexrex_app.db import session_scope
from nexrex_app.domain import accounts
from nexrex_app.models.activities import Activity
from nexrex_app.models.feedback import ActivityComment
from nexrex_app.state.comments import CommentsState, EmailSettingsState
from nexrex_app.state.compliance import AthleteActivitiesState
from nexrex_app.state.athlete_tab import TrainingState
from tests.state.test_organization_states import (
    account,
    athlete_of_head_coach,
    count,
    head_coach_with_org,
    signed_in_tab,
)

MONDAY = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)


def scheduled_run(user_id: str) -> str:
    with session_scope() as db:
        run = Activity(user_id=user_id, status="scheduled", activity_type="run", activity_name="Hill repeats",
                       date=MONDAY.date())
        db.add(run)
        db.flush()
        return run.id


async def athlete_tab(runner):
    with session_scope() as db:
        token = accounts.issue_token(db, db.get(type(runner), runner.id)).access_token
    tab = await signed_in_tab(token)
    await tab.fire(TrainingState.load)
    return tab


async def runner_with_a_run_today(outbox, clock):
    """The head coach's athlete, on their Training tab, with a run scheduled today; (their tab, the run's id)."""
    clock.freeze(MONDAY)
    await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    activity_id = scheduled_run(runner.id)
    return await athlete_tab(runner), activity_id


async def test_feedback_reaches_the_coach_unread_and_the_reply_reaches_the_athlete(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    activity_id = scheduled_run(runner.id)
    athlete = await athlete_tab(runner)
    await athlete.fire(TrainingState.mark_done, {"activity_id": activity_id, "distance_km": "8", "duration_min": "50",
                                                 "perceived_effort": "7", "feeling": "good",
                                                 "feedback": "Legs heavy on the hills"})
    training = athlete.state(TrainingState)
    assert training.error == "" and training.today[0].feedback == "RPE 7 (very hard) · Felt good"

    await coach.fire(CommentsState.refresh_unread)
    inbox = coach.state(CommentsState)
    assert inbox.unread_total == 1 and inbox.threads[0].activity_id == activity_id
    coach.open(f"/console/members/{runner.id}/activities", user_id=runner.id)
    await coach.fire(AthleteActivitiesState.load)
    await coach.fire(AthleteActivitiesState.open_activity, activity_id)
    assert coach.state(AthleteActivitiesState).detail.feedback == "RPE 7 (very hard) · Felt good"
    await coach.fire(CommentsState.open_thread, activity_id)
    assert [line.body for line in inbox.lines] == ["Legs heavy on the hills"] and inbox.unread_total == 0
    clock.advance(timedelta(minutes=3))
    await coach.fire(CommentsState.post, {"body": "Shorter strides uphill"})
    assert inbox.comment_error == "" and [line.mine for line in inbox.lines] == [False, True]
    assert "Shorter strides uphill" in outbox.to("runner@example.com")[-1].get_body(
        preferencelist=("plain",)).get_content()

    athlete.open(f"/athlete?activity={activity_id}")
    await athlete.fire(CommentsState.load)
    thread = athlete.state(CommentsState)
    assert thread.thread_open and [line.side for line in thread.lines] == ["athlete", "coach"]
    assert thread.lines[-1].body == "Shorter strides uphill" and thread.unread_total == 0


async def test_bad_feedback_is_an_inline_message_and_changes_nothing(browser, outbox, clock):
    athlete, activity_id = await runner_with_a_run_today(outbox, clock)
    await athlete.fire(TrainingState.mark_done, {"activity_id": activity_id, "perceived_effort": "11"})
    assert athlete.state(TrainingState).error == "RPE must be a whole number from 1 to 10."
    await athlete.fire(TrainingState.mark_done, {"activity_id": activity_id, "feeling": "meh"})
    assert athlete.state(TrainingState).error == "How it felt must be one of: awful, poor, okay, good, great."
    assert athlete.state(TrainingState).today[0].status == "scheduled" and count(ActivityComment) == 0


async def test_an_uploaded_workout_asks_how_it_went(browser, outbox, clock):
    athlete, activity_id = await runner_with_a_run_today(outbox, clock)
    await athlete.fire(TrainingState.mark_done, {"activity_id": activity_id})
    assert athlete.state(TrainingState).today[0].asks_feedback is True
    await athlete.fire(TrainingState.give_feedback, {"activity_id": activity_id, "perceived_effort": "4",
                                                     "feeling": "great", "feedback": ""})
    card = athlete.state(TrainingState).today[0]
    assert card.asks_feedback is False and card.feedback == "RPE 4 (somewhat hard) · Felt great"


async def test_a_thread_out_of_reach_stays_closed(browser, outbox, clock):
    _, activity_id = await runner_with_a_run_today(outbox, clock)
    other = await signed_in_tab(account(outbox, "stranger@example.com", role="athlete"))
    await other.fire(CommentsState.open_thread, activity_id)
    assert not other.state(CommentsState).thread_open and other.state(CommentsState).comment_error
    other.state(CommentsState).activity_id = activity_id  # a forged call with someone else's thread
    await other.fire(CommentsState.post, {"body": "Hello"})
    assert other.state(CommentsState).comment_error and count(ActivityComment) == 0


async def test_email_settings_are_switched_from_the_profile(browser, outbox):
    coach = await head_coach_with_org(outbox)
    await coach.fire(EmailSettingsState.load)
    settings = coach.state(EmailSettingsState)
    assert settings.comment_emails is True and settings.daily_workout_email is False
    await coach.fire(EmailSettingsState.set_comment_emails, False)
    await coach.fire(EmailSettingsState.load)
    assert settings.comment_emails is False and settings.settings_message == ""
