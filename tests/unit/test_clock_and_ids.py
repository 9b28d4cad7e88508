from datetime import UTC, date, datetime, timedelta

import pytest

from nexrex_app.base.clock import Clock, epoch_ms, minutes_behind_utc
from nexrex_app.models.ids import new_id


def test_epoch_milliseconds():
    assert epoch_ms(datetime(2026, 1, 1, tzinfo=UTC)) == 1767225600000
    assert epoch_ms(None) is None


def test_a_frozen_clock_moves_only_when_told():
    clock = Clock()
    start = clock.freeze(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    assert clock.now() == start
    assert clock.advance(timedelta(hours=25)) == start + timedelta(hours=25)
    clock.resume()
    assert clock.now() > start + timedelta(days=100)


def test_ids_carry_their_type_and_do_not_repeat():
    ids = {new_id("usr") for _ in range(1000)}
    assert len(ids) == 1000
    assert all(i.startswith("usr_") for i in ids)


@pytest.mark.parametrize(("zone", "day", "minutes"), [
    ("UTC", date(2027, 1, 15), 0), ("Europe/Berlin", date(2027, 1, 15), -60),
    ("Europe/Berlin", date(2027, 7, 15), -120), ("America/Chicago", date(2027, 1, 15), 360),
    ("Asia/Kolkata", date(2027, 7, 15), -330)])
def test_a_zones_offset_is_given_as_a_browser_gives_its_own(zone, day, minutes):
    assert minutes_behind_utc(zone, day) == minutes


def test_a_zones_offset_on_a_day_is_that_of_the_day_not_of_today(clock):
    clock.freeze(datetime(2027, 1, 15, 12, tzinfo=UTC))
    assert [minutes_behind_utc("Europe/London", date(2027, month, 1)) for month in (1, 7)] == [0, -60]
    assert [minutes_behind_utc("UTC", date(2027, month, 1)) for month in (1, 7)] == [0, 0]  # London differs
