"""Members' roles: a coach's account added by user ID says how it joins; the head coach promotes an athlete to
assistant coach and back, and removes members; an API key never adds or removes coaches (SPEC §4)."""

import pytest

from tests.support.accounts import sign_up
from tests.support.world import build_world


def member_path(world, user_id: str = "") -> str:
    return f"/api/v1/organizations/{world.org_a}/members" + (f"/{user_id}" if user_id else "")


def member(client, world, who: str) -> dict:
    answer = client.get(member_path(world, world.ids[who]), headers=world.headers("head"))
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]


def test_a_coachs_account_added_by_user_id_must_say_how_it_joins(client, outbox):
    world = build_world(client, outbox)
    coach = sign_up(client, outbox, "coach.friend@example.com", role="coach")["user_id"]
    head = world.headers("head")
    asked = client.post(member_path(world), json={"user_id": coach}, headers=head)
    assert asked.status_code == 400, asked.text
    assert asked.json()["details"] == {"code": "ROLE_REQUIRED", "field": "role"}
    assert client.get(member_path(world, coach), headers=head).status_code == 404

    added = client.post(member_path(world), json={"user_id": coach, "role": "assistant_coach",
                                                  "display_name": "Coach Sam"}, headers=head)
    assert added.status_code == 201, added.text
    assert added.json()["data"]["member"]["role"] == "assistant_coach"
    assert added.json()["data"]["member"]["shown_name"] == "Coach Sam"
    coaches = client.get(f"/api/v1/organizations/{world.org_a}/coaches", headers=head).json()["data"]
    assert {c["name"] for c in coaches if c["user_id"] == coach} == {"Coach Sam"}


def test_a_coachs_account_may_join_as_an_athlete_when_the_head_coach_says_so(client, outbox):
    world = build_world(client, outbox)
    coach = sign_up(client, outbox, "runs.too@example.com", role="coach")["user_id"]
    added = client.post(member_path(world), json={"user_id": coach, "role": "athlete"}, headers=world.headers("head"))
    assert added.status_code == 201 and added.json()["data"]["member"]["role"] == "athlete"


def test_an_assistant_coach_joins_with_no_coach_and_no_group(client, outbox):
    world = build_world(client, outbox)
    refused = client.post(member_path(world), headers=world.headers("head"), json={
        "user_id": world.ids["free"], "role": "assistant_coach", "group_id": world.group_a})
    assert refused.status_code == 400 and refused.json()["details"]["field"] == "group_id"


def test_promoting_an_athlete_and_demoting_them_again(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    promoted = client.put(member_path(world, world.ids["athlete"]), json={"role": "assistant_coach"}, headers=head)
    assert promoted.status_code == 200, promoted.text
    view = promoted.json()["data"]
    assert view["role"] == "assistant_coach" and view["coach_id"] is None and view["group_ids"] == []
    me = client.get("/api/v1/auth/me", headers=world.headers("athlete")).json()
    assert me["membership_role"] == "assistant_coach" and me["roles"] == ["coach"]
    audit = client.get(f"/api/v1/groups/{world.group_a}/audit", headers=head).json()["data"]
    assert audit[-1]["action"] == "removed" and audit[-1]["user_id"] == world.ids["athlete"]

    client.put(member_path(world, world.ids["other_athlete"]), json={"coach_id": world.ids["athlete"]}, headers=head)
    demoted = client.put(member_path(world, world.ids["athlete"]), json={"role": "athlete"}, headers=head)
    assert demoted.status_code == 200 and demoted.json()["data"]["role"] == "athlete"
    assert member(client, world, "other_athlete")["coach_id"] is None


def test_promoting_an_athlete_from_settings_coaches(client, outbox):
    world = build_world(client, outbox)
    answer = client.post(f"/api/v1/organizations/{world.org_a}/coaches", json={"user_id": world.ids["other_athlete"]},
                         headers=world.headers("head"))
    assert answer.status_code == 201, answer.text
    assert answer.json()["data"]["status"] == "added"
    assert member(client, world, "other_athlete")["role"] == "assistant_coach"
    by_email = client.post(f"/api/v1/organizations/{world.org_a}/coaches", json={"email": "athlete@example.com"},
                           headers=world.headers("head"))
    assert by_email.status_code == 201 and by_email.json()["data"]["status"] == "added"


def test_demoting_an_assistant_unassigns_their_athletes(client, outbox):
    world = build_world(client, outbox)
    answer = client.put(member_path(world, world.ids["assistant"]), json={"role": "athlete"},
                        headers=world.headers("head"))
    assert answer.status_code == 200, answer.text
    assert member(client, world, "athlete")["coach_id"] is None
    assert member(client, world, "assistant")["role"] == "athlete"


@pytest.mark.parametrize("role", ["head_coach", "coach", None])
def test_only_athlete_or_assistant_coach_is_a_role(client, outbox, role):
    world = build_world(client, outbox)
    answer = client.put(member_path(world, world.ids["athlete"]), json={"role": role}, headers=world.headers("head"))
    assert answer.status_code == 400 and answer.json()["details"]["field"] == "role"
    assert member(client, world, "athlete")["role"] == "athlete"


def test_the_head_coach_keeps_their_role_and_their_place(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    demoted = client.put(member_path(world, world.ids["head"]), json={"role": "athlete"}, headers=head)
    assert demoted.status_code == 400 and demoted.json()["details"]["code"] == "HEAD_COACH_ROLE"
    removed = client.delete(member_path(world, world.ids["head"]), headers=head)
    assert removed.status_code == 400 and removed.json()["details"]["code"] == "HEAD_COACH_STAYS"


def test_removing_an_assistant_from_the_roster_unassigns_their_athletes(client, outbox):
    world = build_world(client, outbox)
    answer = client.delete(member_path(world, world.ids["assistant"]), headers=world.headers("head"))
    assert answer.status_code == 200 and answer.json()["data"] == {"user_id": world.ids["assistant"], "removed": True}
    assert member(client, world, "athlete")["coach_id"] is None
    assert client.get("/api/v1/auth/me", headers=world.headers("assistant")).json()["org_id"] is None


def test_an_api_key_adds_and_removes_athletes_but_never_coaches(client, outbox):
    world = build_world(client, outbox)
    key = {"X-API-Key": world.key_a_secret}
    base = f"/api/v1/organizations/{world.org_a}"
    refused = [
        client.post(f"{base}/coaches", json={"user_id": world.ids["free"]}, headers=key),
        client.post(f"{base}/members", json={"user_id": world.ids["free"], "role": "assistant_coach"}, headers=key),
        client.post(f"{base}/members", json={"email": "new.coach@example.com", "role": "assistant_coach"},
                    headers=key),
        client.put(f"{base}/members/{world.ids['athlete']}", json={"role": "assistant_coach"}, headers=key),
        client.put(f"{base}/members/{world.ids['assistant']}", json={"role": "athlete"}, headers=key),
        client.delete(f"{base}/members/{world.ids['assistant']}", headers=key),
        client.delete(f"{base}/coaches/{world.ids['assistant']}", headers=key),
    ]
    assert [answer.status_code for answer in refused] == [403] * len(refused)
    assert all(answer.json()["error"] == "Insufficient permissions" for answer in refused)
    assert member(client, world, "assistant")["role"] == "assistant_coach"
    assert member(client, world, "athlete")["role"] == "athlete"

    assert client.post(f"{base}/members", json={"user_id": world.ids["free"]}, headers=key).status_code == 201
    assert client.delete(f"{base}/members/{world.ids['free']}", headers=key).status_code == 200


def test_an_assistant_coach_invited_from_add_member_gets_a_coachs_invitation(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    refused = client.post(member_path(world), headers=head, json={
        "email": "new.coach@example.com", "role": "assistant_coach", "coach_id": world.ids["head"]})
    assert refused.status_code == 400 and refused.json()["details"]["field"] == "coach_id"
    sent = client.post(member_path(world), headers=head, json={"email": "new.coach@example.com",
                                                               "role": "assistant_coach"})
    assert sent.status_code == 201 and sent.json()["data"]["invitation"]["role"] == "assistant_coach"
