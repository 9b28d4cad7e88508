"""Assigning plans and the activities that follow: scheduling, groups, roles, unassign, imports,
compliance status, downloads and the calendar feed."""

from datetime import UTC, datetime, timedelta
from urllib.parse import unquote

import pytest
from garmin_fit_sdk import Decoder, Stream
from icalendar import Calendar

from nexrex_app.db import session_scope
from nexrex_app.models.accounts import User
from tests.api.test_library_workouts import INTERVALS, as_caller
from nexrex_app.formats.imports import MAX_BYTES
from tests.support.accounts import PASSWORD
from tests.support.recordings import billion_laughs_gpx, doctype_tcx, fit_file, gpx_file, oversized_gpx, tcx_file
from tests.support.world import build_world

MONDAY = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def make_plan(client, world, who="head", workout_name=INTERVALS["workout_name"]) -> str:
    tempo = {**as_caller(INTERVALS, world, who), "visibility": "org", "workout_name": workout_name}
    workout_id = client.post("/api/v1/training/workouts", json=tempo, headers=world.headers(who)).json()["workout_id"]
    body = {"training_plan_name": "Two weeks", "training_plan_description": "Short block", "type": "run",
            "level": "basic", "duration_in_weeks": 2, "visibility": "org", "user_id": world.ids[who],
            "training_plan_prefer_day": {"Friday": "Rest"},
            "content": [{"week": 1, "day": "Tuesday", "source_workout_id": workout_id},
                        {"week": 1, "day": "Thursday", "source_workout_id": workout_id},
                        {"week": 2, "day": "Sunday", "source_workout_id": workout_id}]}
    answer = client.post("/api/v1/training/plans", json=body, headers=world.headers(who))
    assert answer.status_code == 201, answer.text
    return answer.json()["training_plan_id"]


def assign(client, world, plan_id, who="head", **body):
    return client.post(f"/api/v1/training/plans/{plan_id}/assign", json={"start_date": "2027-03-01", **body},
                       headers=world.headers(who))


def activities(client, world, who, **params):
    answer = client.get("/api/v1/activities", params=params, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]


@pytest.fixture
def monday(clock):
    clock.freeze(MONDAY)
    return clock


def test_assigning_places_each_workout_on_its_day(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    answer = assign(client, world, plan_id, user_ids=[world.ids["athlete"]])
    assert answer.status_code == 201
    [instance_id] = answer.json()["data"]["plan_instance_ids"]
    assert instance_id.startswith("pi_")
    mine = activities(client, world, "athlete")
    assert [(a["date"], a["status"]) for a in mine] == [
        ("2027-03-02", "scheduled"), ("2027-03-04", "scheduled"), ("2027-03-14", "scheduled")]
    first = mine[0]
    assert first["workout"]["workout_name"] == "6 x 800" and first["plan_instance_id"] == instance_id
    assert first["workout"]["content_blocks"][1]["block_repeat"] == 6
    assert set(first) >= {"activity_id", "user_id", "status", "activity_type", "activity_name", "date",
                          "start_time", "distance_in_meters", "duration_in_seconds", "avg_heart_rate",
                          "perceived_effort", "notes", "source", "plan_instance_id", "workout", "created_at",
                          "updated_at"}
    listed = client.get("/api/v1/training/plan-instances", params={"user_id": world.ids["athlete"]},
                        headers=world.headers("assistant")).json()["data"]
    assert [(i["plan_instance_id"], i["start_date"], i["end_date"]) for i in listed] == [
        (instance_id, "2027-03-01", "2027-03-14")]


def test_a_plan_assigned_back_from_its_race_date_or_from_a_mid_week_start(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    head = world.headers("head")
    url = f"/api/v1/training/plans/{plan_id}"
    told = client.get(f"{url}/assign-preview", params={"start_date": "2027-03-03"}, headers=head).json()["data"]
    assert told == {"start_date": "2027-03-03", "end_date": "2027-03-14", "dropped_workouts": 1}  # Tuesday's
    by_race = client.post(f"{url}/assign", json={"race_date": "2027-03-21", "user_ids": [world.ids["athlete"]]},
                          headers=head)
    assert by_race.status_code == 201, by_race.text
    assert (by_race.json()["data"]["start_date"], by_race.json()["data"]["end_date"]) == ("2027-03-08", "2027-03-21")
    assert [a["date"] for a in activities(client, world, "athlete")] == ["2027-03-09", "2027-03-11", "2027-03-21"]
    neither = client.post(f"{url}/assign", json={"user_ids": [world.ids["athlete"]]}, headers=head)
    assert neither.status_code == 400 and neither.json()["details"]["field"] == "start_date"
    bad = client.get(f"{url}/assign-preview", params={"race_date": "soon"}, headers=head)
    assert bad.status_code == 400 and bad.json()["details"]["field"] == "race_date"


def test_a_group_enrols_its_current_members_only(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    answer = assign(client, world, plan_id, group_id=world.group_a)
    assert answer.json()["data"]["user_ids"] == [world.ids["athlete"]]
    client.put(f"/api/v1/groups/{world.group_a}", headers=world.headers("head"),
               json={"members": [world.ids["athlete"], world.ids["other_athlete"]]})
    assert activities(client, world, "other_athlete") == []


def test_who_may_assign(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assert assign(client, world, plan_id, who="assistant", user_ids=[world.ids["athlete"]]).status_code == 201
    refused = assign(client, world, plan_id, who="assistant", user_ids=[world.ids["other_athlete"]])
    assert refused.status_code == 400 and refused.json()["details"]["field"] == "user_ids[0]"
    client.put(f"/api/v1/groups/{world.group_a}", headers=world.headers("head"),
               json={"members": [world.ids["athlete"], world.ids["other_athlete"]]})
    assert assign(client, world, plan_id, who="assistant", group_id=world.group_a).status_code == 403
    assert assign(client, world, plan_id, who="athlete", user_ids=[world.ids["athlete"]]).status_code == 403
    assert assign(client, world, plan_id, who="other_head", user_ids=[world.ids["athlete"]]).status_code == 404
    assert client.post(f"/api/v1/training/plans/{plan_id}/assign", json={"start_date": "2027-03-01",
                                                                          "user_ids": [world.ids["athlete"]]}
                       ).status_code == 401
    for body, field in [({"user_ids": [world.ids["other_head"]]}, "user_ids[0]"), ({}, "user_ids"),
                        ({"user_ids": [world.ids["athlete"]], "start_date": "someday"}, "start_date"),
                        ({"group_id": "grp_none"}, "group_id")]:
        answer = assign(client, world, plan_id, **body)
        assert answer.status_code == 400 and answer.json()["details"]["field"] == field, body


def test_unassign_removes_what_is_ahead_and_keeps_what_was_done(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    [instance_id] = assign(client, world, plan_id, user_ids=[world.ids["athlete"]]).json()["data"]["plan_instance_ids"]
    first = activities(client, world, "athlete")[0]
    done = client.put(f"/api/v1/activities/{first['activity_id']}", headers=world.headers("athlete"),
                      json={"status": "completed", "distance_in_meters": 8000, "duration_in_seconds": 2700})
    assert done.json()["data"]["status"] == "completed"
    monday.advance(timedelta(days=3))  # Thursday
    assert client.delete(f"/api/v1/training/plan-instances/{instance_id}",
                         headers=world.headers("athlete")).status_code == 404
    removed = client.delete(f"/api/v1/training/plan-instances/{instance_id}", headers=world.headers("assistant"))
    assert removed.status_code == 200 and removed.json()["data"]["removed_scheduled_workouts"] == 2
    assert [(a["date"], a["status"]) for a in activities(client, world, "athlete")] == [("2027-03-02", "completed")]


def test_missed_days_turn_skipped_and_statuses_filter(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assign(client, world, plan_id, user_ids=[world.ids["athlete"]])
    monday.advance(timedelta(days=5))  # Saturday: Tuesday and Thursday have passed
    mine = activities(client, world, "athlete")
    assert [a["status"] for a in mine] == ["skipped", "skipped", "scheduled"]
    assert len(activities(client, world, "athlete", status="skipped")) == 2
    assert len(activities(client, world, "athlete", status="scheduled,completed")) == 1
    both = client.get("/api/v1/activities", params=[("status", "skipped"), ("status", "scheduled")],
                      headers=world.headers("athlete")).json()["data"]
    assert len(both) == 3
    assert activities(client, world, "athlete", start_date="2027-03-03", end_date="2027-03-10")[0]["date"] == "2027-03-04"
    assert activities(client, world, "head", user_id=world.ids["athlete"], activity_type="bike") == []


@pytest.mark.parametrize("name, make", [("run.gpx", gpx_file), ("run.tcx", tcx_file), ("run.fit", fit_file)])
def test_an_imported_file_completes_the_days_workout(client, outbox, monday, name, make):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assign(client, world, plan_id, user_ids=[world.ids["athlete"]])
    recorded = make(datetime(2027, 3, 4, 6, 0, tzinfo=UTC), 8, 42)
    answer = client.post("/api/v1/activities/import", files={"file": (name, recorded)},
                         headers=world.headers("athlete"))
    assert answer.status_code == 201, answer.text
    data = answer.json()["data"]
    assert data["status"] == "completed" and data["date"] == "2027-03-04" and data["source"] == name[-3:]
    assert abs(data["distance_in_meters"] - 8000) <= 60 and data["duration_in_seconds"] == 2520
    assert data["workout"]["workout_name"] == "6 x 800"
    assert [a["status"] for a in activities(client, world, "athlete")] == ["scheduled", "completed", "scheduled"]


def test_an_activity_on_a_day_without_a_plan_stands_alone_and_bad_files_store_nothing(client, outbox, monday):
    world = build_world(client, outbox)
    recorded = gpx_file(datetime(2027, 3, 6, 23, 30, tzinfo=UTC), 5, 30)
    client.put("/api/v1/athletes/me/timezone", json={"timezone": "Asia/Tokyo"}, headers=world.headers("athlete"))
    data = client.post("/api/v1/activities/import", files={"file": ("late.gpx", recorded)},
                       headers=world.headers("athlete")).json()["data"]
    assert data["date"] == "2027-03-07" and data["plan_instance_id"] is None  # already Sunday in Tokyo
    for name, content in [("run.gpx", b"<gpx>"), ("run.doc", b"hello"), ("run.fit", b"")]:
        refused = client.post("/api/v1/activities/import", files={"file": (name, content)},
                              headers=world.headers("athlete"))
        assert refused.status_code == 400 and refused.json()["details"]["field"] == "file"
    assert len(activities(client, world, "athlete")) == 1


def test_hostile_and_oversized_files_are_refused_and_store_nothing(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assign(client, world, plan_id, user_ids=[world.ids["athlete"]])
    day = datetime(2027, 3, 4, 6, 0, tzinfo=UTC)
    for name, content, code in [("run.gpx", billion_laughs_gpx(day), "XML_DECLARATION_REFUSED"),
                                ("run.tcx", doctype_tcx(day), "XML_DECLARATION_REFUSED"),
                                ("run.gpx", oversized_gpx(day, MAX_BYTES + 1), "FILE_TOO_LARGE")]:
        refused = client.post("/api/v1/activities/import", files={"file": (name, content)},
                              headers=world.headers("athlete"))
        assert refused.status_code == 400, refused.text
        assert refused.json()["details"] == {"code": code, "field": "file"}
        anonymous = client.post("/api/v1/activities/import", files={"file": (name, content)})
        assert anonymous.status_code == 401
    assert [a["status"] for a in activities(client, world, "athlete")] == ["scheduled", "scheduled", "scheduled"]
    stranger = client.post("/api/v1/activities/import", files={"file": ("run.gpx", gpx_file(day, 5, 30))},
                           data={"user_id": world.ids["athlete"]}, headers=world.headers("other_head"))
    assert stranger.status_code == 404


def test_manual_activities_and_their_rules(client, outbox, monday):
    world = build_world(client, outbox)
    created = client.post("/api/v1/activities", headers=world.headers("head"), json={
        "user_id": world.ids["athlete"], "activity_name": "Parkrun", "activity_type": "run", "date": "2027-02-27",
        "distance_in_meters": 5000, "duration_in_seconds": 1200, "perceived_effort": 8})
    assert created.status_code == 201 and created.json()["data"]["status"] == "completed"
    assert created.json()["data"]["source"] == "manual"
    activity_id = created.json()["data"]["activity_id"]
    for who, status in [("athlete", 200), ("assistant", 200), ("other_athlete", 404), ("other_head", 404)]:
        assert client.get(f"/api/v1/activities/{activity_id}", headers=world.headers(who)).status_code == status
    assert client.get(f"/api/v1/activities/{activity_id}").status_code == 401
    for body, field in [({"activity_name": "x", "activity_type": "run", "date": "2027-03-01",
                          "duration_in_seconds": 86_401}, "duration_in_seconds"),
                        ({"activity_name": "x", "activity_type": "rowing", "date": "2027-03-01"}, "activity_type"),
                        ({"activity_type": "run", "date": "2027-03-01"}, "activity_name"),
                        ({"activity_name": "x", "activity_type": "run"}, "date"),
                        ({"activity_name": "x", "activity_type": "run", "date": "2027-03-01",
                          "perceived_effort": 11}, "perceived_effort")]:
        refused = client.post("/api/v1/activities", json=body, headers=world.headers("athlete"))
        assert refused.status_code == 400 and refused.json()["details"]["field"] == field, body
    stranger = client.post("/api/v1/activities", headers=world.headers("other_head"), json={
        "user_id": world.ids["athlete"], "activity_name": "x", "activity_type": "run", "date": "2027-03-01"})
    assert stranger.status_code == 404
    assert client.delete(f"/api/v1/activities/{activity_id}", headers=world.headers("other_athlete")).status_code == 404
    assert client.delete(f"/api/v1/activities/{activity_id}", headers=world.headers("athlete")).status_code == 200
    assert activities(client, world, "athlete") == []


@pytest.mark.parametrize("workout_name, expected", [
    ("インターバル 6×800", "2027-03-02-インターバル-6-800"), ("🏃 Tempo 🔥", "2027-03-02-🏃-tempo-🔥")])
def test_downloads_of_workouts_named_in_any_script_keep_their_name(client, outbox, monday, workout_name, expected):
    world = build_world(client, outbox)
    assign(client, world, make_plan(client, world, workout_name=workout_name), user_ids=[world.ids["athlete"]])
    activity_id = activities(client, world, "athlete")[0]["activity_id"]
    downloaded = {}
    for kind in ("fit", "zwo"):
        answer = client.get(f"/api/v1/activities/{activity_id}/workout.{kind}", headers=world.headers("athlete"))
        assert answer.status_code == 200, answer.text
        downloaded[kind] = answer.content
        disposition = answer.headers["Content-Disposition"]
        assert disposition.isascii() and disposition.startswith("attachment; filename=\"2027-03-02")
        assert unquote(disposition.split("filename*=UTF-8''", 1)[1]) == f"{expected}.{kind}"
    messages, errors = Decoder(Stream.from_byte_array(bytearray(downloaded["fit"]))).read()
    assert errors == [] and messages["workout_mesgs"][0]["wkt_name"] == workout_name
    assert workout_name.encode() in downloaded["zwo"]


def test_workout_downloads_say_what_was_simplified(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assign(client, world, plan_id, user_ids=[world.ids["athlete"]])
    activity_id = activities(client, world, "athlete")[0]["activity_id"]
    fit = client.get(f"/api/v1/activities/{activity_id}/workout.fit", headers=world.headers("athlete"))
    assert fit.status_code == 200 and "X-Nexrex-Simplified" not in fit.headers
    messages, errors = Decoder(Stream.from_byte_array(bytearray(fit.content))).read()
    assert errors == []
    steps = messages["workout_step_mesgs"]
    assert messages["workout_mesgs"][0]["wkt_name"] == "6 x 800"
    assert [s["duration_type"] for s in steps] == ["distance", "distance", "distance", "repeat_until_steps_cmplt",
                                                  "distance"]
    assert steps[3]["repeat_steps"] == 6 and steps[1]["duration_distance"] == 800
    client.put(f"/api/v1/athletes/{world.ids['athlete']}/fitness", headers=world.headers("assistant"),
               json={"race_distance_in_meters": 10000, "race_time_in_seconds": 2700})
    fit = client.get(f"/api/v1/activities/{activity_id}/workout.fit", headers=world.headers("athlete"))
    fast = Decoder(Stream.from_byte_array(bytearray(fit.content))).read()[0]["workout_step_mesgs"][1]
    assert fast["target_type"] == "speed" and fast["custom_target_speed_high"] > fast["custom_target_speed_low"] > 3.5
    zwo = client.get(f"/api/v1/activities/{activity_id}/workout.zwo", headers=world.headers("athlete"))
    assert zwo.status_code == 200 and b"<IntervalsT" in zwo.content and b'Repeat="6"' in zwo.content
    assert "Zwift" in zwo.headers["X-Nexrex-Simplified"]
    assert client.get(f"/api/v1/activities/{activity_id}/workout.fit",
                      headers=world.headers("other_head")).status_code == 404


def test_the_private_calendar_feed(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assign(client, world, plan_id, user_ids=[world.ids["athlete"]])
    url = client.post("/api/v1/athletes/me/calendar", headers=world.headers("athlete")).json()["data"]["url"]
    path = url.split("localhost:3000", 1)[1] if "localhost:3000" in url else "/" + url.split("/", 3)[3]
    feed = client.get(path)
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    events = [c for c in Calendar.from_ical(feed.content).walk("VEVENT")]
    assert [str(e["summary"]) for e in events][0].startswith("6 x 800")
    assert [e.decoded("dtstart").isoformat() for e in events] == ["2027-03-02", "2027-03-04", "2027-03-14"]
    again = client.post("/api/v1/athletes/me/calendar", headers=world.headers("athlete"))
    assert again.status_code == 409 and again.json()["details"]["code"] == "CALENDAR_EXISTS"
    assert client.get(path).status_code == 200
    fresh = client.post("/api/v1/athletes/me/calendar", params={"reset": "true"},
                        headers=world.headers("athlete")).json()["data"]["url"]
    assert fresh != url and client.get(path).status_code == 404
    raw = fresh.rsplit("/", 1)[1].removesuffix(".ics")
    with session_scope() as session:
        stored = session.get(User, world.ids["athlete"]).calendar_token
    assert stored != raw and raw not in stored and len(stored) == 64  # only a hash is kept
    fresh_path = "/" + fresh.split("/", 3)[3]
    assert client.get(fresh_path).status_code == 200


ACTORS = ("anonymous", "athlete", "assistant", "head", "other_head")
ENDPOINTS = [
    # (name, method, path, body, expected for each of ACTORS); the activity belongs to "athlete"
    ("list the athlete's activities", "get", "/activities?user_id={athlete}", None, (401, 200, 200, 200, 404)),
    ("read an activity", "get", "/activities/{activity}", None, (401, 200, 200, 200, 404)),
    ("update an activity", "put", "/activities/{activity}", {"notes": "Windy"}, (401, 200, 200, 200, 404)),
    ("download its workout", "get", "/activities/{activity}/workout.fit", None, (401, 200, 200, 200, 404)),
    ("delete an activity", "delete", "/activities/{activity}", None, (401, 200, 200, 200, 404)),
    ("list plan instances", "get", "/training/plan-instances?user_id={athlete}", None, (401, 200, 200, 200, 404)),
    ("set the athlete's paces", "put", "/athletes/{athlete}/fitness", {"ftp_watts": 200}, (401, 200, 200, 200, 404)),
    ("assign the plan", "post", "/training/plans/{plan}/assign",
     {"start_date": "2027-03-08", "user_ids": ["{athlete}"], "allow_overlap": True}, (401, 403, 201, 201, 404)),
    ("unassign the plan", "delete", "/training/plan-instances/{instance}", None, (401, 404, 200, 200, 404)),
]


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("name, method, path, body, expected", ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_activity_permission_matrix(client, outbox, monday, actor, name, method, path, body, expected):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    [instance] = assign(client, world, plan_id, user_ids=[world.ids["athlete"]]).json()["data"]["plan_instance_ids"]
    activity = activities(client, world, "athlete")[0]["activity_id"]
    values = {"athlete": world.ids["athlete"], "activity": activity, "plan": plan_id, "instance": instance}
    filled = path.format(**values)
    payload = None if body is None else {
        k: ([v.format(**values) for v in val] if isinstance(val, list) else val) for k, val in body.items()}
    answer = client.request(method.upper(), "/api/v1" + filled, json=payload, headers=world.headers(actor))
    want = expected[ACTORS.index(actor)]
    assert answer.status_code == want, f"{name} as {actor}: {answer.status_code} {answer.text[:200]}"


@pytest.mark.parametrize(("figures", "field"), [
    ({"ftp_watts": 5000}, "ftp_watts"),
    ({"css_seconds_per_100m": 10}, "css_seconds_per_100m"),
    ({"race_distance_in_meters": 10000}, "race_time_in_seconds"),
    ({"race_distance_in_meters": 10000, "race_time_in_seconds": 20}, "race_time_in_seconds"),
])
def test_out_of_range_figures_are_refused_and_the_saved_ones_stay(client, outbox, figures, field):
    world = build_world(client, outbox)
    url = f"/api/v1/athletes/{world.ids['athlete']}/fitness"
    assert client.put(url, headers=world.headers("head"), json={"ftp_watts": 250}).status_code == 200
    refused = client.put(url, headers=world.headers("head"), json=figures)
    assert refused.status_code == 400 and refused.json()["details"]["field"] == field
    with session_scope() as session:
        assert session.get(User, world.ids["athlete"]).fitness == {"ftp_watts": 250}


def test_a_skip_is_undone_while_its_day_is_ahead(client, outbox, monday):
    world = build_world(client, outbox)
    assign(client, world, make_plan(client, world), user_ids=[world.ids["athlete"]])
    tuesday, thursday, _ = [a["activity_id"] for a in activities(client, world, "athlete")]
    headers = world.headers("athlete")
    for activity_id in (tuesday, thursday):
        client.put(f"/api/v1/activities/{activity_id}", headers=headers, json={"status": "skipped"})
    undone = client.put(f"/api/v1/activities/{thursday}", headers=headers, json={"status": "scheduled"})
    assert undone.status_code == 200 and undone.json()["data"]["status"] == "scheduled"
    monday.advance(timedelta(days=2))  # Wednesday: Tuesday has passed
    late = client.put(f"/api/v1/activities/{tuesday}", headers=headers, json={"status": "scheduled"})
    assert late.status_code == 400 and late.json()["details"] == {"code": "DAY_PASSED", "field": "status"}
    assert [a["status"] for a in activities(client, world, "athlete")] == ["skipped", "scheduled", "scheduled"]


def test_an_unknown_time_zone_is_refused_and_changes_nothing(client, outbox, monday):
    world = build_world(client, outbox)
    for zone in ("Mars/Olympus_Mons", "x" * 5000, ""):
        refused = client.put("/api/v1/athletes/me/timezone", json={"timezone": zone}, headers=world.headers("athlete"))
        assert refused.status_code == 400 and refused.json()["details"]["field"] == "timezone", zone
    saved = client.put("/api/v1/athletes/me/timezone", json={"timezone": "Pacific/Chatham"},
                       headers=world.headers("athlete"))
    assert saved.status_code == 200 and saved.json()["data"] == {"timezone": "Pacific/Chatham"}


def test_an_overlapping_plan_is_refused_until_the_coach_confirms(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assert assign(client, world, plan_id, user_ids=[world.ids["athlete"]]).status_code == 201

    refused = assign(client, world, plan_id, start_date="2027-03-08", user_ids=[world.ids["athlete"]])
    assert refused.status_code == 409
    assert refused.json()["details"] == {"code": "PLAN_OVERLAP", "field": "allow_overlap"}
    assert "Two weeks from 2027-03-01 to 2027-03-14" in refused.json()["error"]
    assert "2027-03-08 to 2027-03-14" in refused.json()["error"]
    assert len(activities(client, world, "athlete")) == 3  # nothing was added

    after = assign(client, world, plan_id, start_date="2027-03-15", user_ids=[world.ids["athlete"]])
    assert after.status_code == 201  # the day after the first plan ends overlaps nothing
    confirmed = assign(client, world, plan_id, start_date="2027-03-08", user_ids=[world.ids["athlete"]],
                       allow_overlap=True)
    assert confirmed.status_code == 201
    assert len(activities(client, world, "athlete")) == 9
    wrong = assign(client, world, plan_id, user_ids=[world.ids["athlete"]], allow_overlap="please")
    assert wrong.status_code == 400 and wrong.json()["details"]["field"] == "allow_overlap"


def test_an_unassigned_plan_no_longer_overlaps(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    [instance_id] = assign(client, world, plan_id, user_ids=[world.ids["athlete"]]).json()["data"]["plan_instance_ids"]
    client.delete(f"/api/v1/training/plan-instances/{instance_id}", headers=world.headers("head"))
    assert assign(client, world, plan_id, user_ids=[world.ids["athlete"]]).status_code == 201


def test_the_plan_lists_its_assignments_to_the_coaches_own_athletes(client, outbox, monday):
    world = build_world(client, outbox)
    plan_id = make_plan(client, world)
    assign(client, world, plan_id, user_ids=[world.ids["athlete"]])
    assign(client, world, plan_id, start_date="2027-03-22", user_ids=[world.ids["other_athlete"]])

    def listed(who):
        answer = client.get(f"/api/v1/training/plans/{plan_id}/assignments", headers=world.headers(who))
        return answer.status_code, answer.json().get("data")

    status, rows = listed("head")
    assert status == 200
    assert [(r["user_id"], r["start_date"], r["end_date"], r["status"]) for r in rows] == [
        (world.ids["athlete"], "2027-03-01", "2027-03-14", "active"),
        (world.ids["other_athlete"], "2027-03-22", "2027-04-04", "upcoming")]
    assert all(r["athlete_name"] for r in rows)
    status, rows = listed("assistant")  # the assistant coaches only the first athlete
    assert [r["user_id"] for r in rows] == [world.ids["athlete"]]
    assert listed("athlete")[0] == 403
    assert listed("other_head")[0] == 404
    monday.advance(timedelta(days=21))  # past the first plan's end, into the second's (a fresh sign-in)
    world.tokens["head"] = client.post("/api/v1/auth/login", json={
        "email": "head@example.com", "password": PASSWORD}).json()["access_token"]
    assert [r["status"] for r in listed("head")[1]] == ["finished", "active"]
    client.delete(f"/api/v1/training/plan-instances/{rows[0]['plan_instance_id']}", headers=world.headers("head"))
    assert [r["user_id"] for r in listed("head")[1]] == [world.ids["other_athlete"]]


def test_openapi_documents_the_overlap_answer(client):
    document = client.get("/api/v1/openapi.json").json()
    assign_operation = document["paths"]["/api/v1/training/plans/{plan_id}/assign"]["post"]
    assert "PLAN_OVERLAP" in assign_operation["responses"]["409"]["description"]
    body = document["components"]["schemas"]["AssignBody"]["properties"]
    assert "allow_overlap" in body and body["allow_overlap"]["type"] == "boolean"
