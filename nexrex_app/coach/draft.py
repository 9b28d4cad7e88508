"""The draft: the plan as text a coach can read and edit, one line per training day, and its parser.

    # Half marathon · intermediate · 12 weeks · VDOT 45.0
    ## W3 build — Build: threshold and interval work raise race fitness while the volume climbs.
    W3 Tue  Tempo 10 km: 2 km z1, 6 km z4, 2 km z1
    W3 Thu  Intervals 6x800 m: 2 km z1, 6x(800 m z5, 400 m z1), 2 km z1

Lines starting with ``##`` carry a week's phase and note; other ``#`` lines are comments. Reading a
draft back builds each workout from its steps exactly as the generator does, so an unedited draft
gives the same plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nexrex_app.coach.advice import warnings
from nexrex_app.coach.generator import GeneratedPlan
from nexrex_app.coach.params import PlanParams
from nexrex_app.coach.sessions import purpose_of, sub_type_of
from nexrex_app.coach.steps import Part, Repeat, Step, describe, format_parts, to_blocks
from nexrex_app.coach.zones import NAMED_INTENSITIES, Fitness, named_intensity
from nexrex_app.base.blocks import totals
from nexrex_app.base.errors import InvalidInput
from nexrex_app.base.units import pace_text
from nexrex_app.base.wording import level_word, sport_word
from nexrex_app.base.vocabulary import WEEKDAYS

DAY_ABBREVIATIONS = {day[:3].lower(): day for day in WEEKDAYS} | {day.lower(): day for day in WEEKDAYS}
PHASES = ("base", "build", "peak", "taper")
WEEK_LINE = re.compile(r"^##\s*W(\d+)\s+(\w+)\s*(?:[—-]+\s*(.*))?$", re.IGNORECASE)
# The head of a day line, before its first colon. "\s+" and "\S" cannot both take a character, so a long
# line is read in one pass (the old "(.+?)\s*:" tried every split of the line: quadratic).
DAY_HEAD = re.compile(r"^W(\d+)\s+([A-Za-z]+)\s+(\S.*)$")
STEP = re.compile(r"^(\d+(?:\.\d+)?)\s*(km|m|min|s|h)\s+(z[1-5]|" +
                  "|".join(re.escape(named.word) for named in NAMED_INTENSITIES) + ")$", re.IGNORECASE)
REPEAT = re.compile(r"^(\d+)\s*[x×]\s*\((.+)\)$", re.IGNORECASE)
UNITS = {"km": (1000, "m"), "m": (1, "m"), "h": (3600, "s"), "min": (60, "s"), "s": (1, "s")}
MAX_REPEAT = 50
MAX_DRAFT_CHARS = 60_000  # a 52-week plan is under 20 000
MAX_LINE_CHARS = 400


@dataclass(frozen=True)
class DraftWeek:
    week: int
    phase: str
    note: str


@dataclass(frozen=True)
class DraftWorkout:
    week: int
    day: str
    name: str
    parts: tuple[Part, ...]


# --- writing -------------------------------------------------------------------------------------


def fitness_label(fitness: Fitness) -> str:
    if fitness.sport == "bike":
        return f"FTP {fitness.ftp:g} W"
    if fitness.sport == "swim":
        return f"CSS {pace_text(fitness.css, 's/100m')}"
    return f"VDOT {fitness.vdot:.1f}"


def render(plan: GeneratedPlan) -> str:
    params = plan.params
    lines = [f"# {params.race.name} · {sport_word(params.sport)} · {level_word(params.level)} · {params.weeks} weeks · "
             f"{fitness_label(plan.fitness)}",
             "# One line per training day: W<week> <day>  <name>: <steps>. Edit freely, then generate the plan."]
    lines.append("# Rules kept: weeks run Monday to Sunday; no session over 110% of the longest of the 30 days before "
                 "(Frandsen 2025), so long runs may stay below a published plan's; a week at most 10% above the "
                 "three before, every 4th a quarter lighter; quality work within Daniels' limits.")
    lines += [f"# Warning: {warning}" for warning in warnings(plan)]
    for week in plan.weeks:
        lines.append("")
        lines.append(f"## W{week.shape.week} {week.shape.phase} — {week.note}")
        for day, session in week.sessions:
            lines.append(f"W{week.shape.week} {day[:3]}  {session.name}: {format_parts(session.parts)}")
    return "\n".join(lines) + "\n"


# --- reading -------------------------------------------------------------------------------------


def _split_top(text: str) -> list[str]:
    """Split on commas that are not inside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def _step(text: str) -> Step:
    found = STEP.match(text.strip())
    if not found:
        raise ValueError(f"'{text.strip()}' is not a step like '2 km z1', '800 m z5', '15 min z2', "
                         "'20 min sweet spot' or '200 m R pace'")
    amount, unit, zone = found.groups()
    factor, kind = UNITS[unit.lower()]
    length = round(float(amount) * factor)
    if length <= 0:
        raise ValueError(f"'{text.strip()}' has no length")
    named = named_intensity(zone)
    return Step(length, kind, named.word if named else zone.lower())


def _parts(text: str) -> tuple[Part, ...]:
    parts: list[Part] = []
    for piece in _split_top(text):
        repeat = REPEAT.match(piece)
        if repeat:
            times = int(repeat.group(1))
            if not 1 <= times <= MAX_REPEAT:
                raise ValueError(f"a repeat is 1 to {MAX_REPEAT} times, not {times}")
            parts.append(Repeat(times, tuple(_step(s) for s in _split_top(repeat.group(2)))))
        else:
            parts.append(_step(piece))
    return tuple(parts)


def parse(text: str, weeks: int) -> tuple[list[DraftWeek], list[DraftWorkout]]:
    """The weeks and workouts of a draft; InvalidInput lists every line it cannot read, by number."""
    if len(text) > MAX_DRAFT_CHARS:
        raise InvalidInput(f"The draft is longer than {MAX_DRAFT_CHARS} characters: shorten it.",
                           field="refined_draft", code="DRAFT_TOO_LONG")
    draft_weeks: list[DraftWeek] = []
    workouts: list[DraftWorkout] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if len(line) > MAX_LINE_CHARS:
            problems.append(f"Line {number}: longer than {MAX_LINE_CHARS} characters.")
            continue
        if not line or (line.startswith("#") and not line.startswith("##")):
            continue
        try:
            if line.startswith("##"):
                draft_weeks.append(_week_line(line, weeks))
            else:
                workouts.append(_day_line(line, weeks))
        except ValueError as exc:
            problems.append(f"Line {number}: {exc}.")
    if problems:
        raise InvalidInput(" ".join(problems[:10]), field="refined_draft", code="DRAFT_UNREADABLE")
    seen = set()
    for workout in workouts:
        if (workout.week, workout.day) in seen:
            raise InvalidInput(f"W{workout.week} {workout.day[:3]} has two workouts: one per day.",
                               field="refined_draft", code="DRAFT_UNREADABLE")
        seen.add((workout.week, workout.day))
    return draft_weeks, workouts


def _week_line(line: str, weeks: int) -> DraftWeek:
    found = WEEK_LINE.match(line)
    if not found:
        raise ValueError("a week line reads '## W3 build — note'")
    week, phase, note = int(found.group(1)), found.group(2).lower(), (found.group(3) or "").strip()
    if not 1 <= week <= weeks:
        raise ValueError(f"week {week} is outside the plan's {weeks} weeks")
    if phase not in PHASES:
        raise ValueError(f"the phase is one of {', '.join(PHASES)}, not '{phase}'")
    return DraftWeek(week, phase, note)


def _day_line(line: str, weeks: int) -> DraftWorkout:
    head, _, steps = line.partition(":")
    found = DAY_HEAD.match(head.rstrip())
    if not found or not steps.strip():
        raise ValueError(f"'{line}' does not read as 'W<week> <day>  <name>: <steps>'")
    week, day_text, name = found.groups()
    week = int(week)
    if not 1 <= week <= weeks:
        raise ValueError(f"week {week} is outside the plan's {weeks} weeks")
    day = DAY_ABBREVIATIONS.get(day_text.lower())
    if day is None:
        raise ValueError(f"'{day_text}' is not a day (Mon … Sun)")
    return DraftWorkout(week, day, name.strip(), _parts(steps.strip()))


# --- structured workouts -------------------------------------------------------------------------


def workout_item(workout: DraftWorkout, phase: str, sport: str, fitness: Fitness) -> dict:
    blocks = to_blocks(workout.parts, fitness)
    total = totals(blocks)
    return {
        "week": workout.week, "day": workout.day, "phase": phase, "workout_name": workout.name,
        "workout_type": sport, "workout_sub_type": sub_type_of(workout.name),
        "description": describe(purpose_of(workout.name), workout.parts, fitness),
        "target_distance_in_meters": total.distance_in_meters, "target_duration_in_seconds": total.duration_in_seconds,
        "content_blocks": blocks,
    }


def structured(text: str, params: PlanParams, fitness: Fitness) -> tuple[list[dict], list[dict]]:
    """Workouts (one per training day, Monday first) and weekly info from a draft."""
    draft_weeks, draft_workouts = parse(text, params.weeks)
    phase_of = {w.week: w.phase for w in draft_weeks}
    notes = {w.week: w.note for w in draft_weeks}
    items = [workout_item(w, phase_of.get(w.week, "build"), params.sport, fitness)
             for w in sorted(draft_workouts, key=lambda w: (w.week, WEEKDAYS.index(w.day)))]
    weekly = []
    for week in range(1, params.weeks + 1):
        mine = [item for item in items if item["week"] == week]
        weekly.append({"week": week, "phase": phase_of.get(week, "build"),
                       "distance_in_meters": sum(i["target_distance_in_meters"] for i in mine),
                       "duration_in_seconds": sum(i["target_duration_in_seconds"] for i in mine),
                       "workouts": len(mine), "notes": notes.get(week, "")})
    return items, weekly
