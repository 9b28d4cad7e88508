"""The coach's attention list: the athletes who need them today, each with its reasons, most urgent first.

Reasons, by urgency: workouts missed in the last 7 days; a comment of the athlete's that no one has answered yet
(in the last 30 days); weekly compliance under 80 % for the last two weeks;
last week's volume more than 10 % above the week before (the ramp cap of COACHING.md); no activity for 7 days;
a plan ending within 14 days. A coach may dismiss a reason: it stays away until its facts change (another missed
workout, a new week, another plan). The whole organization is read in a few queries, never one per athlete.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from nexrex_app.base.clock import clock
from nexrex_app.base.errors import InvalidInput
from nexrex_app.domain import activities, assignments, organizations, permissions
from nexrex_app.domain.bands import week_compliance
from nexrex_app.domain.permissions import Actor
from nexrex_app.domain.scheduling import local_today, monday_of
from nexrex_app.models.accounts import User
from nexrex_app.models.calendar_schemas import AttentionList, AttentionReasonView, AttentionRow
from nexrex_app.models.feedback import ActivityComment
from nexrex_app.models.activities import COMPLETED, SKIPPED, Activity, AttentionDismissal, PlanInstance
from nexrex_app.models.organizations import ATHLETE, Membership
from nexrex_app.base.vocabulary import ATTENTION_REASONS as REASONS

RECENT_DAYS = 7
LOW_COMPLIANCE = 0.8
RAMP_CAP = 0.10
PLAN_ENDING_DAYS = 14
COMMENT_DAYS = 30
MAX_PAGE = 100


@dataclass(frozen=True)
class Concern:
    reason: str
    text: str
    facts: str   # what the reason rests on: a dismissal holds while these stay the same


def attention_list(session: Session, actor: Actor, *, limit: int = 20, offset: int = 0) -> AttentionList:
    """The athletes the actor coaches who need them, most urgent first, ``limit`` from ``offset``."""
    permissions.require_coach_of(actor, permissions.require_own_org(actor))
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE}.", field="limit")
    if offset < 0:
        raise InvalidInput("offset cannot be negative.", field="offset")
    athletes = _athletes(session, actor)
    since = min((local_today(clock.now(), user.timezone) for user, _ in athletes.values()),
                default=clock.now().date())
    window_start = monday_of(since) - timedelta(weeks=2)
    rows = _activities(session, list(athletes), window_start)
    instances = _plans(session, list(athletes))
    waiting = _waiting_comments(session, list(athletes))
    dismissed = _dismissed(session, actor.user_id)
    found = []
    for user_id, (user, name) in athletes.items():
        today = local_today(clock.now(), user.timezone)
        concerns = [c for c in concerns_of(rows[user_id], instances[user_id], today, waiting[user_id])
                    if dismissed.get((user_id, c.reason)) != c.facts]
        if concerns:
            found.append(AttentionRow(user_id=user_id, name=name,
                                      reasons=[AttentionReasonView(**c.__dict__) for c in concerns]))
    found.sort(key=lambda row: ([REASONS.index(r.reason) for r in row.reasons], row.name.lower()))
    return AttentionList(total=len(found), items=found[offset:offset + limit])


def concerns_of(rows: list[Activity], instances: list[PlanInstance], today: date,
                waiting: list[str] = ()) -> list[Concern]:
    """Why one athlete needs their coach today, from their recent activities, their plans and the ids of their
    comments no one has answered (``waiting``)."""
    contents = {instance.id: instance.content for instance in instances}
    found = [_missed(rows, today), _unanswered(list(waiting)), _low_compliance(rows, contents, today),
             _volume_jump(rows, today),
             _no_activity(rows, today), _plan_ending(instances, today)]
    return [concern for concern in found if concern]


def _missed(rows: list[Activity], today: date) -> Concern | None:
    start = today - timedelta(days=RECENT_DAYS)
    missed = sorted(a.date for a in rows if start <= a.date < today and activities.status_of(a, today) == SKIPPED)
    if not missed:
        return None
    count = len(missed)
    return Concern("missed_workouts", f"{count} workout{'s' if count > 1 else ''} missed in the last 7 days",
                   f"{count}:{missed[-1].isoformat()}")


def _unanswered(waiting: list[str]) -> Concern | None:
    if not waiting:
        return None
    count = len(waiting)
    text = "A comment waits for an answer" if count == 1 else f"{count} comments wait for an answer"
    return Concern("unanswered_comment", text, max(waiting))


def _weeks_before(today: date, count: int) -> list[date]:
    """The Mondays of the ``count`` full weeks before the current one, the latest first."""
    return [monday_of(today) - timedelta(weeks=n) for n in range(1, count + 1)]


def _week(rows: list[Activity], monday: date) -> list[Activity]:
    return [a for a in rows if monday <= a.date <= monday + timedelta(days=6)]


def _low_compliance(rows: list[Activity], contents: dict[str, list[dict]], today: date) -> Concern | None:
    bands = []
    for monday in _weeks_before(today, 2):
        views = [activities.activity_view(a, today, activities.planned_workout(a, contents))
                 for a in _week(rows, monday)]
        bands.append(week_compliance(views))
    if not all(band and band.ratio < LOW_COMPLIANCE for band in bands):
        return None
    percents = [round(band.ratio * 100) for band in bands]
    return Concern("low_compliance", f"Compliance under 80 % for two weeks ({percents[1]} %, then {percents[0]} %)",
                   _weeks_before(today, 1)[0].isoformat())


def _volume(rows: list[Activity], monday: date) -> int:
    return sum(a.duration_in_seconds or 0 for a in _week(rows, monday) if a.status == COMPLETED)


def _volume_jump(rows: list[Activity], today: date) -> Concern | None:
    last, before = (_volume(rows, monday) for monday in _weeks_before(today, 2))
    if not before or last <= before * (1 + RAMP_CAP):
        return None
    return Concern("volume_jump", f"Last week's training time rose {round(100 * (last - before) / before)} % "
                   "(the ramp cap is 10 %)", _weeks_before(today, 1)[0].isoformat())


def _no_activity(rows: list[Activity], today: date) -> Concern | None:
    done = [a.date for a in rows if a.status == COMPLETED and a.date <= today]
    latest = max(done, default=None)
    if latest and (today - latest).days < RECENT_DAYS:
        return None
    text = f"No activity since {latest.strftime('%a %d %b')}" if latest else "No activity in the last two weeks"
    return Concern("no_activity", text, latest.isoformat() if latest else "none")


def _plan_ending(instances: list[PlanInstance], today: date) -> Concern | None:
    ending = sorted((assignments.end_date(i.start_date, i.duration_in_weeks), i) for i in instances
                    if today <= assignments.end_date(i.start_date, i.duration_in_weeks)
                    <= today + timedelta(days=PLAN_ENDING_DAYS))
    if not ending:
        return None
    last_day, instance = ending[0]
    return Concern("plan_ending", f"{instance.name} ends {last_day.strftime('%a %d %b')}",
                   f"{instance.id}:{last_day.isoformat()}")


# --- the organization's rows, a query each -------------------------------------------------------


def _athletes(session: Session, actor: Actor) -> dict[str, tuple[User, str]]:
    """The athletes the actor coaches, each with the name their coaches know them by."""
    query = (select(User, Membership).join(Membership, Membership.user_id == User.id)
             .where(Membership.org_id == actor.org_id, Membership.role == ATHLETE,
                    permissions.member_reach(actor).condition(Membership)))
    return {user.id: (user, organizations.member_name(member, user)) for user, member in session.exec(query).all()}


def _activities(session: Session, user_ids: list[str], since: date) -> dict[str, list[Activity]]:
    found: dict[str, list[Activity]] = defaultdict(list)
    if user_ids:
        for row in session.exec(select(Activity).where(Activity.user_id.in_(user_ids), Activity.date >= since)):
            found[row.user_id].append(row)
    return found


def _plans(session: Session, user_ids: list[str]) -> dict[str, list[PlanInstance]]:
    found: dict[str, list[PlanInstance]] = defaultdict(list)
    if user_ids:
        for row in session.exec(select(PlanInstance).where(PlanInstance.user_id.in_(user_ids),
                                                            PlanInstance.removed_at.is_(None))):
            found[row.user_id].append(row)
    return found


def _waiting_comments(session: Session, user_ids: list[str]) -> dict[str, list[str]]:
    """Per athlete, the threads (of the last 30 days) whose latest comment is the athlete's own: its id."""
    found: dict[str, list[str]] = defaultdict(list)
    if not user_ids:
        return found
    since = clock.now() - timedelta(days=COMMENT_DAYS)
    athletes_last: dict[str, tuple] = {}   # per thread: the athlete's latest comment
    answered_at: dict[str, object] = {}    # per thread: when a coach last wrote
    for comment, athlete_id in session.exec(
            select(ActivityComment, Activity.user_id).join(Activity, Activity.id == ActivityComment.activity_id)
            .where(Activity.user_id.in_(user_ids), ActivityComment.created_at >= since)
            .order_by(ActivityComment.created_at)):
        if comment.author_id == athlete_id:
            athletes_last[comment.activity_id] = (comment, athlete_id)
        else:
            answered_at[comment.activity_id] = comment.created_at
    for thread, (comment, athlete_id) in athletes_last.items():
        # a reply written in the same instant as the comment answers it
        if thread not in answered_at or answered_at[thread] < comment.created_at:
            found[athlete_id].append(comment.id)
    return found


def _dismissed(session: Session, coach_id: str) -> dict[tuple[str, str], str]:
    rows = session.exec(select(AttentionDismissal).where(AttentionDismissal.coach_id == coach_id)).all()
    return {(row.athlete_id, row.reason): row.facts for row in rows}


# --- dismissing ----------------------------------------------------------------------------------


def dismiss(session: Session, actor: Actor, user_id: str, reason: str) -> None:
    """Set one of the athlete's current reasons aside until its facts change."""
    permissions.require_coach_of(actor, permissions.require_own_org(actor))
    permissions.require_calendar_planner(session, actor, user_id)
    if reason not in REASONS:
        raise InvalidInput(f"reason must be one of: {', '.join(REASONS)}.", field="reason")
    user = session.get(User, user_id)
    today = local_today(clock.now(), user.timezone)
    rows = _activities(session, [user_id], monday_of(today) - timedelta(weeks=2))[user_id]
    current = {c.reason: c for c in concerns_of(rows, _plans(session, [user_id])[user_id], today,
                                                _waiting_comments(session, [user_id])[user_id])}
    if reason not in current:
        raise InvalidInput("This athlete has no such reason for attention today.", field="reason",
                           code="NO_SUCH_REASON")
    stored = session.get(AttentionDismissal, (actor.user_id, user_id, reason))
    stored = stored or AttentionDismissal(coach_id=actor.user_id, athlete_id=user_id, reason=reason, facts="")
    stored.facts, stored.dismissed_at = current[reason].facts, clock.now()
    session.add(stored)
    session.flush()

