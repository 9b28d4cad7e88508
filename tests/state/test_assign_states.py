"""The assign dialog of a plan: it asks before doubling up an athlete's dates, and unassigns the one asked about."""

from nexrex_app.state.assigning import AssignState
from tests.state.test_organization_states import athlete_of_head_coach, head_coach_with_org
from tests.state.test_athlete_tab_states import MONDAY, plan_with_daily_easy_runs


async def assign_runner(tab, runner_id: str, plan_id: str, handler=AssignState.assign) -> None:
    await tab.fire(AssignState.set_open, True)
    await tab.fire(AssignState.toggle, runner_id, True)
    await tab.fire(AssignState.set_start, "2027-03-01")
    await tab.fire(handler, plan_id)


async def test_a_second_plan_on_the_same_dates_waits_for_the_coach_to_confirm(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    plan_id = await plan_with_daily_easy_runs(coach)
    await assign_runner(coach, runner.id, plan_id)
    assign = coach.state(AssignState)
    assert assign.error == "" and [row.athlete for row in assign.assignments] == ["runner"]

    await assign_runner(coach, runner.id, plan_id)
    assert assign.error == "" and [(row.athlete, row.plan) for row in assign.overlaps] == [("runner", "Base")]
    assert assign.overlaps[0].dates.startswith("Mon 1 Mar 2027")
    assert len(assign.assignments) == 1  # nothing assigned until confirmed

    await coach.fire(AssignState.assign_anyway, plan_id)
    assert assign.overlaps == [] and len(assign.assignments) == 2


async def test_unassigning_asks_about_one_assignment_and_ignores_an_unknown_one(browser, outbox, clock):
    clock.freeze(MONDAY)
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    plan_id = await plan_with_daily_easy_runs(coach)
    await assign_runner(coach, runner.id, plan_id)
    assign = coach.state(AssignState)

    await coach.fire(AssignState.ask_unassign, "pin_unknown")
    assert assign.unassigning.id == ""
    await coach.fire(AssignState.unassign)
    assert len(assign.assignments) == 1 and assign.list_error == "" and assign.message.startswith("Assigned")

    await coach.fire(AssignState.ask_unassign, assign.assignments[0].id)
    assert assign.unassigning.athlete == "runner"
    await coach.fire(AssignState.unassign)
    assert assign.message.startswith("runner no longer follows this plan") and assign.assignments == []
    assert assign.unassigning.id == ""
