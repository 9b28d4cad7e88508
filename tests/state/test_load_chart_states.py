"""The fitness chart's handlers: whose chart, periods, thresholds in the user's words, and no other club's data."""

from nexrex_app.state.generator import GeneratorState
from nexrex_app.state.load_chart import LoadChartState
from nexrex_app.state.plan_projection import PlanProjectionState
from tests.state.test_organization_states import account, athlete_of_head_coach, head_coach_with_org, signed_in_tab


async def test_the_coach_sees_their_athlete_and_sets_thresholds(browser, outbox):
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    coach.open(f"/console/members/{runner.id}", user_id=runner.id)
    await coach.fire(LoadChartState.show_when_seen, False)
    chart = coach.state(LoadChartState)
    assert not chart.loaded and chart.rows == [], "a chart still off screen is not read"
    await coach.fire(LoadChartState.show_when_seen, True)
    assert chart.chart_error == "" and len(chart.rows) == 90 + 42 and chart.summary_text.startswith("Today: fitness 0")
    await coach.fire(LoadChartState.choose_period, "forever")
    assert chart.chart_error == "Choose one of the periods shown." and chart.period == "3 months"
    await coach.fire(LoadChartState.choose_period, "6 weeks")
    assert chart.chart_error == "" and len(chart.rows) == 42 + 28
    await coach.fire(LoadChartState.save_thresholds, {"ftp": "9000", "threshold_heart_rate": ""})
    assert chart.thresholds_error == "FTP is whole watts from 50 to 600."
    await coach.fire(LoadChartState.save_thresholds, {"ftp": "", "threshold_heart_rate": "fast"})
    assert chart.thresholds_error == "Threshold heart rate is beats per minute from 80 to 230."
    await coach.fire(LoadChartState.save_thresholds, {"ftp": "245", "threshold_heart_rate": "172"})
    assert chart.thresholds_error == "" and (chart.ftp, chart.threshold_heart_rate) == ("245", "172")


async def test_another_clubs_athlete_stays_hidden(browser, outbox):
    stranger = await signed_in_tab(account(outbox, "stranger@example.com"))
    await head_coach_with_org(outbox)
    member, _ = athlete_of_head_coach(outbox)
    stranger.open(f"/console/members/{member.id}", user_id=member.id)
    await stranger.fire(LoadChartState.show)
    chart = stranger.state(LoadChartState)
    assert chart.rows == [] and chart.chart_error != ""
    await stranger.fire(LoadChartState.save_thresholds, {"ftp": "245", "threshold_heart_rate": ""})
    assert chart.thresholds_error != "" and chart.ftp == ""


async def test_a_generated_plan_is_projected_for_a_chosen_athlete_before_it_is_saved(browser, outbox):
    coach = await head_coach_with_org(outbox)
    runner, _ = athlete_of_head_coach(outbox)
    for name, value in (("weeks", "12"), ("event", "half_marathon"), ("start_date", "2027-01-04"),
                        ("race_date", "2027-03-28")):
        await coach.fire(GeneratorState.set_field, name, value)
    await coach.fire(GeneratorState.generate)
    await coach.fire(PlanProjectionState.load_athletes)
    projection = coach.state(PlanProjectionState)
    assert [a.id for a in projection.athletes] == [runner.id]
    await coach.fire(PlanProjectionState.project)
    assert projection.projection_error == "Choose the athlete to project this plan for." and projection.rows == []
    await coach.fire(PlanProjectionState.choose_athlete, runner.id)
    await coach.fire(PlanProjectionState.project)
    assert projection.projection_error == "" and projection.rows[-1]["Race day"] is not None
    [note] = projection.notes
    assert note.text.startswith("Race on Sun 28 Mar: form ")
    assert coach.state(GeneratorState).items  # still a draft: nothing saved
