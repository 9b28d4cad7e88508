"""The training load series: loads of imported rides, the plan's future, thresholds and bad ranges."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import event

from nexrex_app.db import get_engine, session_scope
from nexrex_app.domain import athletes, load_series, permissions
from nexrex_app.base.errors import InvalidInput, NotFound
from nexrex_app.models.accounts import User
from nexrex_app.models.activity_schemas import ThresholdsUpdate
from tests.api.test_assignments_and_activities import MONDAY, activities, assign, make_plan
from tests.support.recordings import fit_file
from tests.support.world import build_world


@pytest.fixture
def monday(clock):
    clock.freeze(MONDAY)
    return clock


def series(client, world, who="athlete", user="athlete", **params):
    return client.get(f"/api/v1/athletes/{world.ids[user]}/load", params=params, headers=world.headers(who))


def by_date(answer) -> dict:
    assert answer.status_code == 200, answer.text
    return {day["date"]: day for day in answer.json()["data"]["days"]}


def test_an_imported_ride_with_power_counts_at_its_tss(client, outbox, monday):
    world = build_world(client, outbox)
    fitness = client.put(f"/api/v1/athletes/{world.ids['athlete']}/fitness", headers=world.headers("athlete"),
                         json={"ftp_watts": 208, "threshold_heart_rate": 168})
    assert fitness.status_code == 200 and fitness.json()["data"]["threshold_heart_rate"] == 168
    ride = fit_file(datetime(2027, 2, 27, 8, 0, tzinfo=UTC), 30, 60, sport="cycling", watts=200, climb=300)
    imported = client.post("/api/v1/activities/import", files={"file": ("ride.fit", ride)},
                           headers=world.headers("athlete")).json()["data"]
    assert imported["normalized_power_watts"] == 208 and imported["avg_power_watts"] == 200
    assert imported["elevation_gain_in_meters"] == 300
    assert imported["load"] == 100.0 and imported["load_method"] == "power"   # an hour at NP = FTP
    days = by_date(series(client, world, who="assistant", start_date="2027-02-26", end_date="2027-03-01"))
    saturday = days["2027-02-27"]
    assert saturday["load"] == 100.0 and saturday["method"] == "power" and saturday["projected"] is False
    assert saturday["ctl"] == 2.4 and saturday["atl"] == 13.3 and saturday["tsb"] == 0.0
    assert days["2027-02-28"]["tsb"] == -11.0 and days["2027-02-26"]["load"] == 0.0


def test_the_coach_sets_threshold_heart_rate_and_bad_figures_are_refused(client, outbox):
    world = build_world(client, outbox)
    url = f"/api/v1/athletes/{world.ids['athlete']}/fitness"
    assert client.put(url, headers=world.headers("assistant"), json={"threshold_heart_rate": 172}).status_code == 200
    refused = client.put(url, headers=world.headers("assistant"), json={"threshold_heart_rate": 400})
    assert refused.status_code == 400 and refused.json()["details"]["field"] == "threshold_heart_rate"


def test_the_future_comes_from_the_plan_and_the_race_day_is_marked(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world, workout_name="Race: 10K")
    assign(client, world, plan_id, user_ids=[world.ids["athlete"]])
    answer = series(client, world, start_date="2027-02-22", end_date="2027-03-15")
    days = by_date(answer)
    assert answer.json()["data"]["race_dates"] == ["2027-03-02", "2027-03-04", "2027-03-14"]
    tuesday = days["2027-03-02"]
    assert tuesday["race"] and tuesday["projected"] and tuesday["planned_load"] > 40 and tuesday["load"] == 0
    assert tuesday["ctl"] > 0 and days["2027-03-01"]["ctl"] == 0
    assert days["2027-03-03"]["tsb"] < 0 and days["2027-03-09"]["ramp"] > 0
    first = activities(client, world, "athlete")[0]
    client.put(f"/api/v1/activities/{first['activity_id']}", headers=world.headers("athlete"),
               json={"status": "skipped"})
    assert by_date(series(client, world, start_date="2027-02-22", end_date="2027-03-15"))["2027-03-02"]["ctl"] == 0


def test_the_series_reads_activities_in_one_query(client, outbox, monday):
    world = build_world(client, outbox)
    assign(client, world, make_plan(client, world), user_ids=[world.ids["athlete"]])
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    engine = get_engine()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        assert series(client, world, start_date="2026-03-01", end_date="2027-06-30").status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len([s for s in statements if "FROM activities" in s]) == 1


@pytest.mark.parametrize("params, field", [
    ({"start_date": "yesterday"}, "start_date"), ({"end_date": "2027-02-30"}, "end_date"),
    ({"start_date": "2027-03-01", "end_date": "2027-02-01"}, "end_date"),
    ({"start_date": "2020-01-01", "end_date": "2027-01-01"}, "end_date"),
])
def test_bad_ranges_answer_400_naming_the_field(client, outbox, params, field):
    world = build_world(client, outbox)
    answer = series(client, world, **params)
    assert answer.status_code == 400 and answer.json()["details"]["field"] == field


def test_the_default_period_is_the_last_90_days_and_the_next_four_weeks(client, outbox, monday):
    world = build_world(client, outbox)
    data = series(client, world).json()["data"]
    assert (data["start_date"], data["today"], data["end_date"]) == ("2026-12-02", "2027-03-01", "2027-03-29")
    assert len(data["days"]) == 118


def test_thresholds_change_and_the_other_figures_stay(client, outbox, db):
    world = build_world(client, outbox)
    client.put(f"/api/v1/athletes/{world.ids['athlete']}/fitness", headers=world.headers("athlete"),
               json={"race_distance_in_meters": 10_000, "race_time_in_seconds": 2700, "ftp_watts": 200})
    with session_scope() as session:
        coach = permissions.actor_for(session, session.get(User, world.ids["assistant"]))
        athletes.update_thresholds(session, coach, world.ids["athlete"],
                                   ThresholdsUpdate(ftp_watts=None, threshold_heart_rate=171))
        with pytest.raises(InvalidInput) as refused:
            changes = ThresholdsUpdate.parse({"ftp_watts": "lots"})
            athletes.update_thresholds(session, coach, world.ids["athlete"], changes)
        assert refused.value.field == "ftp_watts"
    with session_scope() as session:
        assert session.get(User, world.ids["athlete"]).fitness == {
            "race_distance_in_meters": 10_000, "race_time_in_seconds": 2700, "threshold_heart_rate": 171}


def test_a_plan_not_yet_saved_is_projected_with_its_race_day_form(client, outbox, monday):
    world = build_world(client, outbox)
    tempo = {"workout_name": "Tempo", "workout_type": "run", "content_blocks": [
        {"type": "run", "block_duration_in_seconds": 3600, "block_length_target": "duration", "block_pace": "z3"}]}
    race = {"workout_name": "Race: 10K", "workout_type": "run", "target_distance_in_meters": 10_000,
            "content_blocks": [{"type": "run", "block_distance_in_meters": 10_000, "block_length_target": "distance",
                                "block_pace": "z4"}]}
    content = [{"week": week, "day": day, **tempo} for week in (1, 2, 3) for day in ("Tuesday", "Thursday")]
    content += [{"week": 4, "day": "Sunday", **race}]
    with session_scope() as session:
        coach = permissions.actor_for(session, session.get(User, world.ids["assistant"]))
        projected = load_series.plan_projection(session, coach, world.ids["athlete"], content,
                                                MONDAY.date())
        with pytest.raises(NotFound):
            load_series.plan_projection(session, permissions.actor_for(session, session.get(
                User, world.ids["other_head"])), world.ids["athlete"], content, MONDAY.date())
    assert projected["race_dates"] == ["2027-03-28"] and projected["days"][-1]["date"] == "2027-03-28"
    [race_day] = load_series.race_forms(projected)
    assert race_day["date"] == "2027-03-28" and race_day["tsb"] < 5 and race_day["in_range"] is False  # too little fitness to be fresh
    assert activities(client, world, "athlete") == []  # nothing was saved


def test_openapi_documents_the_series(client):
    document = client.get("/api/v1/openapi.json").json()
    operation = document["paths"]["/api/v1/athletes/{user_id}/load"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {"user_id", "start_date", "end_date"}
    day = document["components"]["schemas"]["LoadDay"]["properties"]
    assert {"date", "load", "planned_load", "ctl", "atl", "tsb", "method"} <= set(day)
