"""The plan engine beside the published plans of COACHING.md: 5K, 10K, half and marathon × level.

Run: .venv/bin/python scripts/coach_references.py   (prints a Markdown table; the README carries it)

For each race and level the engine generates a plan of the published plan's length (or the usual one)
and reports its peak week, its longest run, its runs per week and its quality sessions per week
(threshold and interval work, averaged over the weeks that hold any), beside the published figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nexrex_app.coach.draft import render, structured  # noqa: E402
from nexrex_app.coach.generator import generate  # noqa: E402
from nexrex_app.coach.params import parse_params  # noqa: E402
from nexrex_app.coach.safety import is_race  # noqa: E402

EVENTS = (("5k", "5K", 8), ("10k", "10K", 10), ("half_marathon", "Half", 12), ("marathon", "Marathon", 18))
LEVELS = ("basic", "intermediate", "advanced")
# (event, level) -> the published reference: plan, peak week km, longest run km, runs a week
PUBLISHED = {
    ("5k", "basic"): ("Higdon 5K Novice", "12–15", "5", "3"),
    ("half_marathon", "basic"): ("Higdon Half Novice 1", "about 30", "16", "3–4"),
    ("marathon", "basic"): ("Higdon Marathon Novice 1", "about 64", "32", "4"),
    ("marathon", "intermediate"): ("Higdon Marathon Intermediate 1", "about 80", "32", "5"),
    ("marathon", "advanced"): ("Pfitzinger 18/55 – 18/70", "88–113", "32–35", "5–7"),
}


def figures(event: str, level: str, weeks: int) -> dict:
    params = parse_params({"type": "run", "level": level, "weeks": weeks, "goal_race": {"event": event}})
    plan = generate(params)
    items, _ = structured(render(plan), params, plan.fitness)
    training = [i for i in items if not is_race(i)]
    by_week = [[i for i in training if i["week"] == week] for week in range(1, weeks + 1)]
    volumes = [sum(i["target_distance_in_meters"] for i in week) for week in by_week]
    quality = [sum(i["workout_sub_type"] in ("tempo-run", "interval-run") for i in week) for week in by_week]
    built = [week for week in by_week if week]
    return {"peak_km": max(volumes) / 1000, "long_km": max(i["target_distance_in_meters"] for i in training) / 1000,
            "runs": max(len(week) for week in built),
            "quality": sum(quality) / max(1, sum(1 for q in quality if q)) if any(quality) else 0.0}


def rows() -> list[list[str]]:
    table = []
    for event, name, weeks in EVENTS:
        for level in LEVELS:
            got = figures(event, level, weeks)
            reference = PUBLISHED.get((event, level), ("—", "—", "—", "—"))
            table.append([name, level, str(weeks), f"{got['peak_km']:.0f}", f"{got['long_km']:g}", str(got["runs"]),
                          f"{got['quality']:.1f}", *reference])
    return table


HEADER = ["race", "level", "weeks", "peak week (km)", "longest run (km)", "runs / week", "quality / week",
          "published plan", "its peak week (km)", "its longest run (km)", "its runs / week"]


def main() -> None:
    print("| " + " | ".join(HEADER) + " |")
    print("|" + "---|" * len(HEADER))
    for row in rows():
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
