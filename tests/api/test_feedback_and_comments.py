"""Workout feedback (RPE, how it felt, a comment), the thread on each activity, unread counts and comment emails."""

from datetime import timedelta

import pytest

from nexrex_app.settings import settings
from tests.support.world import build_world

DAY = "2030-06-03"  # ahead, so a scheduled workout stays scheduled until marked
FEEDBACK = {"status": "completed", "duration_in_seconds": 3000, "perceived_effort": 7, "feeling": "good",
            "feedback": "Legs heavy on the hills"}


@pytest.fixture
def world(client, outbox, smtp_server, monkeypatch):
    built = build_world(client, outbox)
    monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
    monkeypatch.setattr(settings, "smtp_port", smtp_server.port)
    return built


def _scheduled_run(client, world, who="athlete") -> str:
    answer = client.post("/api/v1/activities", headers=world.headers(who), json={
        "activity_name": "Hill repeats", "activity_type": "run", "status": "scheduled",
        "date": DAY, "user_id": world.ids[who if who != "assistant" else "athlete"]})
    assert answer.status_code == 201, answer.text
    return answer.json()["data"]["activity_id"]


def _comments(client, world, who, activity_id, **params):
    answer = client.get(f"/api/v1/activities/{activity_id}/comments", headers=world.headers(who), params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]


def _unread(client, world, who) -> dict:
    return client.get("/api/v1/comments/unread", headers=world.headers(who)).json()["data"]


def test_feedback_given_on_marking_done_is_kept_and_feeds_session_rpe_load(client, world, smtp_server):
    activity_id = _scheduled_run(client, world)
    done = client.put(f"/api/v1/activities/{activity_id}", headers=world.headers("athlete"), json=FEEDBACK)
    assert done.status_code == 200, done.text
    for who in ("athlete", "assistant", "head"):
        seen = client.get(f"/api/v1/activities/{activity_id}", headers=world.headers(who)).json()["data"]
        assert (seen["perceived_effort"], seen["feeling"], seen["feedback"]) == (7, "good", "Legs heavy on the hills")
        assert seen["load_method"] == "rpe" and seen["load"] == 50 * 7  # session RPE: minutes × RPE
    thread = _comments(client, world, "assistant", activity_id)["items"]
    assert [(c["body"], c["author_side"]) for c in thread] == [("Legs heavy on the hills", "athlete")]
    assert _unread(client, world, "assistant")["total"] == 1
    email = smtp_server.wait_for("assistant@example.com")
    assert "Legs heavy on the hills" in email.get_body(preferencelist=("plain",)).get_content()
    assert f"/console/comments?activity={activity_id}" in email.get_body(preferencelist=("plain",)).get_content()


def test_a_recorded_activity_takes_feedback_and_completes_the_scheduled_one(client, world):
    activity_id = _scheduled_run(client, world)
    recorded = client.post("/api/v1/activities", headers=world.headers("athlete"), json={
        "activity_name": "Morning run", "activity_type": "run", "date": DAY, "distance_in_meters": 8000,
        "perceived_effort": 4, "feeling": "great", "feedback": "Easy and fresh"})
    assert recorded.status_code == 201
    assert recorded.json()["data"]["activity_id"] == activity_id
    assert recorded.json()["data"]["feeling"] == "great"
    assert [c["body"] for c in _comments(client, world, "athlete", activity_id)["items"]] == ["Easy and fresh"]


@pytest.mark.parametrize("change, field", [({"feeling": "meh"}, "feeling"), ({"perceived_effort": 11}, "perceived_effort"),
                                           ({"feedback": "x" * 2001}, "feedback"), ({"feedback": "a\x00b"}, "feedback")])
def test_bad_feedback_names_the_field_and_changes_nothing(client, world, change, field):
    activity_id = _scheduled_run(client, world)
    answer = client.put(f"/api/v1/activities/{activity_id}", headers=world.headers("athlete"),
                        json={"status": "completed", **change})
    assert answer.status_code == 400 and answer.json()["details"]["field"] == field
    kept = client.get(f"/api/v1/activities/{activity_id}", headers=world.headers("athlete")).json()["data"]
    assert kept["status"] == "scheduled" and kept["feedback"] is None
    assert _comments(client, world, "athlete", activity_id)["items"] == []


def test_a_coachs_reply_reaches_the_athlete_unread_with_a_link(client, world, smtp_server, clock):
    activity_id = _scheduled_run(client, world)
    client.put(f"/api/v1/activities/{activity_id}", headers=world.headers("athlete"), json=FEEDBACK)
    clock.advance(timedelta(minutes=5))
    reply = client.post(f"/api/v1/activities/{activity_id}/comments", headers=world.headers("assistant"),
                        json={"body": "Shorter strides uphill next time"})
    assert reply.status_code == 201 and reply.json()["data"]["author_side"] == "coach"
    assert _unread(client, world, "assistant")["total"] == 0  # writing a reply reads the thread
    unread = _unread(client, world, "athlete")
    assert unread["total"] == 1 and unread["threads"][0]["activity_id"] == activity_id
    email = smtp_server.wait_for("athlete@example.com")
    text = email.get_body(preferencelist=("plain",)).get_content()
    assert "Shorter strides uphill next time" in text and f"/athlete?activity={activity_id}" in text
    read = client.post(f"/api/v1/activities/{activity_id}/comments/read", headers=world.headers("athlete"))
    assert read.status_code == 200 and read.json()["data"]["total"] == 0


def test_coach_only_fields_never_reach_the_thread_or_its_emails(client, world, smtp_server):
    activity_id = _scheduled_run(client, world)
    client.put(f"/api/v1/activities/{activity_id}", headers=world.headers("athlete"), json=FEEDBACK)
    client.post(f"/api/v1/activities/{activity_id}/comments", headers=world.headers("assistant"),
                json={"body": "Good work"})
    answers = [client.get(f"/api/v1/activities/{activity_id}/comments", headers=world.headers(who)).text
               for who in ("athlete", "assistant", "head")]
    answers += [client.get("/api/v1/comments/unread", headers=world.headers(who)).text for who in ("athlete", "head")]
    smtp_server.wait_for("athlete@example.com")
    answers += [message.as_string() for message in smtp_server.messages]
    for text in answers:
        assert "Sore knee" not in text and "Speedy" not in text and "5K Focus" not in text


def test_the_thread_pages_oldest_first(client, world, clock):
    activity_id = _scheduled_run(client, world)
    for number in range(5):
        clock.advance(timedelta(seconds=1))
        who = "athlete" if number % 2 == 0 else "head"
        assert client.post(f"/api/v1/activities/{activity_id}/comments", headers=world.headers(who),
                           json={"body": f"message {number}"}).status_code == 201
    seen, cursor = [], None
    while True:
        page = _comments(client, world, "athlete", activity_id, limit=2, **({"cursor": cursor} if cursor else {}))
        seen += [c["body"] for c in page["items"]]
        if not page["has_more"]:
            break
        cursor = page["next_cursor"]
    assert seen == [f"message {n}" for n in range(5)]
    assert client.get(f"/api/v1/activities/{activity_id}/comments?limit=0",
                      headers=world.headers("athlete")).json()["details"]["field"] == "limit"
    assert client.get(f"/api/v1/activities/{activity_id}/comments?cursor=nonsense",
                      headers=world.headers("athlete")).json()["details"]["field"] == "cursor"


@pytest.mark.parametrize("body", ["", "   ", "x" * 2001])
def test_an_empty_or_overlong_comment_is_refused(client, world, body):
    activity_id = _scheduled_run(client, world)
    answer = client.post(f"/api/v1/activities/{activity_id}/comments", headers=world.headers("athlete"),
                         json={"body": body})
    assert answer.status_code == 400 and answer.json()["details"]["field"] == "body"
    assert _comments(client, world, "athlete", activity_id)["items"] == []


def test_an_assistant_counts_only_their_athletes_threads(client, world, clock):
    own = _scheduled_run(client, world)
    other = _scheduled_run(client, world, "other_athlete")
    for activity_id, who in ((own, "athlete"), (other, "other_athlete")):
        client.post(f"/api/v1/activities/{activity_id}/comments", headers=world.headers(who), json={"body": "Done"})
    assert [t["activity_id"] for t in _unread(client, world, "assistant")["threads"]] == [own]
    assert {t["activity_id"] for t in _unread(client, world, "head")["threads"]} == {own, other}
    assert _unread(client, world, "head")["total"] == 2


def test_comment_emails_can_be_turned_off(client, world, smtp_server, clock):
    activity_id = _scheduled_run(client, world)
    settings_answer = client.put("/api/v1/me/email-settings", headers=world.headers("athlete"),
                                 json={"comment_emails": False})
    assert settings_answer.json()["data"] == {"comment_emails": False, "daily_workout_email": False}
    client.post(f"/api/v1/activities/{activity_id}/comments", headers=world.headers("assistant"), json={"body": "1"})
    client.post(f"/api/v1/activities/{activity_id}/comments", headers=world.headers("athlete"), json={"body": "2"})
    smtp_server.wait_for("assistant@example.com")
    assert not [m for m in smtp_server.messages if m["To"] == "athlete@example.com"]
    assert client.get("/api/v1/me/email-settings", headers=world.headers("athlete")).json()["data"][
        "comment_emails"] is False
    bad = client.put("/api/v1/me/email-settings", headers=world.headers("athlete"), json={"comment_emails": "sometimes"})
    assert bad.status_code == 400 and bad.json()["details"]["field"] == "comment_emails"
