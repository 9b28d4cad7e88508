"""Assigning from the console, the athlete's Training tab (its State handlers), and the coach's compliance view."""

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import reflex as rx

from nexrex_app import live
from nexrex_app.db import session_scope
from nexrex_app.domain import accounts, workouts
from nexrex_app.base.errors import InvalidInput
from nexrex_app.domain.live_updates import calendar_changed, calendar_topic
from nexrex_app.state.assigning import AssignState
from nexrex_app.state.compliance import AthleteActivitiesState
from nexrex_app.state.plans import PlanBuilderState
from nexrex_app.state.profile import ProfileState
from nexrex_app.state.session import SessionState
from nexrex_app.state.athlete_tab import TrainingState
from tests.state.test_organization_states import athlete_of_head_coach, head_coach_with_org, signed_in_tab
from nexrex_app.formats.imports import MAX_BYTES
from nexrex_app.models.activities import Activity
from nexrex_app.models.library_schemas import WorkoutCreate
from tests.support.recordings import billion_laughs_gpx, gpx_file, oversized_gpx
from tests.support.states import redirect_target

MONDAY = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)


def Upload(name: str, data: bytes, file=None) -> rx.UploadFile:  # noqa: N802 - reads like the class it builds
    """What Reflex hands an upload handler: the file it spooled, under the name the browser sent."""
    return rx.UploadFile(file=file or io.BytesIO(data), path=Path(name))


async def plan_with_daily_easy_runs(tab, workout_id: str = "wkt_system01") -> str:
    tab.open("/console/plans/new", plan_id="new")
    await tab.fire(PlanBuilderState.load)
    for name, value in (("training_plan_name", "Base"), ("training_plan_description", "Easy miles")):
        await tab.fire(PlanBuilderState.set_field, name, value)
    for day in ("Monday", "Tuesday", "Wednesday"):
        await tab.fire(PlanBuilderState.drag_workout, workout_id)
        await tab.fire(PlanBuilderState.drop_on, 1, day)
    return redirect_target(await tab.fire(PlanBuilderState.save)).rsplit("/", 1)[1]


async def test_assign_then_train_then_comply(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    plan_id = await plan_with_daily_easy_runs(coach)

    await coach.fire(AssignState.set_open, True)
    assign = coach.state(AssignState)
    assert [a.id for a in assign.athletes] == [runner.id]
    await coach.fire(AssignState.toggle, runner.id, True)
    await coach.fire(AssignState.set_start, "2027-03-01")
    await coach.fire(AssignState.assign, plan_id)
    assert assign.error == "" and assign.message == "Assigned to 1 athlete from 2027-03-01."

    athlete = await signed_in_tab(_token_of(runner))
    await athlete.fire(TrainingState.load)
    tab = athlete.state(TrainingState)
    assert [c.name for c in tab.today] == ["Easy Run 5 km"] and len(tab.week) == 2
    assert "Easy (z2): conversational aerobic running" in " ".join(tab.today[0].steps)
    assert tab.today[0].targets == "5.0 km"  # every step a distance: no time until the paces are known
    await athlete.fire(TrainingState.save_paces, {"ten_k": "45:00"})
    assert tab.zones_known and "/km" in " ".join(tab.today[0].steps)
    distance, estimate = tab.today[0].targets.split(" · about ")
    assert distance == "5.0 km" and 27 <= int(estimate.removesuffix(" min")) <= 36  # easy paces of a 45-min 10K
    await athlete.fire(TrainingState.save_paces, {"ten_k": "fast"})
    assert "MM:SS" in tab.error

    assert tab.today[0].plan == "Base"
    for figures, said in ((("5 km", ""), "Enter the distance in km"), (("", "90.5"), "whole minutes"),
                          (("2000", ""), "Enter the distance in km")):
        await athlete.fire(TrainingState.mark_done, {"activity_id": tab.today[0].activity_id,
                                                     "distance_km": figures[0], "duration_min": figures[1]})
        assert said in tab.error and tab.today[0].status == "scheduled"
    await athlete.fire(TrainingState.mark_done, {"activity_id": tab.today[0].activity_id, "distance_km": "5,2",
                                                 "duration_min": "27"})
    assert tab.today[0].status == "completed" and tab.today[0].done == "5.2 km · 27 min"
    await athlete.fire(TrainingState.skip, tab.week[0].activity_id)
    assert tab.week[0].status == "skipped" and tab.week[0].can_unskip
    await athlete.fire(TrainingState.unskip, tab.week[0].activity_id)
    assert tab.week[0].status == "scheduled" and tab.message == "Back on your schedule."
    await athlete.fire(TrainingState.skip, tab.week[0].activity_id)
    clock.advance(timedelta(days=2))
    await athlete.fire(TrainingState.upload, [Upload("wed.gpx", gpx_file(MONDAY + timedelta(days=2), 5, 30))])
    assert tab.today[0].status == "completed" and tab.message.startswith("Imported: 5.0 km")
    await athlete.fire(TrainingState.upload, [Upload("notes.txt", b"hello")])
    assert "gpx" in tab.error.lower()

    coach.open(f"/console/members/{runner.id}/activities", user_id=runner.id)
    await coach.fire(AthleteActivitiesState.load)
    view = coach.state(AthleteActivitiesState)
    current = next(week for week in view.weeks if week.is_current)
    statuses = [item.status for day in current.days for item in day.items]
    assert statuses == ["completed", "skipped", "completed"]
    figures = [item.figures for day in current.days for item in day.items]
    assert figures == ["5.2 km · 27 min", "5.0 km", "5.0 km · 30 min"]  # what was done, else what was planned
    assert current.compliance == "68%" and current.planned == "15.0 km"


async def test_an_assignment_tells_the_athletes_tab_and_nobody_else(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    athlete = await signed_in_tab(_token_of(runner))
    await athlete.fire(TrainingState.load)
    assert athlete.state(TrainingState).today == []
    plan_id = await plan_with_daily_easy_runs(coach)
    coach_id = coach.state(SessionState)._user_id
    async with live.listening(calendar_topic(runner.id)) as runners, \
            live.listening(calendar_topic(coach_id)) as coachs:
        await coach.fire(AssignState.set_open, True)
        await coach.fire(AssignState.toggle, runner.id, True)
        await coach.fire(AssignState.set_start, "2027-03-01")
        await coach.fire(AssignState.assign, plan_id)
        await asyncio.wait_for(runners.changed(), timeout=1)
        assert not coachs.pending()
    await athlete.fire(TrainingState.load)
    assert [c.name for c in athlete.state(TrainingState).today] == ["Easy Run 5 km"]


async def test_a_change_that_rolls_back_tells_nobody(browser):
    async with live.listening(calendar_topic("usr_rolledback")) as listener:
        with pytest.raises(InvalidInput), session_scope() as session:
            calendar_changed(session, ["usr_rolledback"])
            raise InvalidInput("Refused.", field="status")
        await asyncio.sleep(0.05)
        assert not listener.pending()
        with session_scope() as session:
            calendar_changed(session, ["usr_rolledback"])
        await asyncio.wait_for(listener.changed(), timeout=1)


async def test_an_athlete_cannot_assign_or_see_someone_elses_activities(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    plan_id = await plan_with_daily_easy_runs(coach)
    athlete = await signed_in_tab(_token_of(runner))
    await athlete.fire(AssignState.set_start, "2027-03-01")
    athlete.state(AssignState).selected = [runner.id]
    await athlete.fire(AssignState.assign, plan_id)
    assert athlete.state(AssignState).error == "Insufficient permissions"
    head_id = coach.state(SessionState)._user_id
    athlete.open(f"/console/members/{head_id}/activities", user_id=head_id)
    await athlete.fire(AthleteActivitiesState.load)
    assert athlete.state(AthleteActivitiesState).missing


def _token_of(user) -> str:
    with session_scope() as db:
        return accounts.issue_token(db, db.get(type(user), user.id)).access_token


async def test_the_coach_sets_paces_and_removes_a_plan(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    plan_id = await plan_with_daily_easy_runs(coach)
    await coach.fire(AssignState.set_open, True)
    await coach.fire(AssignState.toggle, runner.id, True)
    await coach.fire(AssignState.set_start, "2027-03-01")
    await coach.fire(AssignState.assign, plan_id)
    coach.open(f"/console/members/{runner.id}/activities", user_id=runner.id)
    await coach.fire(AthleteActivitiesState.load)
    view = coach.state(AthleteActivitiesState)
    await coach.fire(AthleteActivitiesState.save_paces, {"ten_k": "40:00"})
    assert view.message == "The athlete's paces are set."
    await coach.fire(AthleteActivitiesState.save_paces, {"ten_k": "soon"})
    assert "MM:SS" in view.error
    [plan] = view.plans
    clock.advance(timedelta(days=1))
    await coach.fire(AthleteActivitiesState.remove_plan, plan.plan_instance_id)
    assert view.plans == [] and view.message.startswith("Plan removed")
    remaining = [item.status for week in view.weeks for day in week.days for item in day.items]
    assert remaining == ["skipped"]  # Monday passed unplanned-for; Tuesday and Wednesday are gone


async def test_the_time_zone_follows_the_device_until_the_athlete_picks_one(browser, outbox, clock):
    clock.freeze(datetime(2027, 3, 1, 23, 30, tzinfo=UTC))  # already Tuesday in Tokyo
    await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    athlete = await signed_in_tab(_token_of(runner))
    asks_device = await athlete.fire(TrainingState.load)
    tab = athlete.state(TrainingState)
    assert not tab.timezone_chosen and any("_call_script" in str(event.handler.fn) for event in asks_device)
    await athlete.fire(TrainingState.follow_device_zone, "Mars/Olympus_Mons")
    assert tab.timezone == "UTC" and tab.error == ""  # an unknown zone from a device is ignored
    await athlete.fire(TrainingState.follow_device_zone, None)  # the device's clock agrees with UTC
    assert tab.timezone == "UTC" and tab.error == ""
    await athlete.fire(TrainingState.follow_device_zone, "Asia/Tokyo")
    assert tab.timezone == "Asia/Tokyo" and not tab.timezone_chosen

    await athlete.fire(TrainingState.save_timezone, {"timezone": "Atlantis/Lost"})
    assert "Choose a known time zone" in tab.error and tab.timezone == "Asia/Tokyo"
    await athlete.fire(TrainingState.save_timezone, {"timezone": "America/Chicago"})
    assert tab.timezone == "America/Chicago" and tab.timezone_chosen and tab.message.startswith("Time zone saved")
    assert await athlete.fire(TrainingState.load) == []  # a chosen zone: the device is not asked again
    await athlete.fire(TrainingState.follow_device_zone, "Asia/Tokyo")
    assert tab.timezone == "America/Chicago"

    await athlete.fire(TrainingState.clear_notices)
    assert tab.message == "" and tab.error == "" and tab.timezone == "America/Chicago"


async def test_each_person_sees_their_own_profile(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    athlete = await signed_in_tab(_token_of(runner))
    for tab, email in ((coach, "head@example.com"), (athlete, "runner@example.com")):
        await tab.fire(ProfileState.load)
        profile = tab.state(ProfileState)
        assert profile.loaded and profile.email == email and profile.user_id.startswith("usr_")
    assert athlete.state(ProfileState).user_id == runner.id
    await athlete.fire(ProfileState.mark_copied)
    await athlete.fire(ProfileState.load)
    assert not athlete.state(ProfileState).copied


async def test_an_upload_is_read_only_for_a_signed_in_athlete_and_only_up_to_the_cap(browser, outbox, clock, tmp_path):
    clock.freeze(MONDAY)
    await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    signed_out = await signed_in_tab("forged-token")
    hostile = io.BytesIO(billion_laughs_gpx(MONDAY))
    await signed_out.fire(TrainingState.upload, [Upload("run.gpx", b"", file=hostile)])
    assert "authentication" in signed_out.state(TrainingState).error.lower() and hostile.tell() == 0

    athlete = await signed_in_tab(_token_of(runner))
    tab = athlete.state(TrainingState)
    await athlete.fire(TrainingState.upload, [Upload("run.gpx", billion_laughs_gpx(MONDAY))])
    assert "document type or entities" in tab.error
    huge = tmp_path / "huge.gpx"
    huge.write_bytes(oversized_gpx(MONDAY, MAX_BYTES + 4 * 1024 * 1024))
    with huge.open("rb") as spooled:
        await athlete.fire(TrainingState.upload, [Upload("huge.gpx", b"", file=spooled)])
        assert tab.error == "The file is larger than 20 MB." and spooled.tell() == MAX_BYTES + 1
    with session_scope() as db:
        assert db.query(Activity).count() == 0


async def test_a_workout_named_in_japanese_and_emoji_downloads_under_that_name(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, head = athlete_of_head_coach(outbox)
    with session_scope() as db:
        workout_id = workouts.create_workout(db, head, WorkoutCreate(
            user_id=head.user_id, workout_name="朝ラン 🏃", workout_type="run", workout_sub_type="easy-run",
            content_blocks=[{"type": "run", "block_length_target": "distance", "block_distance_in_meters": 5000,
                             "block_pace": "z2"}])).id
    plan_id = await plan_with_daily_easy_runs(coach, workout_id)
    await coach.fire(AssignState.set_open, True)
    await coach.fire(AssignState.toggle, runner.id, True)
    await coach.fire(AssignState.set_start, "2027-03-01")
    await coach.fire(AssignState.assign, plan_id)
    athlete = await signed_in_tab(_token_of(runner))
    await athlete.fire(TrainingState.load)
    [today] = athlete.state(TrainingState).today
    for kind in ("fit", "zwo"):
        [download] = await athlete.fire(TrainingState.download, today.activity_id, kind)
        sent = {str(name): value._var_value for name, value in download.args}
        assert sent["filename"] == f"2027-03-01-朝ラン-🏃.{kind}" and sent["url"].startswith("data:")
    assert athlete.state(TrainingState).error == ""


async def test_the_assign_dialog_tells_what_a_mid_week_start_leaves_out_and_assigns_back_from_a_race(
        browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    plan_id = await plan_with_daily_easy_runs(coach)   # week 1: Monday, Tuesday, Wednesday
    coach.open(f"/console/plans/{plan_id}", plan_id=plan_id)
    await coach.fire(PlanBuilderState.load)
    await coach.fire(AssignState.set_open, True)
    await coach.fire(AssignState.set_start, "2027-03-03")
    assert coach.state(AssignState).dates_note == (
        "From Wed 3 Mar 2027 to Sun 14 Mar 2027. The first week starts mid-week: 2 workouts before Wed 3 Mar 2027 "
        "will be left out.")
    await coach.fire(AssignState.set_race_date, "2027-03-21")
    assert coach.state(AssignState).dates_note == "From Mon 8 Mar 2027 to Sun 21 Mar 2027."
    await coach.fire(AssignState.toggle, runner.id, True)
    await coach.fire(AssignState.assign, plan_id)
    assert coach.state(AssignState).message == "Assigned to 1 athlete from Mon 8 Mar 2027."
