"""Groups of athletes (SPEC §4): coaches read, the head coach writes, members read their own."""

from __future__ import annotations

from fastapi import APIRouter

from nexrex_app.api.deps import InUseCase
from nexrex_app.api.shapes import ok
from nexrex_app.domain import groups
from nexrex_app.models.org_schemas import GroupAuditEntryView, GroupCreate, GroupDeleted, GroupUpdate, GroupView
from nexrex_app.models.schemas import Ok

router = APIRouter(prefix="/groups", tags=["groups"])


@router.post("", status_code=201, response_model=Ok[GroupView])
def create_group(body: GroupCreate, case: InUseCase) -> dict:
    group = groups.create_group(case.session, case.actor, org_id=body.org_id, name=body.name,
                                description=body.description, privacy=body.privacy, members=body.members)
    return ok(groups.group_views(case.session, case.actor, [group])[0])


@router.get("", response_model=Ok[list[GroupView]])
def list_groups(case: InUseCase) -> dict:
    return ok(groups.group_views(case.session, case.actor, groups.list_groups(case.session, case.actor)))


@router.get("/{group_id}", response_model=Ok[GroupView])
def get_group(group_id: str, case: InUseCase) -> dict:
    group = groups.visible_group(case.session, case.actor, group_id)
    return ok(groups.group_views(case.session, case.actor, [group])[0])


@router.put("/{group_id}", response_model=Ok[GroupView])
def update_group(group_id: str, body: GroupUpdate, case: InUseCase) -> dict:
    group = groups.update_group(case.session, case.actor, group_id, body)
    return ok(groups.group_views(case.session, case.actor, [group])[0])


@router.delete("/{group_id}", response_model=Ok[GroupDeleted])
def delete_group(group_id: str, case: InUseCase) -> dict:
    groups.delete_group(case.session, case.actor, group_id)
    return ok(GroupDeleted(group_id=group_id, deleted=True))


@router.get("/{group_id}/audit", response_model=Ok[list[GroupAuditEntryView]])
def group_audit(group_id: str, case: InUseCase) -> dict:
    return ok(groups.audit_log(case.session, case.actor, group_id))
