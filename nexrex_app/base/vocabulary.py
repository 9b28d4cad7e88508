"""The product's closed sets of values, each written once as a type; the tuples are derived from the types.

Tables, request models and checks all take their allowed values from here.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from nexrex_app.base.errors import InvalidInput

WorkoutType = Literal["run", "bike", "swim", "hike", "walk", "strength"]
WorkoutSubType = Literal["easy-run", "tempo-run", "interval-run", "long-run"]
BlockType = Literal["warm-up", "run", "interval", "recovery-run", "cool-down"]
PaceZone = Literal["z1", "z2", "z3", "z4", "z5"]
LengthTarget = Literal["distance", "duration"]
IntensityTarget = Literal["pace", "heartrate", "power"]
PlanType = Literal["run", "bike", "swim", "strength", "custom"]
PlanLevel = Literal["basic", "intermediate", "advanced"]
Visibility = Literal["public", "org", "private"]
Weekday = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
Phase = Literal["base", "build", "peak", "taper", "race"]

ActivityType = Literal["run", "bike", "swim", "walk", "hike", "workout"]
ActivityStatus = Literal["scheduled", "completed", "skipped"]
ActivitySource = Literal["manual", "plan", "gpx", "tcx", "fit"]
Feeling = Literal["awful", "poor", "okay", "good", "great"]  # how a workout felt, worst to best
# done against planned (bands.py): green on target, yellow or orange further off, amber a planned workout not done
ComplianceBand = Literal["green", "yellow", "orange", "amber"]

AccountRole = Literal["coach", "athlete"]
MembershipRole = Literal["head_coach", "assistant_coach", "athlete"]
AddableRole = Literal["athlete", "assistant_coach"]
GroupPrivacy = Literal["public", "private"]
GroupChange = Literal["added", "removed"]  # what a group's audit log records of a member
InvitationKind = Literal["email", "link"]  # sent to one address, or a link anyone holding it may use
AssignmentProgress = Literal["upcoming", "active", "finished"]  # a plan against the athlete's today
# why an athlete is on the coach's attention list, the most urgent first
AttentionReason = Literal["missed_workouts", "unanswered_comment", "low_compliance", "volume_jump", "no_activity",
                          "plan_ending"]

WORKOUT_TYPES: tuple[str, ...] = get_args(WorkoutType)
WORKOUT_SUB_TYPES: tuple[str, ...] = get_args(WorkoutSubType)
BLOCK_TYPES: tuple[str, ...] = get_args(BlockType)
PACE_ZONES: tuple[str, ...] = get_args(PaceZone)
LENGTH_TARGETS: tuple[str, ...] = get_args(LengthTarget)
INTENSITY_TARGETS: tuple[str, ...] = get_args(IntensityTarget)
PLAN_TYPES: tuple[str, ...] = get_args(PlanType)
PLAN_LEVELS: tuple[str, ...] = get_args(PlanLevel)
WRITABLE_VISIBILITIES: tuple[str, ...] = get_args(Visibility)
WEEKDAYS: tuple[str, ...] = get_args(Weekday)
PHASES: tuple[str, ...] = get_args(Phase)
ACTIVITY_TYPES: tuple[str, ...] = get_args(ActivityType)
STATUSES: tuple[str, ...] = get_args(ActivityStatus)
SOURCES: tuple[str, ...] = get_args(ActivitySource)
FEELINGS: tuple[str, ...] = get_args(Feeling)
ACCOUNT_ROLES: tuple[str, ...] = get_args(AccountRole)
MEMBERSHIP_ROLES: tuple[str, ...] = get_args(MembershipRole)
GROUP_PRIVACIES: tuple[str, ...] = get_args(GroupPrivacy)
GROUP_CHANGES: tuple[str, ...] = get_args(GroupChange)
ASSIGNMENT_PROGRESS: tuple[str, ...] = get_args(AssignmentProgress)
ATTENTION_REASONS: tuple[str, ...] = get_args(AttentionReason)



def one_of(value: Any, allowed: tuple[str, ...], *, field: str, name: str | None = None) -> str:
    """``value`` if it is one of ``allowed``; otherwise InvalidInput for ``field``, whose message says ``name``
    (the field's own name where ``field`` is a longer path)."""
    if value not in allowed:
        raise InvalidInput(f"{name or field} must be one of: {', '.join(allowed)}.", field=field)
    return value


WORKOUT_FIELDS = (
    "workout_name", "workout_type", "workout_sub_type", "description", "content_blocks",
    "target_distance_in_meters", "target_duration_in_seconds",
)
