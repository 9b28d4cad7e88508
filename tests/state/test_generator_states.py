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
    assert generator.items[-1]["workout_name"] == "Race day – Half marathon"
    assert generator.plan_name == "Half marathon · 12 weeks"

    index = next(i for i, item in enumerate(generator.items) if item["week"] == 5 and "Tempo" in item["workout_name"])
    await tab.fire(GeneratedWorkoutEditor.start, index)
    await tab.fire(GeneratedWorkoutEditor.set_block_field, "1", "block_distance_in_meters", "7000")
    await tab.fire(GeneratedWorkoutEditor.apply)
    assert generator.items[index]["target_distance_in_meters"] == 11000

    events = await tab.fire(GeneratorState.save)
    path = redirect_target(events)
    assert path.startswith("/console/plans/plan_")
    tab.open(path, plan_id=path.rsplit("/", 1)[1])
    await tab.fire(PlanBuilderState.load)
    builder = tab.state(PlanBuilderState)
    assert builder.duration_in_weeks == 12 and len(builder.content) == len(generator.items)
    assert any(item["target_distance_in_meters"] == 11000 for item in builder.content if item["week"] == 5)


async def test_bad_parameters_and_a_broken_draft_are_inline_errors(browser, outbox):
    tab = await head_coach_with_org(outbox)
    await tab.fire(GeneratorState.set_field, "weeks", "60")
    await tab.fire(GeneratorState.generate)
    assert tab.state(GeneratorState).error.startswith("weeks:") and tab.state(GeneratorState).items == []
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
