"""Generate with AI over the API: draft, plan, streams, permissions, library preference, the model."""

import json
import os
import re
import subprocess
import sys

import pytest

from nexrex_app.settings import PROJECT_ROOT, settings
from tests.support.model_server import ModelServer
from tests.support.world import build_world

DRAFT = "/api/v1/ai-coach/generate-draft"
PLAN = "/api/v1/ai-coach/generate-plan"
HALF = {"type": "run", "level": "intermediate", "weeks": 12, "start_date": "2027-01-04",
        "goal_race": {"event": "half_marathon", "date": "2027-03-28", "goal_time": "1:45:00"},
        "training_plan_prefer_day": {"Monday": "Rest", "Sunday": "long-run"}}
WORKOUT_FIELDS = {"week", "day", "phase", "workout_name", "workout_type", "workout_sub_type", "description",
                  "target_distance_in_meters", "target_duration_in_seconds", "content_blocks"}


def sse(text: str) -> list[tuple[str, dict]]:
    events = []
    for chunk in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in chunk.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_a_draft_then_a_plan_that_the_plans_api_takes_as_is(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    drafted = client.post(DRAFT, json=HALF, headers=head)
    assert drafted.status_code == 200, drafted.text
    data = drafted.json()["data"]
    assert set(data) == {"draft", "warnings", "training_principle", "params", "generated_at"}
    assert data["warnings"] == []  # 12 weeks is enough for a half marathon, and no recent race to weigh
    assert data["params"]["weeks"] == 12 and data["training_principle"] == "daniels"
    assert "W3 Tue" in data["draft"] and "## W12 taper" in data["draft"]
    assert "W1 Mon" not in data["draft"]  # a preferred rest day

    planned = client.post(PLAN, json={**HALF, "refined_draft": data["draft"]}, headers=head)
    assert planned.status_code == 200, planned.text
    result = planned.json()["data"]
    assert result["warnings"] == []
    workouts, weekly = result["workouts"], result["weekly_info"]
    assert all(set(w) >= WORKOUT_FIELDS for w in workouts)
    assert {w["phase"] for w in workouts} == {"base", "build", "peak", "taper"}
    assert workouts[-1]["day"] == "Sunday" and workouts[-1]["workout_name"].startswith("Race day")
    assert len(weekly) == 12 and sum(w["distance_in_meters"] for w in weekly) == sum(
        w["target_distance_in_meters"] for w in workouts)
    assert any(b.get("blocks") for w in workouts for b in w["content_blocks"])  # intervals with repeats

    saved = client.post("/api/v1/training/plans", headers=head, json={
        "training_plan_name": "Spring half", "training_plan_description": "Generated", "type": "run",
        "level": "intermediate", "duration_in_weeks": 12, "visibility": "org", "user_id": world.ids["head"],
        "content": workouts})
    assert saved.status_code == 201, saved.text


def test_an_edited_draft_is_used_and_an_unreadable_one_reports_its_lines(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    draft = client.post(DRAFT, json=HALF, headers=head).json()["data"]["draft"]
    edited = draft.replace("W1 Tue  ", "W1 Wed  ", 1)
    result = client.post(PLAN, json={**HALF, "refined_draft": edited}, headers=head).json()["data"]
    assert any(w["week"] == 1 and w["day"] == "Wednesday" for w in result["workouts"])
    broken = client.post(PLAN, json={**HALF, "refined_draft": draft + "W4 Fri  Tempo: 5 km z9\n"}, headers=head)
    assert broken.status_code == 400 and broken.json()["details"]["field"] == "refined_draft"
    assert "Line " in broken.json()["error"]
    short = client.post(PLAN, json={**HALF, "refined_draft": draft.split("## W11")[0]}, headers=head)
    assert short.status_code == 400 and short.json()["details"]["code"] == "WEEKS_MISMATCH"
    tiny = client.post(PLAN, json={**HALF, "refined_draft": "W1"}, headers=head)
    assert tiny.status_code == 400 and tiny.json()["details"]["field"] == "refined_draft"
    for path in (PLAN, f"{PLAN}/stream"):
        long_line = client.post(path, json={**HALF, "refined_draft": draft + "W4 Fri " + " " * 32_000 + "x\n"},
                                headers=head)
        assert long_line.status_code == 400 and long_line.json()["details"]["field"] == "refined_draft"
        assert long_line.json()["error"].endswith("longer than 400 characters.")
    huge = client.post(PLAN, json={**HALF, "refined_draft": draft + "# note\n" * 10_000}, headers=head)
    assert huge.status_code == 400 and huge.json()["details"] == {"code": "DRAFT_TOO_LONG", "field": "refined_draft"}


def test_the_streams_send_each_week_then_the_answer(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    answer = client.post(f"{DRAFT}/stream", json=HALF, headers=head)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/event-stream")
    events = sse(answer.text)
    assert [name for name, _ in events] == ["week"] * 12 + ["done"]
    assert [data["week"] for _, data in events[:-1]] == list(range(1, 13))
    draft = events[-1][1]["data"]["draft"]
    assert all(data["lines"] in draft for _, data in events[:-1])
    planned = sse(client.post(f"{PLAN}/stream", json={**HALF, "refined_draft": draft}, headers=head).text)
    assert [name for name, _ in planned] == ["week"] * 12 + ["done"]
    assert planned[-1][1]["data"]["workouts"] == [w for _, d in planned[:-1] for w in d["workouts"]]
    refused = client.post(f"{DRAFT}/stream", json={**HALF, "weeks": 0}, headers=head)
    assert refused.status_code == 400 and refused.json()["details"]["field"] == "weeks"


def test_who_may_generate(client, outbox):
    world = build_world(client, outbox)
    assert client.post(DRAFT, json=HALF).status_code == 401
    assert client.post(DRAFT, json=HALF, headers=world.headers("athlete")).status_code == 403
    assert client.post(DRAFT, json=HALF, headers=world.headers("assistant")).status_code == 200
    assert client.post(DRAFT, json={**HALF, "org_id": world.org_a}, headers=world.headers("other_head")).status_code == 404
    done = subprocess.run([sys.executable, "-m", "nexrex_app.cli", "features", "disable", "--org", world.org_a,
                           "coach_agent"], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          env={**os.environ, "REFLEX_DB_URL": settings.database_url})
    assert done.returncode == 0, done.stderr
    off = client.post(DRAFT, json=HALF, headers=world.headers("head"))
    assert off.status_code == 403 and off.json()["details"]["code"] == "FEATURE_DISABLED"
    assert client.post(DRAFT, json=HALF, headers=world.headers("other_head")).status_code == 200


@pytest.mark.parametrize("change, field", [
    ({"weeks": 53}, "weeks"), ({"level": "pro"}, "level"), ({"type": "rowing"}, "type"),
    ({"goal_race": {}}, "goal_race.distance_in_meters"), ({"goal_race": {"event": "moon"}}, "goal_race.event"),
    ({"goal_race": {"event": "10k", "date": "2030-01-01"}}, "goal_race.date"),
    ({"training_plan_prefer_day": {"Monday": "Nap"}}, "training_plan_prefer_day.Monday"),
    ({"fitness": {"ftp_watts": 5}}, "fitness.ftp_watts"), ({"workout_preference": "any"}, "workout_preference"),
    ({"vibe": "chill"}, "vibe"), ({"type": "swim"}, "goal_race.event"),
    ({"type": "bike", "goal_race": {"event": "olympic_swim"}}, "goal_race.event"),
])
def test_bad_parameters_name_the_field(client, outbox, change, field):
    world = build_world(client, outbox)
    answer = client.post(DRAFT, json={**HALF, **change}, headers=world.headers("head"))
    assert answer.status_code == 400 and answer.json()["details"]["field"] == field, answer.json()


def test_a_swim_plan_refuses_a_run_race_and_takes_a_swim_event(client, outbox):
    world = build_world(client, outbox)
    refused = client.post(DRAFT, json={**HALF, "type": "swim", "fitness": {"css_seconds_per_100m": "1:45"}},
                          headers=world.headers("head"))
    assert refused.status_code == 400
    assert refused.json()["details"] == {"code": "WRONG_SPORT", "field": "goal_race.event"}
    assert "half_marathon is a run race" in refused.json()["error"]
    swim = {**HALF, "type": "swim", "weeks": 6, "goal_race": {"event": "iron_swim"},
            "fitness": {"css_seconds_per_100m": "1:45"}}
    answer = client.post(DRAFT, json=swim, headers=world.headers("head"))
    assert answer.status_code == 200
    assert answer.json()["data"]["params"]["fitness"] == {"css_seconds_per_100m": 105}
    assert "Race day – 3.8 km (long-distance triathlon): 3.8 km z3" in answer.json()["data"]["draft"]  # below CSS


def test_library_preferences(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    club_tempo = client.post("/api/v1/training/workouts", headers=head, json={
        "workout_name": "Club tempo", "workout_type": "run", "workout_sub_type": "tempo-run",
        "user_id": world.ids["head"], "visibility": "org", "content_blocks": [
            {"type": "warm-up", "block_distance_in_meters": 2000, "block_pace": "z1"},
            {"type": "run", "block_distance_in_meters": 5000, "block_pace": "z4"},
            {"type": "cool-down", "block_distance_in_meters": 2000, "block_pace": "z1"}]}).json()["workout_id"]
    body = {**HALF, "weeks": 8, "goal_race": {"event": "10k"}}
    draft = client.post(DRAFT, json=body, headers=head).json()["data"]["draft"]
    generated = client.post(PLAN, json={**body, "refined_draft": draft}, headers=head).json()["data"]["workouts"]
    assert all("source_workout_id" not in w for w in generated)

    prefer = client.post(PLAN, json={**body, "refined_draft": draft, "workout_preference": "prefer_existing"},
                         headers=head).json()["data"]["workouts"]
    assert len(prefer) == len(generated)
    taken = [w for w in prefer if w.get("source_workout_id") == club_tempo]
    assert taken and all(w["workout_name"] == "Club tempo" for w in taken)
    assert [(w["week"], w["day"]) for w in prefer] == [(w["week"], w["day"]) for w in generated]

    strict = client.post(PLAN, json={**body, "refined_draft": draft, "workout_preference": "strict_existing"},
                         headers=head).json()["data"]["workouts"]
    library = [w for w in strict if not w["workout_name"].startswith("Race")]
    assert library and all(w.get("source_workout_id", "").startswith("wkt_") for w in library)
    bike = {**body, "type": "bike", "goal_race": {"distance_in_meters": 40000}}
    bike_draft = client.post(DRAFT, json=bike, headers=head).json()["data"]["draft"]
    rides = client.post(PLAN, json={**bike, "refined_draft": bike_draft, "workout_preference": "strict_existing"},
                        headers=head).json()["data"]["workouts"]
    assert all(w["workout_type"] == "bike" for w in rides)


# --- the optional language model, over real HTTP on loopback -------------------------------------


@pytest.fixture
def model(monkeypatch):
    server = ModelServer()
    server.start()
    monkeypatch.setattr(settings, "llm_base_url", server.url)
    monkeypatch.setattr(settings, "llm_api_key", "sk-test")
    monkeypatch.setattr(settings, "llm_timeout_seconds", 1.0)
    yield server
    server.stop()


def test_the_model_applies_the_coachs_instructions(client, outbox, model):
    world = build_world(client, outbox)
    body = {**HALF, "additional_prompt": "Add some hills in week 1."}
    data = client.post(DRAFT, json=body, headers=world.headers("head")).json()["data"]
    assert data["llm"] == {"applied": True}
    assert "Hills added as the coach asked." in data["draft"] and "Easy rolling" in data["draft"]
    request = model.requests[-1]
    assert request["path"] == "/v1/chat/completions" and request["authorization"] == "Bearer sk-test"
    assert "Add some hills in week 1." in request["body"]["messages"][-1]["content"]
    assert client.post(PLAN, json={**body, "refined_draft": data["draft"]},
                       headers=world.headers("head")).status_code == 200


@pytest.mark.parametrize("mode, reason", [("unsafe", "safety checks"), ("slow", "did not answer"),
                                          ("malformed", "did not answer"), ("garbage", "could not be read")])
def test_a_bad_model_answer_keeps_the_engines_draft_and_says_why(client, outbox, model, mode, reason):
    world = build_world(client, outbox)
    model.mode = mode
    engine = client.post(DRAFT, json=HALF, headers=world.headers("head")).json()["data"]["draft"]
    assert model.requests == []  # no instructions, no model
    data = client.post(DRAFT, json={**HALF, "additional_prompt": "Make it harder."},
                       headers=world.headers("head")).json()["data"]
    assert data["llm"]["applied"] is False and reason in data["llm"]["reason"]
    assert data["draft"] == engine


def test_a_plan_for_an_athlete_starts_from_their_logged_training(client, outbox):
    world = build_world(client, outbox)
    head, athlete = world.headers("head"), world.ids["athlete"]
    from datetime import date, timedelta
    for days_ago, km in ((3, 12), (6, 8), (10, 20), (13, 8), (17, 18), (24, 16), (31, 14), (38, 10), (50, 30)):
        logged = client.post("/api/v1/activities", headers=world.headers("athlete"), json={
            "activity_type": "run", "activity_name": "Run", "date": (date.today() - timedelta(days=days_ago)).isoformat(),
            "distance_in_meters": km * 1000, "duration_in_seconds": km * 330})
        assert logged.status_code == 201, logged.text
    body = {"type": "run", "level": "basic", "weeks": 12, "goal_race": {"event": "10k"}}
    drafted = client.post(DRAFT, json={**body, "user_id": athlete}, headers=head).json()["data"]
    # 106 km in the last six weeks (the 38-day-old run included, the older ones not) and a 20 km longest run
    assert drafted["params"]["fitness"] == {"weekly_distance_in_meters": 17_666, "longest_session_in_meters": 20_000}
    first_long = re.search(r"W1 Sun  Long run ([\d.]+) km", drafted["draft"])
    assert first_long and float(first_long.group(1)) >= 8   # an unknown basic runner's first long run is 5 km
    stated = client.post(DRAFT, json={**body, "user_id": athlete, "fitness": {"weekly_distance_in_meters": 30_000}},
                         headers=head).json()["data"]
    assert stated["params"]["fitness"]["weekly_distance_in_meters"] == 30_000
    stranger = client.post(DRAFT, json={**body, "user_id": world.ids["free"]}, headers=head)  # not in the club
    assert stranger.status_code in (403, 404)
