"""The coach's calendar of one athlete and the console's attention list, driven through their handlers."""

from datetime import UTC, date, datetime

import pytest

from nexrex_app.db import session_scope
from nexrex_app.domain import accounts, workouts
from nexrex_app.models.accounts import User
from nexrex_app.models.library import Workout
from nexrex_app.models.library_schemas import WorkoutCreate
from nexrex_app.state.athlete_calendar import AthleteCalendarState, ScheduledWorkoutEditor
from nexrex_app.state.block_editing import edited_blocks
from nexrex_app.state.attention import AttentionState
from nexrex_app.state.athlete_tab import TrainingState
from tests.state.test_organization_states import account, athlete_of_head_coach, head_coach_with_org, signed_in_tab

MONDAY = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
TEMPO = {"workout_name": "Tempo 5 km", "workout_type": "run", "workout_sub_type": "tempo-run", "visibility": "org",
         "content_blocks": [{"type": "run", "block_distance_in_meters": 5000, "block_pace": "z3",
                             "block_length_target": "distance"}]}


@pytest.fixture
def monday(clock):
    clock.freeze(MONDAY)
    return clock


async def calendar_of_runner(outbox):
    coach = await head_coach_with_org(outbox)
    runner, head = athlete_of_head_coach(outbox)
    with session_scope() as db:
        workout_id = workouts.create_workout(db, head, WorkoutCreate.parse({**TEMPO, "user_id": head.user_id})).id
    coach.open(f"/console/members/{runner.id}/calendar", user_id=runner.id)
    await coach.fire(AthleteCalendarState.load)
    return coach, coach.state(AthleteCalendarState), workout_id


def token_of(user_id: str) -> str:
    with session_scope() as db:
        return accounts.issue_token(db, db.get(User, user_id)).access_token


def on_days(calendar) -> dict[str, list[str]]:
    return {day.date: [item.name for item in day.items]
            for week in calendar.weeks for day in week.days if day.items}


async def test_the_coach_drops_moves_copies_and_deletes_workouts(browser, outbox, monday):
    coach, calendar, workout_id = await calendar_of_runner(outbox)
    assert calendar.title == "1 Mar – 7 Mar 2027" and workout_id in [w.workout_id for w in calendar.library]
    await coach.fire(AthleteCalendarState.drag_library, workout_id)
    await coach.fire(AthleteCalendarState.drop_on, "2027-03-02")
    assert calendar.message == "Workout added." and on_days(calendar) == {"2027-03-02": ["Tempo 5 km"]}
    [item] = calendar.weeks[0].days[1].items
    assert item.planned == "5.0 km" and item.changeable
    await coach.fire(AthleteCalendarState.drag_activity, item.activity_id)
    await coach.fire(AthleteCalendarState.drop_on, "2027-03-03")
    assert on_days(calendar) == {"2027-03-03": ["Tempo 5 km"]}
    await coach.fire(AthleteCalendarState.pick, item.activity_id, "copy", "Tempo 5 km")
    await coach.fire(AthleteCalendarState.place_on, "2027-03-05")
    assert calendar.message == "Workout copied." and set(on_days(calendar)) == {"2027-03-03", "2027-03-05"}
    await coach.fire(AthleteCalendarState.pick, item.activity_id, "move", "Tempo 5 km")
    await coach.fire(AthleteCalendarState.place_on, "2027-02-28")
    assert calendar.error == "Choose today or a day to come: a past day would read as missed."
    await coach.fire(AthleteCalendarState.remove, item.activity_id)
    assert on_days(calendar) == {"2027-03-05": ["Tempo 5 km"]}
    await coach.fire(AthleteCalendarState.show, "month")
    assert calendar.title == "March 2027" and len(calendar.weeks) == 5
    await coach.fire(AthleteCalendarState.turn, 1)
    assert calendar.title == "April 2027"


async def test_the_coach_edits_the_athletes_copy_of_a_workout(browser, outbox, monday):
    coach, calendar, workout_id = await calendar_of_runner(outbox)
    await coach.fire(AthleteCalendarState.pick_library, workout_id, "Tempo 5 km")
    await coach.fire(AthleteCalendarState.place_on, "2027-03-04")
    [item] = calendar.weeks[0].days[3].items
    await coach.fire(ScheduledWorkoutEditor.start, item.activity_id)
    editor = coach.state(ScheduledWorkoutEditor)
    assert editor.open and editor.workout_name == "Tempo 5 km"
    editor.blocks = edited_blocks([{**TEMPO["content_blocks"][0], "block_distance_in_meters": 8000}])
    editor.workout_name = "Tempo 8 km"
    await coach.fire(ScheduledWorkoutEditor.apply)
    assert not editor.open and calendar.message == "Workout changed for this athlete."
    [item] = calendar.weeks[0].days[3].items
    assert (item.name, item.planned) == ("Tempo 8 km", "8.0 km")
    with session_scope() as db:
        assert db.get(Workout, workout_id).workout_name == "Tempo 5 km"


async def test_a_shift_needs_a_number_of_days(browser, outbox, monday):
    coach, calendar, _ = await calendar_of_runner(outbox)
    await coach.fire(AthleteCalendarState.shift, {"plan_instance_id": "pi_x", "days": "soon"})
    assert calendar.error == "Enter the number of days, e.g. 3 or -2."
    await coach.fire(AthleteCalendarState.shift, {"plan_instance_id": "pi_x", "days": "2"})
    assert calendar.error == "Plan instance not found."


async def test_another_clubs_coach_sees_no_calendar(browser, outbox, monday):
    await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    stranger = await signed_in_tab(account(outbox, "stranger@example.com"))
    stranger.open(f"/console/members/{runner.id}/calendar", user_id=runner.id)
    await stranger.fire(AthleteCalendarState.load)
    calendar = stranger.state(AthleteCalendarState)
    assert calendar.missing and calendar.weeks == []
    await stranger.fire(AthleteCalendarState.pick_library, "wkt_any", "Any")
    await stranger.fire(AthleteCalendarState.place_on, "2027-03-02")
    assert calendar.error == "Athlete not found."


async def test_the_attention_list_names_an_idle_athlete_until_dismissed(browser, outbox, monday):
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    await coach.fire(AttentionState.load)
    listed = coach.state(AttentionState)
    assert listed.total == 1 and listed.rows[0].user_id == runner.id
    assert [r.reason for r in listed.rows[0].reasons] == ["no_activity"]
    await coach.fire(AttentionState.dismiss, runner.id, "no_activity")
    assert listed.total == 0 and listed.rows == []
    await coach.fire(AttentionState.dismiss, runner.id, "plan_ending")
    assert listed.error == "This athlete has no such reason for attention today."


def test_week_and_month_spans():
    from nexrex_app.domain.athlete_calendar import span
    assert span("week", date(2027, 3, 3)) == (date(2027, 3, 1), date(2027, 3, 7))
    assert span("month", date(2027, 2, 10)) == (date(2027, 2, 1), date(2027, 2, 28))
    assert span("month", date(2027, 5, 31)) == (date(2027, 4, 26), date(2027, 6, 6))
    assert (span("month", date(2027, 5, 1))[1] - span("month", date(2027, 5, 1))[0]).days < 42


async def test_a_done_workout_shows_its_band_on_the_training_tab_and_the_calendar(browser, outbox, monday):
    coach, calendar, workout_id = await calendar_of_runner(outbox)
    await coach.fire(AthleteCalendarState.pick_library, workout_id, "Tempo 5 km")
    await coach.fire(AthleteCalendarState.place_on, "2027-03-01")
    athlete = await signed_in_tab(token_of(calendar.user_id))
    await athlete.fire(TrainingState.load)
    tab = athlete.state(TrainingState)
    await athlete.fire(TrainingState.mark_done, {"activity_id": tab.today[0].activity_id, "distance_km": "3",
                                                 "duration_min": "20"})
    assert (tab.today[0].compliance, tab.today[0].band) == ("60 % · off target", "yellow")
    await coach.fire(AthleteCalendarState.load)
    [item] = calendar.weeks[0].days[0].items
    assert (item.compliance, item.band, item.changeable) == ("60 % · off target", "yellow", False)
    assert calendar.weeks[0].compliance == "60 % · off target"
