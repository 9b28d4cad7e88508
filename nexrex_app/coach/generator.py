"""From parameters to a week-by-week plan of sessions, placed on the preferred days.

Weeks run Monday to Sunday; week 1 is the start date's week, so its days before the start date stay
empty, and the race week ends on race day. Each week is sized from what the weeks before it really
contained (sessions as rounded), so the 10% rules hold exactly on the plan as written.

``training_principle``: ``daniels`` (the default) mixes threshold (T) and interval (I) sessions as
Daniels' phases do; ``polarized`` keeps every quality session at interval intensity or above and
everything else easy (no threshold or steady work), the 80/20 model.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from nexrex_app.coach.calendar import adjacent, first_day, long_day, other_days, race_day, race_is_early, \
    training_days
from nexrex_app.coach.params import PlanParams
from nexrex_app.coach.periodization import LONG_CAP, RAMP_CAP, RECOVERY_FACTOR, \
    TAPER_PEAK_WEEKS, WeekShape, initial_long, long_share, shape_weeks, \
    start_volume
from nexrex_app.coach.sessions import EASY, LONG, SPORTS, Session, Slot, hard_work, race_session, run_strides, \
    session_length, sub_type_of, work_limit
from nexrex_app.coach.zones import Fitness, fitness_for, vdot_from_race
from nexrex_app.base.vocabulary import WEEKDAYS

EASY_SHARE_OF_LONG = 0.8  # an easy session stays well short of the long one
RECOVERY_SHARE = 0.7      # and the day after a hard one, shorter still
MEDIUM_LONG_SHARE = 0.7   # advanced plans for the half and longer: one mid-week run of 70% of the long run
RACE_WEEK_EASY = 0.6
QUALITY_REQUESTS = {"tempo-run": "tempo", "interval-run": "intervals"}
INTROS = {
    "base": "Base: easy aerobic volume with light speed work.",
    "build": "Build: threshold and interval work while the volume climbs.",
    "peak": "Peak: race-specific work and the longest sessions.",
    "taper": "Taper: volume down, intensity kept, so you arrive fresh.",
    "recovery": "Lighter week: volume down about a quarter so the training sinks in.",
}
MAX_NOTE = 330   # a week line stays under the draft's 400-character line limit


@dataclass(frozen=True)
class PlannedWeek:
    shape: WeekShape
    note: str
    sessions: tuple[tuple[str, Session], ...]   # (day, session), Monday first


@dataclass(frozen=True)
class GeneratedPlan:
    params: PlanParams
    fitness: Fitness
    weeks: tuple[PlannedWeek, ...]


def athlete_fitness(params: PlanParams) -> Fitness:
    """From a recent race, else from the goal time (running), else the level's typical values."""
    if params.sport == "run" and "race_distance_in_meters" not in params.fitness and params.race.goal_seconds:
        vdot = vdot_from_race(params.race.distance_m, params.race.goal_seconds)
        return Fitness("run", vdot=round(min(85.0, max(20.0, vdot)), 1))
    return fitness_for(params.sport, params.level, params.fitness)


def quality_days(params: PlanParams, days: list[str], hard: list[str], count: int, latest: int = 6) -> list[str]:
    """Up to ``count`` days for quality sessions, none back to back with another hard day."""
    candidates = [d for d in days if d not in hard and WEEKDAYS.index(d) <= latest]
    candidates.sort(key=lambda d: (params.prefer_day.get(d) not in QUALITY_REQUESTS,
                                   -min([abs(WEEKDAYS.index(d) - WEEKDAYS.index(h)) for h in hard] or [7]),
                                   WEEKDAYS.index(d)))
    picked: list[str] = []
    for day in candidates:
        if len(picked) == count:
            break
        if not any(adjacent(day, other) for other in hard + picked):
            picked.append(day)
    return sorted(picked, key=WEEKDAYS.index)


def quality_kinds(params: PlanParams, shape: WeekShape) -> list[str]:
    short_race = params.race.distance_m <= 10_000 or params.sport == "swim"
    testing = params.sport != "run" and params.weeks >= 4 and (shape.week == 1 or shape.recovery) \
        and shape.phase in ("base", "build")
    if testing:
        kinds = ["test"]
    elif shape.recovery:
        kinds = ["strides"]
    elif shape.phase == "base":
        kinds = ["strides"] if params.level == "basic" else ["hills", "strides"]
    elif shape.phase == "taper":
        kinds = ["intervals" if short_race else "tempo"]
    else:
        kinds = ["intervals", "tempo"] if shape.phase == "peak" and short_race else ["tempo", "intervals"]
        kinds = kinds[:1] if params.level == "basic" else kinds
    if params.training_principle == "polarized":
        kinds = ["intervals" if kind in ("tempo", "steady") else kind for kind in kinds]
    return kinds


def _hard(session: Session) -> bool:
    return sub_type_of(session.name) != EASY


def _hard_on_sunday(week: PlannedWeek | None) -> bool:
    return bool(week) and any(day == "Sunday" and _hard(s) for day, s in week.sessions)


@dataclass(frozen=True)
class Limits:
    volume: int   # the most the week may hold (10% above the highest of the three before)
    single: int   # the longest any session may be (110% of the longest of the four weeks before)


def _usable_days(params: PlanParams, shape: WeekShape, days: list[str]) -> list[str]:
    first = first_day(params) if shape.week == 1 else 0
    last = WEEKDAYS.index(race_day(params)) - 1 if shape.race_week else 6
    return [d for d in days if first <= WEEKDAYS.index(d) <= last]


def _long_run(params: PlanParams, shape: WeekShape, length: int) -> Session:
    _, long_builder, _, _ = SPORTS[params.sport]
    marathon_pace = 0
    if params.sport == "run" and params.race.distance_m > 21_100 and params.level != "basic" \
            and shape.phase in ("build", "peak") and not shape.recovery:
        marathon_pace = (length * (0.25 if shape.phase == "build" else 0.4)) // 1000 * 1000
    return long_builder(length, marathon_pace)


def _week(params: PlanParams, shape: WeekShape, days: list[str], long: str, limits: Limits,
          previous: PlannedWeek | None) -> PlannedWeek:
    shortest = SPORTS[params.sport][3]
    usable = _usable_days(params, shape, days)
    volume = min(shape.volume, limits.volume)
    if shape.week == 1 and not shape.race_week:
        volume = volume * len(usable) // max(1, len(days))   # a partial first week
    sessions: dict[str, Session] = {}
    raced = race_day(params)
    if shape.race_week:
        hard, latest = [raced], WEEKDAYS.index(raced) - 2
    elif shape.week == params.weeks - 1 and raced == "Monday":
        usable, hard, latest = [d for d in usable if d != "Sunday"], [], 6   # nothing hard on the race's eve
    else:
        hard, latest = [long], 6   # even when week 1 starts after the long day: week 2's long day comes next
    long_length = min(shape.long, limits.single, int(volume * long_share(params)))
    if long in hard and long in usable and not shape.race_week and long_length >= shortest:
        sessions[long] = _long_run(params, shape, long_length)
    open_days = [d for d in usable if not (d == "Monday" and _hard_on_sunday(previous)) and d not in sessions]
    kinds = quality_kinds(params, shape)
    for day, kind in zip(quality_days(params, open_days, hard, len(kinds), latest), kinds, strict=False):
        kind = QUALITY_REQUESTS.get(params.prefer_day.get(day, ""), kind)
        room = min(limits.single, volume - sum(session_length(s, params.sport) for s in sessions.values()))
        built = _quality(params, kind, Slot(volume, shape.week, params, shape.phase == "taper", room))
        if built is not None:
            sessions[day] = built
    _fill_easy(params, shape, sessions, [d for d in usable if d not in sessions], volume, limits, long)
    _lengthen_long(params, shape, sessions, long, volume, limits)
    _trim(params, sessions, limits.volume, keep=long)
    _hold_daniels_limits(params, sessions)
    if shape.phase == "taper" and not shape.race_week:
        _keep_some_intensity(params, shape, sessions)
    if shape.race_week:
        sessions[raced] = race_session(params)
    ordered = tuple(sorted(sessions.items(), key=lambda item: WEEKDAYS.index(item[0])))
    return PlannedWeek(shape=shape, note=week_note(params, shape, ordered), sessions=ordered)


FALLBACKS = ("tempo", "intervals", "hills")   # a smaller week may not hold the session asked for


def _quality(params: PlanParams, kind: str, slot: Slot) -> Session | None:
    """The session of ``kind``, else the first other quality session that fits the week and the 110% rule."""
    quality = SPORTS[params.sport][0]
    polarized = params.training_principle == "polarized"
    options = [kind] + [k for k in FALLBACKS if k != kind]
    if polarized:   # threshold work only when the week is too small for anything harder
        options = [k for k in options if k != "tempo"] + ["tempo"]
    for option in options:
        built = quality(option, slot)
        if built is not None and session_length(built, params.sport) <= slot.limit:
            return built
        if kind in ("strides", "test"):
            return None
    return None


def _fill_easy(params: PlanParams, shape: WeekShape, sessions: dict[str, Session], easy_days: list[str],
               volume: int, limits: Limits, long: str) -> None:
    _, _, easy, shortest = SPORTS[params.sport]
    budget = volume - sum(session_length(s, params.sport) for s in sessions.values())
    if len(easy_days) == 1 and 0 < budget < shortest and _yield_from_long(params, shape, sessions, long,
                                                                          shortest - budget):
        budget = volume - sum(session_length(s, params.sport) for s in sessions.values())
    longest = max([session_length(s, params.sport) for s in sessions.values()] or [0])
    if shape.race_week or shape.phase == "taper":
        cap = min(limits.single, budget, max(shortest, longest * RACE_WEEK_EASY) if shape.race_week else budget)
    else:
        cap = min(limits.single, max(shortest, EASY_SHARE_OF_LONG * longest))
    while easy_days and budget / len(easy_days) < shortest:
        easy_days.pop(0 if shape.race_week else -1)
    if not easy_days:
        return
    hard_days = [d for d, s in sessions.items() if _hard(s)] + ([race_day(params)] if shape.race_week else [])
    medium = _medium_long_day(params, shape, easy_days, hard_days)
    if medium:
        length = min(cap if shape.phase != "taper" else budget, longest * MEDIUM_LONG_SHARE, budget - shortest *
                     (len(easy_days) - 1), limits.single)
        if length >= shortest:
            sessions[medium] = easy(length, "medium-long")
            budget -= session_length(sessions[medium], params.sport)
            easy_days.remove(medium)
    kinds = {day: _easy_kind(params, shape, day, hard_days) for day in easy_days}
    # recovery days first, shorter; the easy days then share what is left
    for left, day in enumerate(sorted(easy_days, key=lambda d: kinds[d] != "recovery")):
        length = min(budget / (len(easy_days) - left), cap)
        if kinds[day] == "recovery":
            length = min(length, max(shortest, RECOVERY_SHARE * longest))
        if length >= shortest:
            sessions[day] = easy(length, kinds[day])
            budget -= session_length(sessions[day], params.sport)


def _yield_from_long(params: PlanParams, shape: WeekShape, sessions: dict[str, Session], long: str,
                     missing: int) -> bool:
    """A week left a little short of one more easy session takes it from the long one (at most 10% of it):
    a lost session would lower every later week, which the 10% rule measures against this one."""
    if long not in sessions or sub_type_of(sessions[long].name) != LONG or shape.phase == "taper":
        return False
    length = session_length(sessions[long], params.sport)
    if missing > length * (LONG_CAP - 1):
        return False
    sessions[long] = _long_run(params, shape, length - missing)
    return True


def _easy_kind(params: PlanParams, shape: WeekShape, day: str, hard_days: list[str]) -> str:
    after_hard = any(adjacent(day, h) and WEEKDAYS.index(day) > WEEKDAYS.index(h) for h in hard_days)
    before_race = shape.race_week and adjacent(day, race_day(params))
    return "recovery" if (after_hard or before_race) and params.sport != "bike" else "easy"


def _medium_long_day(params: PlanParams, shape: WeekShape, easy_days: list[str], hard: list[str]) -> str | None:
    if params.sport != "run" or params.level != "advanced" or params.race.distance_m < 21_000 \
            or shape.phase not in ("build", "peak") or shape.recovery:
        return None
    long = long_day(params, training_days(params))
    calm = [d for d in easy_days if not adjacent(d, long) and d != long]
    return calm[-1] if calm else None


def _lengthen_long(params: PlanParams, shape: WeekShape, sessions: dict[str, Session], long: str, volume: int,
                   limits: Limits) -> None:
    """What the easy days could not take (too little for one more session) goes to the long session."""
    if long not in sessions or sub_type_of(sessions[long].name) != LONG or shape.phase == "taper":
        return
    left = volume - sum(session_length(s, params.sport) for s in sessions.values())
    now = session_length(sessions[long], params.sport)
    longer = min(now + left, limits.single, int(volume * long_share(params)), max(now, shape.long * 1.1))
    if longer > now:
        sessions[long] = _long_run(params, shape, longer)


def _hold_daniels_limits(params: PlanParams, sessions: dict[str, Session]) -> None:
    """A week that came out smaller than aimed at may make a quality session too big a share of it: that
    session becomes an easy run of the same length, so the week's volume stays."""
    if params.sport != "run":
        return
    volume = sum(session_length(s, params.sport) for s in sessions.values() if not s.name.startswith("Race day"))
    for day, session in list(sessions.items()):
        if hard_work(session) > work_limit(session.name) * volume:
            sessions[day] = SPORTS["run"][2](session_length(session, "run"))


def _keep_some_intensity(params: PlanParams, shape: WeekShape, sessions: dict[str, Session]) -> None:
    """A taper week too small for a quality session keeps its speed with strides in an easy run."""
    if params.sport != "run" or any(hard_work(s) for s in sessions.values()):
        return
    volume = sum(session_length(s, params.sport) for s in sessions.values())
    for day, session in sessions.items():
        if session.name.startswith("Easy"):
            length = session_length(session, params.sport)
            strides = run_strides(Slot(volume, shape.week, params, True, length), length)
            if strides is not None and session_length(strides, params.sport) <= length:
                sessions[day] = strides
                return


def _trim(params: PlanParams, sessions: dict[str, Session], most: int, keep: str) -> None:
    """Drop the smallest sessions (never the long one) while the week holds more than its limit."""
    def total() -> int:
        return sum(session_length(s, params.sport) for s in sessions.values())
    while total() > most and len(sessions) > 1:
        smallest = min((d for d in sessions if d != keep), key=lambda d: session_length(sessions[d], params.sport))
        del sessions[smallest]


def week_note(params: PlanParams, shape: WeekShape, sessions: tuple[tuple[str, Session], ...]) -> str:
    """What the week is for, and exactly which sessions carry it."""
    intro = "Race week: short and sharp." if shape.race_week else INTROS["recovery" if shape.recovery
                                                                            else shape.phase]
    key = [f"{day[:3]} {s.name}" for day, s in sessions if _hard(s) or "strides" in s.name or "drills" in s.name
           or "Medium" in s.name]
    easy = sum(1 for _, s in sessions if not (_hard(s) or "strides" in s.name or "drills" in s.name
                                              or "Medium" in s.name))
    parts = [intro]
    if shape.week == 1 and first_day(params):
        parts.append(f"The plan starts on {WEEKDAYS[first_day(params)]}.")
    if key:
        parts.append("Key sessions: " + "; ".join(key) + ".")
    if easy:
        parts.append(f"{easy} easy session{'s' if easy > 1 else ''}.")
    other = [f"{day[:3]} {choice.lower()}" for day, choice in other_days(params).items() if choice != "Rest"]
    if other:
        parts.append("Cross-training: " + ", ".join(other) + ".")
    note = " ".join(parts)
    return note if len(note) <= MAX_NOTE else " ".join(parts[:1] + parts[2:3])[:MAX_NOTE]


def _realized(week: PlannedWeek, params: PlanParams) -> tuple[int, int]:
    """The week's training volume and longest session as built (the race left out)."""
    sizes = [session_length(s, params.sport) for _, s in week.sessions if not s.name.startswith("Race day")]
    return sum(sizes), max(sizes or [0])


def _taper_shape(shape: WeekShape, built: list[int], built_longs: list[int], start: int) -> WeekShape:
    """Taper weeks are a share of the peak the plan really reached in its last block before the taper."""
    peak = max(built[-TAPER_PEAK_WEEKS:] or [start])
    long = round(max(built_longs[-TAPER_PEAK_WEEKS:] or [0]) * min(1.0, shape.fraction + 0.15))
    return replace(shape, volume=round(peak * shape.fraction), long=long)


def generate(params: PlanParams) -> GeneratedPlan:
    days = training_days(params)
    long = long_day(params, days)
    volumes, longs = [start_volume(params)], [initial_long(params)]
    built, built_longs, weeks = [], [], []
    for shape in shape_weeks(params, race_is_early(params)):
        if shape.phase == "taper":
            shape = _taper_shape(shape, built, built_longs, volumes[0])
        elif shape.recovery and len(volumes) > 1:   # a lighter week is lighter than the week as built
            shape = replace(shape, volume=min(shape.volume, round(volumes[-1] * RECOVERY_FACTOR)),
                            long=min(shape.long, round(longs[-1] * RECOVERY_FACTOR)))
        limits = Limits(volume=int(max(volumes[-3:]) * RAMP_CAP), single=int(max(longs[-4:]) * LONG_CAP))
        week = _week(params, shape, days, long, limits, weeks[-1] if weeks else None)
        weeks.append(week)
        volume, longest = _realized(week, params)
        volumes.append(volume)
        longs.append(longest)
        if shape.phase != "taper":
            built.append(volume)
            built_longs.append(longest)
    return GeneratedPlan(params=params, fitness=athlete_fitness(params), weeks=tuple(weeks))
