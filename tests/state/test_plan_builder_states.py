"""The workout editor, the plans list and the plan builder handlers."""

import re

from nexrex_app.state.plans import ItemEditorState, PlanBuilderState, PlanListState
from nexrex_app.state.session import SessionState
from nexrex_app.state.workouts import WorkoutEditorState, WorkoutLibraryState
from tests.state.test_organization_states import account, head_coach_with_org, signed_in_tab
from tests.support.states import redirect_target


async def test_a_coach_builds_and_saves_a_workout(browser, outbox):
    tab = await head_coach_with_org(outbox)
    tab.open("/console/workouts/new", workout_id="new")
    await tab.fire(WorkoutEditorState.load)
    editor = tab.state(WorkoutEditorState)
    await tab.fire(WorkoutEditorState.set_field, "workout_name", "Cruise intervals")
    await tab.fire(WorkoutEditorState.add_block, "interval", "")
    assert [row.path for row in editor.block_rows] == ["0", "1", "1.0", "1.1"]
    assert editor.total_distance == "3.4 km"
    await tab.fire(WorkoutEditorState.set_block_field, "1", "block_repeat", "6")
    assert editor.total_distance == "4.6 km" and len(editor.profile) == 13
    await tab.fire(WorkoutEditorState.set_block_field, "1.0", "block_pace", "z9")
    assert editor.block_problem == "Block 2, step 1: Pace zone must be one of: z1, z2, z3, z4, z5."
    await tab.fire(WorkoutEditorState.set_block_field, "1.0", "block_pace", "z4")
    events = await tab.fire(WorkoutEditorState.save)
    assert redirect_target(events).startswith("/console/workouts/wkt_")
    await tab.fire(WorkoutLibraryState.load)
    names = [row.workout_name for row in tab.state(WorkoutLibraryState).rows]
    assert "Cruise intervals" in names and "Tempo 10 km" in names


async def test_a_workout_the_request_refuses_says_why_in_the_forms_words_and_is_not_saved(browser, outbox):
    tab = await head_coach_with_org(outbox)
    tab.open("/console/workouts/new", workout_id="new")
    await tab.fire(WorkoutEditorState.load)
    await tab.fire(WorkoutEditorState.set_field, "workout_name", "Hill sprints")
    await tab.fire(WorkoutEditorState.set_field, "workout_sub_type", "sprint")  # sent by hand: the menu has no such
    events = await tab.fire(WorkoutEditorState.save)
    editor = tab.state(WorkoutEditorState)
    assert editor.error == "Sub-type must be one of: easy-run, tempo-run, interval-run, long-run."
    assert redirect_target(events) is None and editor.message == ""
    await tab.fire(WorkoutLibraryState.load)
    assert "Hill sprints" not in [row.workout_name for row in tab.state(WorkoutLibraryState).rows]


async def test_a_built_in_workout_is_read_only_but_can_be_copied(browser, outbox):
    tab = await head_coach_with_org(outbox)
    tab.open("/console/workouts/wkt_system03", workout_id="wkt_system03")
    await tab.fire(WorkoutEditorState.load)
    editor = tab.state(WorkoutEditorState)
    assert editor.workout_name == "Tempo 10 km" and not editor.editable
    await tab.fire(WorkoutEditorState.duplicate)
    assert editor.workout_id == "" and editor.editable and editor.workout_name == "Copy of Tempo 10 km"


async def test_an_athlete_cannot_save_workouts_or_plans(browser, outbox):
    runner = await signed_in_tab(account(outbox, "runner@example.com", role="athlete"))
    runner.open("/console/workouts/new", workout_id="new")
    await runner.fire(WorkoutEditorState.load)
    await runner.fire(WorkoutEditorState.set_field, "workout_name", "Mine")
    await runner.fire(WorkoutEditorState.save)
    assert runner.state(WorkoutEditorState).error == "Insufficient permissions"
    await runner.fire(PlanListState.load)
    assert "training_plan_library" in runner.state(PlanListState).error


async def test_the_builder_places_moves_edits_and_saves(browser, outbox):
    tab = await head_coach_with_org(outbox)
    tab.open("/console/plans/new", plan_id="new")
    await tab.fire(PlanBuilderState.load)
    builder = tab.state(PlanBuilderState)
    assert any(w.workout_name == "Easy Run 5 km" for w in builder.library)
    await tab.fire(PlanBuilderState.set_field, "training_plan_name", "Base")
    await tab.fire(PlanBuilderState.set_field, "training_plan_description", "Easy miles")
    await tab.fire(PlanBuilderState.drag_workout, "wkt_system01")
    await tab.fire(PlanBuilderState.drop_on, 1, "Monday")
    await tab.fire(PlanBuilderState.drag_workout, "wkt_system02")
    await tab.fire(PlanBuilderState.drop_on, 2, "Sunday")
    await tab.fire(PlanBuilderState.drag_item, 0)
    await tab.fire(PlanBuilderState.drop_on, 1, "Thursday")
    assert [(i.week, i.day) for i in builder.content] == [(1, "Thursday"), (2, "Sunday")]
    await tab.fire(PlanBuilderState.drop_on, 1, "Friday")  # nothing being dragged: nothing happens
    assert len(builder.content) == 2
    await tab.fire(ItemEditorState.start, 0)
    await tab.fire(ItemEditorState.set_block_field, "1", "block_distance_in_meters", "4000")
    await tab.fire(ItemEditorState.apply)
    assert builder.content[0].target_distance_in_meters == 6000
    await tab.fire(PlanBuilderState.move_week, 1, 1)
    assert [week.distance for week in builder.calendar] == ["16.0 km", "6.0 km"]
    long_run, easy_run = (week.duration for week in builder.calendar)  # timed at a basic runner's paces
    assert re.fullmatch(r"about 1:[45]\d:\d\d", long_run) and re.fullmatch(r"about [34]\d:\d\d", easy_run)
    await tab.fire(PlanBuilderState.set_weeks, "0")
    assert "between 1 and 52" in builder.error
    await tab.fire(PlanBuilderState.set_prefer_day, "Monday", "Rest")
    events = await tab.fire(PlanBuilderState.save)
    plan_path = redirect_target(events)
    assert plan_path.startswith("/console/plans/plan_")
    plan_id = plan_path.rsplit("/", 1)[1]

    reopened = await signed_in_tab(tab.state(SessionState).access_token)
    reopened.open(plan_path, plan_id=plan_id)
    await reopened.fire(PlanBuilderState.load)
    again = reopened.state(PlanBuilderState)
    assert again.training_plan_name == "Base" and again.prefer_day == {"Monday": "Rest"}
    assert [(i.week, i.day, i.target_distance_in_meters) for i in again.content] == [
        (1, "Sunday", 16000), (2, "Thursday", 6000)]


async def test_another_organizations_plan_is_not_found_in_the_builder(browser, outbox):
    tab = await head_coach_with_org(outbox)
    tab.open("/console/plans/new", plan_id="new")
    await tab.fire(PlanBuilderState.load)
    await tab.fire(PlanBuilderState.set_field, "training_plan_name", "Secret")
    await tab.fire(PlanBuilderState.set_field, "training_plan_description", "Ours")
    plan_id = redirect_target(await tab.fire(PlanBuilderState.save)).rsplit("/", 1)[1]
    other = await signed_in_tab(account(outbox, "other@example.com"))
    other.open(f"/console/plans/{plan_id}", plan_id=plan_id)
    await other.fire(PlanBuilderState.load)
    assert other.state(PlanBuilderState).missing


async def test_the_builder_shows_and_pulls_changed_library_workouts(browser, outbox):
    tab = await head_coach_with_org(outbox)
    tab.open("/console/workouts/new", workout_id="new")
    await tab.fire(WorkoutEditorState.load)
    await tab.fire(WorkoutEditorState.set_field, "workout_name", "Strides")
    workout_path = redirect_target(await tab.fire(WorkoutEditorState.save))
    workout_id = workout_path.rsplit("/", 1)[1]
    tab.open("/console/plans/new", plan_id="new")
    await tab.fire(PlanBuilderState.load)
    for name, value in (("training_plan_name", "Sync"), ("training_plan_description", "Template sync")):
        await tab.fire(PlanBuilderState.set_field, name, value)
    for day in ("Monday", "Friday"):
        await tab.fire(PlanBuilderState.drag_workout, workout_id)
        await tab.fire(PlanBuilderState.drop_on, 1, day)
    plan_path = redirect_target(await tab.fire(PlanBuilderState.save))

    tab.open(workout_path, workout_id=workout_id)
    await tab.fire(WorkoutEditorState.load)
    await tab.fire(WorkoutEditorState.set_field, "workout_name", "Strides v2")
    await tab.fire(WorkoutEditorState.save)

    tab.open(plan_path, plan_id=plan_path.rsplit("/", 1)[1])
    await tab.fire(PlanBuilderState.load)
    builder = tab.state(PlanBuilderState)
    assert builder.outdated_count == 2
    await tab.fire(PlanBuilderState.update_from_library, 1)
    assert [i.workout_name for i in builder.content] == ["Strides", "Strides v2"] and builder.outdated_count == 1
    await tab.fire(PlanBuilderState.update_from_library, -1)
    await tab.fire(PlanBuilderState.save)
    await tab.fire(PlanBuilderState.load)
    assert builder.outdated_count == 0 and {i.sync_status for i in builder.content} == {"current"}


async def test_the_plans_list_filters_by_owner(browser, outbox):
    tab = await head_coach_with_org(outbox)
    tab.open("/console/plans/new", plan_id="new")
    await tab.fire(PlanBuilderState.load)
    for name, value in (("training_plan_name", "Mine"), ("training_plan_description", "A plan")):
        await tab.fire(PlanBuilderState.set_field, name, value)
    await tab.fire(PlanBuilderState.save)
    await tab.fire(PlanListState.set_filter, "owner", "mine")
    assert [row.training_plan_name for row in tab.state(PlanListState).rows] == ["Mine"]
    await tab.fire(PlanListState.set_filter, "level", "advanced")
    assert tab.state(PlanListState).rows == []
