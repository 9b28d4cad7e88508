"""The sessions of a week: the long one, the quality ones, the easy ones, and the race itself.

Every length is rounded down, so a session never comes out longer than the limit it was sized to.
Quality work stays within Daniels' limits (COACHING.md): threshold work at most 10% of the week,
interval work at most 8% (and 10 km), strides and hill repeats at most 5%.
"""

from __future__ import annotations

from dataclasses import dataclass

from nexrex_app.coach.params import PlanParams
from nexrex_app.coach.periodization import event_seconds
from nexrex_app.coach.steps import Part, Repeat, Step
from nexrex_app.coach.zones import nearest_zone

EASY, LONG, TEMPO, INTERVAL = "easy-run", "long-run", "tempo-run", "interval-run"

PURPOSES = {
    EASY: "Easy aerobic session: relaxed and conversational, it builds the base and speeds recovery.",
    LONG: "Long session at an easy, steady effort: endurance, fuelling and patience.",
    TEMPO: "Sustained quality: hold an even, controlled effort to raise your threshold.",
    INTERVAL: "Hard repeats with easy recoveries: they lift your aerobic ceiling and speed.",
    "race": "Race day. Start controlled, settle into your goal effort, finish strong.",
}
SUB_TYPE_WORDS = (
    # the first word found in a workout's name tells its sub-type (the draft's parser relies on it)
    ("race day", TEMPO), ("medium-long", EASY), ("sweet spot", TEMPO), ("long", LONG), ("cruise", TEMPO),
    ("interval", INTERVAL), ("vo2", INTERVAL),
    ("css", INTERVAL), ("test", INTERVAL), ("repeat", INTERVAL), ("hill", INTERVAL), ("race pace", TEMPO),
    ("tempo", TEMPO), ("threshold", TEMPO), ("steady", TEMPO), ("easy", EASY),
    ("recovery", EASY),
)
T_SHARE, I_SHARE, R_SHARE = 0.10, 0.08, 0.05   # Daniels: of the week's volume, per session
I_MAX, R_MAX = 10_000, 8_000


def sub_type_of(name: str) -> str:
    lowered = name.lower()
    for word, sub_type in SUB_TYPE_WORDS:
        if word in lowered:
            return sub_type
    return EASY


def purpose_of(name: str) -> str:
    return PURPOSES["race"] if name.lower().startswith("race day") else PURPOSES[sub_type_of(name)]


@dataclass(frozen=True)
class Session:
    name: str
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class Slot:
    """What a quality session is sized from: the week's volume and number, and how much it may be."""
    volume: int
    week: int
    params: PlanParams
    taper: bool
    limit: int   # the longest the whole session may be (the 110% rule)


def floor_to(value: float, step: int) -> int:
    return int(value // step) * step


def _km(meters: int) -> str:
    return f"{meters / 1000:g} km"


def _clock(seconds: int) -> str:
    hours, minutes = divmod(seconds // 60, 60)
    return f"{hours}h{minutes:02d}" if hours else f"{minutes} min"


def _length(parts: tuple[Part, ...], unit: str) -> int:
    total = 0
    for part in parts:
        if isinstance(part, Repeat):
            total += part.times * sum(step.length for step in part.steps if step.unit == unit)
        elif part.unit == unit:
            total += part.length
    return total


def hard_work(session: Session) -> int:
    """Metres at threshold (z4) or faster (z5) in a session."""
    total = 0
    for part in session.parts:
        steps, times = (part.steps, part.times) if isinstance(part, Repeat) else ((part,), 1)
        total += times * sum(s.length for s in steps if s.unit == "m" and nearest_zone(s.zone) in ("z4", "z5"))
    return total


def work_limit(name: str) -> float:
    """Daniels' most for one session, as a share of the week: T 10%, I 8%, R (hills, strides) 5%."""
    if name.startswith(("Tempo", "Cruise")):
        return T_SHARE
    if name.startswith("Intervals"):
        return I_SHARE
    if name.startswith("Race day"):
        return 100.0
    return R_SHARE if ("strides" in name or name.startswith("Hill")) else 100.0


# --- running (metres) ---------------------------------------------------------------------------

DRILL_DAY_SHARE = 0.25   # of the week: an easy swim around drills
REP_LENGTHS = {"basic": (400, 600, 800), "intermediate": (800, 1000, 1200), "advanced": (1000, 1200, 1600)}


def _warm(slot: Slot) -> int:
    return 1500 if slot.params.level == "basic" or slot.taper else 2000


def run_strides(slot: Slot, easy: int) -> Session | None:
    reps = min(8, floor_to(slot.volume * R_SHARE, 100) // 100)
    easy = floor_to(min(easy, slot.limit - reps * 200), 100)
    if reps < 3 or easy < 1500:
        return None
    return Session(f"Easy {_km(easy)} + strides", (Step(easy, "m", "z2"),
                                                   Repeat(reps, (Step(100, "m", "R pace"), Step(100, "m", "z1")))))


def run_hills(slot: Slot) -> Session | None:
    warm = _warm(slot)
    reps = min(10, floor_to(slot.volume * R_SHARE, 200) // 200)
    if reps < 3 or 2 * warm + reps * 400 > slot.limit:
        return None
    return Session(f"Hill repeats {reps}x200 m", (Step(warm, "m", "z1"), Repeat(reps, (
        Step(200, "m", "z5"), Step(200, "m", "z1"))), Step(warm, "m", "z1")))


def run_tempo(slot: Slot) -> Session | None:
    warm = _warm(slot)
    main = floor_to(min(slot.volume * T_SHARE, slot.limit - 2 * warm), 500)
    if main < 1000:
        return None
    if slot.week % 2 == 0 and main >= 3000:  # cruise intervals on alternate weeks
        rep = 1000 if main < 5000 else 1600 if main < 8000 else 2000
        reps = main // rep
        return Session(f"Cruise intervals {reps}x{_km(rep)}", (Step(warm, "m", "z1"), Repeat(reps, (
            Step(rep, "m", "z4"), Step(200, "m", "z1"))), Step(warm, "m", "z1")))
    return Session(f"Tempo {_km(warm * 2 + main)}", (Step(warm, "m", "z1"), Step(main, "m", "z4"),
                                                     Step(warm, "m", "z1")))


def run_intervals(slot: Slot) -> Session | None:
    warm = _warm(slot)
    allowed = min(slot.volume * I_SHARE, I_MAX)
    lengths = REP_LENGTHS[slot.params.level]
    rep = lengths[slot.week % len(lengths)]
    while rep > 200 and allowed < 3 * rep:
        rep -= 200
    reps = min(12, int(allowed // rep))
    if reps < 3 or 2 * warm + reps * rep * 1.5 > slot.limit:
        return None
    return Session(f"Intervals {reps}x{rep} m", (Step(warm, "m", "z1"), Repeat(reps, (
        Step(rep, "m", "z5"), Step(rep // 2, "m", "z1"))), Step(warm, "m", "z1")))


RUN_QUALITY = {"strides": lambda slot: run_strides(slot, slot.volume * 0.15), "hills": run_hills,
               "tempo": run_tempo, "intervals": run_intervals, "steady": run_tempo}


def run_quality(kind: str, slot: Slot) -> Session | None:
    return RUN_QUALITY[kind](slot)


def run_long(length: int, marathon_pace: int = 0) -> Session:
    meters = floor_to(length, 100)
    if marathon_pace and meters - marathon_pace >= 8000:
        return Session(f"Long run {_km(meters)} with {_km(marathon_pace)} at marathon pace", (
            Step(meters - marathon_pace - 1000, "m", "z2"), Step(marathon_pace, "m", "z3"), Step(1000, "m", "z2")))
    return Session(f"Long run {_km(meters)}", (Step(meters, "m", "z2"),))


def run_easy(length: int, kind: str = "easy") -> Session:
    meters = floor_to(length, 100)
    if kind == "recovery":
        return Session(f"Recovery {_km(meters)}", (Step(meters, "m", "z1"),))
    if kind == "medium-long":
        return Session(f"Medium-long run {_km(meters)}", (Step(meters, "m", "z2"),))
    return Session(f"Easy {_km(meters)}", (Step(meters, "m", "z2"),))


# --- cycling (seconds) ----------------------------------------------------------------------------


def bike_quality(kind: str, slot: Slot) -> Session | None:
    warm, cool = 900, 600
    scale = 0.6 if slot.taper else 1.0
    if kind == "test":
        return Session("FTP test 20 min", (Step(warm, "s", "z1"), Step(300, "s", "z5"), Step(600, "s", "z1"),
                                           Step(1200, "s", "z5"), Step(cool, "s", "z1")))
    if kind in ("steady", "strides", "hills"):   # Coggan level 3, 76–90% of FTP
        effort = floor_to(min(900 + 120 * slot.week, 1800) * scale, 60)
        reps, zone, label = 3, "z3", "Tempo"
    elif kind == "tempo" and slot.week % 2 == 0 and not slot.taper:   # sweet spot, 88–94% of FTP
        effort = floor_to(min(600 + 90 * slot.week, 2400), 60)
        reps, zone, label = 2, "sweet spot", "Sweet spot"
    elif kind == "tempo":                        # Coggan level 4, 91–105% of FTP
        effort = floor_to(min(480 + 60 * slot.week, 1200) * scale, 60)
        reps, zone, label = 2 if effort >= 900 else 3, "z4", "Threshold"
    else:                                        # Coggan level 5, 106–120% of FTP
        reps = max(3, round((6 if slot.params.level == "advanced" else 5) * scale))
        return Session(f"VO2 intervals {reps}x4 min", (Step(warm, "s", "z1"), Repeat(reps, (
            Step(240, "s", "z5"), Step(240, "s", "z1"))), Step(cool, "s", "z1")))
    return Session(f"{label} {reps}x{effort // 60} min", (
        Step(warm, "s", "z1"), Repeat(reps, (Step(effort, "s", zone), Step(300, "s", "z1"))), Step(cool, "s", "z1")))


def bike_long(length: int, marathon_pace: int = 0) -> Session:
    seconds = floor_to(length, 60)   # to the minute: 5-minute steps would eat half of a 10% rise
    return Session(f"Long ride {_clock(seconds)}", (Step(seconds, "s", "z2"),))


def bike_easy(length: int, kind: str = "easy") -> Session:
    seconds = floor_to(length, 300)
    return Session(f"{'Recovery' if kind == 'recovery' else 'Easy'} ride {_clock(seconds)}",
                   (Step(seconds, "s", "z1" if kind == "recovery" else "z2"),))


# --- swimming (metres) ----------------------------------------------------------------------------


def swim_race_zone(distance: int) -> str:
    """Short races are swum at CSS; the longer the race, the further below it."""
    return "z5" if distance <= 400 else "z4" if distance <= 1500 else "z3" if distance <= 3800 else "z2"


def swim_quality(kind: str, slot: Slot) -> Session | None:
    scale = 0.6 if slot.taper else 1.0
    if kind == "test":
        return Session("CSS test 400 m + 200 m", (Step(400, "m", "z1"), Step(400, "m", "z5"), Step(200, "m", "z1"),
                                                  Step(200, "m", "z5"), Step(200, "m", "z1")))
    if kind in ("steady", "strides", "hills"):
        reps = max(4, min(8, floor_to(slot.volume * 0.08 * scale, 50) // 50))
        # the drills sit inside an easy swim of a normal day's length, so a big week is not left short
        around = max(400, floor_to((min(slot.limit, slot.volume * DRILL_DAY_SHARE * scale) - reps * 50) / 2, 100))
        return Session(f"Easy swim with drills {reps}x50 m", (Step(around, "m", "z2"), Repeat(reps, (
            Step(50, "m", "z1"), Step(15, "s", "z1"))), Step(around, "m", "z2")))
    if kind == "tempo":
        zone, rep = swim_race_zone(slot.params.race.distance_m), 400 if slot.params.race.distance_m > 1500 else 200
        reps = max(3, min(10, floor_to(slot.volume * 0.12 * scale, rep) // rep))
        return Session(f"Race pace {reps}x{rep} m", (Step(300, "m", "z1"), Repeat(reps, (
            Step(rep, "m", zone), Step(20, "s", "z1"))), Step(200, "m", "z1")))
    reps = max(6, min(20, floor_to(slot.volume * 0.12 * scale, 100) // 100))
    return Session(f"CSS intervals {reps}x100 m", (Step(400, "m", "z1"), Repeat(reps, (
        Step(100, "m", "z4"), Step(15, "s", "z1"))), Step(200, "m", "z1")))


def swim_long(length: int, marathon_pace: int = 0) -> Session:
    meters = floor_to(length, 100)
    return Session(f"Long swim {meters} m", (Step(meters, "m", "z2"),))


def swim_easy(length: int, kind: str = "easy") -> Session:
    meters = floor_to(length, 100)
    return Session(f"{'Recovery' if kind == 'recovery' else 'Easy'} swim {meters} m",
                   (Step(meters, "m", "z1" if kind == "recovery" else "z2"),))


SPORTS = {
    # quality builder, long builder, easy builder, the shortest easy session worth doing
    "run": (run_quality, run_long, run_easy, 2000),
    "bike": (bike_quality, bike_long, bike_easy, 1800),
    "swim": (swim_quality, swim_long, swim_easy, 1000),
}


def race_session(params: PlanParams) -> Session:
    distance = params.race.distance_m
    if params.sport == "bike":
        zone = "z4" if distance <= 40_000 else "z3" if distance <= 90_000 else "z2"
        return Session(f"Race day – {params.race.name}", (Step(event_seconds(params), "s", zone),))
    if params.sport == "run":
        zone = "z5" if distance <= 5000 else "z4" if distance <= 21_100 else "z3"
    else:
        zone = swim_race_zone(distance)
    return Session(f"Race day – {params.race.name}", (Step(distance, "m", zone),))


def session_length(session: Session, sport: str) -> int:
    """A session's volume in the sport's unit (metres, or seconds for cycling)."""
    return _length(session.parts, "s" if sport == "bike" else "m")
