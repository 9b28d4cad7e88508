"""Generate with AI in the console: the handlers behind the parameters form, the review and Save."""

from nexrex_app.state.generator import GeneratedWorkoutEditor, GeneratorState
from nexrex_app.state.plans import PlanBuilderState
from tests.state.test_organization_states import account, head_coach_with_org, signed_in_tab
from tests.support.states import redirect_target


async def test_generate_review_edit_and_save(browser, outbox):
    tab = await head_coach_with_org(outbox)
    for name, value in (("weeks", "12"), ("event", "half_marathon"), ("goal_time", "1:45:00"),
                        ("start_date", "2027-01-04"), ("race_date", "2027-03-28")):
        await tab.fire(GeneratorState.set_field, name, value)
    await tab.fire(GeneratorState.generate)
    generator = tab.state(GeneratorState)
    assert generator.error == "" and not generator.generating and generator.progress == 12
    assert len(generator.week_cards) == 12 and len(generator.volume_bars) == 12
    assert generator.items[-1].workout_name == "Race day – Half marathon"
    assert generator.plan_name == "Half marathon · 12 weeks"

    index = next(i for i, item in enumerate(generator.items) if item.week == 5 and "Tempo" in item.workout_name)
    await tab.fire(GeneratedWorkoutEditor.start, index)
    await tab.fire(GeneratedWorkoutEditor.set_block_field, "1", "block_distance_in_meters", "7000")
    await tab.fire(GeneratedWorkoutEditor.apply)
    assert generator.items[index].target_distance_in_meters == 11000

    saved_items = len(generator.items)
    events = await tab.fire(GeneratorState.save)
    path = redirect_target(events)
    assert generator.items == [] and generator.plan_name == "" and generator.draft_text == ""
    assert path.startswith("/console/plans/plan_")
    tab.open(path, plan_id=path.rsplit("/", 1)[1])
    await tab.fire(PlanBuilderState.load)
    builder = tab.state(PlanBuilderState)
    assert builder.duration_in_weeks == 12 and len(builder.content) == saved_items
    assert any(item.target_distance_in_meters == 11000 for item in builder.content if item.week == 5)


async def test_bad_parameters_and_a_broken_draft_are_inline_errors(browser, outbox):
    tab = await head_coach_with_org(outbox)
    await tab.fire(GeneratorState.set_field, "weeks", "60")
    await tab.fire(GeneratorState.generate)
    error = tab.state(GeneratorState).error
    assert error == "Duration (weeks) is a whole number from 1 to 52." and tab.state(GeneratorState).items == []
    await tab.fire(GeneratorState.set_field, "weeks", "4")
    await tab.fire(GeneratorState.generate)
    generator = tab.state(GeneratorState)
    assert len(generator.weekly) == 4
    await tab.fire(GeneratorState.set_field, "draft_text", generator.draft_text + "W2 Mon  Easy: 5 km z8\n")
    await tab.fire(GeneratorState.update_from_draft)
    assert "Line " in generator.draft_error and len(generator.weekly) == 4
    await tab.fire(GeneratorState.set_field, "draft_text", generator.draft_text + "W2 Mon " + "a" * 32_000 + "\n")
    await tab.fire(GeneratorState.update_from_draft)
    assert generator.draft_error.endswith("longer than 400 characters.") and len(generator.weekly) == 4


async def test_athletes_cannot_generate(browser, outbox):
    runner = await signed_in_tab(account(outbox, "runner@example.com", role="athlete"))
    await runner.fire(GeneratorState.generate)
    assert runner.state(GeneratorState).items == [] and runner.state(GeneratorState).error


async def test_a_failed_generate_keeps_the_draft_and_its_edits(browser, outbox):
    tab = await head_coach_with_org(outbox)
    for name, value in (("weeks", "8"), ("start_date", "2027-01-04"), ("race_date", "2027-02-28")):
        await tab.fire(GeneratorState.set_field, name, value)
    await tab.fire(GeneratorState.generate)
    generator = tab.state(GeneratorState)
    assert len(generator.weekly) == 8 and generator.plan_name == "Half marathon · 8 weeks"
    assert generator.advice[0].startswith("8 weeks is short for a Half marathon")
    await tab.fire(GeneratedWorkoutEditor.start, 0)
    await tab.fire(GeneratedWorkoutEditor.set_name, "Shakeout by the river")
    await tab.fire(GeneratedWorkoutEditor.apply)
    draft, items = generator.draft_text, list(generator.items)

    await tab.fire(GeneratorState.set_field, "weeks", "4")
    await tab.fire(GeneratorState.generate)
    assert generator.error == ("The race date must fall in the plan's last week (from 2027-01-04 to 2027-02-28 is "
                               "8 weeks).")
    assert generator.draft_text == draft and generator.items == items and len(generator.weekly) == 8
    assert generator.items[0].workout_name == "Shakeout by the river"
    await tab.fire(GeneratorState.update_from_draft)  # the draft still reads against its own 8 weeks
    assert generator.draft_error == "" and len(generator.weekly) == 8

    await tab.fire(GeneratorState.set_field, "race_date", "")
    await tab.fire(GeneratorState.generate)
    assert generator.error == "" and len(generator.weekly) == 4 and generator.plan_name == "Half marathon · 4 weeks"
    await tab.fire(GeneratorState.set_plan_name, "Club half")
    await tab.fire(GeneratorState.set_field, "weeks", "6")
    await tab.fire(GeneratorState.generate)
    assert len(generator.weekly) == 6 and generator.plan_name == "Club half"


async def test_the_race_and_the_fitness_follow_the_sport(browser, outbox):
    tab = await head_coach_with_org(outbox)
    await tab.fire(GeneratorState.set_field, "fitness_value", "48:30")
    await tab.fire(GeneratorState.set_field, "goal_time", "1:45:00")
    await tab.fire(GeneratorState.set_sport, "swim")
    generator = tab.state(GeneratorState)
    assert (generator.event, generator.fitness_value, generator.goal_time) == ("olympic_swim", "", "")
    await tab.fire(GeneratorState.set_event, "half_marathon")  # not a swim race: ignored
    for handler in (GeneratorState.set_event, GeneratorState.set_sport, GeneratorState.set_plan_name):
        await tab.fire(handler, ["not", "text"])  # what a browser could send: ignored
    assert generator.event == "olympic_swim"
    for name, value in (("weeks", "6"), ("fitness_value", "1:45")):
        await tab.fire(GeneratorState.set_field, name, value)
    await tab.fire(GeneratorState.generate)
    assert generator.error == "" and generator.items[-1].workout_name == "Race day – 1500 m"
    assert {item.workout_type for item in generator.items} == {"swim"}
    assert generator.zone_paces and generator.zone_legend[3].range == "1:47/100m–1:43/100m"
    assert generator.week_cards[0].phase == "Base"

    await tab.fire(GeneratorState.set_field, "fitness_value", "0:20")
    await tab.fire(GeneratorState.generate)
    assert generator.error == "CSS pace is a time per 100 m from 0:55 to 5:00, e.g. 1:45."
    await tab.fire(GeneratorState.set_event, "custom")
    await tab.fire(GeneratorState.set_field, "custom_km", "lots")
    await tab.fire(GeneratorState.generate)
    assert generator.error == ("Race distance is in kilometres, from 0.1 to 250 for a run, 400 for a ride, 30 for "
                               "a swim.")
