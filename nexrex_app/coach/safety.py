"""Checks a plan must pass, whoever wrote it (the engine, a coach editing the draft, or a model).

Volume is the sport's unit (metres; seconds for cycling) and leaves out the race itself. The checks
have no slack: the generator rounds sessions down, so its plans meet the rules exactly as written.
"""

from __future__ import annotations

from nexrex_app.coach.calendar import first_day, other_days, race_day
from nexrex_app.coach.params import PlanParams
from nexrex_app.coach.periodization import FEW_SESSIONS_TAPER, LONG_CAP, RAMP_CAP, TAPER_PEAK_WEEKS, initial_long, \
    start_volume
from nexrex_app.base.vocabulary import WEEKDAYS

TAPER_RANGE = (0.40, 0.60)
HARD = ("tempo-run", "interval-run", "long-run")


def is_race(item: dict) -> bool:
    return item["workout_name"].lower().startswith("race day")


def _size(item: dict, sport: str) -> int:
    return item["target_duration_in_seconds"] if sport == "bike" else item["target_distance_in_meters"]


def training_volumes(items: list[dict], params: PlanParams) -> list[int]:
    return [sum(_size(i, params.sport) for i in items if i["week"] == week and not is_race(i))
            for week in range(1, params.weeks + 1)]


def longest_sessions(items: list[dict], params: PlanParams, *, sub_type: str | None = None) -> list[int]:
    """Each week's longest session (of one sub-type when given), the race left out."""
    return [max([_size(i, params.sport) for i in items if i["week"] == week and not is_race(i)
                 and sub_type in (None, i["workout_sub_type"])] or [0])
            for week in range(1, params.weeks + 1)]


def problems(items: list[dict], weekly: list[dict], params: PlanParams) -> list[str]:
    """What is unsafe or wrong about the plan, in words; empty when it is sound."""
    found: list[str] = []
    volumes = training_volumes(items, params)
    previous = [start_volume(params)]
    for week, volume in enumerate(volumes, start=1):
        if volume > int(max(previous[-3:]) * RAMP_CAP):
            found.append(f"Week {week} rises more than 10% above the weeks before it.")
        previous.append(volume)
    longest = [initial_long(params)] + longest_sessions(items, params)
    for week, long in enumerate(longest[1:], start=1):
        if long > int(max(longest[max(0, week - 4):week]) * LONG_CAP):
            found.append(f"Week {week}'s longest session is more than 110% of the longest in the 30 days before.")
    found += _taper_problems(items, weekly, volumes, params)
    found += _calendar_problems(items, params)
    return found


def _taper_problems(items: list[dict], weekly: list[dict], volumes: list[int], params: PlanParams) -> list[str]:
    """The full taper weeks before the race week cut volume 40–60% from the peak and keep some intensity;
    the race week itself is lighter still."""
    taper = [w["week"] for w in weekly if w.get("phase") == "taper"]
    if not taper:
        return ["The plan has no taper before the race."]
    before = [v for week, v in enumerate(volumes, start=1) if week not in taper]
    if not before:
        return []  # nothing to taper from: the plan is all taper
    found = []
    peak, (low, high) = max(before[-TAPER_PEAK_WEEKS:]), TAPER_RANGE   # the level the taper starts from
    full_weeks = [w for w in taper if w != params.weeks]
    if full_weeks:
        mean = sum(volumes[w - 1] for w in full_weeks) / len(full_weeks)
        sessions = min(sum(1 for i in items if i["week"] == w and not is_race(i)) for w in full_weeks)
        if sessions <= 2:
            low, high = 0, FEW_SESSIONS_TAPER
        if not low * peak <= mean <= high * peak:
            found.append("The taper should cut volume by 40–60% from the peak.")
    race_week_sessions = sum(1 for i in items if i["week"] == params.weeks and not is_race(i))
    race_week_high = 1.0 if race_week_sessions <= 2 else TAPER_RANGE[1]
    if volumes[params.weeks - 1] > race_week_high * peak:
        found.append("The race week should be lighter than the taper.")
    has_quality = any(i["workout_sub_type"] in ("tempo-run", "interval-run") and i["week"] not in taper
                      for i in items)
    for week in full_weeks:
        sessions = [i for i in items if i["week"] == week and not is_race(i)]
        if has_quality and len(sessions) >= 3 and not any(_intense(i) for i in sessions):
            found.append(f"Taper week {week} drops all intensity; keep one short quality session.")
    return found


def _intense(item: dict) -> bool:
    """A quality session, or any work at threshold or faster (strides in an easy run count)."""
    def leaves(blocks):
        for block in blocks:
            yield from leaves(block["blocks"]) if block.get("blocks") else [block]
    return item["workout_sub_type"] in ("tempo-run", "interval-run") or any(
        leaf.get("block_pace") in ("z4", "z5") for leaf in leaves(item["content_blocks"]))


def _calendar_problems(items: list[dict], params: PlanParams) -> list[str]:
    found = []
    raced = race_day(params)
    races = [i for i in items if is_race(i)]
    if len(races) != 1 or races[0]["week"] != params.weeks or races[0]["day"] != raced:
        found.append("The race must be the one race-day workout, on race day in the last week.")
    race_at = (params.weeks - 1) * 7 + WEEKDAYS.index(raced)
    free = other_days(params)
    for item in items:
        at = (item["week"] - 1) * 7 + WEEKDAYS.index(item["day"])
        if item["day"] in free and not (is_race(item) and item["day"] == raced):
            found.append(f"W{item['week']} {item['day']} is a day for {free[item['day']].lower()}, not training.")
        if at < first_day(params):
            found.append(f"W1 {item['day']} is before the plan's start date.")
        if at > race_at:
            found.append(f"W{item['week']} {item['day']} comes after the race.")
        if at == race_at - 1 and item["workout_sub_type"] in HARD:
            found.append(f"W{item['week']} {item['day']} is a hard session the day before the race.")
    hard = sorted((i["week"] - 1) * 7 + WEEKDAYS.index(i["day"]) for i in items
                  if i["workout_sub_type"] in HARD or is_race(i))
    for earlier, later in zip(hard, hard[1:], strict=False):
        if later - earlier == 1:
            found.append(f"Two hard days back to back in week {later // 7 + 1}.")
    return found
