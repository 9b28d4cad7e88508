"""Distance, time and pace read the same on the Training tab, in the editors, the calendar feed and zone ranges."""

import pytest

from nexrex_app.base.units import (
    clock_text,
    distance_text,
    pace_text,
    step_distance_text,
    step_time_text,
    targets_text,
    time_text,
)
from nexrex_app.coach.zones import format_value
from nexrex_app.domain.presenting import targets
from nexrex_app.formats.calendar import describe_targets


@pytest.mark.parametrize("meters, text", [(10_000, "10.0 km"), (5200, "5.2 km"), (400, "0.4 km"), (0, "0.0 km")])
def test_a_distance_reads_in_kilometres_to_one_decimal(meters, text):
    assert distance_text(meters) == text


@pytest.mark.parametrize("meters, text", [(400, "400 m"), (1000, "1 km"), (1500, "1.5 km")])
def test_a_step_reads_in_metres_below_a_kilometre(meters, text):
    assert step_distance_text(meters) == text


@pytest.mark.parametrize("seconds, text", [(3120, "52 min"), (3600, "1 h 00 min"), (3929, "1 h 05 min"),
                                           (89, "1 min"), (0, "0 min")])
def test_a_duration_reads_to_the_minute(seconds, text):
    assert time_text(seconds) == text


@pytest.mark.parametrize("seconds, text", [(300, "5 min"), (90, "90 s"), (30, "30 s")])
def test_a_step_time_reads_in_minutes_when_whole(seconds, text):
    assert step_time_text(seconds) == text


@pytest.mark.parametrize("seconds, text", [(2910, "48:30"), (55, "0:55"), (3723, "1:02:03"), (5280, "1:28:00")])
def test_a_clock_time_shows_hours_only_when_there_are_some(seconds, text):
    assert clock_text(seconds) == text


def test_paces_and_zone_ranges():
    assert pace_text(270, "s/km") == "4:30/km" and pace_text(104.6, "s/100m") == "1:45/100m"
    assert format_value(270.4, "s/km") == "4:30/km" and format_value(249.6, "W") == "250 W"


def test_targets_read_the_same_on_the_tab_and_in_the_calendar_feed():
    workout = {"target_distance_in_meters": 10_000, "target_duration_in_seconds": 3120, "content_blocks": []}
    assert targets(workout) == describe_targets(workout) == "10.0 km · 52 min"
    assert describe_targets({"target_duration_in_seconds": 5400, "content_blocks": []}) == "1 h 30 min"
    assert targets_text(10_000, 3120, estimated=True) == "10.0 km · about 52 min"
    assert targets_text(None, None) == ""
