"""The athlete's week and weekly compliance over the API: what the Training tab and the coach's Activities page
show, for the athlete and their coaches, with bad dates and ranges refused naming the field."""

from datetime import timedelta

import pytest

from nexrex_app.db import session_scope
from nexrex_app.domain import activities, permissions
from nexrex_app.models.activity_schemas import ActivityCreate
from tests.api.test_assignments_and_activities import MONDAY, assign, make_plan
from tests.support.world import build_world


@pytest.fixture
def monday(clock):
    clock.freeze(MONDAY)
    return clock


def week(client, world, who="athlete", user="athlete", **params):
    return client.get(f"/api/v1/athletes/{world.ids[user]}/week", params=params, headers=world.headers(who))


def compliance(client, world, who="athlete", user="athlete", **params):
    return client.get(f"/api/v1/athletes/{world.ids[user]}/compliance", params=params, headers=world.headers(who))


def planned_world(client, outbox):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assert assign(client, world, plan_id, user_ids=[world.ids["athlete"]]).status_code == 201
    return world


def test_the_week_reads_as_the_training_tab(client, outbox, monday):
    world = planned_world(client, outbox)
    answer = week(client, world)
    assert answer.status_code == 200, answer.text
    tab = answer.json()["data"]
    assert tab["date"] == "2027-03-01" and tab["today"] == []
    assert [(card["date"], card["weekday"]) for card in tab["week"]] == [("2027-03-02", "Tue 02 Mar"),
                                                                      ("2027-03-04", "Thu 04 Mar")]
    assert [card["date"] for card in tab["upcoming"]] == ["2027-03-14"]
    tuesday = tab["week"][0]
    assert tuesday["plan"] == "Two weeks" and tuesday["status"] == "scheduled" and tuesday["has_workout"]
    assert tuesday["steps"] and tuesday["targets"]
    assert week(client, world, who="assistant").json()["data"] == tab  # the athlete's coach reads the same


def test_another_day_shows_its_own_week(client, outbox, monday):
    world = planned_world(client, outbox)
    tab = week(client, world, date="2027-03-04").json()["data"]
    assert [card["date"] for card in tab["today"]] == ["2027-03-04"]
    assert [card["date"] for card in tab["week"]] == ["2027-03-02"]
    assert not tab["today"][0]["can_unskip"]


def test_the_signature_changes_with_the_calendar(client, outbox, monday):
    world = planned_world(client, outbox)
    before = week(client, world).json()["data"]["signature"]
    activity_id = week(client, world).json()["data"]["week"][0]["activity_id"]
    monday.advance(timedelta(minutes=1))
    skipped = client.put(f"/api/v1/activities/{activity_id}", json={"status": "skipped"},
                         headers=world.headers("athlete"))
    assert skipped.status_code == 200, skipped.text
    after = week(client, world).json()["data"]
    assert after["signature"] != before and after["week"][0]["status"] == "skipped"
    assert after["week"][0]["can_unskip"]


@pytest.mark.parametrize("value", ["tomorrow", "2027-02-30", "1999-12-31", "2101-01-01", "x" * 500])
def test_a_bad_date_is_refused_naming_it(client, outbox, monday, value):
    world = build_world(client, outbox)
    answer = week(client, world, date=value)
    assert answer.status_code == 400 and answer.json()["details"]["field"] == "date"


def test_weekly_compliance_ends_with_the_current_week(client, outbox, monday):
    world = planned_world(client, outbox)
    monday.advance(timedelta(days=7))  # past the tokens' lifetime: the organization's key reads on
    answer = compliance(client, world, who="api_key", weeks=2)
    assert answer.status_code == 200, answer.text
    data = answer.json()["data"]
    assert [w["monday"] for w in data["weeks"]] == ["2027-03-01", "2027-03-08"]
    first, current = data["weeks"]
    assert not first["is_current"] and current["is_current"]
    assert first["planned_m"] == 2 * current["planned_m"] > 0 and first["done_m"] == 0
    assert first["compliance"] == current["compliance"] == "0%"  # the first week's runs were not recorded
    assert [len(day["items"]) for day in first["days"]] == [0, 1, 0, 1, 0, 0, 0]
    assert data["earlier"] is None  # nothing before the plan


def test_compliance_pages_back_with_earlier(client, outbox, monday):
    world = planned_world(client, outbox)
    monday.advance(timedelta(days=14))
    newest = compliance(client, world, who="api_key", weeks=1).json()["data"]
    assert [w["monday"] for w in newest["weeks"]] == ["2027-03-15"] and newest["earlier"] == "2027-03-15"
    older = compliance(client, world, who="api_key", weeks=1, before=newest["earlier"]).json()["data"]
    assert [w["monday"] for w in older["weeks"]] == ["2027-03-08"] and older["earlier"] == "2027-03-08"
    oldest = compliance(client, world, who="api_key", weeks=1, before=older["earlier"]).json()["data"]
    assert [w["monday"] for w in oldest["weeks"]] == ["2027-03-01"] and oldest["earlier"] is None


@pytest.mark.parametrize("params, field", [({"weeks": 0}, "weeks"), ({"weeks": 53}, "weeks"),
                                           ({"weeks": "many"}, "weeks"), ({"before": "soon"}, "before"),
                                           ({"before": "2101-01-01"}, "before")])
def test_bad_compliance_ranges_are_refused_naming_the_field(client, outbox, monday, params, field):
    world = build_world(client, outbox)
    answer = compliance(client, world, **params)
    assert answer.status_code == 400 and answer.json()["details"]["field"] == field


def test_the_openapi_document_describes_both_answers(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/athletes/{user_id}/week", "/api/v1/athletes/{user_id}/compliance"):
        schema = paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema["$ref"].endswith("Envelope")


def test_a_year_of_compliance_counts_every_activity(client, outbox, monday):
    world = build_world(client, outbox)
    runs = [{"activity_name": f"Run {n}", "activity_type": "run", "date": (MONDAY.date() - timedelta(days=n // 2))
             .isoformat(), "status": "completed", "distance_in_meters": 1000, "duration_in_seconds": 300,
             "user_id": world.ids["athlete"]} for n in range(1, 521)]  # two a day: more than a page of activities
    with session_scope() as session:
        actor = permissions.signed_in_actor(session, world.tokens["athlete"])
        for run in runs:
            activities.create_activity(session, actor, ActivityCreate(**run))
    data = compliance(client, world, weeks=52).json()["data"]
    assert sum(w["done_m"] for w in data["weeks"]) == 520 * 1000
    assert data["earlier"] is None
