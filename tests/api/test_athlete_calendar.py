"""The athlete's calendar as their coaches plan it: move, copy, a library workout on a day, one athlete's copy of
a workout, shifting a plan; compliance bands on activities and weeks; the attention list and its dismissals."""

from datetime import timedelta

import pytest

from tests.api.test_assignments_and_activities import MONDAY, activities, assign, make_plan
from tests.api.test_library_workouts import INTERVALS, as_caller
from tests.support.world import build_world

PLANNED_M = 10_800  # the intervals workout: 2 km + 6 × (800 m + 400 m) + 1.6 km


@pytest.fixture
def planned(client, outbox, clock):
    """The assistant's athlete follows the two-week plan: Tue 2 and Thu 4 March, Sun 14 March; today is Mon 1."""
    clock.freeze(MONDAY)
    world = build_world(client, outbox)
    world.plan_id = make_plan(client, world)
    answer = assign(client, world, world.plan_id, user_ids=[world.ids["athlete"]])
    [world.instance_id] = answer.json()["data"]["plan_instance_ids"]
    world.workouts = [a["activity_id"] for a in activities(client, world, "athlete")]
    return world


def days(client, world):
    return [(a["date"], a["activity_name"], a["status"]) for a in activities(client, world, "athlete")]


def post(client, world, who, path, body):
    return client.post(f"/api/v1{path}", json=body, headers=world.headers(who))


def test_a_coach_moves_a_workout_to_another_day_and_the_athlete_sees_it_there(client, planned):
    tuesday = planned.workouts[0]
    moved = post(client, planned, "assistant", f"/activities/{tuesday}/move", {"date": "2027-03-03"})
    assert moved.status_code == 200, moved.text
    assert moved.json()["data"]["date"] == "2027-03-03"
    assert days(client, planned)[0] == ("2027-03-03", "6 x 800", "scheduled")


def test_a_move_names_the_date_when_it_is_past_or_not_a_date(client, planned):
    tuesday = planned.workouts[0]
    for bad, code in (("2027-02-28", "DAY_PASSED"), ("3 March", "INVALID_FIELD"), ("2027-03-033", "INVALID_FIELD")):
        answer = post(client, planned, "head", f"/activities/{tuesday}/move", {"date": bad})
        assert answer.status_code == 400, bad
        assert answer.json()["details"]["field"] == "date"
    assert days(client, planned)[0][0] == "2027-03-02"


def test_a_completed_workout_stays_where_it_was_done(client, planned):
    done = post(client, planned, "athlete", "/activities", {
        "activity_name": "Intervals", "activity_type": "run", "date": "2027-03-01", "distance_in_meters": 5000})
    assert done.status_code == 201
    early = post(client, planned, "head", f"/activities/{planned.workouts[0]}/move", {"date": "2027-03-01"})
    assert early.status_code == 200  # moved onto today: it is still to do
    recorded = post(client, planned, "athlete", "/activities", {
        "activity_name": "Intervals", "activity_type": "run", "date": "2027-03-04", "distance_in_meters": 10_000})
    thursday = recorded.json()["data"]["activity_id"]
    assert thursday == planned.workouts[1]
    for path, body in ((f"/activities/{thursday}/move", {"date": "2027-03-05"}),):
        refused = post(client, planned, "head", path, body)
        assert refused.status_code == 400 and refused.json()["details"]["code"] == "WORKOUT_COMPLETED"
    edit = client.put(f"/api/v1/activities/{thursday}/workout", json={"workout_name": "Other"},
                      headers=planned.headers("head"))
    assert edit.status_code == 400 and edit.json()["details"]["code"] == "WORKOUT_COMPLETED"


def test_only_the_athletes_coaches_change_their_calendar(client, planned):
    tuesday = planned.workouts[0]
    body = {"date": "2027-03-03"}
    assert post(client, planned, "athlete", f"/activities/{tuesday}/move", body).status_code == 403
    assert post(client, planned, "other_athlete", f"/activities/{tuesday}/move", body).status_code == 404
    assert post(client, planned, "other_head", f"/activities/{tuesday}/move", body).status_code == 404
    assert days(client, planned)[0][0] == "2027-03-02"


def test_copying_puts_the_same_workout_on_another_day_of_the_same_plan(client, planned):
    copied = post(client, planned, "assistant", f"/activities/{planned.workouts[1]}/copy", {"date": "2027-03-06"})
    assert copied.status_code == 201, copied.text
    data = copied.json()["data"]
    assert data["plan_instance_id"] == planned.instance_id and data["workout"]["workout_name"] == "6 x 800"
    assert [d for d, _, _ in days(client, planned)] == ["2027-03-02", "2027-03-04", "2027-03-06", "2027-03-14"]


def test_a_library_workout_dropped_on_a_day_is_the_athletes_own_copy(client, planned):
    easy = {**as_caller(INTERVALS, planned, "head"), "visibility": "org", "workout_name": "Hill reps"}
    workout_id = post(client, planned, "head", "/training/workouts", easy).json()["workout_id"]
    placed = post(client, planned, "assistant", f"/athletes/{planned.ids['athlete']}/calendar/workouts",
                  {"workout_id": workout_id, "date": "2027-03-05"})
    assert placed.status_code == 201, placed.text
    assert placed.json()["data"]["workout"]["workout_id"] == workout_id
    client.put(f"/api/v1/training/workouts/{workout_id}", json={"workout_name": "Renamed"},
               headers=planned.headers("head"))
    assert ("2027-03-05", "Hill reps", "scheduled") in days(client, planned)
    unknown = post(client, planned, "assistant", f"/athletes/{planned.ids['athlete']}/calendar/workouts",
                   {"workout_id": "wkt_nothing", "date": "2027-03-05"})
    assert unknown.status_code == 404 and unknown.json()["details"]["field"] == "workout_id"


def test_editing_a_scheduled_workout_changes_it_for_this_athlete_only(client, planned):
    tuesday, thursday = planned.workouts[:2]
    blocks = [{"type": "run", "block_distance_in_meters": 6000, "block_pace": "z2", "block_length_target": "distance"}]
    edited = client.put(f"/api/v1/activities/{tuesday}/workout",
                        json={"workout_name": "Steady 6 km", "content_blocks": blocks},
                        headers=planned.headers("assistant"))
    assert edited.status_code == 200, edited.text
    workout = edited.json()["data"]["workout"]
    assert workout["workout_name"] == "Steady 6 km" and workout["target_distance_in_meters"] == 6000
    assert edited.json()["data"]["activity_name"] == "Steady 6 km"
    other = client.get(f"/api/v1/activities/{thursday}", headers=planned.headers("athlete")).json()["data"]
    assert other["workout"]["workout_name"] == "6 x 800"
    plan = client.get(f"/api/v1/training/plans/{planned.plan_id}", headers=planned.headers("head")).json()
    assert {item["workout_name"] for item in plan["content"]} == {"6 x 800"}
    bad = client.put(f"/api/v1/activities/{tuesday}/workout", json={"content_blocks": [{"type": "run"}]},
                     headers=planned.headers("assistant"))
    assert bad.status_code == 400 and bad.json()["details"]["field"].startswith("content_blocks[0]")


def test_shifting_a_plan_moves_every_workout_to_come_keeping_their_order(client, planned, clock):
    clock.advance(timedelta(days=3))  # Thursday: Tuesday's workout is past (missed)
    shifted = post(client, planned, "head", f"/training/plan-instances/{planned.instance_id}/shift", {"days": 2})
    assert shifted.status_code == 200, shifted.text
    assert shifted.json()["data"]["moved_workouts"] == 2
    assert [(d, s) for d, _, s in days(client, planned)] == [
        ("2027-03-02", "skipped"), ("2027-03-06", "scheduled"), ("2027-03-16", "scheduled")]
    for bad in (0, 91, -3):
        answer = post(client, planned, "head", f"/training/plan-instances/{planned.instance_id}/shift", {"days": bad})
        assert answer.status_code == 400 and answer.json()["details"]["field"] == "days", bad
    assert post(client, planned, "athlete", f"/training/plan-instances/{planned.instance_id}/shift",
                {"days": 1}).status_code == 403


def test_each_completed_workout_and_week_carries_its_compliance_band(client, planned, clock):
    post(client, planned, "athlete", "/activities", {"activity_name": "Intervals", "activity_type": "run",
                                                     "date": "2027-03-02", "distance_in_meters": 9_000})
    clock.advance(timedelta(days=6))  # Sunday: Thursday's workout was missed
    listed = {a["date"]: a["compliance"] for a in activities(client, planned, "athlete")}
    assert listed["2027-03-02"] == {"band": "green", "ratio": round(9000 / PLANNED_M, 3)}
    assert listed["2027-03-04"]["band"] == "amber" and listed["2027-03-14"] is None
    calendar = client.get(f"/api/v1/athletes/{planned.ids['athlete']}/calendar",
                          params={"start_date": "2027-03-01", "end_date": "2027-03-14"},
                          headers=planned.headers("assistant"))
    assert calendar.status_code == 200, calendar.text
    weeks = calendar.json()["data"]["weeks"]
    assert weeks[0] == {"start_date": "2027-03-01",
                        "compliance": {"band": "orange", "ratio": round(9000 / (2 * PLANNED_M), 3)}}
    too_long = client.get(f"/api/v1/athletes/{planned.ids['athlete']}/calendar",
                          params={"start_date": "2027-03-01", "end_date": "2027-06-01"},
                          headers=planned.headers("assistant"))
    assert too_long.status_code == 400 and too_long.json()["details"]["field"] == "end_date"


def attention(client, world, who):
    answer = client.get("/api/v1/attention", headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    return {row["user_id"]: [r["reason"] for r in row["reasons"]] for row in answer.json()["data"]["items"]}


def test_the_attention_list_shows_missed_workouts_first_and_a_dismissed_reason_until_it_changes(
        client, planned, clock):
    clock.advance(timedelta(days=3, hours=12))  # Thursday evening: Tuesday's workout missed
    clock.advance(timedelta(days=1))            # Friday: Thursday's as well
    athlete = planned.ids["athlete"]
    listed = client.get("/api/v1/attention", headers=planned.headers("head")).json()["data"]
    assert listed["items"][0]["user_id"] == athlete
    first = listed["items"][0]["reasons"][0]
    assert first["reason"] == "missed_workouts" and first["text"] == "2 workouts missed in the last 7 days"
    assert set(attention(client, planned, "assistant")) == {athlete}  # only their own athletes
    dismissed = post(client, planned, "head", "/attention/dismissals", {"user_id": athlete, "reason": "missed_workouts"})
    assert dismissed.status_code == 201, dismissed.text
    assert "missed_workouts" not in attention(client, planned, "head")[athlete]
    assert "missed_workouts" in attention(client, planned, "assistant")[athlete]  # each coach dismisses for themself
    copied = post(client, planned, "head", f"/activities/{planned.workouts[1]}/copy", {"date": "2027-03-05"})
    assert copied.status_code == 201
    clock.advance(timedelta(days=1))  # Saturday: the copy on Friday was missed too
    assert attention(client, planned, "head")[athlete][0] == "missed_workouts"


def test_attention_is_for_coaches_and_its_input_is_checked(client, planned):
    assert client.get("/api/v1/attention", headers=planned.headers("athlete")).status_code == 403
    assert client.get("/api/v1/attention", params={"limit": 0}, headers=planned.headers("head")
                      ).json()["details"]["field"] == "limit"
    absent = post(client, planned, "head", "/attention/dismissals",
                  {"user_id": planned.ids["athlete"], "reason": "volume_jump"})
    assert absent.status_code == 400 and absent.json()["details"]["field"] == "reason"
    unknown = post(client, planned, "head", "/attention/dismissals",
                   {"user_id": planned.ids["athlete"], "reason": "bored"})
    assert unknown.status_code == 400 and unknown.json()["details"]["field"] == "reason"


def test_an_athletes_comment_waits_on_the_attention_list_until_a_coach_answers(client, planned):
    athlete = planned.ids["athlete"]
    done = post(client, planned, "athlete", "/activities", {
        "activity_name": "Intervals", "activity_type": "run", "date": "2027-03-01", "distance_in_meters": 5000})
    activity_id = done.json()["data"]["activity_id"]
    said = post(client, planned, "athlete", f"/activities/{activity_id}/comments", {"body": "Legs felt heavy"})
    assert said.status_code == 201, said.text
    assert attention(client, planned, "assistant")[athlete][:2] == ["unanswered_comment", "plan_ending"]
    answered = post(client, planned, "assistant", f"/activities/{activity_id}/comments", {"body": "Rest tomorrow"})
    assert answered.status_code == 201, answered.text
    assert "unanswered_comment" not in attention(client, planned, "head").get(athlete, [])
