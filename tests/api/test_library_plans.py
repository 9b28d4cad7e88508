"""The Training Plans API, as its documentation shows it: examples replayed verbatim, every filter,
keyset paging, summary mode, the feature gate, visibility, roles and bad input."""

import base64
import os
import subprocess
import sys

from nexrex_app.settings import PROJECT_ROOT, settings
from tests.api.test_library_workouts import INTERVALS, SEED_WORKOUT, as_caller
from tests.support.accounts import sign_up
from tests.support.world import build_world

PLANS = "/api/v1/training/plans"
SEED_PLAN = {
    "training_plan_name": "12-Week Half Marathon",
    "training_plan_description": "A progressive build for first-time half marathoners.",
    "type": "run",
    "level": "basic",
    "duration_in_weeks": 12,
    "visibility": "public",
    "user_id": "usr_abc123",
}
LIST_FIELDS = {"training_plan_id", "training_plan_name", "training_plan_description", "type", "level",
               "duration_in_weeks", "visibility", "org_id", "creator_name", "image_url", "created_at", "updated_at"}


def make_plan(client, world, who="head", **fields) -> str:
    body = {**SEED_PLAN, "user_id": world.ids[who], **fields}
    answer = client.post(PLANS, json=body, headers=world.headers(who))
    assert answer.status_code == 201, answer.text
    return answer.json()["training_plan_id"]


def library_workout(client, world, who="head", **fields) -> str:
    body = {**as_caller(INTERVALS, world, who), "visibility": "org", **fields}
    return client.post("/api/v1/training/workouts", json=body, headers=world.headers(who)).json()["workout_id"]


def test_the_documented_examples_replayed(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    created = client.post(PLANS, json={**SEED_PLAN, "user_id": world.ids["head"]}, headers=head)
    assert created.status_code == 201
    assert created.json()["message"] == "Training plan created successfully."
    plan_id = created.json()["training_plan_id"]
    assert plan_id.startswith("plan_")
    make_plan(client, world, level="intermediate", training_plan_name="Intermediate 10K")

    listed = client.get(PLANS, params={"type": "run", "level": "intermediate", "limit": 20}, headers=head)
    assert listed.status_code == 200
    page = listed.json()
    assert set(page) == {"data", "next_cursor", "has_more"} and page["has_more"] is False
    assert [p["training_plan_name"] for p in page["data"]] == ["Intermediate 10K"]
    item = page["data"][0]
    assert set(item) >= LIST_FIELDS
    assert item["creator_name"] == "head" and item["org_id"] == world.org_a
    assert isinstance(item["created_at"], int) and item["created_at"] > 1_700_000_000_000

    got = client.get(f"{PLANS}/{plan_id}", headers=head).json()
    assert got["training_plan_id"] == plan_id and got["training_plan_name"] == SEED_PLAN["training_plan_name"]
    assert got["content"] == [] and len(got["weekly_info"]) == 12
    assert got["weekly_info"][0] == {"week": 1, "distance_in_meters": 0, "duration_in_seconds": 0, "workouts": 0,
                                     "notes": ""}

    updated = client.put(f"{PLANS}/{plan_id}", headers=head,
                         json={"training_plan_name": "12-Week Half Marathon — Updated", "level": "intermediate"})
    assert updated.status_code == 200 and updated.json() == {"training_plan_id": plan_id, "status": "ok"}
    got = client.get(f"{PLANS}/{plan_id}", headers=head).json()
    assert got["training_plan_name"] == "12-Week Half Marathon — Updated" and got["level"] == "intermediate"
    assert got["type"] == "run" and got["duration_in_weeks"] == 12

    deleted = client.delete(f"{PLANS}/{plan_id}", headers=head)
    assert deleted.status_code == 200 and deleted.json() == {"training_plan_id": plan_id, "status": "ok"}
    assert client.get(f"{PLANS}/{plan_id}", headers=head).status_code == 404


def test_without_limit_the_list_is_a_bare_array(client, outbox):
    world = build_world(client, outbox)
    make_plan(client, world)
    listed = client.get(PLANS, headers=world.headers("head")).json()
    assert isinstance(listed, list) and len(listed) == 1 and "content" in listed[0]


def test_content_weekly_info_and_preferred_days(client, outbox):
    world = build_world(client, outbox)
    tempo = client.post("/api/v1/training/workouts", json=as_caller(SEED_WORKOUT, world, "head"),
                        headers=world.headers("head")).json()["workout_id"]
    plan_id = make_plan(client, world, duration_in_weeks=2, training_plan_prefer_day={
        "Monday": "Rest", "Tuesday": "tempo-run", "Sunday": "long-run"}, content=[
        {"week": 2, "day": "Sunday", **{k: v for k, v in INTERVALS.items()}},
        {"week": 1, "day": "Tuesday", "source_workout_id": tempo},
        {"week": 1, "day": "Thursday", "source_workout_id": tempo, "target_distance_in_meters": 12000,
         "workout_name": "Long tempo", "workout_type": "run", "workout_sub_type": "tempo-run",
         "content_blocks": SEED_WORKOUT["content_blocks"]},
    ], weekly_info=[{"week": 1, "notes": "Settle in."}])
    plan = client.get(f"{PLANS}/{plan_id}", headers=world.headers("head")).json()
    assert plan["training_plan_prefer_day"] == {"Monday": "Rest", "Tuesday": "tempo-run", "Sunday": "long-run"}
    assert [(i["week"], i["day"]) for i in plan["content"]] == [(1, "Tuesday"), (1, "Thursday"), (2, "Sunday")]
    first = plan["content"][0]
    assert first["workout_name"] == "Tuesday Tempo" and first["source_workout_id"] == tempo
    assert first["sync_status"] == "current" and first["content_blocks"] == SEED_WORKOUT["content_blocks"]
    assert "source_workout_id" not in plan["content"][2]
    assert plan["weekly_info"][0] == {"week": 1, "distance_in_meters": 22000, "duration_in_seconds": 0,
                                      "workouts": 2, "notes": "Settle in."}
    assert plan["weekly_info"][1]["distance_in_meters"] == 10800


def test_template_sync_shows_and_pulls_out_of_date_items(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    workout_id = library_workout(client, world)
    plan_id = make_plan(client, world, duration_in_weeks=1, content=[
        {"week": 1, "day": "Tuesday", "source_workout_id": workout_id},
        {"week": 1, "day": "Friday", "source_workout_id": workout_id}])
    client.put(f"/api/v1/training/workouts/{workout_id}", headers=head, json={"workout_name": "6 x 800 (faster)"})
    plan = client.get(f"{PLANS}/{plan_id}", headers=head).json()
    assert [i["sync_status"] for i in plan["content"]] == ["outdated", "outdated"]
    one = client.post(f"{PLANS}/{plan_id}/sync", headers=head, json={"items": [1]}).json()
    assert [i["sync_status"] for i in one["content"]] == ["outdated", "current"]
    assert one["content"][1]["workout_name"] == "6 x 800 (faster)" and one["content"][0]["workout_name"] == "6 x 800"
    everything = client.post(f"{PLANS}/{plan_id}/sync", headers=head, json={}).json()
    assert [i["sync_status"] for i in everything["content"]] == ["current", "current"]
    assert client.post(f"{PLANS}/{plan_id}/sync", headers=head, json={"items": [5]}).status_code == 400
    client.delete(f"/api/v1/training/workouts/{workout_id}", headers=head)
    plan = client.get(f"{PLANS}/{plan_id}", headers=head).json()
    assert [i["sync_status"] for i in plan["content"]] == ["detached", "detached"]
    assert plan["content"][0]["workout_name"] == "6 x 800 (faster)"


def test_each_filter(client, outbox):
    world = build_world(client, outbox)
    make_plan(client, world, training_plan_name="Base Builder", type="bike", level="advanced", visibility="org")
    make_plan(client, world, training_plan_name="Swim Starter", type="swim", visibility="private",
              training_plan_description="Learn to love the pool")
    make_plan(client, world, who="assistant", training_plan_name="Assistant 5K", visibility="org")

    def names(who="head", **params):
        answer = client.get(PLANS, params=params, headers=world.headers(who))
        assert answer.status_code == 200, answer.text
        return sorted(p["training_plan_name"] for p in answer.json())

    assert names(type="bike") == ["Base Builder"]
    assert names(level="advanced") == ["Base Builder"]
    assert names(visibility="private") == ["Swim Starter"]
    assert names(owner_id=world.ids["assistant"]) == ["Assistant 5K"]
    assert names(search="POOL") == ["Swim Starter"]
    assert names(search="builder") == ["Base Builder"]
    assert names(org_id=world.org_a) == ["Assistant 5K", "Base Builder", "Swim Starter"]
    assert names("assistant") == ["Assistant 5K", "Base Builder"]
    assert names("other_head") == []
    for params, field in [({"type": "yoga"}, "type"), ({"level": "elite"}, "level"),
                          ({"visibility": "secret"}, "visibility"), ({"limit": 0}, "limit"),
                          ({"limit": 51}, "limit"), ({"limit": "ten"}, "limit"), ({"summary": "maybe"}, "summary")]:
        answer = client.get(PLANS, params=params, headers=world.headers("head"))
        assert answer.status_code == 400 and answer.json()["details"]["field"] == field, params
    assert client.get(PLANS, params={"org_id": world.org_b}, headers=world.headers("head")).status_code == 404


def test_cursor_paging_is_stable_while_plans_are_added(client, outbox, clock):
    world = build_world(client, outbox)
    from datetime import timedelta
    made = []
    for n in range(7):
        clock.advance(timedelta(seconds=1))
        made.append(make_plan(client, world, training_plan_name=f"Plan {n}"))
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get(PLANS, params=params, headers=world.headers("head")).json()
        seen += [p["training_plan_id"] for p in page["data"]]
        pages += 1
        if pages == 1:
            clock.advance(timedelta(seconds=1))
            make_plan(client, world, training_plan_name="Added while paging")
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        cursor = page["next_cursor"]
        base64.urlsafe_b64decode(cursor)
    assert seen == list(reversed(made)) and pages == 3
    for bad in ("not-a-cursor", base64.urlsafe_b64encode(b'["x", 1]').decode()):
        answer = client.get(PLANS, params={"limit": 3, "cursor": bad}, headers=world.headers("head"))
        assert answer.status_code == 400 and answer.json()["details"]["field"] == "cursor"


def test_summary_leaves_out_the_content(client, outbox):
    world = build_world(client, outbox)
    make_plan(client, world, duration_in_weeks=1, content=[{"week": 1, "day": "Monday", **INTERVALS}])
    item = client.get(PLANS, params={"summary": "true"}, headers=world.headers("head")).json()[0]
    assert "content" not in item and set(item) >= LIST_FIELDS
    full = client.get(PLANS, params={"summary": "false"}, headers=world.headers("head")).json()[0]
    assert len(full["content"]) == 1


def test_the_plan_library_feature_gate(client, outbox):
    world = build_world(client, outbox)
    denied = client.get(PLANS, headers=world.headers("athlete"))
    assert denied.status_code == 403 and denied.json()["details"]["code"] == "FEATURE_DISABLED"
    cli = [sys.executable, "-m", "nexrex_app.cli", "features"]
    env_run = {"cwd": PROJECT_ROOT, "capture_output": True, "text": True,
               "env": {**os.environ, "REFLEX_DB_URL": settings.database_url}}
    done = subprocess.run([*cli, "enable", "--user", world.ids["athlete"], "training_plan_library"], **env_run)
    assert done.returncode == 0, done.stderr
    assert client.get(PLANS, headers=world.headers("athlete")).status_code == 200
    done = subprocess.run([*cli, "disable", "--user", world.ids["head"], "training_plan_library"], **env_run)
    assert done.returncode == 0
    assert client.get(PLANS, headers=world.headers("head")).status_code == 403
    listed = subprocess.run([*cli, "list", "--user", world.ids["head"]], **env_run)
    assert "training_plan_library: off" in listed.stdout
    wrong = subprocess.run([*cli, "enable", "--user", world.ids["head"], "teleport"], **env_run)
    assert wrong.returncode == 2 and "features are" in wrong.stderr


def test_visibility_a_private_plan_of_another_coach_is_invisible(client, outbox):
    world = build_world(client, outbox)
    private = make_plan(client, world, visibility="private")
    org_plan = make_plan(client, world, visibility="org")
    public = make_plan(client, world, visibility="public")
    for who, plan, status in [("assistant", private, 404), ("assistant", org_plan, 200), ("athlete", org_plan, 404),
                              ("athlete", public, 200), ("other_head", public, 404), ("head", private, 200)]:
        assert client.get(f"{PLANS}/{plan}", headers=world.headers(who)).status_code == status, (who, plan)


def test_a_coach_who_joins_a_club_as_an_athlete_still_lists_the_plans_they_shared_before(client, outbox):
    world = build_world(client, outbox)
    traveller = sign_up(client, outbox, "traveller@example.com")
    world.tokens["traveller"], world.ids["traveller"] = traveller["access_token"], traveller["user_id"]
    shared = make_plan(client, world, who="traveller", visibility="public")
    joined = client.post(f"/api/v1/organizations/{world.org_a}/members", headers=world.headers("head"),
                         json={"user_id": world.ids["traveller"], "role": "athlete"})
    assert joined.status_code == 201, joined.text
    club_plan = make_plan(client, world, visibility="public")
    listed = client.get(PLANS, headers=world.headers("traveller")).json()
    assert {plan["training_plan_id"] for plan in listed} == {shared, club_plan}
    assert client.get(f"{PLANS}/{shared}", headers=world.headers("traveller")).status_code == 200
    assert shared not in {plan["training_plan_id"] for plan in client.get(PLANS, headers=world.headers("head")).json()}


def test_role_rules_on_update_and_delete(client, outbox):
    world = build_world(client, outbox)
    heads = make_plan(client, world, visibility="org")
    assistants = make_plan(client, world, who="assistant", visibility="org")
    put = lambda who, plan, body: client.put(f"{PLANS}/{plan}", json=body, headers=world.headers(who)).status_code  # noqa: E731
    assert put("assistant", heads, {"level": "advanced"}) == 403
    assert put("assistant", assistants, {"level": "advanced"}) == 200
    assert put("assistant", assistants, {"visibility": "public"}) == 403
    assert put("head", assistants, {"visibility": "public"}) == 200
    assert put("athlete", heads, {"level": "basic"}) == 404
    assert put("other_head", heads, {"level": "basic"}) == 404
    assert client.delete(f"{PLANS}/{heads}", headers=world.headers("assistant")).status_code == 403
    assert client.delete(f"{PLANS}/{assistants}", headers=world.headers("head")).status_code == 200
    assert client.post(PLANS, json={**SEED_PLAN, "user_id": world.ids["assistant"]},
                       headers=world.headers("assistant")).status_code == 403  # public by an assistant
    assert client.post(PLANS, json={**SEED_PLAN, "user_id": world.ids["head"]},
                       headers=world.headers("assistant")).status_code == 403  # someone else's user_id
    assert client.post(PLANS, json={**SEED_PLAN, "user_id": world.ids["athlete"]},
                       headers=world.headers("athlete")).status_code == 403
    assert client.get(f"{PLANS}/{heads}").status_code == 401


def test_bad_input_on_every_field_changes_nothing(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    good = {**SEED_PLAN, "user_id": world.ids["head"], "duration_in_weeks": 2}
    cases = [
        ({"training_plan_name": ""}, "training_plan_name"),
        ({"training_plan_description": None}, "training_plan_description"),
        ({"type": "yoga"}, "type"), ({"level": "elite"}, "level"),
        ({"duration_in_weeks": 0}, "duration_in_weeks"), ({"duration_in_weeks": 53}, "duration_in_weeks"),
        ({"visibility": "system"}, "visibility"), ({"org_id": world.org_b}, "org_id"),
        ({"image_url": "javascript:alert(1)"}, "image_url"),
        ({"training_plan_prefer_day": {"Funday": "Rest"}}, "training_plan_prefer_day.Funday"),
        ({"content": [{"week": 3, "day": "Monday", **INTERVALS}]}, "content[0].week"),
        ({"content": [{"week": 1, "day": "Someday", **INTERVALS}]}, "content[0].day"),
        ({"content": [{"week": 1, "day": "Monday", "source_workout_id": "wkt_ghost"}]}, "content[0].source_workout_id"),
        ({"content": [{"week": 1, "day": "Monday", "workout_name": "x", "workout_type": "run",
                       "workout_sub_type": "easy-run", "content_blocks": [{"type": "run", "block_pace": "z7",
                                                                           "block_distance_in_meters": 100}]}]},
         "content[0].content_blocks[0].block_pace"),
        ({"weekly_info": [{"week": 9, "notes": "?"}]}, "weekly_info[0].week"),
        ({"surprise": True}, "surprise"),
    ]
    for change, field in cases:
        answer = client.post(PLANS, json={**good, **change}, headers=head)
        assert answer.status_code in (400, 404), (field, answer.text)
        assert answer.json()["details"]["field"] == field, (field, answer.json())
    missing = {k: v for k, v in good.items() if k != "level"}
    assert client.post(PLANS, json=missing, headers=head).json()["details"]["field"] == "level"
    assert client.get(PLANS, headers=head).json() == []

    plan_id = make_plan(client, world, duration_in_weeks=2)
    for change, field in [({"duration_in_weeks": "many"}, "duration_in_weeks"), ({"level": "pro"}, "level"),
                          ({"content": [{"week": 1}]}, "content[0].day")]:
        answer = client.put(f"{PLANS}/{plan_id}", json=change, headers=head)
        assert answer.status_code == 400 and answer.json()["details"]["field"] == field
    assert client.get(f"{PLANS}/{plan_id}", headers=head).json()["level"] == "basic"
