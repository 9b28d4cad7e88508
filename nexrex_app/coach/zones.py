"""Training zones z1–z5 for running (Daniels' VDOT), cycling (Coggan, % of FTP) and swimming (CSS),
and the named intensities that fall between or beyond them (sweet spot, R pace, event pace).

Running: Daniels and Gilbert's equations relate velocity v (m/min) to oxygen cost and race duration
t (min) to the fraction of VO2max that can be sustained; a race result gives the VDOT, and each zone
is the velocity at a fraction of it (the marathon zone is the predicted marathon pace).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from nexrex_app.base.units import pace_text
from nexrex_app.base.vocabulary import PACE_ZONES

MARATHON_M = 42_195
LEVEL_TYPICAL = {
    # A runner's VDOT, a rider's FTP (W) and a swimmer's CSS (s/100 m) typical of each level.
    "basic": {"vdot": 35.0, "ftp": 150, "css": 130},
    "intermediate": {"vdot": 45.0, "ftp": 220, "css": 105},
    "advanced": {"vdot": 55.0, "ftp": 280, "css": 85},
}


def oxygen_cost(velocity: float) -> float:
    """ml/kg/min to run at ``velocity`` m/min."""
    return -4.60 + 0.182258 * velocity + 0.000104 * velocity ** 2


def sustainable_fraction(minutes: float) -> float:
    """Fraction of VO2max that can be held for a race of ``minutes``."""
    return 0.8 + 0.1894393 * math.exp(-0.012778 * minutes) + 0.2989558 * math.exp(-0.1932605 * minutes)


def vdot_from_race(distance_m: float, seconds: float) -> float:
    minutes = seconds / 60
    return oxygen_cost(distance_m / minutes) / sustainable_fraction(minutes)


def velocity_for(vo2: float) -> float:
    """The velocity (m/min) whose oxygen cost is ``vo2``: the positive root of the quadratic."""
    a, b, c = 0.000104, 0.182258, -4.60 - vo2
    return (-b + math.sqrt(b * b - 4 * a * c)) / (2 * a)


def race_seconds(vdot: float, distance_m: float) -> float:
    """Predicted race time: the duration at which the race's VO2 cost equals what VDOT sustains."""
    low, high = 1.0, 2000.0  # minutes
    for _ in range(80):
        middle = (low + high) / 2
        if oxygen_cost(distance_m / middle) / sustainable_fraction(middle) > vdot:
            low = middle
        else:
            high = middle
    return (low + high) / 2 * 60


def seconds_per_km(velocity: float) -> float:
    return 60_000 / velocity


@dataclass(frozen=True)
class Zone:
    name: str          # z1 … z5
    label: str         # Recovery, Easy, …
    meaning: str
    low: float         # the easy end of the range, in the sport's unit
    high: float        # the hard end
    target: float      # what a workout aims at
    unit: str          # "s/km", "W", "s/100m"

    def describe(self) -> str:
        return f"{self.label} ({self.name}, {format_value(self.low, self.unit)}–{format_value(self.high, self.unit)})"


def format_value(value: float, unit: str) -> str:
    return f"{round(value)} W" if unit == "W" else pace_text(value, unit)


RUN_FRACTIONS = (
    # zone, label, meaning, fraction of VDOT at the easy end, at the hard end, the target
    ("z1", "Recovery", "very easy jogging to recover", 0.55, 0.62, 0.59),
    ("z2", "Easy", "conversational aerobic running", 0.62, 0.74, 0.68),
    ("z3", "Marathon", "steady, the pace of your marathon", None, None, None),
    ("z4", "Threshold", "comfortably hard, about one hour's race effort", 0.86, 0.90, 0.88),
    ("z5", "Interval", "hard, about 3–5 minutes' race effort", 0.95, 1.00, 0.975),
)


@lru_cache(maxsize=256)
def running_zones(vdot: float) -> tuple[Zone, ...]:
    zones: list[Zone] = []
    for name, label, meaning, easy, hard, target in RUN_FRACTIONS:
        if easy is None:
            marathon = MARATHON_M / race_seconds(vdot, MARATHON_M) * 60  # m/min
            zones.append(Zone(name, label, meaning, seconds_per_km(marathon * 0.985), seconds_per_km(marathon * 1.015),
                              seconds_per_km(marathon), "s/km"))
            continue
        zones.append(Zone(name, label, meaning, seconds_per_km(velocity_for(vdot * easy)),
                          seconds_per_km(velocity_for(vdot * hard)), seconds_per_km(velocity_for(vdot * target)),
                          "s/km"))
    return tuple(zones)


COGGAN = (
    ("z1", "Active recovery", "easy spinning", 0.40, 0.55, 0.50),
    ("z2", "Endurance", "all-day aerobic riding", 0.56, 0.75, 0.68),
    ("z3", "Tempo", "brisk, sustainable for an hour or two", 0.76, 0.90, 0.85),
    ("z4", "Threshold", "around your one-hour power", 0.91, 1.05, 0.98),
    ("z5", "VO2max", "hard efforts of 3–8 minutes", 1.06, 1.20, 1.12),
)


@lru_cache(maxsize=256)
def cycling_zones(ftp: float) -> tuple[Zone, ...]:
    return tuple(Zone(name, label, meaning, ftp * low, ftp * high, ftp * target, "W")
                 for name, label, meaning, low, high, target in COGGAN)


CSS_OFFSETS = (
    # seconds per 100 m slower (+) or faster (−) than Critical Swim Speed; each zone starts where the last ends
    ("z1", "Recovery", "relaxed, long strokes", 22, 14, 18),
    ("z2", "Aerobic", "steady aerobic swimming, the pace of long races", 14, 7, 10),
    ("z3", "Tempo", "strong and sustained, middle-distance race pace", 7, 2, 5),
    ("z4", "Threshold", "your Critical Swim Speed", 2, -2, 0),
    ("z5", "Speed", "fast efforts with full rest", -2, -6, -3),
)


@lru_cache(maxsize=256)
def swimming_zones(css: float) -> tuple[Zone, ...]:
    return tuple(Zone(name, label, meaning, css + low, css + high, css + target, "s/100m")
                 for name, label, meaning, low, high, target in CSS_OFFSETS)


MILE_M = 1609


@dataclass(frozen=True)
class NamedIntensity:
    """An intensity coaches name that z1–z5 cannot say exactly. A block carries it as its ``block_name``
    (the label) with the nearest zone as its ``block_pace``; the draft writes it as its word."""
    word: str        # in the draft: "20 min sweet spot", "100 m R pace"
    sport: str
    label: str       # the block's name
    zone: str        # the nearest of z1–z5
    meaning: str
    share: tuple[float, float, float] | None = None   # of FTP: easy end, hard end, target

    def describe(self) -> str:
        return f"{self.label} ({self.zone}): {self.meaning}"


NAMED_INTENSITIES = (
    # Sweet spot: 88–94% of FTP, between Coggan's L3 and L4; its middle, 91%, is where L4 starts.
    NamedIntensity("sweet spot", "bike", "Sweet spot 88–94% FTP", "z4", "88–94% of FTP, between tempo and threshold",
                   (0.88, 0.94, 0.91)),
    # Daniels' R pace: about your current mile race pace, faster than I pace (z5 is the nearest zone).
    NamedIntensity("R pace", "run", "R pace", "z5", "repetition pace, about your mile race pace, faster than "
                   "interval pace"),
    # The effort a gran fondo or a century is ridden at, held through the peak weeks' longest rides: the upper
    # half of Coggan's L2 into low L3; its middle, 72%, is nearest to z2.
    NamedIntensity("event pace", "bike", "Event pace 65–80% FTP", "z2", "65–80% of FTP, the steady effort of a "
                   "long ride event", (0.65, 0.80, 0.72)),
)
NAMED_BY_WORD = {named.word.lower(): named for named in NAMED_INTENSITIES}
NAMED_BY_LABEL = {named.label.lower(): named for named in NAMED_INTENSITIES}


def named_intensity(word_or_label: str | None) -> NamedIntensity | None:
    """The named intensity a draft word or a block name stands for, else None."""
    if not word_or_label or word_or_label in PACE_ZONES:
        return None
    key = word_or_label.strip().lower()
    return NAMED_BY_WORD.get(key) or NAMED_BY_LABEL.get(key)


def block_named_intensity(block: dict) -> NamedIntensity | None:
    """The named intensity a content block stands for: its name is the label, its pace the nearest zone."""
    named = named_intensity(block.get("block_name"))
    return named if named is not None and named.zone == block.get("block_pace") else None


def nearest_zone(intensity: str) -> str:
    """z1–z5 itself, or the zone nearest to a named intensity."""
    if intensity in PACE_ZONES:
        return intensity
    named = named_intensity(intensity)
    return named.zone if named else intensity


@lru_cache(maxsize=256)
def _named_zone(named: NamedIntensity, fitness: Fitness) -> Zone:
    if named.share is not None:
        low, high, target = (fitness.ftp * share for share in named.share)
        return Zone(named.zone, named.label, named.meaning, low, high, target, "W")
    mile = MILE_M / race_seconds(fitness.vdot, MILE_M) * 60   # m/min
    return Zone(named.zone, named.label, named.meaning, seconds_per_km(mile * 0.985), seconds_per_km(mile * 1.015),
                seconds_per_km(mile), "s/km")


@dataclass(frozen=True)
class Fitness:
    sport: str
    vdot: float | None = None
    ftp: float | None = None
    css: float | None = None

    def zones(self) -> tuple[Zone, ...]:
        if self.sport == "bike":
            return cycling_zones(self.ftp)
        if self.sport == "swim":
            return swimming_zones(self.css)
        return running_zones(self.vdot)

    def zone(self, name: str) -> Zone:
        """A zone z1–z5, or a named intensity of this sport as the athlete's own range."""
        named = named_intensity(name)
        if named is not None and named.sport == self.sport:
            return _named_zone(named, self)
        return self.zones()[int(nearest_zone(name)[1]) - 1]

    def seconds_for(self, meters: int, zone: str) -> int:
        """How long ``meters`` take at the zone's target (running and swimming)."""
        target = self.zone(zone).target
        per_meter = target / 1000 if self.sport != "swim" else target / 100
        return round(meters * per_meter)


def fitness_for(sport: str, level: str, figures: dict | None) -> Fitness:
    """The athlete's fitness from what the coach gave (a race, FTP, CSS), else the level's typical values."""
    figures = figures or {}
    typical = LEVEL_TYPICAL[level]
    if sport == "bike":
        return Fitness(sport, ftp=float(figures.get("ftp_watts") or typical["ftp"]))
    if sport == "swim":
        return Fitness(sport, css=float(figures.get("css_seconds_per_100m") or typical["css"]))
    distance, seconds = figures.get("race_distance_in_meters"), figures.get("race_time_in_seconds")
    vdot = vdot_from_race(distance, seconds) if distance and seconds else typical["vdot"]
    return Fitness(sport, vdot=round(vdot, 1))
