"""Assigning plans, activities (with file import and workout downloads), athletes' settings, calendar feeds."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi.responses import Response

from nexrex_app.api.deps import AnonymousUseCase, InUseCase
from nexrex_app.api.shapes import ok
from nexrex_app.domain import activities, assignments, athletes, feedback, load_series
from nexrex_app.formats.file_names import content_disposition
from nexrex_app.models.load_schemas import LoadEnvelope
from nexrex_app.models.activity_schemas import (
    ActivityCreate,
    ActivityDeleted,
    ActivityUpdate,
    ActivityView,
    AssignBody,
    Assigned,
    AssignmentDates,
    CalendarLink,
    FitnessFigures,
    FitnessUpdate,
    PlanAssignment,
    PlanInstanceView,
    PlanUnassigned,
    TimezoneSet,
    TimezoneUpdate,
)
from nexrex_app.models.schemas import Ok

router = APIRouter(tags=["activities"])
MEDIA = {"fit": "application/vnd.ant.fit", "zwo": "application/xml"}


OVERLAP_RESPONSE = {409: {
    "description": "PLAN_OVERLAP: an athlete already follows another plan on some of the new plan's dates (the "
                   "message names the athlete, the plan and the shared dates; field `allow_overlap`). Nothing is "
                   "assigned; send `allow_overlap: true` to assign anyway.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}


@router.post("/training/plans/{plan_id}/assign", status_code=201, tags=["training"], response_model=Ok[Assigned],
             responses=OVERLAP_RESPONSE)
def assign_plan(plan_id: str, body: AssignBody, case: InUseCase) -> dict:
    dates = assignments.preview(case.session, case.actor, plan_id, start_date=body.start_date,
                                race_date=body.race_date)
    created = assignments.assign(case.session, case.actor, plan_id, start_date=body.start_date,
                                 race_date=body.race_date, user_ids=body.user_ids, group_id=body.group_id,
                                 allow_overlap=body.allow_overlap)
    return ok(Assigned(plan_instance_ids=[i.id for i in created], user_ids=[i.user_id for i in created],
                       **dates.model_dump()))


@router.get("/training/plans/{plan_id}/assign-preview", tags=["training"], response_model=Ok[AssignmentDates])
def preview_assignment(plan_id: str, case: InUseCase, start_date: str | None = None,
                       race_date: str | None = None) -> dict:
    """The dates an assignment from `start_date` (or back from `race_date`, the plan's last week) would take,
    and `dropped_workouts`: how many workouts of a partial first week fall before the start and are left out."""
    return ok(assignments.preview(case.session, case.actor, plan_id, start_date=start_date,
                                  race_date=race_date))


@router.get("/training/plans/{plan_id}/assignments", tags=["training"], response_model=Ok[list[PlanAssignment]])
def list_plan_assignments(plan_id: str, case: InUseCase) -> dict:
    """The plan's current assignments to athletes the caller coaches: athlete, dates and status
    (`upcoming`, `active`, `finished`)."""
    return ok(assignments.plan_assignments(case.session, case.actor, plan_id))


@router.get("/training/plan-instances", tags=["training"], response_model=Ok[list[PlanInstanceView]])
def list_plan_instances(case: InUseCase, user_id: str | None = None) -> dict:
    found = assignments.instances_for(case.session, case.actor, user_id)
    return ok([assignments.instance_view(i) for i in found])


@router.delete("/training/plan-instances/{instance_id}", tags=["training"], response_model=Ok[PlanUnassigned])
def unassign_plan(instance_id: str, case: InUseCase) -> dict:
    removed = assignments.unassign(case.session, case.actor, instance_id)
    return ok(PlanUnassigned(plan_instance_id=instance_id, removed_scheduled_workouts=removed))


def _statuses(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


@router.get("/activities", response_model=Ok[list[ActivityView]])
def list_activities(case: InUseCase, user_id: str | None = None, start_date: str | None = None,
                    end_date: str | None = None, activity_type: str | None = None,
                    status: Annotated[list[str] | None, Query()] = None, plan_instance_id: str | None = None,
                    limit: int | None = None, offset: int | None = None) -> dict:
    return ok(activities.list_activities(
        case.session, case.actor, user_id=user_id, start_date=start_date, end_date=end_date,
        activity_type=activity_type, statuses=_statuses(status), plan_instance_id=plan_instance_id,
        limit=limit, offset=offset))


@router.post("/activities", status_code=201, response_model=Ok[ActivityView])
def create_activity(body: ActivityCreate, case: InUseCase) -> dict:
    activity = feedback.record_activity(case.session, case.actor, body)
    return ok(activities.get_activity(case.session, case.actor, activity.id))


@router.post("/activities/import", status_code=201, response_model=Ok[ActivityView])
def import_activity(case: InUseCase, file: Annotated[UploadFile, File()],
                    user_id: Annotated[str | None, Form()] = None) -> dict:
    """A GPX, TCX or FIT recording of at most 20 MB; it completes the scheduled workout of its sport on its day.
    GPX and TCX files that declare a DOCTYPE or entities are refused (400, ``XML_DECLARATION_REFUSED``)."""
    activity = activities.import_file(case.session, case.actor, file.filename or "", file.file, user_id)
    return ok(activities.get_activity(case.session, case.actor, activity.id))


@router.get("/activities/{activity_id}", response_model=Ok[ActivityView])
def get_activity(activity_id: str, case: InUseCase) -> dict:
    return ok(activities.get_activity(case.session, case.actor, activity_id))


@router.put("/activities/{activity_id}", response_model=Ok[ActivityView])
def update_activity(activity_id: str, body: ActivityUpdate, case: InUseCase) -> dict:
    feedback.update_activity(case.session, case.actor, activity_id, body)
    return ok(activities.get_activity(case.session, case.actor, activity_id))


@router.delete("/activities/{activity_id}", response_model=Ok[ActivityDeleted])
def delete_activity(activity_id: str, case: InUseCase) -> dict:
    activities.delete_activity(case.session, case.actor, activity_id)
    return ok(ActivityDeleted(activity_id=activity_id, deleted=True))


@router.get("/activities/{activity_id}/workout.{kind}", response_class=Response)
def download_workout(activity_id: str, kind: str, case: InUseCase) -> Response:
    """The planned workout as a FIT or ZWO file; ``X-Nexrex-Simplified`` says what could not be kept exactly.
    ``Content-Disposition`` names the file after the day and the workout (RFC 6266: an ASCII ``filename`` and the
    exact name, in any script, as ``filename*=UTF-8''…``)."""
    if kind not in MEDIA:
        return Response(status_code=404, content=b'{"error": "Workouts download as .fit or .zwo."}',
                        media_type="application/json")
    export, name = athletes.workout_file(case.session, case.actor, activity_id, kind)
    headers = {"Content-Disposition": content_disposition(name)}
    if export.simplified:
        headers["X-Nexrex-Simplified"] = " | ".join(export.simplified)
    return Response(content=export.data, media_type=MEDIA[kind], headers=headers)


@router.put("/athletes/{user_id}/fitness", response_model=Ok[FitnessFigures])
def set_fitness(user_id: str, body: FitnessUpdate, case: InUseCase) -> dict:
    return ok(athletes.set_fitness(case.session, case.actor, user_id, body))


@router.get("/athletes/{user_id}/load", response_model=LoadEnvelope)
def training_load(user_id: str, case: InUseCase, start_date: str | None = None,
                  end_date: str | None = None) -> dict:
    """The athlete's training load per day (by default the last 90 days and the next four weeks): what was
    done, what was planned, fitness (CTL), fatigue (ATL) and form (TSB), the future projected from the
    scheduled workouts. At most 800 days at a time (400 ``RANGE_TOO_LONG``, field ``end_date``); readable by
    whoever may read the athlete's activities."""
    return ok(load_series.load_series(case.session, case.actor, user_id, start_date=start_date,
                                      end_date=end_date))


@router.put("/athletes/me/timezone", response_model=Ok[TimezoneSet])
def set_timezone(body: TimezoneUpdate, case: InUseCase) -> dict:
    athletes.set_timezone(case.session, case.actor, timezone=body.timezone)
    return ok(TimezoneSet(timezone=body.timezone))


@router.post("/athletes/me/calendar", response_model=Ok[CalendarLink])
def calendar_link(case: InUseCase, reset: bool = False) -> dict:
    """A private iCalendar address of your scheduled workouts, shown only in this answer (it is stored hashed).

    With an address already made, ``reset=true`` is needed: it makes a new one and the old one stops working at
    once (409 ``CALENDAR_EXISTS`` without it)."""
    return ok(CalendarLink(url=athletes.calendar_url(case.session, case.actor, reset=reset)))


@router.get("/calendar/{token}.ics", response_class=Response)
def calendar_feed(token: str, case: AnonymousUseCase) -> Response:
    return Response(content=athletes.calendar_feed(case.session, token), media_type="text/calendar")
