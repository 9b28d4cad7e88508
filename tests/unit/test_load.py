"""Training load formulas against worked examples (COACHING.md, "Training load"), and power from recordings."""

import math
from datetime import UTC, date, datetime, timedelta

import pytest

from nexrex_app.domain import load
from nexrex_app.formats.imports import power_of, read_activity
from tests.support.recordings import fit_file, gpx_file, tcx_file

START = datetime(2027, 3, 2, 6, 30, tzinfo=UTC)


def test_one_hour_at_ftp_is_100_tss():
    assert load.power_tss(3600, 250, 250) == pytest.approx(100)


def test_tss_worked_example_ninety_minutes_at_if_085():
    # (5400 s × 212.5 W × 0.85) / (250 W × 3600) × 100 = 108.4
    assert load.power_tss(5400, 212.5, 250) == pytest.approx(108.375)


def test_one_hour_at_threshold_pace_is_100_rtss_and_climbing_adds_to_it():
    threshold = 1000 / 240  # 4:00/km
    assert load.pace_tss(3600, 15_000, threshold) == pytest.approx(100)
    assert load.pace_tss(3600, 12_000, threshold) == pytest.approx(64)   # IF 0.8
    assert load.pace_tss(3600, 12_000, threshold, climb=375) == pytest.approx(100)  # 375 m up ≈ 3 km more


def test_one_hour_at_threshold_heart_rate_is_100_hrtss():
    assert load.heart_rate_tss(3600, 170, 170) == pytest.approx(100)
    assert load.heart_rate_tss(1800, 153, 170) == pytest.approx(50 * 0.81)


def test_session_rpe_is_effort_times_minutes():
    assert load.session_rpe(3600, 7) == 420  # Foster: RPE 7 for 60 minutes


def test_ctl_and_atl_constants():
    assert load.CTL_FACTOR == pytest.approx(1 - math.exp(-1 / 42)) and round(load.CTL_FACTOR, 4) == 0.0235
    assert load.ATL_FACTOR == pytest.approx(1 - math.exp(-1 / 7)) and round(load.ATL_FACTOR, 4) == 0.1331


def test_a_daily_100_moves_fitness_and_fatigue_by_their_constants():
    first = date(2027, 1, 1)
    done = {first + timedelta(days=i): 100.0 for i in range(42)}
    days = load.fitness_days(first, first + timedelta(days=41), first, done=done, ahead={}, planned={},
                             today=first + timedelta(days=41))
    assert days[0].ctl == pytest.approx(100 * load.CTL_FACTOR) and days[0].atl == pytest.approx(100 * load.ATL_FACTOR)
    assert days[0].tsb == 0 and days[1].tsb == pytest.approx(days[0].ctl - days[0].atl)  # yesterday's CTL − ATL
    assert days[41].ctl == pytest.approx(100 * (1 - math.exp(-1)), rel=1e-3)   # one time constant: 63 %
    assert days[6].atl == pytest.approx(100 * (1 - math.exp(-1)), rel=1e-3)
    assert days[13].ramp == pytest.approx(days[13].ctl - days[6].ctl)


def test_the_best_data_decides_the_method():
    thresholds = load.thresholds_of({"ftp_watts": 250, "threshold_heart_rate": 170, "race_distance_in_meters": 10_000,
                                     "race_time_in_seconds": 2400})
    ride = load.Session("bike", duration_in_seconds=3600, normalized_power_watts=250, avg_heart_rate=150, perceived_effort=5)
    assert load.session_load(ride, thresholds) == load.Load(pytest.approx(100), load.POWER)
    run = load.Session("run", duration_in_seconds=3600, distance_in_meters=12_000, avg_heart_rate=150, perceived_effort=5)
    assert load.session_load(run, thresholds).method == load.PACE
    spin = load.Session("bike", duration_in_seconds=3600, avg_heart_rate=170, perceived_effort=5)
    assert load.session_load(spin, thresholds) == load.Load(pytest.approx(100), load.HEART_RATE)
    gym = load.Session("workout", duration_in_seconds=1800, perceived_effort=6)
    assert load.session_load(gym, thresholds) == load.Load(180, load.RPE)
    assert load.session_load(load.Session("workout", duration_in_seconds=1800), thresholds) is None


def test_threshold_pace_comes_from_the_athletes_zones():
    thresholds = load.thresholds_of({"race_distance_in_meters": 10_000, "race_time_in_seconds": 2400})
    assert 1000 / thresholds.run_speed == pytest.approx(247, abs=3)   # Daniels' T pace for a 40:00 10K: ~4:07/km


def test_planned_load_from_blocks_and_zones():
    thresholds = load.thresholds_of({"ftp_watts": 250})
    hour_at_threshold = {"workout_type": "bike", "content_blocks": [
        {"type": "run", "block_duration_in_seconds": 3600, "block_length_target": "duration", "block_pace": "z4"}]}
    assert load.planned_load(hour_at_threshold, thresholds) == pytest.approx(100 * 0.98 ** 2)
    intervals = {"workout_type": "run", "content_blocks": [{"type": "interval", "block_repeat": 5, "blocks": [
        {"type": "run", "block_distance_in_meters": 1000, "block_length_target": "distance", "block_pace": "z4"}]}]}
    run_thresholds = load.thresholds_of({"race_distance_in_meters": 10_000, "race_time_in_seconds": 2400})
    five_threshold_km = 5000 / run_thresholds.run_speed
    assert load.planned_load(intervals, run_thresholds) == pytest.approx(five_threshold_km / 36, rel=0.02)


def test_power_is_held_between_samples_and_normalised_over_30_seconds():
    steady = [(START + timedelta(seconds=s), 200) for s in range(0, 601)]
    assert power_of(steady) == type(power_of(steady))(200, 200)
    surges = [(START + timedelta(seconds=s), 300 if (s // 60) % 2 else 100) for s in range(0, 1201)]
    found = power_of(surges)
    assert found.average == 200 and 230 <= found.normalized < 254  # 254 unsmoothed


@pytest.mark.parametrize("name, make", [("ride.gpx", gpx_file), ("ride.tcx", tcx_file), ("ride.fit", fit_file)])
def test_recordings_keep_power_heart_rate_and_climbing(name, make):
    ride = read_activity(name, make(START, 30, 60, watts=200, climb=300))
    assert ride.avg_power_watts == 200 and ride.normalized_power_watts == 208
    assert ride.elevation_gain_in_meters == 300 and 135 <= ride.avg_heart_rate <= 150
    plain = read_activity(name, make(START, 10, 50))
    assert plain.avg_power_watts is None and plain.elevation_gain_in_meters is None


def test_a_race_day_is_a_race_and_a_race_pace_session_is_not():
    from nexrex_app.domain.load_series import is_race_day
    assert is_race_day({"workout_name": "Race day – Half marathon"})
    assert is_race_day({"workout_name": "Race: 10K"}) and is_race_day({"workout_name": "Parkrun", "phase": "race"})
    assert not is_race_day({"workout_name": "Race pace 4x400 m"}) and not is_race_day({"workout_name": "Tempo"})
