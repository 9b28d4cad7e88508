"""The policy as plain functions: every kind of actor against every rule, with actors and rows built in memory.

Each visibility rule gives a row check and an SQL condition; both are evaluated over the same rows (the SQL on
an in-memory SQLite database) and must pick the same ones.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from nexrex_app.base.errors import DomainError
from nexrex_app.domain import permissions
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.accounts import ROLE_ATHLETE, ROLE_COACH, User
from nexrex_app.models.organizations import ASSISTANT_COACH, ATHLETE, HEAD_COACH, Membership
from nexrex_app.models.library import TrainingPlan, Workout

ORG, OTHER_ORG = "org_a", "org_b"

# who is who: (account role, organization, membership role, assigned coach)
PEOPLE = {
    "head": (ROLE_COACH, ORG, HEAD_COACH, None),
    "assistant": (ROLE_COACH, ORG, ASSISTANT_COACH, None),
    "assistants_athlete": (ROLE_ATHLETE, ORG, ATHLETE, "assistant"),
    "heads_athlete": (ROLE_ATHLETE, ORG, ATHLETE, "head"),
    "upgraded_athlete": (ROLE_COACH, ORG, ATHLETE, "head"),  # an athlete whose account also signed in as a coach
    "other_head": (ROLE_COACH, OTHER_ORG, HEAD_COACH, None),
    "other_athlete": (ROLE_ATHLETE, OTHER_ORG, ATHLETE, "other_head"),
    "loner": (ROLE_COACH, None, None, None),  # a coach without an organization yet
}
ACTORS = [*PEOPLE, "api_key"]  # the API key acts with the head coach's scope


def membership(name: str) -> Membership | None:
    _, org_id, role, coach = PEOPLE[name]
    return Membership(user_id=name, org_id=org_id, role=role, coach_id=coach) if org_id else None


def actor(name: str) -> Actor:
    person = "head" if name == "api_key" else name
    user = User(id=person, email=f"{person}@example.com", role=PEOPLE[person][0], password_hash="-")
    return Actor(user=user, membership=membership(person), by_api_key=name == "api_key")


def outcome(check, *args, **kwargs) -> str:
    """"ok", or the error's status and code."""
    try:
        check(*args, **kwargs)
    except DomainError as error:
        return f"{error.status} {error.code}"
    return "ok"


# --- the library: who sees which workout or plan ------------------------------------------------

ITEMS = {  # name: (owner, organization, visibility)
    "head_private": ("head", ORG, "private"),
    "head_org": ("head", ORG, "org"),
    "head_public": ("head", ORG, "public"),
    "head_public_from_other_org": ("head", OTHER_ORG, "public"),  # shared while coaching elsewhere
    "assistant_private": ("assistant", ORG, "private"),
    "assistant_org": ("assistant", ORG, "org"),
    "upgraded_private": ("upgraded_athlete", None, "private"),
    "upgraded_public_before_joining": ("upgraded_athlete", None, "public"),
    "loner_public": ("loner", None, "public"),
    "other_public": ("other_head", OTHER_ORG, "public"),
    "other_org": ("other_head", OTHER_ORG, "org"),
    "built_in": (None, None, "system"),
}

SEES = {
    "head": {"head_private", "head_org", "head_public", "head_public_from_other_org", "assistant_org", "built_in"},
    "api_key": {"head_private", "head_org", "head_public", "head_public_from_other_org", "assistant_org",
                "built_in"},
    "assistant": {"assistant_private", "assistant_org", "head_org", "head_public", "built_in"},
    "assistants_athlete": {"head_public", "built_in"},
    "heads_athlete": {"head_public", "built_in"},
    "upgraded_athlete": {"upgraded_private", "upgraded_public_before_joining", "head_public", "built_in"},
    "other_head": {"other_public", "other_org", "head_public_from_other_org", "built_in"},
    "other_athlete": {"other_public", "head_public_from_other_org", "built_in"},
    "loner": {"loner_public", "built_in"},
}


def workout(name: str) -> Workout:
    owner, org_id, visibility = ITEMS[name]
    return Workout(id=name, owner_id=owner, org_id=org_id, visibility=visibility, workout_name=name,
                   workout_type="run", workout_sub_type="easy")


def plan(name: str) -> TrainingPlan:
    owner, org_id, visibility = ITEMS[name]
    return TrainingPlan(id=name, owner_id=owner or "nexrex", org_id=org_id, visibility=visibility,
                        training_plan_name=name, training_plan_description="-", type="run", level="basic",
                        duration_in_weeks=1)


@pytest.mark.parametrize("who", ACTORS)
def test_each_actor_sees_exactly_their_library_items(who):
    seen = {name for name in ITEMS if permissions.can_view_library_item(actor(who), workout(name))}
    assert seen == SEES[who]


@pytest.fixture(scope="module")
def database():
    engine = create_engine("sqlite://")
    tables = [SQLModel.metadata.tables[name] for name in ("workouts", "training_plans", "memberships")]
    SQLModel.metadata.create_all(engine, tables=tables)
    with Session(engine) as session:
        session.add_all([workout(name) for name in ITEMS] + [plan(name) for name in ITEMS])
        session.add_all([m for m in map(membership, PEOPLE) if m is not None])
        session.commit()
    yield engine
    engine.dispose()


def selected(database, model, condition) -> set[str]:
    key = model.user_id if model is Membership else model.id
    with Session(database) as session:
        return set(session.execute(select(key).where(condition)).scalars())


@pytest.mark.parametrize("model, build", [(Workout, workout), (TrainingPlan, plan)])
@pytest.mark.parametrize("who", ACTORS)
def test_the_library_filter_selects_the_rows_the_row_check_allows(database, who, model, build):
    reach = permissions.library_reach(actor(who))
    allowed = {name for name in ITEMS if reach.allows(build(name))}
    assert allowed == SEES[who]
    assert selected(database, model, reach.condition(model)) == allowed


@pytest.mark.parametrize("who", ACTORS)
def test_the_plan_list_branches_together_select_the_visible_plans(database, who):
    """The plan list runs each way of seeing a plan as its own branch, bound to the actor's values."""
    reach = permissions.library_reach(actor(who))
    found = set()
    for way in reach.ways:
        found |= selected(database, TrainingPlan, way.condition(TrainingPlan).params(reach.params))
    assert found == SEES[who]


EDITS = {  # item: the actors who may change it
    "head_private": {"head", "api_key"},
    "head_org": {"head", "api_key"},
    "head_public": {"head", "api_key"},
    "head_public_from_other_org": {"other_head"},  # left behind in the organization its author left
    "assistant_private": {"head", "api_key", "assistant"},
    "assistant_org": {"head", "api_key", "assistant"},
    "upgraded_private": {"upgraded_athlete"},
    "upgraded_public_before_joining": {"upgraded_athlete"},
    "loner_public": {"loner"},
    "other_public": {"other_head"},
    "other_org": {"other_head"},
    "built_in": set(),
}


@pytest.mark.parametrize("item", ITEMS)
def test_the_owner_in_their_organization_or_its_head_coach_edits_an_item(item):
    allowed = {who for who in ACTORS
               if outcome(permissions.require_library_editor, actor(who), workout(item)) == "ok"}
    assert allowed == EDITS[item]


@pytest.mark.parametrize("who", ACTORS)
def test_built_in_items_are_read_only_for_everyone(who):
    assert outcome(permissions.require_library_editor, actor(who), workout("built_in")) == "403 READ_ONLY"


@pytest.mark.parametrize("who, private, org, public", [
    ("head", "ok", "ok", "ok"),
    ("api_key", "ok", "ok", "ok"),
    ("assistant", "ok", "ok", "403 FORBIDDEN"),
    ("assistants_athlete", "ok", "403 ATHLETE_MEMBER", "403 ATHLETE_MEMBER"),
    ("upgraded_athlete", "ok", "403 ATHLETE_MEMBER", "403 ATHLETE_MEMBER"),
    ("loner", "ok", "ok", "ok"),
])
def test_who_may_share_an_item_how_widely(who, private, org, public):
    shares = [outcome(permissions.require_visibility_allowed, actor(who), v) for v in ("private", "org", "public")]
    assert shares == [private, org, public]


@pytest.mark.parametrize("who, may_write, belongs_to", [
    ("head", True, ORG),
    ("api_key", True, ORG),
    ("assistant", True, ORG),
    ("assistants_athlete", False, None),
    ("upgraded_athlete", True, None),  # writes private items of no organization
    ("other_head", True, OTHER_ORG),
    ("loner", True, None),
])
def test_coach_accounts_and_coaches_write_items_that_belong_to_the_organization_they_coach(who, may_write,
                                                                                            belongs_to):
    assert (outcome(permissions.require_library_author, actor(who)) == "ok") is may_write
    assert permissions.library_org_of(actor(who)) == belongs_to


def test_items_are_written_in_ones_own_name_only():
    assert outcome(permissions.require_caller_is, actor("head"), "head") == "ok"
    assert outcome(permissions.require_caller_is, actor("head"), "assistant") == "403 FORBIDDEN"
    assert outcome(permissions.require_caller_is, actor("head"), None) == "403 FORBIDDEN"


# --- the roster: whose record each actor sees and edits ----------------------------------------------

SEES_RECORD = {
    "head": {"head", "assistant", "assistants_athlete", "heads_athlete", "upgraded_athlete"},
    "api_key": {"head", "assistant", "assistants_athlete", "heads_athlete", "upgraded_athlete"},
    "assistant": {"assistants_athlete"},
    "assistants_athlete": set(),
    "heads_athlete": set(),
    "upgraded_athlete": set(),
    "other_head": {"other_head", "other_athlete"},
    "other_athlete": set(),
    "loner": set(),
}
MEMBERS = [name for name in PEOPLE if PEOPLE[name][1]]


@pytest.mark.parametrize("who", ACTORS)
def test_the_roster_filter_selects_the_records_the_row_check_allows(database, who):
    reach = permissions.member_reach(actor(who))
    allowed = {name for name in MEMBERS if permissions.can_see_member(actor(who), membership(name))}
    assert allowed == SEES_RECORD[who]
    assert selected(database, Membership, reach.condition(Membership)) == allowed


@pytest.mark.parametrize("who", ACTORS)
def test_a_coach_coaches_only_the_athletes_among_the_records_they_see(who):
    coached = {name for name in MEMBERS if permissions.can_coach_athlete(actor(who), membership(name))}
    assert coached == {name for name in SEES_RECORD[who] if PEOPLE[name][2] == ATHLETE}


@pytest.mark.parametrize("who, record, expected", [
    ("head", "heads_athlete", "ok"),
    ("head", "assistant", "ok"),
    ("api_key", "assistant", "ok"),
    ("assistant", "assistants_athlete", "ok"),
    ("assistant", "heads_athlete", "404 MEMBER_NOT_FOUND"),
    ("assistant", "head", "404 MEMBER_NOT_FOUND"),
    ("heads_athlete", "heads_athlete", "403 FORBIDDEN"),  # inside the organization: a step above one's role
    ("upgraded_athlete", "assistants_athlete", "403 FORBIDDEN"),
    ("other_head", "heads_athlete", "404 MEMBER_NOT_FOUND"),  # another organization: as if it did not exist
    ("loner", "heads_athlete", "404 MEMBER_NOT_FOUND"),
])
def test_a_record_one_may_not_see_is_forbidden_inside_the_organization_and_unknown_outside(who, record, expected):
    assert outcome(permissions.require_visible_member, actor(who), membership(record)) == expected


@pytest.mark.parametrize("who, record, expected", [
    ("head", "heads_athlete", "ok"),
    ("head", "assistant", "ok"),
    ("api_key", "assistant", "ok"),
    ("assistant", "assistants_athlete", "ok"),
    ("assistant", "heads_athlete", "403 FORBIDDEN"),
    ("assistant", "assistant", "403 FORBIDDEN"),  # a coach's own record is the head coach's to edit
    ("heads_athlete", "heads_athlete", "403 FORBIDDEN"),
    ("other_head", "assistant", "403 FORBIDDEN"),
])
def test_athletes_records_are_their_coaches_to_edit_and_coaches_records_the_head_coachs(who, record, expected):
    assert outcome(permissions.require_member_editor, actor(who), membership(record)) == expected


@pytest.mark.parametrize("who, member_of, coach_of, head_coach_of, in_person", [
    ("head", "ok", "ok", "ok", "ok"),
    ("api_key", "ok", "ok", "ok", "403 API_KEY_NOT_ALLOWED"),
    ("assistant", "ok", "ok", "403 FORBIDDEN", "403 FORBIDDEN"),
    ("heads_athlete", "ok", "403 FORBIDDEN", "403 FORBIDDEN", "403 FORBIDDEN"),
    ("upgraded_athlete", "ok", "403 FORBIDDEN", "403 FORBIDDEN", "403 FORBIDDEN"),
    ("other_head", "404 ORG_NOT_FOUND", "404 ORG_NOT_FOUND", "404 ORG_NOT_FOUND", "404 ORG_NOT_FOUND"),
    ("loner", "404 ORG_NOT_FOUND", "404 ORG_NOT_FOUND", "404 ORG_NOT_FOUND", "404 ORG_NOT_FOUND"),
])
def test_each_step_of_the_organizations_roles(who, member_of, coach_of, head_coach_of, in_person):
    checks = (permissions.require_member_of, permissions.require_coach_of, permissions.require_head_coach_of,
              permissions.require_head_coach_in_person)
    assert [outcome(check, actor(who), ORG) for check in checks] == [member_of, coach_of, head_coach_of, in_person]


@pytest.mark.parametrize("who, assigner, every_group", [
    ("head", "ok", True),
    ("api_key", "ok", True),
    ("assistant", "403 FORBIDDEN", True),
    ("heads_athlete", "403 FORBIDDEN", False),
    ("upgraded_athlete", "403 FORBIDDEN", False),
])
def test_the_head_coach_assigns_coaches_and_coaches_see_every_group(who, assigner, every_group):
    assert outcome(permissions.require_coach_assigner, actor(who)) == assigner
    assert permissions.sees_every_group(actor(who)) is every_group


@pytest.mark.parametrize("who, athlete, from_group, expected", [
    ("head", "assistants_athlete", False, "ok"),
    ("api_key", "heads_athlete", True, "ok"),
    ("assistant", "assistants_athlete", True, "ok"),
    ("assistant", "heads_athlete", False, "400 UNKNOWN_ATHLETE"),
    ("assistant", "heads_athlete", True, "403 FORBIDDEN"),  # the group shows them; the rule says why not
    ("head", "assistant", False, "400 UNKNOWN_ATHLETE"),  # plans go to athletes only
    ("head", "other_athlete", False, "400 UNKNOWN_ATHLETE"),
    ("head", None, False, "400 UNKNOWN_ATHLETE"),
])
def test_plans_are_assigned_to_the_athletes_one_coaches(who, athlete, from_group, expected):
    member = membership(athlete) if athlete else None
    assert outcome(permissions.require_assignable, actor(who), member, field="user_ids[0]",
                   from_group=from_group) == expected


@pytest.mark.parametrize("who, athlete, coaches_only, expected", [
    ("heads_athlete", "heads_athlete", False, "ok"),
    ("heads_athlete", "heads_athlete", True, "404 ATHLETE_NOT_FOUND"),
    ("loner", "loner", False, "ok"),  # one's own training, with or without an organization
    ("head", "assistants_athlete", True, "ok"),
    ("api_key", "heads_athlete", True, "ok"),
    ("assistant", "assistants_athlete", True, "ok"),
    ("assistant", "heads_athlete", False, "404 ATHLETE_NOT_FOUND"),
    ("head", "assistant", False, "404 ATHLETE_NOT_FOUND"),  # athlete-scoped work is done on athletes only
    ("heads_athlete", "assistants_athlete", False, "404 ATHLETE_NOT_FOUND"),
    ("other_head", "heads_athlete", False, "404 ATHLETE_NOT_FOUND"),
])
def test_an_athletes_training_is_theirs_and_their_coaches(database, who, athlete, coaches_only, expected):
    with Session(database) as session:
        assert outcome(permissions.require_athlete_access, session, actor(who), athlete,
                       coaches_only=coaches_only) == expected


def test_an_invitation_sent_to_an_address_is_for_that_address_only():
    invited = actor("loner").user
    assert outcome(permissions.require_invitee, invited, invited.email) == "ok"
    assert outcome(permissions.require_invitee, invited, None) == "ok"  # a shareable link
    assert outcome(permissions.require_invitee, invited, "someone@example.com") == "403 INVITATION_FOR_SOMEONE_ELSE"


@pytest.mark.parametrize("who, athlete, expected", [
    ("heads_athlete", "heads_athlete", "403 FORBIDDEN"),  # an athlete follows the calendar their coaches plan
    ("upgraded_athlete", "upgraded_athlete", "403 FORBIDDEN"),
    ("head", "assistants_athlete", "ok"),
    ("api_key", "heads_athlete", "ok"),
    ("assistant", "assistants_athlete", "ok"),
    ("assistant", "heads_athlete", "404 ATHLETE_NOT_FOUND"),
    ("heads_athlete", "assistants_athlete", "404 ATHLETE_NOT_FOUND"),
    ("other_head", "heads_athlete", "404 ATHLETE_NOT_FOUND"),
    ("loner", "loner", "404 ATHLETE_NOT_FOUND"),
])
def test_an_athletes_calendar_is_planned_by_their_coaches(database, who, athlete, expected):
    with Session(database) as session:
        assert outcome(permissions.require_calendar_planner, session, actor(who), athlete) == expected
