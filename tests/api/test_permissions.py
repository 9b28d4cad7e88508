"""Every organization endpoint, asked by everyone who might ask (SPEC §4 roles).

Another organization's resources answer 404; inside the organization, a step above one's role is 403.
"""

import pytest

from tests.support.world import World, build_world

ACTORS = ("anonymous", "athlete", "assistant", "head", "other_head")

# (name, method, path, body, expected status for each of ACTORS)
MATRIX = [
    ("read org", "get", "/organizations/{org_a}", None, (401, 200, 200, 200, 404)),
    ("edit org", "put", "/organizations/{org_a}", {"description": "New"}, (401, 403, 403, 200, 404)),
    ("list members", "get", "/organizations/{org_a}/members", None, (401, 403, 200, 200, 404)),
    ("add member", "post", "/organizations/{org_a}/members", {"user_id": "{free}"}, (401, 403, 403, 201, 404)),
    ("read own athlete", "get", "/organizations/{org_a}/members/{athlete}", None, (401, 403, 200, 200, 404)),
    ("read another's athlete", "get", "/organizations/{org_a}/members/{other_athlete}", None,
     (401, 403, 404, 200, 404)),
    ("label own athlete", "put", "/organizations/{org_a}/members/{athlete}", {"labels": ["Hills"]},
     (401, 403, 200, 200, 404)),
    ("label another's athlete", "put", "/organizations/{org_a}/members/{other_athlete}", {"labels": ["Hills"]},
     (401, 403, 404, 200, 404)),
    ("assign a coach", "put", "/organizations/{org_a}/members/{athlete}", {"coach_id": "{head}"},
     (401, 403, 403, 200, 404)),
    ("remove athlete", "delete", "/organizations/{org_a}/members/{other_athlete}", None, (401, 403, 403, 200, 404)),
    ("promote athlete", "put", "/organizations/{org_a}/members/{athlete}", {"role": "assistant_coach"},
     (401, 403, 403, 200, 404)),
    ("demote assistant", "put", "/organizations/{org_a}/members/{assistant}", {"role": "athlete"},
     (401, 403, 403, 200, 404)),
    ("remove assistant", "delete", "/organizations/{org_a}/members/{assistant}", None, (401, 403, 403, 200, 404)),
    ("add coach's account as coach", "post", "/organizations/{org_a}/members",
     {"user_id": "{free}", "role": "assistant_coach"}, (401, 403, 403, 201, 404)),
    ("list coaches", "get", "/organizations/{org_a}/coaches", None, (401, 403, 403, 200, 404)),
    ("add coach", "post", "/organizations/{org_a}/coaches", {"user_id": "{free}"}, (401, 403, 403, 201, 404)),
    ("remove coach", "delete", "/organizations/{org_a}/coaches/{assistant}", None, (401, 403, 403, 200, 404)),
    ("list invitations", "get", "/organizations/{org_a}/invitations", None, (401, 403, 403, 200, 404)),
    ("create invitation", "post", "/organizations/{org_a}/invitations", {"max_uses": 3}, (401, 403, 403, 201, 404)),
    ("revoke invitation", "delete", "/organizations/{org_a}/invitations/{invitation_a}", None,
     (401, 403, 403, 200, 404)),
    ("list API keys", "get", "/organizations/{org_a}/api-keys", None, (401, 403, 403, 200, 404)),
    ("create API key", "post", "/organizations/{org_a}/api-keys", {"name": "CI"}, (401, 403, 403, 201, 404)),
    ("revoke API key", "delete", "/organizations/{org_a}/api-keys/{key_a}", None, (401, 403, 403, 200, 404)),
    ("create group", "post", "/groups", {"name": "Track", "org_id": "{org_a}"}, (401, 403, 403, 201, 404)),
    ("read group", "get", "/groups/{group_a}", None, (401, 200, 200, 200, 404)),
    ("edit group", "put", "/groups/{group_a}", {"description": "Sunday long runs"}, (401, 403, 403, 200, 404)),
    ("group audit", "get", "/groups/{group_a}/audit", None, (401, 403, 403, 200, 404)),
    ("delete group", "delete", "/groups/{group_a}", None, (401, 403, 403, 200, 404)),
]


def fill(template, world: World):
    values = {"org_a": world.org_a, "org_b": world.org_b, "group_a": world.group_a,
              "invitation_a": world.invitation_a, "key_a": world.key_a, **world.ids}
    if isinstance(template, str):
        return template.format(**values)
    if isinstance(template, dict):
        return {key: fill(value, world) for key, value in template.items()}
    if isinstance(template, list):
        return [fill(value, world) for value in template]
    return template


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("name, method, path, body, expected", MATRIX, ids=[row[0] for row in MATRIX])
def test_permission_matrix(client, outbox, actor, name, method, path, body, expected):
    world = build_world(client, outbox)
    kwargs = {"headers": world.headers(actor)}
    if body is not None:
        kwargs["json"] = fill(body, world)
    answer = client.request(method.upper(), "/api/v1" + fill(path, world), **kwargs)
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
