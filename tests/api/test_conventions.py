"""Conventions every endpoint keeps (SPEC §2): the error envelope, health, the OpenAPI document."""

from fastapi.testclient import TestClient

from tests.support.world import build_world


def test_health_reports_the_database(client):
    assert client.get("/api/v1/health").json() == {"status": "ok", "data": {"database": "ok"}}


def test_unknown_routes_answer_404_json(client):
    answer = client.get("/api/v1/no/such/thing")
    assert answer.status_code == 404
    assert answer.json() == {"error": "No such endpoint: /api/v1/no/such/thing",
                             "details": {"code": "NOT_FOUND", "field": "path"}}


def test_malformed_json_is_a_400_envelope(client):
    answer = client.post("/api/v1/auth/login", content=b'{"email": ', headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["details"] == {"code": "INVALID_JSON", "field": "body"}


def test_a_missing_body_is_a_400_envelope(client):
    answer = client.post("/api/v1/auth/login")
    assert answer.status_code == 400 and answer.json()["details"]["code"] == "MISSING_BODY"


def test_wrong_types_name_the_field(client):
    answer = client.post("/api/v1/auth/verify-token", json={"token": 12})
    assert answer.status_code == 400
    assert answer.json()["details"] == {"code": "INVALID_FIELD", "field": "token"}


def test_a_wrong_method_is_an_envelope_too(client):
    answer = client.delete("/api/v1/auth/login")
    assert answer.status_code in (404, 405) and "error" in answer.json()


def test_openapi_document_and_docs(client):
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["info"]["title"] == "nexrex API"
    for path in ["/api/v1/auth/request-verification", "/api/v1/auth/verify-token", "/api/v1/auth/complete-signup",
                 "/api/v1/auth/login", "/api/v1/auth/token/refresh", "/api/v1/auth/logout", "/api/v1/auth/me",
                 "/api/v1/health"]:
        assert path in spec["paths"], path
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


FILES_AND_STREAMS = {"/api/v1/activities/{activity_id}/workout.{kind}", "/api/v1/calendar/{token}.ics",
                     "/api/v1/ai-coach/generate-draft/stream", "/api/v1/ai-coach/generate-plan/stream"}


def test_the_document_describes_every_json_answer(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if path in FILES_AND_STREAMS:
                continue
            success = [answer for status, answer in operation["responses"].items() if status.startswith("2")]
            assert success and success[0]["content"]["application/json"]["schema"], (method, path)
    schemas = spec["components"]["schemas"]
    assert {"workout_id", "content_blocks", "version", "created_at"} <= set(schemas["WorkoutView"]["required"])
    assert {"data", "next_cursor", "has_more"} <= set(schemas["PlanPage"]["properties"])


def test_the_api_answers_inside_the_reflex_app(whole_app, db):
    with TestClient(whole_app) as test_client:
        assert test_client.get("/api/v1/health").json()["status"] == "ok"
        assert test_client.get("/api/v1/nothing-here").status_code == 404
        assert test_client.get("/api/v1/openapi.json").status_code == 200


def test_paths_holding_control_characters_get_the_envelope_inside_the_reflex_app(whole_app, db, outbox):
    with TestClient(whole_app) as test_client:
        head = build_world(test_client, outbox).headers("head")
        for method, path in [("DELETE", "/api/v1/groups/a%0Ab"), ("GET", "/api/v1/no%0Asuch/endpoint"),
                             ("GET", "/api/v1/calendar/a%00b.ics"), ("PUT", "/api/v1/organizations/%0D%0A"),
                             ("GET", "/api/v1/activities/act%09x/workout.fit")]:
            answer = test_client.request(method, path, headers=head)
            assert answer.status_code == 404, (method, path, answer.text)
            assert answer.json()["details"] == {"code": "NOT_FOUND", "field": "path"}
        assert test_client.get("/console/a%0Ab").status_code in (200, 404)  # the console keeps its own pages


def test_a_nul_character_in_an_id_is_refused_alike_on_every_database(client, outbox, db):
    world = build_world(client, outbox)
    for path, params in [("/api/v1/activities", {"user_id": "usr_\x00"}),
                         ("/api/v1/training/plan-instances", {"user_id": "\x00"})]:
        answer = client.get(path, params=params, headers=world.headers("head"))
        assert answer.status_code in (400, 404), (path, answer.text)
        assert answer.json()["details"]["code"] in ("INVALID_CHARACTER", "ATHLETE_NOT_FOUND", "NOT_FOUND")
    refused = client.post("/api/v1/training/plans/x/assign", headers=world.headers("head"),
                          json={"start_date": "2027-03-01", "user_ids": ["usr_\x00"]})
    assert refused.status_code in (400, 404) and refused.json()["details"]["code"] != "INTERNAL_ERROR"


def test_a_database_outage_is_a_clean_503_and_recovery_needs_no_restart(client, outbox, monkeypatch):
    from nexrex_app.settings import settings

    healthy = settings.database_url
    monkeypatch.setattr(settings, "database_url", "postgresql://nobody@127.0.0.1:1/none")
    answer = client.post("/api/v1/auth/request-verification", json={"email": "later@example.com"})
    assert answer.status_code == 503
    assert answer.json()["details"]["code"] == "DATABASE_UNAVAILABLE"
    assert client.get("/api/v1/health").status_code == 503
    monkeypatch.setattr(settings, "database_url", healthy)
    assert client.post("/api/v1/auth/request-verification", json={"email": "later@example.com"}).status_code == 200


CONCRETE = {"type", "$ref", "anyOf", "oneOf", "allOf", "const", "enum"}


def _resolved(schema: dict, spec: dict) -> dict:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def test_every_answer_describes_its_data(client):
    spec = client.get("/api/v1/openapi.json").json()
    undescribed = set()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for status, answer in operation["responses"].items():
                schema = answer.get("content", {}).get("application/json", {}).get("schema")
                if not status.startswith("2") or schema is None:
                    continue
                data = _resolved(schema, spec).get("properties", {}).get("data")
                if data is not None and not CONCRETE & set(data):
                    undescribed.add((method, path))
    assert undescribed == set(), "answers whose data the OpenAPI document does not describe"
