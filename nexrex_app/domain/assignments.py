"""Assigning a plan to athletes or a group: each gets a copy, placed on their calendar from a start date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete
from sqlmodel import Session, select

from nexrex_app.domain import groups, members, organizations, permissions, plans
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import Conflict, InvalidInput, NotFound
from nexrex_app.domain.members import AthleteChoice
from nexrex_app.domain.organization_pages import Choice
from nexrex_app.domain.live_updates import calendar_changed
from nexrex_app.domain.permissions import Actor
from nexrex_app.domain.scheduling import dropped_before_start, local_today, monday_of, parse_day, schedule, \
    start_for_end
from nexrex_app.base.vocabulary import ASSIGNMENT_PROGRESS
from nexrex_app.models.accounts import User
from nexrex_app.models.activity_schemas import AssignmentDates, PlanAssignment, PlanInstanceView
from nexrex_app.models.activities import SCHEDULED, Activity, PlanInstance
from nexrex_app.models.ids import new_id
from nexrex_app.models.organizations import Group, GroupMember, Membership

EARLIEST, LATEST = date(2000, 1, 1), date(2100, 1, 1)
ACTIVITY_TYPE = {"run": "run", "bike": "bike", "swim": "swim", "walk": "walk", "hike": "hike"}
UPCOMING, ACTIVE, FINISHED = ASSIGNMENT_PROGRESS


class PlanOverlap(Conflict):
    """The new plan's dates cross plans the athletes already follow; ``overlaps`` says whose and when."""

    code = "PLAN_OVERLAP"

    def __init__(self, overlaps: list[dict]):
        first = overlaps[0]
        more = f" (and {len(overlaps) - 1} more)" if len(overlaps) > 1 else ""
        super().__init__(
            f"{first['athlete_name']} already follows {first['plan_name']} from {first['start_date']} to "
            f"{first['end_date']}: the new plan would double-book {first['overlap_from']} to {first['overlap_to']}"
            f"{more}. Send allow_overlap: true to assign anyway.", field="allow_overlap")
        self.overlaps = overlaps


def end_date(start: date, weeks: int) -> date:
    """The last day (a Sunday) of a plan of ``weeks`` Monday-to-Sunday weeks that starts on ``start``."""
    return monday_of(start) + timedelta(weeks=weeks, days=-1)


def first_day(plan_weeks: int, *, start_date: str | None, race_date: str | None) -> date:
    """The start date as given, or worked back from the race (end) date: one of the two, within range."""
    if bool(start_date) == bool(race_date):
        raise InvalidInput("Give the start date or the race (end) date.", field="start_date", code="MISSING_FIELD")
    if race_date:
        start = start_for_end(parse_day(race_date, field="race_date"), plan_weeks)
    else:
        start = parse_day(start_date, field="start_date")
    if not EARLIEST <= start <= LATEST:
        raise InvalidInput("The start date is out of range.", field="race_date" if race_date else "start_date")
    return start


def preview(session: Session, actor: Actor, plan_id: str, *, start_date: str | None = None,
            race_date: str | None = None) -> AssignmentDates:
    """The dates an assignment would take, and how many workouts a partial first week leaves out."""
    permissions.require_coach_of(actor, permissions.require_own_org(actor))
    plan = plans.visible_plan(session, actor, plan_id)
    start = first_day(plan.duration_in_weeks, start_date=start_date, race_date=race_date)
    return AssignmentDates(start_date=start.isoformat(),
                           end_date=end_date(start, plan.duration_in_weeks).isoformat(),
                           dropped_workouts=dropped_before_start(plan.content, start, plan.prefer_day))


def _athletes(session: Session, actor: Actor, user_ids: list[str] | None, group_id: str | None) -> list[str]:
    if bool(user_ids) == bool(group_id):
        raise InvalidInput("Give either user_ids or a group_id.", field="user_ids", code="USERS_OR_GROUP")
    if group_id:
        group = session.get(Group, group_id)
        if group is None or group.org_id != actor.org_id:
            raise InvalidInput("No group with this ID in your organization.", field="group_id", code="UNKNOWN_GROUP")
        user_ids = list(session.exec(select(GroupMember.user_id).where(GroupMember.group_id == group_id)).all())
        if not user_ids:
            raise InvalidInput("The group has no members yet.", field="group_id", code="EMPTY_GROUP")
    wanted = list(dict.fromkeys(user_ids))
    members = {m.user_id: m for m in session.exec(select(Membership).where(Membership.user_id.in_(wanted))).all()}
    for index, user_id in enumerate(wanted):
        permissions.require_assignable(actor, members.get(user_id), field=f"user_ids[{index}]",
                                       from_group=bool(group_id))
    return wanted


def overlaps(session: Session, user_ids: list[str], start: date, end: date) -> list[dict]:
    """The plans the athletes follow whose dates cross ``start``..``end``, and the days they share."""
    if not user_ids:
        return []
    found = session.exec(  # the dates only: an instance's content is its whole calendar
        select(PlanInstance.id, PlanInstance.user_id, PlanInstance.name, PlanInstance.start_date,
               PlanInstance.duration_in_weeks, User.display_name, User.email)
        .join(User, User.id == PlanInstance.user_id)
        .where(PlanInstance.user_id.in_(user_ids), PlanInstance.removed_at.is_(None),
               PlanInstance.start_date <= end)
        .order_by(PlanInstance.start_date)).all()
    crossing = []
    for instance_id, user_id, name, begins, weeks, display_name, email in found:
        ends = end_date(begins, weeks)
        if ends >= start:
            crossing.append({
                "user_id": user_id, "athlete_name": organizations.shown_name(display_name, email),
                "plan_instance_id": instance_id, "plan_name": name,
                "start_date": begins.isoformat(), "end_date": ends.isoformat(),
                "overlap_from": max(start, begins).isoformat(), "overlap_to": min(end, ends).isoformat()})
    return crossing


def assign(session: Session, actor: Actor, plan_id: str, *, start_date: str | None, user_ids: list[str] | None = None,
           group_id: str | None = None, allow_overlap: bool = False, race_date: str | None = None) -> list[PlanInstance]:
    """One plan instance per athlete and its scheduled workouts, written in bulk in one transaction.

    Athletes whose other plans cross the new one's dates make it a PlanOverlap, unless ``allow_overlap``.
    """
    permissions.require_coach_of(actor, permissions.require_own_org(actor))
    plan = plans.visible_plan(session, actor, plan_id)
    start = first_day(plan.duration_in_weeks, start_date=start_date, race_date=race_date)
    athletes = _athletes(session, actor, user_ids, group_id)
    crossing = overlaps(session, athletes, start, end_date(start, plan.duration_in_weeks))
    if crossing and allow_overlap is not True:
        raise PlanOverlap(crossing)
    placed = schedule([{**item, "index": index} for index, item in enumerate(plan.content)], start,
                      plan.prefer_day)
    now = clock.now()
    instances, rows = [], []
    for user_id in athletes:
        instance = PlanInstance(id=new_id("pi"), plan_id=plan.id, user_id=user_id, org_id=actor.org_id,
                                assigned_by=actor.user_id, name=plan.training_plan_name, plan_type=plan.type,
                                start_date=start, duration_in_weeks=plan.duration_in_weeks, content=plan.content,
                                created_at=now)
        instances.append(instance)
        rows += [_scheduled_row(instance, day, item, now) for day, item in placed]
    session.add_all(instances)
    session.flush()
    if rows:
        session.execute(Activity.__table__.insert(), rows)  # one executemany, no per-row ORM work
    calendar_changed(session, athletes)
    return instances


def _scheduled_row(instance: PlanInstance, day: date, item: dict, now) -> dict:
    return {
        "id": new_id("act"), "user_id": instance.user_id, "plan_instance_id": instance.id, "status": SCHEDULED,
        "activity_type": ACTIVITY_TYPE.get(item["workout_type"], "workout"), "activity_name": item["workout_name"],
        "date": day, "source": "plan", "workout_index": item["index"], "created_at": now, "updated_at": now,
    }


def instances_for(session: Session, actor: Actor, user_id: str | None) -> list[PlanInstance]:
    user_id = user_id or actor.user_id
    permissions.require_athlete_access(session, actor, user_id)
    return list(session.exec(select(PlanInstance).where(PlanInstance.user_id == user_id,
                                                        PlanInstance.removed_at.is_(None))
                             .order_by(PlanInstance.start_date)).all())


def unassign(session: Session, actor: Actor, instance_id: str) -> int:
    """Remove the plan from the athlete: its workouts from today on go, what was done stays."""
    instance = session.get(PlanInstance, instance_id)
    if instance is None or instance.removed_at is not None:
        raise NotFound("Plan instance not found.", field="plan_instance_id", code="INSTANCE_NOT_FOUND")
    permissions.require_athlete_access(session, actor, instance.user_id, coaches_only=True)
    athlete = session.get(User, instance.user_id)
    today = local_today(clock.now(), athlete.timezone)
    removed = session.execute(delete(Activity).where(
        Activity.plan_instance_id == instance.id, Activity.status == SCHEDULED, Activity.date >= today)).rowcount
    instance.removed_at = clock.now()
    session.add(instance)
    calendar_changed(session, [instance.user_id])
    return removed


def plan_assignments(session: Session, actor: Actor, plan_id: str) -> list[PlanAssignment]:
    """Who follows the plan (athletes the coach may see), from when, and whether it is under way."""
    permissions.require_coach_of(actor, permissions.require_own_org(actor))
    plan = plans.visible_plan(session, actor, plan_id)
    found = session.exec(
        select(PlanInstance, Membership, User).join(Membership, Membership.user_id == PlanInstance.user_id)
        .join(User, User.id == PlanInstance.user_id)
        .where(PlanInstance.plan_id == plan.id, PlanInstance.org_id == actor.org_id,
               PlanInstance.removed_at.is_(None))
        .order_by(PlanInstance.start_date, PlanInstance.id)).all()
    return [PlanAssignment(**instance_view(instance).model_dump(),
                           athlete_name=organizations.shown_name(user.display_name, user.email),
                           status=_progress(instance, local_today(clock.now(), user.timezone)))
            for instance, member, user in found if permissions.can_see_member(actor, member)]


def _progress(instance: PlanInstance, today: date) -> str:
    if today < instance.start_date:
        return UPCOMING
    return ACTIVE if today <= end_date(instance.start_date, instance.duration_in_weeks) else FINISHED


def instance_view(instance: PlanInstance) -> PlanInstanceView:
    return PlanInstanceView(
        plan_instance_id=instance.id, training_plan_id=instance.plan_id, user_id=instance.user_id, name=instance.name,
        type=instance.plan_type, start_date=instance.start_date.isoformat(),
        end_date=end_date(instance.start_date, instance.duration_in_weeks).isoformat(),
        duration_in_weeks=instance.duration_in_weeks, assigned_by=instance.assigned_by,
        created_at=epoch_ms(instance.created_at))


@dataclass(frozen=True)
class AssignChoices:
    athletes: list[AthleteChoice]
    groups: list[Choice]


def assign_choices(session: Session, actor: Actor, search: str | None, *, limit: int) -> AssignChoices:
    """Whom a plan can be assigned to: the athletes matching the search, and the groups."""
    return AssignChoices(athletes=members.athlete_choices(session, actor, search=search, limit=limit),
                         groups=[Choice(g.id, g.name) for g in groups.list_groups(session, actor)])
