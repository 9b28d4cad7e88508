"""Placing plan workouts on dates: weekdays kept, week boundaries, every start weekday, rest days,
and local days that neither time zones nor daylight-saving changes can shift."""

from datetime import UTC, date, datetime, timedelta

import pytest

from nexrex_app.domain.scheduling import dropped_before_start, local_today, schedule, start_for_end, week_dates
from nexrex_app.base.vocabulary import WEEKDAYS

PLAN = [{"week": 1, "day": "Monday", "n": 1}, {"week": 1, "day": "Sunday", "n": 2},
        {"week": 2, "day": "Wednesday", "n": 3}, {"week": 3, "day": "Saturday", "n": 4}]


@pytest.mark.parametrize("start", [date(2027, 3, 1) + timedelta(days=i) for i in range(7)])
def test_every_workout_keeps_its_weekday_within_its_calendar_week_for_any_start_day(start):
    placed = schedule(PLAN, start)
    monday = start - timedelta(days=start.weekday())
    for day, item in placed:
        assert WEEKDAYS[day.weekday()] == item["day"] and day >= start
        assert monday + timedelta(weeks=item["week"] - 1) <= day < monday + timedelta(weeks=item["week"])
    assert len(placed) + dropped_before_start(PLAN, start) == len(PLAN)


def test_a_monday_start_follows_the_calendar_week():
    assert [d for d, _ in schedule(PLAN, date(2027, 3, 1))] == [
        date(2027, 3, 1), date(2027, 3, 7), date(2027, 3, 10), date(2027, 3, 20)]


def test_a_thursday_start_makes_a_partial_first_week_and_the_race_stays_last():
    dates = week_dates(date(2027, 3, 4), 1)
    assert dates["Thursday"] == date(2027, 3, 4) and dates["Monday"] == date(2027, 3, 1)
    plan = PLAN + [{"week": 3, "day": "Sunday", "n": "race"}]
    placed = schedule(plan, date(2027, 3, 4))
    assert [item["n"] for _, item in placed] == [2, 3, 4, "race"]   # week 1's Monday is left out
    assert placed[-1][0] == date(2027, 3, 21) and dropped_before_start(plan, date(2027, 3, 4)) == 1


def test_a_plan_placed_back_from_its_race_date_ends_in_that_week():
    assert start_for_end(date(2027, 3, 21), 3) == date(2027, 3, 1)
    assert start_for_end(date(2027, 3, 17), 3) == date(2027, 3, 1)


def test_a_workout_on_a_preferred_rest_day_moves_to_the_next_free_day():
    placed = schedule([{"week": 1, "day": "Monday"}, {"week": 1, "day": "Tuesday"}], date(2027, 3, 1),
                      {"Monday": "Rest", "Tuesday": "easy-run"})
    assert [d for d, _ in placed] == [date(2027, 3, 2), date(2027, 3, 3)]


def test_dst_weeks_keep_local_days():
    # Europe/London changes to summer time on 2027-03-28 (a Sunday): a 06:30 local run stays on its day.
    spring = schedule([{"week": 1, "day": "Sunday"}, {"week": 2, "day": "Monday"}], date(2027, 3, 22))
    assert [d for d, _ in spring] == [date(2027, 3, 28), date(2027, 3, 29)]
    morning = datetime(2027, 3, 28, 5, 30, tzinfo=UTC)  # 06:30 BST
    assert local_today(morning, "Europe/London") == date(2027, 3, 28)
    late = datetime(2027, 10, 31, 23, 30, tzinfo=UTC)  # after the autumn change: still the 31st in New York
    assert local_today(late, "America/New_York") == date(2027, 10, 31)
    assert local_today(late, "Asia/Tokyo") == date(2027, 11, 1)


def test_an_unknown_time_zone_reads_as_utc():
    assert local_today(datetime(2027, 1, 1, 23, tzinfo=UTC), "Mars/Olympus") == date(2027, 1, 1)
