import pytest

from nexrex_app.base.blocks import intensity_profile, shown_duration, totals, validate_blocks
from nexrex_app.base.errors import InvalidInput

TEMPO = [
    {"type": "warm-up", "block_distance_in_meters": 1600, "block_pace": "z1", "block_length_target": "distance",
     "block_intensity_target": "pace"},
    {"type": "run", "block_distance_in_meters": 6400, "block_pace": "z3", "block_length_target": "distance",
     "block_intensity_target": "pace"},
    {"type": "cool-down", "block_distance_in_meters": 2000, "block_pace": "z1", "block_length_target": "distance",
     "block_intensity_target": "pace"},
]
INTERVALS = [
    {"type": "warm-up", "block_duration_in_seconds": 900, "block_pace": "z1"},
    {"type": "interval", "block_repeat": 6, "blocks": [
        {"type": "run", "block_distance_in_meters": 800, "block_pace": "z5", "block_length_target": "distance"},
        {"type": "recovery-run", "block_distance_in_meters": 400, "block_pace": "z1",
         "block_length_target": "distance"},
    ]},
    {"type": "cool-down", "block_duration_in_seconds": 600, "block_pace": "z1"},
]


def test_the_seed_tempo_adds_up_to_ten_kilometres():
    assert totals(validate_blocks(TEMPO)).distance_in_meters == 10000


def test_repeats_multiply_their_children():
    cleaned = validate_blocks(INTERVALS)
    assert totals(cleaned).distance_in_meters == 6 * 1200
    assert totals(cleaned).duration_in_seconds == 1500
    assert cleaned[0]["block_length_target"] == "duration"  # inferred from the one length given
    assert [s["zone"] for s in intensity_profile(cleaned)][:4] == [1, 5, 1, 5]
    assert len(intensity_profile(cleaned)) == 14


@pytest.mark.parametrize("mutate, field", [
    (lambda b: b[1]["blocks"][0].update(block_pace="z6"), "content_blocks[1].blocks[0].block_pace"),
    (lambda b: b[1]["blocks"][1].update(block_distance_in_meters=-5), "content_blocks[1].blocks[1].block_distance_in_meters"),
    (lambda b: b[1].update(block_repeat=51), "content_blocks[1].block_repeat"),
    (lambda b: b[1].update(block_repeat=0), "content_blocks[1].block_repeat"),
    (lambda b: b[0].update(type="sprint"), "content_blocks[0].type"),
    (lambda b: b[0].pop("type"), "content_blocks[0].type"),
    (lambda b: b[2].update(block_intensity_target="vibes"), "content_blocks[2].block_intensity_target"),
    (lambda b: b[2].update(block_length_target="distance"), "content_blocks[2].block_distance_in_meters"),
    (lambda b: b[2].update(block_length_target="laps"), "content_blocks[2].block_length_target"),
    (lambda b: b[0].update(colour="red"), "content_blocks[0].colour"),
    (lambda b: b[0].pop("block_duration_in_seconds"), "content_blocks[0].block_length_target"),
    (lambda b: b[1]["blocks"][0].update(blocks=[{"type": "interval", "block_repeat": 2, "blocks": [
        {"type": "run", "block_distance_in_meters": 100}]}]), "content_blocks[1].blocks[0].blocks[0].blocks"),
])
def test_every_invalid_block_names_its_path(mutate, field):
    import copy
    blocks = copy.deepcopy(INTERVALS)
    mutate(blocks)
    with pytest.raises(InvalidInput) as refused:
        validate_blocks(blocks)
    assert refused.value.field == field


def test_an_empty_workout_is_refused():
    with pytest.raises(InvalidInput):
        validate_blocks([])


def _workout(blocks: list[dict], duration: int | None = None) -> dict:
    cleaned = validate_blocks(blocks)
    return {"content_blocks": cleaned,
            "target_duration_in_seconds": totals(cleaned).duration_in_seconds if duration is None else duration}


def four_minutes_per_km(meters: int, zone: str) -> int:
    return meters * 240 // 1000


def test_a_timed_workout_shows_its_own_duration():
    ride = [{"type": "run", "block_duration_in_seconds": 5400, "block_pace": "z2"}]
    assert shown_duration(_workout(ride)) == (5400, False)


def test_distances_are_timed_at_the_athletes_pace_or_left_out():
    mixed = _workout(INTERVALS)  # 6 × (800 m + 400 m) between 15 and 10 timed minutes
    assert shown_duration(mixed) == (0, False)  # 25 min would hide the 7.2 km of intervals
    assert shown_duration(mixed, four_minutes_per_km) == (1500 + 6 * 288, True)
    assert shown_duration(_workout(TEMPO), four_minutes_per_km) == (2400, True)


def test_a_duration_the_coach_set_is_shown_as_set():
    assert shown_duration(_workout(INTERVALS, duration=3600), four_minutes_per_km) == (3600, False)
