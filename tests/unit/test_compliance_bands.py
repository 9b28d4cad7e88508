"""Compliance bands (COACHING.md): done against planned, by distance where the plan sets one, else by time; and the
reasons an athlete lands on the coach's attention list."""

from datetime import date, timedelta

import pytest

from nexrex_app.domain.attention import concerns_of
from nexrex_app.domain.bands import activity_compliance, compliance, week_compliance
from nexrex_app.models.activities import Activity, PlanInstance
from nexrex_app.models.activity_schemas import ActivityView, Compliance

BY_DISTANCE = {"target_distance_in_meters": 10_000, "target_duration_in_seconds": 3600}
BY_TIME = {"target_distance_in_meters": 0, "target_duration_in_seconds": 3600}


@pytest.mark.parametrize("done, band", [
    (4_949, "orange"), (4_950, "yellow"), (7_949, "yellow"), (7_950, "green"), (10_000, "green"), (12_049, "green"),
    (12_100, "yellow"), (15_049, "yellow"), (15_100, "orange"), (0, "orange")])
def test_the_published_band_edges(done, band):
    assert compliance(done, 10_000).band == band


def test_nothing_planned_has_no_band():
    assert compliance(5_000, 0) is None


def view(status: str, workout: dict | None, *, distance: int = 0, duration: int = 0) -> ActivityView:
    """The fields of an activity's view that compliance reads."""
    return ActivityView.model_construct(status=status, workout=workout, distance_in_meters=distance,
                                        duration_in_seconds=duration)


def test_a_workout_set_by_distance_is_judged_by_distance_one_set_by_time_by_time():
    assert activity_compliance(view("completed", BY_DISTANCE, distance=9_000, duration=7200)) == Compliance(
        band="green", ratio=0.9)
    assert activity_compliance(view("completed", BY_TIME, distance=30_000, duration=1800)) == Compliance(
        band="yellow", ratio=0.5)


def test_skipped_is_amber_and_a_workout_to_come_has_none():
    assert activity_compliance(view("skipped", BY_DISTANCE)).band == "amber"
    assert activity_compliance(view("scheduled", BY_DISTANCE)) is None
    assert activity_compliance(view("completed", None, distance=5_000)) is None  # nothing was planned


def test_a_week_weighs_each_kind_by_its_workouts_and_counts_a_skip_as_nothing_done():
    week = [view("completed", BY_DISTANCE, distance=10_000), view("skipped", BY_DISTANCE),
            view("completed", BY_TIME, duration=3600), view("completed", BY_TIME, duration=3600),
            view("scheduled", BY_TIME)]
    assert week_compliance(week) == Compliance(band="yellow", ratio=round((0.5 * 2 + 2 / 3 * 3) / 5, 3))
    assert week_compliance([view("completed", None, distance=5_000)]) is None  # nothing was planned


TODAY = date(2027, 3, 17)  # a Wednesday


def done(day: date, seconds: int, **extra) -> Activity:
    return Activity(user_id="usr_a", status="completed", activity_type="run", activity_name="Run", date=day,
                    duration_in_seconds=seconds, **extra)


def planned(day: date, workout: dict = BY_DISTANCE) -> Activity:
    return Activity(user_id="usr_a", status="scheduled", activity_type="run", activity_name="Plan", date=day,
                    workout=workout)


def reasons(rows, instances=()) -> list[str]:
    return [concern.reason for concern in concerns_of(list(rows), list(instances), TODAY)]


def test_missed_workouts_and_no_recent_activity():
    rows = [planned(TODAY - timedelta(days=2)), planned(TODAY - timedelta(days=9))]
    found = concerns_of(rows, [], TODAY)
    assert [c.reason for c in found] == ["missed_workouts", "no_activity"]
    assert found[0].text == "1 workout missed in the last 7 days"


def test_two_low_weeks_in_a_row():
    last_monday, before = date(2027, 3, 8), date(2027, 3, 1)
    rows = [done(before, 1000, distance_in_meters=5_000, workout=BY_DISTANCE),
            done(last_monday, 1000, distance_in_meters=7_000, workout=BY_DISTANCE), done(TODAY, 1000)]
    assert reasons(rows) == ["low_compliance"]
    rows[1].distance_in_meters = 8_000
    assert reasons(rows) == []


def test_a_weekly_volume_jump_above_the_ramp_cap():
    rows = [done(date(2027, 3, 2), 3600), done(date(2027, 3, 9), 3600 * 110 // 100), done(TODAY, 600)]
    assert reasons(rows) == []
    rows[1].duration_in_seconds = 3600 * 111 // 100
    assert reasons(rows) == ["volume_jump"]


def test_a_plan_ending_within_two_weeks():
    ending = PlanInstance(id="pi_a", user_id="usr_a", org_id="org_a", assigned_by="usr_c", name="Spring 10K",
                          plan_type="run", start_date=date(2027, 2, 1), duration_in_weeks=8)  # ends Sun 28 Mar
    later = PlanInstance(id="pi_b", user_id="usr_a", org_id="org_a", assigned_by="usr_c", name="Summer",
                         plan_type="run", start_date=date(2027, 3, 1), duration_in_weeks=12)
    found = concerns_of([done(TODAY, 600)], [ending, later], TODAY)
    assert [(c.reason, c.text) for c in found] == [("plan_ending", "Spring 10K ends Sun 28 Mar")]


def test_comments_waiting_for_an_answer_come_right_after_missed_workouts():
    found = concerns_of([planned(TODAY - timedelta(days=1)), done(TODAY, 600)], [], TODAY, ["cmt_a", "cmt_b"])
    assert [(c.reason, c.text) for c in found] == [("missed_workouts", "1 workout missed in the last 7 days"),
                                                   ("unanswered_comment", "2 comments wait for an answer")]
