"""A small world for permission tests, built through the API as real clients would build it.

Organization A: a head coach, an assistant coach, the assistant's athlete (in group "Marathon
Group"), and an athlete of the head coach's. Organization B: its own head coach. Plus a person with
an account and no organization, and organization A's API key. The full world adds to organization A a
second assistant coach and an athlete member who signed in to the coach console (their account upgraded
to coach, their membership still an athlete's).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi.testclient import TestClient
from sqlalchemy import insert
from sqlmodel import SQLModel

from nexrex_app.db import make_engine

from tests.support.accounts import PASSWORD, bearer, sign_up
from tests.support.mailbox import Outbox


@dataclass
class World:
    tokens: dict[str, str] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)
    org_a: str = ""
    org_b: str = ""
    group_a: str = ""
    invitation_a: str = ""
    key_a: str = ""
    key_a_secret: str = ""
    activity_a: str = ""  # the first assistant's athlete's run, with feedback (full world)

    def headers(self, who: str) -> dict[str, str]:
        if who == "api_key":
            return {"X-API-Key": self.key_a_secret}
        return bearer(self.tokens[who]) if who in self.tokens else {}


def create_org(client: TestClient, token: str, name: str, description: str | None = None) -> str:
    answer = client.post("/api/v1/organizations", json={"name": name, "description": description},
                         headers=bearer(token))
    assert answer.status_code == 201, answer.text
    return answer.json()["data"]["organization"]["org_id"]


def upgrade_to_coach(client: TestClient, email: str) -> str:
    """An athlete signs in to the coach console: their account becomes a coach's as well."""
    answer = client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD, "console": "coach"})
    assert answer.status_code == 200, answer.text
    assert client.get("/api/v1/auth/me", headers=bearer(answer.json()["access_token"])).json()["roles"][0] == "coach"
    return answer.json()["access_token"]


def build_world(client: TestClient, outbox: Outbox) -> World:
    world = World()
    for name, role in [("head", "coach"), ("assistant", "coach"), ("athlete", "athlete"),
                       ("other_athlete", "athlete"), ("other_head", "coach"), ("free", "athlete")]:
        body = sign_up(client, outbox, f"{name}@example.com", role=role)
        world.tokens[name], world.ids[name] = body["access_token"], body["user_id"]
    world.org_a = create_org(client, world.tokens["head"], "Harbour Runners", "Road and trail club")
    world.org_b = create_org(client, world.tokens["other_head"], "Valley Tri")
    head = world.headers("head")
    base = f"/api/v1/organizations/{world.org_a}"
    assert client.post(f"{base}/coaches", json={"user_id": world.ids["assistant"]}, headers=head).status_code == 201
    added = client.post(f"{base}/members", headers=head, json={
        "user_id": world.ids["athlete"], "coach_id": world.ids["assistant"], "display_name": "Speedy",
        "labels": ["5K Focus"], "notes": "Sore knee in March"})
    assert added.status_code == 201, added.text
    added = client.post(f"{base}/members", headers=head, json={
        "user_id": world.ids["other_athlete"], "labels": ["Marathon Group"]})
    assert added.status_code == 201, added.text
    group = client.post("/api/v1/groups", headers=head, json={"name": "Marathon Group",
                                                              "members": [world.ids["athlete"]]})
    assert group.status_code == 201, group.text
    world.group_a = group.json()["data"]["group_id"]
    link = client.post(f"{base}/invitations", headers=head, json={"max_uses": 5})
    world.invitation_a = link.json()["data"]["invitation_id"]
    key = client.post(f"{base}/api-keys", headers=head, json={"name": "Zapier"}).json()["data"]
    world.key_a, world.key_a_secret = key["key_id"], key["secret"]
    return world


_built: dict[str, tuple[World, dict[str, list[dict]]]] = {}


def build_full_world(client: TestClient, outbox: Outbox) -> World:
    """The world with a second assistant coach and an upgraded athlete member in organization A."""
    world = build_world(client, outbox)
    head, base = world.headers("head"), f"/api/v1/organizations/{world.org_a}"
    for name in ("assistant2", "upgraded"):
        body = sign_up(client, outbox, f"{name}@example.com", role="coach" if name == "assistant2" else "athlete")
        world.tokens[name], world.ids[name] = body["access_token"], body["user_id"]
    assert client.post(f"{base}/coaches", json={"user_id": world.ids["assistant2"]}, headers=head).status_code == 201
    assert client.post(f"{base}/members", json={"user_id": world.ids["upgraded"]}, headers=head).status_code == 201
    world.tokens["upgraded"] = upgrade_to_coach(client, "upgraded@example.com")
    plan_for_athlete(client, world)
    run = client.post("/api/v1/activities", headers=world.headers("athlete"), json={
        "activity_name": "Tempo run", "activity_type": "run", "date": "2026-11-02", "duration_in_seconds": 2400,
        "perceived_effort": 7, "feeling": "good", "feedback": "Strong finish"})
    assert run.status_code == 201, run.text
    world.activity_a = run.json()["data"]["activity_id"]
    return world


FAR_MONDAY = "2030-01-07"  # the athlete's plan starts here, after any clock a test keeps running


def plan_for_athlete(client: TestClient, world: World) -> None:
    """The head coach's club workout, in a one-week plan on the first athlete's calendar from ``FAR_MONDAY``:
    ``library_workout``, ``athlete_plan`` (the plan instance) and ``athlete_workout`` (its Tuesday) in ids."""
    head = world.headers("head")
    workout = {"workout_name": "Club tempo", "workout_type": "run", "workout_sub_type": "tempo-run",
               "user_id": world.ids["head"], "visibility": "org",
               "content_blocks": [{"type": "run", "block_distance_in_meters": 5000, "block_pace": "z3",
                                   "block_length_target": "distance"}]}
    world.ids["library_workout"] = client.post("/api/v1/training/workouts", json=workout,
                                               headers=head).json()["workout_id"]
    plan = client.post("/api/v1/training/plans", headers=head, json={
        "training_plan_name": "Club week", "training_plan_description": "One week", "type": "run", "level": "basic",
        "duration_in_weeks": 1, "visibility": "org", "user_id": world.ids["head"],
        "content": [{"week": 1, "day": "Tuesday", "source_workout_id": world.ids["library_workout"]}]})
    assigned = client.post(f"/api/v1/training/plans/{plan.json()['training_plan_id']}/assign", headers=head,
                           json={"start_date": FAR_MONDAY, "user_ids": [world.ids["athlete"]]})
    assert assigned.status_code == 201, assigned.text
    [world.ids["athlete_plan"]] = assigned.json()["data"]["plan_instance_ids"]
    listed = client.get("/api/v1/activities", params={"user_id": world.ids["athlete"]}, headers=head)
    [world.ids["athlete_workout"]] = [a["activity_id"] for a in listed.json()["data"]]


def shared_world(client: TestClient, outbox: Outbox, database_url: str) -> World:
    """The full world for every test on a database: built through the API the first time, its rows kept and
    written back for each later test (a permission matrix asks it hundreds of questions)."""
    engine = make_engine(database_url)
    try:
        if database_url not in _built:
            world = build_full_world(client, outbox)
            with engine.connect() as connection:
                rows = {table.name: [dict(row) for row in connection.execute(table.select()).mappings()]
                        for table in SQLModel.metadata.sorted_tables}
            _built[database_url] = (world, rows)
            return world
        world, rows = _built[database_url]
        with engine.begin() as connection:
            for table in reversed(SQLModel.metadata.sorted_tables):
                connection.execute(table.delete())
            for table in SQLModel.metadata.sorted_tables:
                if rows[table.name]:
                    connection.execute(insert(table), rows[table.name])
        return world
    finally:
        engine.dispose()
