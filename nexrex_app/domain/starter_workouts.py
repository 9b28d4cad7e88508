"""The built-in (``system``) workouts every organization's library starts with."""

from __future__ import annotations

from nexrex_app.coach.zones import fitness_for
from nexrex_app.base.blocks import shown_duration, totals, validate_blocks

TYPICAL_LEVEL = "intermediate"


def _by_distance(kind: str, meters: int, zone: str, **extra) -> dict:
    return {"type": kind, "block_distance_in_meters": meters, "block_pace": zone, "block_length_target": "distance",
            "block_intensity_target": "pace", **extra}


def _by_time(kind: str, seconds: int, zone: str, intensity: str = "pace") -> dict:
    return {"type": kind, "block_duration_in_seconds": seconds, "block_pace": zone, "block_length_target": "duration",
            "block_intensity_target": intensity}


def _repeat(times: int, *blocks: dict) -> dict:
    return {"type": "interval", "block_repeat": times, "blocks": list(blocks)}


STARTERS: tuple[tuple[str, str, str, str, list[dict]], ...] = (
    ("Easy Run 5 km", "run", "easy-run", "Conversational pace the whole way.",
     [_by_distance("warm-up", 1000, "z1"), _by_distance("run", 3000, "z2"), _by_distance("cool-down", 1000, "z1")]),
    ("Long Run 16 km", "run", "long-run", "Steady aerobic running; fuel and drink as on race day.",
     [_by_distance("warm-up", 2000, "z1"), _by_distance("run", 13000, "z2"), _by_distance("cool-down", 1000, "z1")]),
    ("Tempo 10 km", "run", "tempo-run", "Comfortably hard: a pace you could hold for about an hour.",
     [_by_distance("warm-up", 2000, "z1"), _by_distance("run", 6000, "z3"), _by_distance("cool-down", 2000, "z1")]),
    ("Intervals 6 × 800 m", "run", "interval-run", "Hard repeats with easy jogging recoveries.",
     [_by_distance("warm-up", 2000, "z1"),
      _repeat(6, _by_distance("run", 800, "z5"), _by_distance("recovery-run", 400, "z1")),
      _by_distance("cool-down", 1600, "z1")]),
    ("Hill Repeats 8 × 60 s", "run", "interval-run", "Strong uphill efforts, walk or jog back down.",
     [_by_time("warm-up", 900, "z1"), _repeat(8, _by_time("run", 60, "z5"), _by_time("recovery-run", 120, "z1")),
      _by_time("cool-down", 600, "z1")]),
    ("Endurance Ride 90 min", "bike", "long-run", "Steady endurance riding (Coggan level 2).",
     [_by_time("warm-up", 900, "z1", "power"), _by_time("run", 3900, "z2", "power"),
      _by_time("cool-down", 600, "z1", "power")]),
    ("Sweet Spot 3 × 12 min", "bike", "tempo-run", "Just under threshold power.",
     [_by_time("warm-up", 900, "z1", "power"),
      _repeat(3, _by_time("run", 720, "z3", "power"), _by_time("recovery-run", 300, "z1", "power")),
      _by_time("cool-down", 600, "z1", "power")]),
    ("VO2 Ride 5 × 4 min", "bike", "interval-run", "Hard efforts at about 115% of FTP.",
     [_by_time("warm-up", 900, "z1", "power"),
      _repeat(5, _by_time("run", 240, "z5", "power"), _by_time("recovery-run", 240, "z1", "power")),
      _by_time("cool-down", 600, "z1", "power")]),
    ("Easy Swim 2000 m", "swim", "easy-run", "Relaxed aerobic swimming, focus on form.",
     [_by_distance("warm-up", 400, "z1"), _by_distance("run", 1400, "z2"), _by_distance("cool-down", 200, "z1")]),
    ("CSS Swim 10 × 100 m", "swim", "interval-run", "Repeats at Critical Swim Speed, 15 s rest.",
     [_by_distance("warm-up", 400, "z1"),
      _repeat(10, _by_distance("run", 100, "z4"), _by_time("recovery-run", 15, "z1")),
      _by_distance("cool-down", 200, "z1")]),
)


def starter_rows() -> list[dict]:
    """Rows for the ``workouts`` table, with stable ids so the migration can be undone."""
    rows = []
    for index, (name, kind, sub_type, description, blocks) in enumerate(STARTERS, start=1):
        cleaned = validate_blocks(blocks)
        total = totals(cleaned)
        duration = _true_duration(kind, cleaned, total)
        rows.append({
            "id": f"wkt_system{index:02d}", "owner_id": None, "org_id": None, "workout_name": name,
            "workout_type": kind, "workout_sub_type": sub_type, "description": description,
            "target_distance_in_meters": total.distance_in_meters, "target_duration_in_seconds": duration,
            "visibility": "system", "content_blocks": cleaned, "version": 1,
        })
    return rows


def _true_duration(sport: str, blocks: list[dict], total) -> int:
    """The whole workout's time. Where distance steps sit among timed ones (swim repeats with rests), the
    timed steps alone would claim the rests are the workout: the distances are timed at the paces of an
    intermediate athlete, to the minute. A workout of distances only has no set time."""
    if not total.duration_in_seconds or not total.distance_in_meters:
        return total.duration_in_seconds
    pace = fitness_for(sport, TYPICAL_LEVEL, {}).seconds_for
    seconds, _ = shown_duration({"target_duration_in_seconds": total.duration_in_seconds, "content_blocks": blocks},
                                pace)
    return round(seconds / 60) * 60
