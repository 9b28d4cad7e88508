"""Compliance bands (TrainingPeaks' published colour rules, COACHING.md): done against planned, by distance
where the plan sets a distance, else by duration. 80–120 % green, 50–79 % or 121–150 % yellow, under 50 % or
over 150 % orange; a planned workout not done is amber ("skipped")."""

from __future__ import annotations

from dataclasses import dataclass

from nexrex_app.base.vocabulary import ComplianceBand as Band
from nexrex_app.models.activity_schemas import ActivityView, Compliance


def band_of(ratio: float) -> Band:
    percent = round(ratio * 100)
    if 80 <= percent <= 120:
        return "green"
    if 50 <= percent <= 150:
        return "yellow"
    return "orange"


def compliance(done: int, planned: int) -> Compliance | None:
    """The band and ratio of ``done`` against ``planned``; None when nothing was planned."""
    if planned <= 0:
        return None
    return Compliance(band=band_of(done / planned), ratio=round(done / planned, 3))


def planned_distance(view: ActivityView) -> int:
    return (view.workout or {}).get("target_distance_in_meters") or 0


def planned_time(view: ActivityView) -> int:
    """The planned time of a workout set by time alone (a ride of 90 minutes); 0 for one set by distance."""
    return 0 if planned_distance(view) else (view.workout or {}).get("target_duration_in_seconds") or 0


def activity_compliance(view: ActivityView) -> Compliance | None:
    """The band of a completed workout against its plan, amber for a skipped one, None otherwise."""
    if view.status == "skipped":
        return Compliance(band="amber", ratio=0.0)
    if view.status != "completed":
        return None
    if planned_distance(view):
        return compliance(view.distance_in_meters or 0, planned_distance(view))
    return compliance(view.duration_in_seconds or 0, planned_time(view))


@dataclass(frozen=True)
class WeekTotals:
    """A week's plan against what was done: distance for workouts set by distance (and unplanned activities), time
    for those set by time, and how many planned workouts each kind covers."""

    planned_m: int
    done_m: int
    distance_workouts: int
    planned_s: int
    done_s: int
    time_workouts: int


def week_totals(views: list[ActivityView]) -> WeekTotals:
    by_time = [v for v in views if planned_time(v)]
    by_distance = [v for v in views if not planned_time(v)]
    return WeekTotals(
        planned_m=sum(planned_distance(v) for v in by_distance),
        done_m=sum(v.distance_in_meters or 0 for v in by_distance if v.status == "completed"),
        distance_workouts=sum(1 for v in by_distance if planned_distance(v)),
        planned_s=sum(planned_time(v) for v in by_time),
        done_s=sum(v.duration_in_seconds or 0 for v in by_time if v.status == "completed"),
        time_workouts=len(by_time))


def week_share(totals: WeekTotals) -> float | None:
    """How much of the week's plan was done, the distance and time shares weighted by how many workouts each
    covers; None with nothing planned."""
    shares = []  # (share done, how many planned workouts it covers)
    if totals.planned_m:
        shares.append((totals.done_m / totals.planned_m, totals.distance_workouts))
    if totals.planned_s:
        shares.append((totals.done_s / totals.planned_s, totals.time_workouts))
    if not shares:
        return None
    return sum(share * count for share, count in shares) / sum(count for _, count in shares)


def week_compliance(views: list[ActivityView]) -> Compliance | None:
    """The band and ratio of a week under way or over (a week to come has none: nothing of it is due yet)."""
    share = week_share(week_totals(views))
    return None if share is None else Compliance(band=band_of(share), ratio=round(share, 3))
