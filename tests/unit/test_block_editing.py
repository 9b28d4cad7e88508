from nexrex_app.state import block_editing as edit
from nexrex_app.state.block_editor import workout_time

STORED = [
    {"type": "warm-up", "block_distance_in_meters": 1000, "block_length_target": "distance"},
    {"type": "interval", "block_repeat": 6, "blocks": [
        {"type": "run", "block_distance_in_meters": 800, "block_pace": "z5"},
        {"type": "recovery-run", "block_distance_in_meters": 400, "block_pace": "z1"}]},
]
WORKOUT = edit.edited_blocks(STORED)


def test_blocks_read_for_editing_are_the_stored_data_again():
    assert edit.block_data(WORKOUT) == STORED


def test_flatten_reads_in_order_with_depth_and_paths():
    rows = edit.flatten(WORKOUT)
    assert [(r.path, r.depth, r.type) for r in rows] == [
        ("0", 0, "warm-up"), ("1", 0, "interval"), ("1.0", 1, "run"), ("1.1", 1, "recovery-run")]
    assert rows[1].group and rows[1].block_repeat == 6


def test_edits_answer_new_lists_and_leave_the_input_alone():
    moved = edit.move(WORKOUT, "1.1", -1)
    assert [b.type for b in moved[1].blocks] == ["recovery-run", "run"]
    assert WORKOUT[1].blocks[0].type == "run"
    assert edit.move(WORKOUT, "0", -1) == WORKOUT
    removed = edit.remove(WORKOUT, "1.0")
    assert len(removed[1].blocks) == 1
    added = edit.add_block(WORKOUT, "cool-down")
    assert added[-1].type == "cool-down" and len(added) == 3
    nested = edit.add_block(WORKOUT, "run", parent="1")
    assert len(nested[1].blocks) == 3
    repeat = edit.add_block([], "interval")
    assert repeat[0].block_repeat == 4 and len(repeat[0].blocks) == 2


def test_set_field_parses_numbers_and_keeps_what_does_not_parse():
    step = edit.set_field(WORKOUT, "1.0", "block_distance_in_meters", "1000")[1].blocks[0]
    assert step.block_distance_in_meters == 1000
    assert edit.set_field(WORKOUT, "1", "block_repeat", "six")[1].block_repeat == "six"
    assert edit.set_field(WORKOUT, "0", "block_name", "")[0].block_name is None
    assert edit.set_field(WORKOUT, "0", "sneaky", "x") == WORKOUT


def _distance(meters: int, zone: str = "z2") -> dict:
    return {"type": "run", "block_distance_in_meters": meters, "block_pace": zone, "block_length_target": "distance"}


def _timed(seconds: int) -> dict:
    return {"type": "warm-up", "block_duration_in_seconds": seconds, "block_pace": "z1",
            "block_length_target": "duration"}


def _as_edited(sport: str, *blocks: dict) -> dict:
    """A workout as the editor holds it: its duration the timed steps' total."""
    return {"workout_type": sport, "content_blocks": list(blocks),
            "target_duration_in_seconds": sum(b.get("block_duration_in_seconds", 0) for b in blocks)}


def test_the_time_follows_every_distance_change():
    four = workout_time([_as_edited("run", _timed(900), _distance(4000))], "intermediate")
    five = workout_time([_as_edited("run", _timed(900), _distance(5000))], "intermediate")
    assert four.startswith("about ") and five.startswith("about ") and four != five
    slower = workout_time([_as_edited("run", _timed(900), _distance(5000))], "basic")
    assert slower not in (four, five)  # timed at a basic runner's paces


def test_without_paces_the_timed_steps_are_a_floor_and_all_timed_is_exact():
    assert workout_time([_as_edited("bike", _timed(900), _distance(20000))], "basic") == "at least 15:00"
    assert workout_time([_as_edited("run", _timed(900))], "basic") == "15:00"
    assert workout_time([], "basic") == "—"
