"""The workout library: the seed's examples verbatim, nested blocks, visibility and roles."""

import copy

from tests.support.world import build_world

SEED_WORKOUT = {
    "workout_name": "Tuesday Tempo",
    "workout_type": "run",
    "workout_sub_type": "tempo-run",
    "user_id": "usr_abc123",
    "target_distance_in_meters": 10000,
    "visibility": "org",
    "content_blocks": [
        {"type": "warm-up", "block_distance_in_meters": 1600, "block_pace": "z1", "block_length_target": "distance",
         "block_intensity_target": "pace"},
        {"type": "run", "block_distance_in_meters": 6400, "block_pace": "z3", "block_length_target": "distance",
         "block_intensity_target": "pace"},
        {"type": "cool-down", "block_distance_in_meters": 2000, "block_pace": "z1", "block_length_target": "distance",
         "block_intensity_target": "pace"},
    ],
}
INTERVALS = {
    "workout_name": "6 x 800", "workout_type": "run", "workout_sub_type": "interval-run",
    "content_blocks": [
        {"type": "warm-up", "block_distance_in_meters": 2000, "block_pace": "z1", "block_length_target": "distance"},
        {"type": "interval", "block_repeat": 6, "blocks": [
            {"type": "run", "block_distance_in_meters": 800, "block_pace": "z5", "block_length_target": "distance"},
            {"type": "recovery-run", "block_distance_in_meters": 400, "block_pace": "z1",
             "block_length_target": "distance"}]},
        {"type": "cool-down", "block_distance_in_meters": 1600, "block_pace": "z1", "block_length_target": "distance"},
    ],
}
WORKOUT_FIELDS = {"workout_id", "workout_name", "workout_type", "workout_sub_type", "target_distance_in_meters",
                  "target_duration_in_seconds", "content_blocks", "visibility", "creator_name"}


def as_caller(body: dict, world, who: str) -> dict:
    return {**copy.deepcopy(body), "user_id": world.ids[who]}


def test_the_seed_create_example_and_the_list_example(client, outbox):
    world = build_world(client, outbox)
    created = client.post("/api/v1/training/workouts", json=as_caller(SEED_WORKOUT, world, "head"),
                          headers=world.headers("head"))
    assert created.status_code == 201
    assert set(created.json()) == {"workout_id", "status"} and created.json()["status"] == "ok"
    workout_id = created.json()["workout_id"]
    assert workout_id.startswith("wkt_")

    listed = client.get("/api/v1/training/workouts", params={"workout_type": "run", "workout_sub_type": "tempo-run"},
                        headers=world.headers("assistant"))
    assert listed.status_code == 200 and isinstance(listed.json(), list)
    mine = [w for w in listed.json() if w["workout_id"] == workout_id]
    assert mine, "an org workout is in the org's coaches' library"
    workout = mine[0]
    assert set(workout) >= WORKOUT_FIELDS
    assert workout["target_distance_in_meters"] == 10000 and workout["target_duration_in_seconds"] == 0
    assert workout["creator_name"] == "head" and workout["visibility"] == "org"
    assert workout["content_blocks"] == SEED_WORKOUT["content_blocks"]
    assert all(w["workout_type"] == "run" and w["workout_sub_type"] == "tempo-run" for w in listed.json())
    assert any(w["visibility"] == "system" for w in listed.json())


def test_nested_repeats_and_default_targets(client, outbox):
    world = build_world(client, outbox)
    created = client.post("/api/v1/training/workouts", json=as_caller(INTERVALS, world, "head"),
                          headers=world.headers("head"))
    assert created.status_code == 201, created.text
    workout = client.get(f"/api/v1/training/workouts/{created.json()['workout_id']}",
                         headers=world.headers("head")).json()
    assert workout["target_distance_in_meters"] == 2000 + 6 * 1200 + 1600
    assert workout["visibility"] == "private"
    assert workout["content_blocks"][1]["blocks"][0]["block_pace"] == "z5"


def test_every_invalid_block_is_a_400_naming_its_path_and_nothing_is_stored(client, outbox):
    world = build_world(client, outbox)
    before = client.get("/api/v1/training/workouts", headers=world.headers("head")).json()
    cases = [
        (lambda b: b["content_blocks"][1]["blocks"][0].update(block_pace="z9"), "content_blocks[1].blocks[0].block_pace"),
        (lambda b: b["content_blocks"][1]["blocks"][1].update(block_distance_in_meters=0),
         "content_blocks[1].blocks[1].block_distance_in_meters"),
        (lambda b: b["content_blocks"][1].update(block_repeat=99), "content_blocks[1].block_repeat"),
        (lambda b: b["content_blocks"][0].update(block_length_target="duration"),
         "content_blocks[0].block_duration_in_seconds"),
        (lambda b: b["content_blocks"][0].update(type="jog"), "content_blocks[0].type"),
        (lambda b: b["content_blocks"][0].update(tempo=1), "content_blocks[0].tempo"),
        (lambda b: b.update(content_blocks=[]), "content_blocks"),
        (lambda b: b.pop("workout_name"), "workout_name"),
        (lambda b: b.update(workout_name="  "), "workout_name"),
        (lambda b: b.update(workout_type="rowing"), "workout_type"),
        (lambda b: b.update(workout_sub_type="recovery"), "workout_sub_type"),
        (lambda b: b.update(visibility="system"), "visibility"),
        (lambda b: b.update(target_distance_in_meters=-1), "target_distance_in_meters"),
        (lambda b: b.pop("user_id"), "user_id"),
    ]
    for mutate, field in cases:
        body = as_caller(INTERVALS, world, "head")
        mutate(body)
        answer = client.post("/api/v1/training/workouts", json=body, headers=world.headers("head"))
        assert answer.status_code == 400, (field, answer.text)
        assert answer.json()["details"]["field"] == field, answer.json()
    assert client.get("/api/v1/training/workouts", headers=world.headers("head")).json() == before


def test_user_id_must_be_the_caller(client, outbox):
    world = build_world(client, outbox)
    answer = client.post("/api/v1/training/workouts", json=as_caller(INTERVALS, world, "assistant"),
                         headers=world.headers("head"))
    assert answer.status_code == 403


def test_visibility_of_workouts(client, outbox):
    world = build_world(client, outbox)
    made = {}
    for visibility in ("private", "org", "public"):
        body = {**as_caller(INTERVALS, world, "head"), "visibility": visibility, "workout_name": visibility}
        made[visibility] = client.post("/api/v1/training/workouts", json=body,
                                       headers=world.headers("head")).json()["workout_id"]

    def names(who):
        return {w["workout_name"] for w in client.get("/api/v1/training/workouts", headers=world.headers(who)).json()
                if w["visibility"] != "system"}

    assert names("head") == {"private", "org", "public"}
    assert names("assistant") == {"org", "public"}
    assert names("athlete") == {"public"}
    assert names("other_head") == set()
    for who, visibility, status in [("assistant", "private", 404), ("athlete", "org", 404),
                                    ("other_head", "public", 404), ("athlete", "public", 200)]:
        answer = client.get(f"/api/v1/training/workouts/{made[visibility]}", headers=world.headers(who))
        assert answer.status_code == status, (who, visibility)


def test_who_may_change_a_workout(client, outbox):
    world = build_world(client, outbox)
    by_assistant = client.post("/api/v1/training/workouts", headers=world.headers("assistant"),
                               json={**as_caller(INTERVALS, world, "assistant"), "visibility": "org"}).json()["workout_id"]
    by_head = client.post("/api/v1/training/workouts", headers=world.headers("head"),
                          json={**as_caller(INTERVALS, world, "head"), "visibility": "org"}).json()["workout_id"]
    path = "/api/v1/training/workouts/"
    assert client.put(path + by_head, json={"workout_name": "Mine now"}, headers=world.headers("assistant")).status_code == 403
    assert client.put(path + by_assistant, json={"workout_name": "Checked"}, headers=world.headers("head")).status_code == 200
    assert client.put(path + by_assistant, json={"visibility": "public"},
                      headers=world.headers("assistant")).status_code == 403
    assert client.post("/api/v1/training/workouts", headers=world.headers("assistant"),
                       json={**as_caller(INTERVALS, world, "assistant"), "visibility": "public"}).status_code == 403
    assert client.put(path + "wkt_system01", json={"workout_name": "Hacked"}, headers=world.headers("head")).status_code == 403
    assert client.delete(path + by_head, headers=world.headers("athlete")).status_code == 404
    updated = client.put(path + by_assistant, json={"content_blocks": INTERVALS["content_blocks"][:1]},
                         headers=world.headers("assistant"))
    assert updated.json() == {"workout_id": by_assistant, "status": "ok"}
    workout = client.get(path + by_assistant, headers=world.headers("assistant")).json()
    assert workout["target_distance_in_meters"] == 2000 and workout["version"] == 3
    assert client.delete(path + by_assistant, headers=world.headers("assistant")).json() == {
        "workout_id": by_assistant, "status": "ok"}
    assert client.get(path + by_assistant, headers=world.headers("assistant")).status_code == 404


def test_athletes_cannot_author_workouts(client, outbox):
    world = build_world(client, outbox)
    answer = client.post("/api/v1/training/workouts", json=as_caller(INTERVALS, world, "athlete"),
                         headers=world.headers("athlete"))
    assert answer.status_code == 403


def test_the_starter_library_is_there_for_a_new_organization(client, outbox):
    world = build_world(client, outbox)
    system = [w for w in client.get("/api/v1/training/workouts", headers=world.headers("other_head")).json()
              if w["visibility"] == "system"]
    assert {w["workout_type"] for w in system} == {"run", "bike", "swim"}
    assert {w["workout_sub_type"] for w in system if w["workout_type"] == "run"} == {
        "easy-run", "long-run", "tempo-run", "interval-run"}
    assert all(w["target_distance_in_meters"] or w["target_duration_in_seconds"] for w in system)
    bad_filter = client.get("/api/v1/training/workouts", params={"workout_type": "rowing"},
                            headers=world.headers("head"))
    assert bad_filter.status_code == 400 and bad_filter.json()["details"]["field"] == "workout_type"
