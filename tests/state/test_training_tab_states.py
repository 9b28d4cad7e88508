"""Assigning from the console, the athlete's Training tab handlers, and the coach's compliance view."""

from datetime import UTC, datetime, timedelta

from nexrex_app.db import session_scope
from nexrex_app.domain import accounts
from nexrex_app.state.assigning import AssignState
from nexrex_app.state.compliance import AthleteActivitiesState
from nexrex_app.state.plans import PlanBuilderState
from nexrex_app.state.profile import ProfileState
from nexrex_app.state.session import SessionState
from nexrex_app.state.training import TrainingState
from tests.state.test_organization_states import athlete_of_head_coach, head_coach_with_org, signed_in_tab
from tests.support.recordings import gpx_file
from tests.support.states import redirect_target

MONDAY = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)


class Upload:
    """What Reflex hands an upload handler: a name and the bytes."""

    def __init__(self, name: str, data: bytes):
        self.name, self._data = name, data

    async def read(self) -> bytes:
        return self._data


async def plan_with_daily_easy_runs(tab) -> str:
    tab.open("/console/plans/new", plan_id="new")
    await tab.fire(PlanBuilderState.load)
    for name, value in (("training_plan_name", "Base"), ("training_plan_description", "Easy miles")):
        await tab.fire(PlanBuilderState.set_field, name, value)
    for day in ("Monday", "Tuesday", "Wednesday"):
        await tab.fire(PlanBuilderState.drag_workout, "wkt_system01")
        await tab.fire(PlanBuilderState.drop_on, 1, day)
    return redirect_target(await tab.fire(PlanBuilderState.save)).rsplit("/", 1)[1]


async def test_assign_then_train_then_comply(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    plan_id = await plan_with_daily_easy_runs(coach)

    await coach.fire(AssignState.set_open, True)
    assign = coach.state(AssignState)
    assert [a["id"] for a in assign.athletes] == [runner.id]
    await coach.fire(AssignState.toggle, runner.id, True)
    await coach.fire(AssignState.set_start, "2027-03-01")
    await coach.fire(AssignState.assign, plan_id)
    assert assign.error == "" and assign.message == "Assigned to 1 athlete from 2027-03-01."

    athlete = await signed_in_tab(_token_of(runner))
    await athlete.fire(TrainingState.load)
    tab = athlete.state(TrainingState)
    assert [c["name"] for c in tab.today] == ["Easy Run 5 km"] and len(tab.week) == 2
    assert "Easy (z2): conversational aerobic running" in " ".join(tab.today[0]["steps"])
    assert tab.today[0]["targets"] == "5.0 km"  # every step a distance: no time until the paces are known
    await athlete.fire(TrainingState.save_paces, {"ten_k": "45:00"})
    assert tab.zones_known and "/km" in " ".join(tab.today[0]["steps"])
    distance, estimate = tab.today[0]["targets"].split(" · about ")
    assert distance == "5.0 km" and 27 <= int(estimate.removesuffix(" min")) <= 36  # easy paces of a 45-min 10K
    await athlete.fire(TrainingState.save_paces, {"ten_k": "fast"})
    assert "MM:SS" in tab.error

    assert tab.today[0]["plan"] == "Base"
    for figures, said in ((("5 km", ""), "Enter the distance in km"), (("", "90.5"), "whole minutes"),
                          (("2000", ""), "Enter the distance in km")):
        await athlete.fire(TrainingState.mark_done, {"activity_id": tab.today[0]["activity_id"],
                                                     "distance_km": figures[0], "duration_min": figures[1]})
        assert said in tab.error and tab.today[0]["status"] == "scheduled"
    await athlete.fire(TrainingState.mark_done, {"activity_id": tab.today[0]["activity_id"], "distance_km": "5,2",
                                                 "duration_min": "27"})
    assert tab.today[0]["status"] == "completed" and tab.today[0]["done"] == "5.2 km · 27 min"
    await athlete.fire(TrainingState.skip, tab.week[0]["activity_id"])
    assert tab.week[0]["status"] == "skipped" and tab.week[0]["can_unskip"]
    await athlete.fire(TrainingState.unskip, tab.week[0]["activity_id"])
    assert tab.week[0]["status"] == "scheduled" and tab.message == "Back on your schedule."
    await athlete.fire(TrainingState.skip, tab.week[0]["activity_id"])
    clock.advance(timedelta(days=2))
    await athlete.fire(TrainingState.upload, [Upload("wed.gpx", gpx_file(MONDAY + timedelta(days=2), 5, 30))])
    assert tab.today[0]["status"] == "completed" and tab.message.startswith("Imported: 5.0 km")
    await athlete.fire(TrainingState.upload, [Upload("notes.txt", b"hello")])
    assert "gpx" in tab.error.lower()

    coach.open(f"/console/members/{runner.id}/activities", user_id=runner.id)
    await coach.fire(AthleteActivitiesState.load)
    view = coach.state(AthleteActivitiesState)
    current = next(week for week in view.weeks if week["is_current"])
    statuses = [item["status"] for day in current["days"] for item in day["items"]]
    assert statuses == ["completed", "skipped", "completed"]
    figures = [item["figures"] for day in current["days"] for item in day["items"]]
    assert figures == ["5.2 km · 27 min", "5.0 km", "5.0 km · 30 min"]  # what was done, else what was planned
    assert current["compliance"] == "68%" and current["planned"] == "15.0 km"


async def test_the_tab_reloads_when_something_changes(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    athlete = await signed_in_tab(_token_of(runner))
    await athlete.fire(TrainingState.load)
    assert athlete.state(TrainingState).today == []
    plan_id = await plan_with_daily_easy_runs(coach)
    await coach.fire(AssignState.set_open, True)
    await coach.fire(AssignState.toggle, runner.id, True)
    await coach.fire(AssignState.set_start, "2027-03-01")
    await coach.fire(AssignState.assign, plan_id)
    await athlete.fire(TrainingState.poll, "tick")
    assert [c["name"] for c in athlete.state(TrainingState).today] == ["Easy Run 5 km"]


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
    await coach.fire(AthleteActivitiesState.remove_plan, plan["plan_instance_id"])
    assert view.plans == [] and view.message.startswith("Plan removed")
    remaining = [item["status"] for week in view.weeks for day in week["days"] for item in day["items"]]
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
