"""A week's compliance on the coach's Activities page: distance for runs set by distance, time for rides set
by time."""

from datetime import date

from nexrex_app.domain.compliance import week_rows
from nexrex_app.models.activity_schemas import ActivityView
from nexrex_app.models.athlete_tab_schemas import ComplianceWeek

MONDAY = date(2027, 3, 1)


def activity(day: int, status: str, *, done_m: int = 0, done_s: int = 0, planned_m: int = 0,
             planned_s: int = 0) -> ActivityView:
    """The fields of an activity's view that a week's row reads."""
    return ActivityView.model_construct(
        activity_id=f"act_{day}", date=date(2027, 3, day).isoformat(), status=status, activity_name="Workout",
        distance_in_meters=done_m, duration_in_seconds=done_s,
        workout={"target_distance_in_meters": planned_m, "target_duration_in_seconds": planned_s,
                 "content_blocks": []})


def week(*views: ActivityView) -> ComplianceWeek:
    return week_rows(list(views), MONDAY, 1, MONDAY)[0]


def test_runs_by_distance():
    row = week(activity(1, "completed", done_m=5200, done_s=1620, planned_m=5000),
               activity(2, "skipped", planned_m=5000), activity(3, "completed", done_m=5000, planned_m=5000))
    assert row.summary == "Done 10.2 km of 15.0 km · 68%"


def test_rides_by_time_count_their_time_not_their_distance():
    row = week(activity(2, "completed", done_m=30000, done_s=3600, planned_s=6000),
               activity(4, "skipped", planned_s=3600))
    assert row.summary == "Done 1 h 00 min of 2 h 40 min · 38%"


def test_a_mixed_week_weighs_each_share_by_its_workouts():
    row = week(activity(1, "completed", done_m=5000, done_s=1500, planned_m=5000),
               activity(2, "completed", done_m=30000, done_s=3600, planned_s=6000),
               activity(4, "skipped", planned_s=3600))
    assert row.summary == "Done 5.0 km of 5.0 km and 1 h 00 min of 2 h 40 min · 58%"  # (100 + 2 × 37.5) / 3
    assert row.done_m == 35000  # the chart still shows every kilometre done


def test_a_week_with_nothing_planned():
    assert week().summary == "Done 0.0 km of 0.0 km · —"


def test_a_week_still_to_come_shows_what_it_plans():
    ahead = week_rows([activity(8, "scheduled", planned_m=5000), activity(10, "scheduled", planned_s=3600)],
                      MONDAY, 2, MONDAY)[1]
    assert ahead.summary == "Planned 5.0 km and 1 h 00 min" and ahead.compliance == "—"
