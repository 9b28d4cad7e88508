"""Every organization endpoint, asked by everyone who might ask (SPEC §4 roles).

Another organization's resources answer 404; inside the organization, a step above one's role is 403.
"""

import pytest

from tests.support.world import World, build_world, shared_world

ACTORS = ("anonymous", "athlete", "upgraded", "assistant", "assistant2", "head", "api_key", "other_head")
# "athlete" is the first assistant's athlete; "upgraded" an athlete member whose account signed in to the coach
# console; "api_key" organization A's key, acting with the head coach's scope.

RUN = {"activity_name": "Easy run", "activity_type": "run", "date": "2026-11-01", "distance_in_meters": 8000,
       "duration_in_seconds": 2700}
WORKOUT = {"workout_name": "Shared tempo", "workout_type": "run", "workout_sub_type": "tempo-run", "user_id": "{me}",
           "visibility": "org", "content_blocks": [{"type": "run", "block_distance_in_meters": 5000, "block_pace": "z3",
                                                     "block_length_target": "distance",
                                                     "block_intensity_target": "pace"}]}
PLAN = {"training_plan_name": "Shared plan", "training_plan_description": "For the club", "type": "run",
        "level": "basic", "duration_in_weeks": 4, "visibility": "org", "user_id": "{me}"}

# (name, method, path, body, expected status for each of ACTORS)
MATRIX = [
    ("read org", "get", "/organizations/{org_a}", None, (401, 200, 200, 200, 200, 200, 200, 404)),
    ("edit org", "put", "/organizations/{org_a}", {"description": "New"}, (401, 403, 403, 403, 403, 200, 200, 404)),
    ("list members", "get", "/organizations/{org_a}/members", None, (401, 403, 403, 200, 200, 200, 200, 404)),
    ("add member", "post", "/organizations/{org_a}/members", {"user_id": "{free}"},
     (401, 403, 403, 403, 403, 201, 201, 404)),
    ("read own athlete", "get", "/organizations/{org_a}/members/{athlete}", None,
     (401, 403, 403, 200, 404, 200, 200, 404)),
    ("read another's athlete", "get", "/organizations/{org_a}/members/{other_athlete}", None,
     (401, 403, 403, 404, 404, 200, 200, 404)),
    ("label own athlete", "put", "/organizations/{org_a}/members/{athlete}", {"labels": ["Hills"]},
     (401, 403, 403, 200, 404, 200, 200, 404)),
    ("label another's athlete", "put", "/organizations/{org_a}/members/{other_athlete}", {"labels": ["Hills"]},
     (401, 403, 403, 404, 404, 200, 200, 404)),
    ("read the head coach's record", "get", "/organizations/{org_a}/members/{head}", None,
     (401, 403, 403, 404, 404, 200, 200, 404)),
    ("note on the head coach", "put", "/organizations/{org_a}/members/{head}", {"notes": "Bossy"},
     (401, 403, 403, 404, 404, 200, 200, 404)),
    ("label another assistant", "put", "/organizations/{org_a}/members/{assistant2}", {"labels": ["Slow"]},
     (401, 403, 403, 404, 404, 200, 200, 404)),
    ("assign a coach", "put", "/organizations/{org_a}/members/{athlete}", {"coach_id": "{head}"},
     (401, 403, 403, 403, 404, 200, 200, 404)),
    ("remove athlete", "delete", "/organizations/{org_a}/members/{other_athlete}", None,
     (401, 403, 403, 403, 403, 200, 200, 404)),
    ("promote athlete", "put", "/organizations/{org_a}/members/{athlete}", {"role": "assistant_coach"},
     (401, 403, 403, 403, 404, 200, 403, 404)),
    ("demote assistant", "put", "/organizations/{org_a}/members/{assistant}", {"role": "athlete"},
     (401, 403, 403, 404, 404, 200, 403, 404)),
    ("remove assistant", "delete", "/organizations/{org_a}/members/{assistant}", None,
     (401, 403, 403, 403, 403, 200, 403, 404)),
    ("add coach's account as coach", "post", "/organizations/{org_a}/members",
     {"user_id": "{free}", "role": "assistant_coach"}, (401, 403, 403, 403, 403, 201, 403, 404)),
    ("list coaches", "get", "/organizations/{org_a}/coaches", None, (401, 403, 403, 403, 403, 200, 200, 404)),
    ("add coach", "post", "/organizations/{org_a}/coaches", {"user_id": "{free}"},
     (401, 403, 403, 403, 403, 201, 403, 404)),
    ("remove coach", "delete", "/organizations/{org_a}/coaches/{assistant}", None,
     (401, 403, 403, 403, 403, 200, 403, 404)),
    ("list invitations", "get", "/organizations/{org_a}/invitations", None, (401, 403, 403, 403, 403, 200, 200, 404)),
    ("create invitation", "post", "/organizations/{org_a}/invitations", {"max_uses": 3},
     (401, 403, 403, 403, 403, 201, 201, 404)),
    ("create coach invitation", "post", "/organizations/{org_a}/invitations",
     {"max_uses": 1, "role": "assistant_coach"}, (401, 403, 403, 403, 403, 201, 403, 404)),
    ("revoke invitation", "delete", "/organizations/{org_a}/invitations/{invitation_a}", None,
     (401, 403, 403, 403, 403, 200, 200, 404)),
    ("list API keys", "get", "/organizations/{org_a}/api-keys", None, (401, 403, 403, 403, 403, 200, 200, 404)),
    ("create API key", "post", "/organizations/{org_a}/api-keys", {"name": "CI"},
     (401, 403, 403, 403, 403, 201, 403, 404)),
    ("revoke API key", "delete", "/organizations/{org_a}/api-keys/{key_a}", None,
     (401, 403, 403, 403, 403, 200, 403, 404)),
    ("create group", "post", "/groups", {"name": "Track", "org_id": "{org_a}"},
     (401, 403, 403, 403, 403, 201, 201, 404)),
    ("read group", "get", "/groups/{group_a}", None, (401, 200, 404, 200, 200, 200, 200, 404)),
    ("edit group", "put", "/groups/{group_a}", {"description": "Sunday long runs"},
     (401, 403, 403, 403, 403, 200, 200, 404)),
    ("group audit", "get", "/groups/{group_a}/audit", None, (401, 403, 403, 403, 403, 200, 200, 404)),
    ("delete group", "delete", "/groups/{group_a}", None, (401, 403, 403, 403, 403, 200, 200, 404)),
    ("own athlete's activities", "get", "/activities?user_id={athlete}", None,
     (401, 200, 404, 200, 404, 200, 200, 404)),
    ("the head coach's activities", "get", "/activities?user_id={head}", None,
     (401, 404, 404, 404, 404, 200, 200, 404)),
    ("another assistant's activities", "get", "/activities?user_id={assistant2}", None,
     (401, 404, 404, 404, 200, 404, 404, 404)),
    ("own athlete's training load", "get", "/athletes/{athlete}/load", None,
     (401, 200, 404, 200, 404, 200, 200, 404)),
    ("the head coach's training load", "get", "/athletes/{head}/load", None,
     (401, 404, 404, 404, 404, 200, 200, 404)),
    ("own athlete's week", "get", "/athletes/{athlete}/week", None, (401, 200, 404, 200, 404, 200, 200, 404)),
    ("the head coach's week", "get", "/athletes/{head}/week", None, (401, 404, 404, 404, 404, 200, 200, 404)),
    ("another assistant's week", "get", "/athletes/{assistant2}/week", None,
     (401, 404, 404, 404, 200, 404, 404, 404)),
    ("own athlete's compliance", "get", "/athletes/{athlete}/compliance", None,
     (401, 200, 404, 200, 404, 200, 200, 404)),
    ("the head coach's compliance", "get", "/athletes/{head}/compliance", None,
     (401, 404, 404, 404, 404, 200, 200, 404)),
    ("log a run for the head coach", "post", "/activities", {**RUN, "user_id": "{head}"},
     (401, 404, 404, 404, 404, 201, 201, 404)),
    ("log a run for own athlete", "post", "/activities", {**RUN, "user_id": "{athlete}"},
     (401, 201, 404, 201, 404, 201, 201, 404)),
    ("set the head coach's fitness", "put", "/athletes/{head}/fitness", {"ftp_watts": 250},
     (401, 404, 404, 404, 404, 200, 200, 404)),
    ("set own athlete's fitness", "put", "/athletes/{athlete}/fitness", {"ftp_watts": 250},
     (401, 200, 404, 200, 404, 200, 200, 404)),
    ("own athlete's calendar", "get", "/athletes/{athlete}/calendar?start_date=2030-01-07&end_date=2030-01-13",
     None, (401, 403, 404, 200, 404, 200, 200, 404)),
    ("another assistant's athlete's calendar", "get",
     "/athletes/{other_athlete}/calendar?start_date=2030-01-07&end_date=2030-01-13", None,
     (401, 404, 404, 404, 404, 200, 200, 404)),
    ("move own athlete's workout", "post", "/activities/{athlete_workout}/move", {"date": "2030-01-09"},
     (401, 403, 404, 200, 404, 200, 200, 404)),
    ("copy own athlete's workout", "post", "/activities/{athlete_workout}/copy", {"date": "2030-01-10"},
     (401, 403, 404, 201, 404, 201, 201, 404)),
    ("edit own athlete's scheduled workout", "put", "/activities/{athlete_workout}/workout",
     {"workout_name": "Easier tempo"}, (401, 403, 404, 200, 404, 200, 200, 404)),
    ("a library workout on own athlete's day", "post", "/athletes/{athlete}/calendar/workouts",
     {"workout_id": "{library_workout}", "date": "2030-01-11"}, (401, 403, 404, 201, 404, 201, 201, 404)),
    ("a library workout on another's athlete's day", "post", "/athletes/{other_athlete}/calendar/workouts",
     {"workout_id": "{library_workout}", "date": "2030-01-11"}, (401, 404, 404, 404, 404, 201, 201, 404)),
    ("shift own athlete's plan", "post", "/training/plan-instances/{athlete_plan}/shift", {"days": 2},
     (401, 403, 404, 200, 404, 200, 200, 404)),
    ("attention list", "get", "/attention", None, (401, 403, 403, 200, 200, 200, 200, 200)),
    ("dismiss a reason for own athlete", "post", "/attention/dismissals",
     {"user_id": "{athlete}", "reason": "no_activity"}, (401, 403, 403, 201, 404, 201, 201, 404)),
    ("read an athlete's comments", "get", "/activities/{activity_a}/comments", None,
     (401, 200, 404, 200, 404, 200, 200, 404)),
    ("comment on an athlete's run", "post", "/activities/{activity_a}/comments", {"body": "Well paced"},
     (401, 201, 404, 201, 404, 201, 201, 404)),
    ("mark an athlete's comments read", "post", "/activities/{activity_a}/comments/read", None,
     (401, 200, 404, 200, 404, 200, 200, 404)),
    ("unread comments", "get", "/comments/unread", None, (401, 200, 200, 200, 200, 200, 200, 200)),
    ("own email settings", "get", "/me/email-settings", None, (401, 200, 200, 200, 200, 200, 403, 200)),
    ("change own email settings", "put", "/me/email-settings", {"comment_emails": False},
     (401, 200, 200, 200, 200, 200, 403, 200)),
    ("share a workout with the org", "post", "/training/workouts", WORKOUT,
     (401, 403, 403, 201, 201, 201, 201, 201)),
    ("share a plan with the org", "post", "/training/plans", PLAN, (401, 403, 403, 201, 201, 201, 201, 201)),
]


def fill(template, world: World, actor: str = "anonymous"):
    me = world.ids["head"] if actor == "api_key" else world.ids.get(actor, "usr_nobody")
    values = {"org_a": world.org_a, "org_b": world.org_b, "group_a": world.group_a,
              "invitation_a": world.invitation_a, "key_a": world.key_a,
              "activity_a": world.activity_a, "me": me, **world.ids}
    if isinstance(template, str):
        return template.format(**values)
    if isinstance(template, dict):
        return {key: fill(value, world, actor) for key, value in template.items()}
    if isinstance(template, list):
        return [fill(value, world, actor) for value in template]
    return template


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("name, method, path, body, expected", MATRIX, ids=[row[0] for row in MATRIX])
def test_permission_matrix(client, outbox, db, actor, name, method, path, body, expected):
    world = shared_world(client, outbox, db)
    kwargs = {"headers": world.headers(actor)}
    if body is not None:
        kwargs["json"] = fill(body, world, actor)
    answer = client.request(method.upper(), "/api/v1" + fill(path, world, actor), **kwargs)
    want = expected[ACTORS.index(actor)]
    assert answer.status_code == want, f"{name} as {actor}: {answer.status_code} {answer.text}"
    if want >= 400:
        assert "error" in answer.json()
    if want == 401:
        assert answer.json()["error"] == "No authentication token provided"
    if want == 403:
        assert answer.json()["error"] == "Insufficient permissions"


def test_an_api_key_acts_with_the_head_coachs_scope(client, outbox):
    world = build_world(client, outbox)
    key = {"X-API-Key": world.key_a_secret}
    assert client.get(f"/api/v1/organizations/{world.org_a}/members", headers=key).status_code == 200
    assert client.get(f"/api/v1/organizations/{world.org_b}", headers=key).status_code == 404
    assert client.post(f"/api/v1/organizations/{world.org_a}/api-keys/{world.key_a}", headers=key).status_code in (
        404, 405)
    revoked = client.delete(f"/api/v1/organizations/{world.org_a}/api-keys/{world.key_a}", headers=world.headers("head"))
    assert revoked.status_code == 200
    answer = client.get(f"/api/v1/organizations/{world.org_a}/members", headers=key)
    assert answer.status_code == 401 and answer.json()["error"] == "Invalid API key"
    assert client.get(f"/api/v1/organizations/{world.org_a}/members", headers={"X-API-Key": "nxk_made_up"}
                      ).json()["error"] == "Invalid API key"


def test_the_api_key_secret_is_shown_once_and_stored_hashed(client, outbox):
    world = build_world(client, outbox)
    listed = client.get(f"/api/v1/organizations/{world.org_a}/api-keys", headers=world.headers("head")).json()["data"]
    assert [key["key_id"] for key in listed] == [world.key_a]
    assert "secret" not in listed[0] and world.key_a_secret.startswith(listed[0]["prefix"])
    from sqlmodel import Session, select

    from nexrex_app.db import get_engine
    from nexrex_app.models.organizations import ApiKey
    with Session(get_engine()) as session:
        stored = session.exec(select(ApiKey)).one()
    assert world.key_a_secret not in stored.secret_hash


def test_an_expired_api_key_stops_working(client, outbox, clock):
    from datetime import timedelta
    world = build_world(client, outbox)
    base = f"/api/v1/organizations/{world.org_a}/api-keys"
    expires = int((clock.now() + timedelta(days=1)).timestamp() * 1000)
    secret = client.post(base, json={"name": "Short", "expires_at": expires},
                         headers=world.headers("head")).json()["data"]["secret"]
    assert client.get(f"/api/v1/organizations/{world.org_a}", headers={"X-API-Key": secret}).status_code == 200
    clock.advance(timedelta(days=1))
    assert client.get(f"/api/v1/organizations/{world.org_a}", headers={"X-API-Key": secret}).status_code == 401


def test_a_leaked_api_key_cannot_mint_keys_or_let_in_coaches(client, outbox, db):
    world = shared_world(client, outbox, db)
    key = world.headers("api_key")
    base = f"/api/v1/organizations/{world.org_a}"
    minted = client.post(f"{base}/api-keys", json={"name": "Backdoor"}, headers=key)
    assert minted.status_code == 403 and minted.json()["details"]["code"] == "API_KEY_NOT_ALLOWED"
    assert client.post(f"{base}/coaches", json={"user_id": world.ids["free"]}, headers=key).status_code == 403
    listed = client.get(f"{base}/api-keys", headers=world.headers("head")).json()["data"]
    assert [k["key_id"] for k in listed] == [world.key_a]
    coaches = client.get(f"{base}/coaches", headers=world.headers("head")).json()["data"]
    assert world.ids["free"] not in {coach["user_id"] for coach in coaches}
    assert client.delete(f"{base}/api-keys/{world.key_a}", headers=world.headers("head")).status_code == 200
    assert client.get(base, headers=key).status_code == 401


def test_an_upgraded_athlete_member_writes_nothing_into_the_clubs_library(client, outbox, db):
    world = shared_world(client, outbox, db)
    upgraded = world.headers("upgraded")
    own = {**fill(WORKOUT, world, "upgraded"), "visibility": "private", "workout_name": "My own tempo"}
    created = client.post("/api/v1/training/workouts", json=own, headers=upgraded)
    assert created.status_code == 201
    workout_id = created.json()["workout_id"]
    assert client.get(f"/api/v1/training/workouts/{workout_id}", headers=upgraded).json()["org_id"] is None
    shared = client.put(f"/api/v1/training/workouts/{workout_id}", json={"visibility": "org"}, headers=upgraded)
    assert shared.status_code == 403
    for coach in ("head", "assistant"):
        library = client.get("/api/v1/training/workouts", headers=world.headers(coach)).json()
        assert "My own tempo" not in {workout["workout_name"] for workout in library}
    plan = client.post("/api/v1/training/plans", json={**fill(PLAN, world, "upgraded"), "org_id": world.org_a},
                       headers=upgraded)
    assert plan.status_code == 403


def test_an_assistant_changes_nothing_on_the_head_coach(client, outbox, db):
    world = shared_world(client, outbox, db)
    assistant, head_id = world.headers("assistant"), world.ids["head"]
    member = f"/api/v1/organizations/{world.org_a}/members/{head_id}"
    assert client.put(member, json={"notes": "Bossy", "labels": ["Slow"]}, headers=assistant).status_code == 404
    assert client.put(f"/api/v1/athletes/{head_id}/fitness", json={"ftp_watts": 100},
                      headers=assistant).status_code == 404
    seen = client.get(member, headers=world.headers("head")).json()["data"]
    assert seen["notes"] is None and seen["labels"] == []
    assert client.get("/api/v1/activities", params={"user_id": head_id},
                      headers=world.headers("head")).json()["data"] == []
