"""What a coach should know before signing the plan: goals beyond current fitness, plans too short for
their race, a peak the weeks cannot reach. Plain sentences, shown at the top of the draft."""

from __future__ import annotations

from nexrex_app.coach.generator import GeneratedPlan
from nexrex_app.coach.params import PlanParams
from nexrex_app.coach.periodization import minimum_weeks, targets
from nexrex_app.coach.sessions import session_length
from nexrex_app.coach.zones import vdot_from_race

VDOT_GAIN_PER_WEEK = 0.25   # about one VDOT point a month of steady training (Daniels)
REACHED = 0.85              # a peak below 85% of the published one is worth a word


def _goal_warning(params: PlanParams) -> str | None:
    recent = params.fitness
    if not (params.sport == "run" and params.race.goal_seconds and recent.get("race_distance_in_meters")):
        return None
    now = vdot_from_race(recent["race_distance_in_meters"], recent["race_time_in_seconds"])
    goal = vdot_from_race(params.race.distance_m, params.race.goal_seconds)
    reachable = now + max(1.0, VDOT_GAIN_PER_WEEK * params.weeks)
    if goal <= reachable:
        return None
    return (f"The goal time asks for VDOT {goal:.1f}; the recent race shows {now:.1f}, and {params.weeks} weeks "
            f"usually bring at most {reachable:.1f}. The paces follow the recent race, not the goal.")


def _unit(params: PlanParams, value: float) -> str:
    return f"{value / 3600:.1f} h" if params.sport == "bike" else f"{value / 1000:g} km"


def warnings(plan: GeneratedPlan) -> list[str]:
    params = plan.params
    found = []
    needed = minimum_weeks(params)
    if params.weeks < needed:
        found.append(f"{params.weeks} weeks is short for a {params.race.name}: published plans take {needed} weeks "
                     "or more, so this one builds less before it tapers.")
    goal = _goal_warning(params)
    if goal:
        found.append(goal)
    found += _reach_warnings(plan)
    return found


def _reach_warnings(plan: GeneratedPlan) -> list[str]:
    """The peak week and the longest session, when the 10% rules keep them well below the published plans."""
    params = plan.params
    training = [[session_length(s, params.sport) for _, s in week.sessions if not s.name.startswith("Race day")]
                for week in plan.weeks]
    peak, longest = max(map(sum, training), default=0), max(map(max, filter(None, training)), default=0)
    published_peak, published_long = targets(params)
    found = []
    if peak < REACHED * published_peak:
        found.append(f"The plan peaks at {_unit(params, round(peak, -2))} a week, below the "
                     f"{_unit(params, published_peak)} published plans reach for this race: the 10% rules do not let "
                     "it climb further in the weeks available.")
    if longest < REACHED * published_long:
        found.append(f"The longest session reaches {_unit(params, longest)}, below the "
                     f"{_unit(params, round(published_long, -2))} published plans reach for this race: no session may "
                     "be more than 10% longer than the longest of the 30 days before, and lighter weeks and the taper "
                     "leave too few weeks to climb further.")
    return found
