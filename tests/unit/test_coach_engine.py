"""The coaching engine over many parameter combinations: caps hold, the taper is there, block sums match
targets, zones are ordered, preferred rest days stay empty, and a draft reads back as the same plan."""

import math
import os
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nexrex_app.coach.draft import MAX_DRAFT_CHARS, MAX_LINE_CHARS, _day_line, parse, render, structured
from nexrex_app.coach.generator import generate
from nexrex_app.coach.params import (DAY_CHOICES, EVENTS, FIGURE_LIMITS, RACE_DISTANCE_LIMITS, RACES,
                                     SPORT_DAY_CHOICES, SPORT_FIGURE_LIMITS, parse_params)
from nexrex_app.coach.zones import race_seconds
from nexrex_app.coach.safety import problems
from nexrex_app.domain.blocks import totals, validate_blocks
from nexrex_app.domain.errors import InvalidInput
from nexrex_app.models.training import WEEKDAYS

RUN_EVENTS = ["5k", "10k", "half_marathon", "marathon"]


FIGURES = {"run": ("weekly_distance_in_meters", "longest_session_in_meters"),
           "swim": ("weekly_distance_in_meters", "longest_session_in_meters", "css_seconds_per_100m"),
           "bike": ("weekly_duration_in_seconds", "longest_session_in_seconds", "ftp_watts")}


def _race_result(draw, distance: int) -> int:
    """A time for ``distance`` anywhere in the accepted range (VDOT 20 to 85)."""
    fastest, slowest = race_seconds(85.0, distance), race_seconds(20.0, distance)
    return draw(st.integers(math.ceil(fastest), math.floor(slowest)))


@st.composite
def plan_bodies(draw):
    """Any request parse_params accepts: every sport, event or distance, level, week count, start and race
    weekday, day preference, stated fitness and principle."""
    sport = draw(st.sampled_from(["run", "run", "bike", "swim"]))
    weeks = draw(st.integers(min_value=1, max_value=52))
    events = [key for key, (of, _, _) in RACES.items() if of == sport]
    race = ({"event": draw(st.sampled_from(events))} if draw(st.booleans())
            else {"distance_in_meters": draw(st.integers(100, RACE_DISTANCE_LIMITS[sport]))})
    distance = RACES[race["event"]][1] if "event" in race else race["distance_in_meters"]
    start = date(2027, 1, 4) + timedelta(days=draw(st.integers(0, 6)))
    body = {"type": sport, "level": draw(st.sampled_from(["basic", "intermediate", "advanced"])), "weeks": weeks,
            "goal_race": race, "training_principle": draw(st.sampled_from(["daniels", "polarized"]))}
    if draw(st.booleans()):
        body["start_date"] = start.isoformat()
        if draw(st.booleans()):
            last_monday = start - timedelta(days=start.weekday()) + timedelta(weeks=weeks - 1)
            first = max(start, last_monday)
            race["date"] = (first + timedelta(days=draw(st.integers(0, 6 - first.weekday())))).isoformat()
    elif draw(st.booleans()):
        race["date"] = (start + timedelta(days=draw(st.integers(0, 6)))).isoformat()
    prefer = draw(st.dictionaries(st.sampled_from(WEEKDAYS), st.sampled_from(DAY_CHOICES), max_size=7))
    if all(prefer.get(day, "Rest") not in SPORT_DAY_CHOICES[sport] for day in WEEKDAYS):
        prefer[draw(st.sampled_from(WEEKDAYS))] = sport
    body["training_plan_prefer_day"] = prefer
    fitness = {}
    for name in draw(st.lists(st.sampled_from(FIGURES[sport]), unique=True)):
        low, high = SPORT_FIGURE_LIMITS.get(sport, {}).get(name, FIGURE_LIMITS[name])
        fitness[name] = draw(st.integers(max(low, 1), high))
    if sport == "run" and draw(st.booleans()):
        fitness["race_distance_in_meters"] = result = draw(st.sampled_from([1500, 5000, 10_000, 21_097, 42_195]))
        fitness["race_time_in_seconds"] = _race_result(draw, result)
    if sport == "run" and distance >= 400 and draw(st.booleans()):
        race["goal_time"] = _race_result(draw, distance)
    body["fitness"] = fitness
    return body


def build(body):
    params = parse_params(body)
    plan = generate(params)
    items, weekly = structured(render(plan), params, plan.fitness)
    return params, plan, items, weekly


@settings(max_examples=int(os.environ.get("NEXREX_PROPERTY_EXAMPLES", 250)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_bodies())
def test_every_plan_is_sound(body):
    params, plan, items, weekly = build(body)
    assert problems(items, weekly, params) == []
    for item in items:
        blocks = validate_blocks(item["content_blocks"])
        total = totals(blocks)
        assert (total.distance_in_meters, total.duration_in_seconds) == (
            item["target_distance_in_meters"], item["target_duration_in_seconds"])
        assert item["workout_sub_type"] in ("easy-run", "tempo-run", "interval-run", "long-run")
    rest = {d for d, c in params.prefer_day.items() if c == "Rest"}
    assert not [i for i in items if i["day"] in rest and not i["workout_name"].startswith("Race")]
    assert [w["week"] for w in weekly] == list(range(1, params.weeks + 1))


@settings(max_examples=100, deadline=None)
@given(plan_bodies())
def test_a_draft_read_back_gives_the_same_plan(body):
    params, plan, items, weekly = build(body)
    again_items, again_weekly = structured(render(plan), params, plan.fitness)
    assert again_items == items and again_weekly == weekly
    assert len(items) == sum(len(w.sessions) for w in plan.weeks)


def test_the_same_parameters_give_the_same_plan():
    body = {"weeks": 16, "level": "advanced", "goal_race": {"event": "marathon"}}
    assert render(generate(parse_params(body))) == render(generate(parse_params(body)))


@pytest.mark.parametrize("weeks", [1, 2, 3, 52])
@pytest.mark.parametrize("event", RUN_EVENTS)
def test_short_and_long_plans_work(weeks, event):
    params, plan, items, weekly = build({"weeks": weeks, "level": "intermediate", "goal_race": {"event": event}})
    assert weekly[-1]["phase"] == "taper" and items[-1]["workout_name"].startswith("Race day")
    assert problems(items, weekly, params) == []


def test_phases_follow_each_other_and_the_taper_fits_the_race():
    def tapers(event):
        return sum(1 for w in build({"weeks": 16, "level": "intermediate", "goal_race": {"event": event}})[3]
                   if w["phase"] == "taper")
    assert (tapers("5k"), tapers("half_marathon"), tapers("marathon")) == (1, 2, 3)
    phases = [w["phase"] for w in build({"weeks": 16, "level": "basic", "goal_race": {"event": "10k"}})[3]]
    assert phases == sorted(phases, key=["base", "build", "peak", "taper"].index)
    assert {"base", "build", "peak", "taper"} == set(phases)


def test_a_lighter_week_every_fourth_week():
    volumes = [w["distance_in_meters"] for w in build(
        {"weeks": 16, "level": "intermediate", "goal_race": {"event": "marathon"}})[3]]
    assert volumes[3] < volumes[2] and volumes[7] < volumes[6]


def test_the_race_is_on_race_day_and_the_long_run_on_the_long_day():
    _, _, items, _ = build({"weeks": 8, "level": "intermediate", "start_date": "2027-01-04",
                            "goal_race": {"event": "10k", "date": "2027-02-27"},
                            "training_plan_prefer_day": {"Wednesday": "long-run", "Monday": "Rest"}})
    assert items[-1]["day"] == "Saturday" and items[-1]["week"] == 8
    assert {i["day"] for i in items if i["workout_sub_type"] == "long-run"} == {"Wednesday"}


def test_goal_time_sets_the_paces():
    fast = build({"weeks": 8, "level": "basic", "goal_race": {"event": "10k", "goal_time": "0:40:00"}})[1]
    slow = build({"weeks": 8, "level": "basic", "goal_race": {"event": "10k", "goal_time": "1:05:00"}})[1]
    assert fast.fitness.vdot > 50 > slow.fitness.vdot


def test_an_edited_draft_is_read_and_bad_lines_are_reported_by_number():
    params, plan, items, _ = build({"weeks": 2, "level": "basic", "goal_race": {"event": "5k"}})
    text = render(plan).replace("W1 Tue", "W1 Wed", 1)
    edited, _ = structured(text + "W2 Mon  Easy 5 km: 5 km z2\n", params, plan.fitness)
    assert any(i["day"] == "Wednesday" and i["week"] == 1 for i in edited)
    assert any(i["day"] == "Monday" and i["week"] == 2 for i in edited)
    broken = text + "W3 Mon  Easy 5 km: 5 km z2\nW1 Fri  Tempo: 2 km z7\nnonsense\n"
    with pytest.raises(InvalidInput) as refused:
        parse(broken, params.weeks)
    lines = len(text.splitlines())
    message = refused.value.message
    assert f"Line {lines + 1}:" in message and f"Line {lines + 2}:" in message and f"Line {lines + 3}:" in message
    assert refused.value.field == "refined_draft"


def test_a_32000_character_line_is_reported_by_number_and_the_rest_still_read():
    params, plan, _, _ = build({"weeks": 2, "level": "basic", "goal_race": {"event": "5k"}})
    text = render(plan)
    for long_line in ("W1 Mon " + " " * 32_000 + "x", "W1 Mon Easy" + "a" * 32_000 + ": 5 km z2"):
        with pytest.raises(InvalidInput) as refused:
            parse(text + long_line + "\n", params.weeks)
        assert refused.value.message == f"Line {len(text.splitlines()) + 1}: longer than {MAX_LINE_CHARS} characters."
        assert refused.value.field == "refined_draft"
    exactly = "W2 Mon  Long easy run: " + ", ".join(["1 km z2"] * 100)
    exactly = exactly[:MAX_LINE_CHARS].rsplit(",", 1)[0]
    _, workouts = parse(text + exactly + "\n", params.weeks)
    assert any(w.day == "Monday" and w.name == "Long easy run" for w in workouts)


def test_a_day_line_without_its_colon_is_refused_whatever_its_length():
    for line in ("W1 Mon " + " " * 32_000 + "x", "W1 Mon a" + " " * 32_000 + "b", "W1 Mon " + "a" * 32_000):
        with pytest.raises(ValueError, match="does not read as"):
            _day_line(line, 4)
    spaced = _day_line("W1 Mon   Easy 5 km  :   5 km z2,  3x(1 km z4, 2 min z1)", 4)
    assert (spaced.name, len(spaced.parts)) == ("Easy 5 km", 2)


def test_a_draft_longer_than_the_limit_is_refused_before_it_is_read():
    params, plan, _, _ = build({"weeks": 2, "level": "basic", "goal_race": {"event": "5k"}})
    padding = ("# note\n" * (MAX_DRAFT_CHARS // 7 + 1))
    with pytest.raises(InvalidInput) as refused:
        parse(render(plan) + padding, params.weeks)
    assert refused.value.code == "DRAFT_TOO_LONG" and refused.value.field == "refined_draft"


def test_bad_parameters_name_their_field():
    for body, field in [({"weeks": 0, "level": "basic", "goal_race": {"event": "5k"}}, "weeks"),
                        ({"weeks": 53, "level": "basic", "goal_race": {"event": "5k"}}, "weeks"),
                        ({"weeks": 4, "level": "elite", "goal_race": {"event": "5k"}}, "level"),
                        ({"weeks": 4, "level": "basic", "type": "row", "goal_race": {"event": "5k"}}, "type"),
                        ({"weeks": 4, "level": "basic"}, "goal_race"),
                        ({"weeks": 4, "level": "basic", "goal_race": {"event": "ultra-mega"}}, "goal_race.event"),
                        ({"weeks": 4, "level": "basic", "goal_race": {"event": "5k", "date": "soon"}},
                         "goal_race.date"),
                        ({"weeks": 4, "level": "basic", "goal_race": {"event": "5k", "goal_time": "fast"}},
                         "goal_race.goal_time"),
                        ({"weeks": 4, "level": "basic", "goal_race": {"event": "5k"},
                          "training_plan_prefer_day": {d: "Rest" for d in WEEKDAYS}}, "training_plan_prefer_day"),
                        ({"weeks": 4, "level": "basic", "goal_race": {"event": "5k"},
                          "fitness": {"ftp_watts": 9000}}, "fitness.ftp_watts")]:
        with pytest.raises(InvalidInput) as refused:
            parse_params(body)
        assert refused.value.field == field, body
    assert parse_params({"weeks": 4, "level": "beginner", "goal_race": {"event": "5k"}}).level == "basic"
    assert set(RUN_EVENTS) <= set(EVENTS)
