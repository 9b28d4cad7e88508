"""The organization pages' handlers: each re-checks who is asking, as the API does."""

from sqlmodel import Session, func, select

from nexrex_app.db import get_engine, session_scope
from nexrex_app.domain import accounts, invitations, members, organizations, permissions
from nexrex_app.domain.organization_pages import MemberRow
from nexrex_app.models.organizations import ApiKey, Invitation, Membership
from nexrex_app.state.athlete import AthleteHomeState
from nexrex_app.state.join import JoinState
from nexrex_app.state.members import MembersState, MemberState
from nexrex_app.state.organization import OrgSetupState, SettingsState
from nexrex_app.state.session import SessionState
from nexrex_app.state.signup import VerifyState
from tests.support.accounts import PASSWORD
from tests.support.states import Browser, redirect_target


def count(model) -> int:
    with Session(get_engine()) as db:
        return db.exec(select(func.count()).select_from(model)).one()


def account(outbox, email: str, role: str = "coach") -> str:
    """A signed-up account; answers its access token."""
    with Session(get_engine()) as db:
        accounts.request_verification(db, email=email, role=role)
        db.commit()
    with Session(get_engine()) as db:
        signed_in = accounts.complete_signup(db, token=outbox.last_token(email), password=PASSWORD)
        db.commit()
        return signed_in.access_token


async def signed_in_tab(token: str) -> Browser:
    tab = Browser()
    tab.state(SessionState).access_token = token
    await tab.fire(SessionState.require_sign_in)
    return tab


def athlete_of_head_coach(outbox):
    """A runner the head coach added by user ID; answers the runner and the head coach's actor."""
    runner_token = account(outbox, "runner@example.com", role="athlete")
    with session_scope() as db:
        runner = accounts.authenticate(db, runner_token)
        head = permissions.actor_for(db, accounts.find_user_by_email(db, "head@example.com"))
        members.add_by_user_id(db, head, head.org_id, user_id=runner.id, details=members.MemberDetails())
    return runner, head


async def head_coach_with_org(outbox) -> Browser:
    tab = await signed_in_tab(account(outbox, "head@example.com"))
    events = await tab.fire(OrgSetupState.create, {"name": "Harbour Runners", "description": ""})
    assert redirect_target(events) == "/console/members"
    return tab


async def test_creating_the_organization_makes_the_coach_head_coach(browser, outbox):
    tab = await head_coach_with_org(outbox)
    session = tab.state(SessionState)
    assert session.org_id and session.membership_role == "head_coach" and session.is_head_coach
    again = await tab.fire(OrgSetupState.create, {"name": "Another"})
    assert redirect_target(again) is None and "already belong" in tab.state(OrgSetupState).error


async def test_an_empty_name_is_an_inline_error(browser, outbox):
    tab = await signed_in_tab(account(outbox, "coach@example.com"))
    await tab.fire(OrgSetupState.create, {"name": "  "})
    assert tab.state(OrgSetupState).error == "Organization name is required."
    assert count(Membership) == 0
    await tab.fire(OrgSetupState.create, {"name": "Harbour\r\nRunners", "description": "Road\nand trail"})
    assert tab.state(OrgSetupState).error == "Organization name can only hold a single line of printable characters."
    assert count(Membership) == 0


async def test_adding_a_member_from_the_dialog(browser, outbox):
    tab = await head_coach_with_org(outbox)
    await tab.fire(MembersState.load)
    await tab.fire(MembersState.add_member, {"target": "runner@example.com", "display_name": "Speedy",
                                             "labels": "Hills, hills, 5K", "notes": "", "coach_id": "any",
                                             "group_id": "any"})
    members = tab.state(MembersState)
    assert members.add_error == "" and members.add_message == "Invitation sent to runner@example.com."
    assert [p.email for p in members.pending] == ["runner@example.com"]
    await tab.fire(MembersState.add_member, {"target": "nobody", "labels": ""})
    assert "valid email" in members.add_error and count(Invitation) == 1


async def test_an_athlete_cannot_use_the_coach_handlers(browser, outbox):
    coach_tab = await head_coach_with_org(outbox)
    await coach_tab.fire(MembersState.add_member, {"target": "runner@example.com", "labels": "Secret label",
                                                   "notes": "Private"})
    runner = Browser()
    runner.open(f"/join?token={outbox.last_token('runner@example.com')}")
    await runner.fire(JoinState.check)
    assert runner.state(JoinState).valid and runner.state(JoinState).org_name == "Harbour Runners"
    events = await runner.fire(JoinState.sign_up, {"password": PASSWORD})
    assert redirect_target(events) == "/athlete"

    assert redirect_target(await runner.fire(SessionState.require_sign_in)) == "/athlete"
    await runner.fire(MembersState.load_more)
    assert runner.state(MembersState).rows == [] and runner.state(MembersState).error == "Insufficient permissions"
    await runner.fire(SettingsState.create_key, {"name": "mine"})
    assert runner.state(SettingsState).key_error == "Insufficient permissions" and count(ApiKey) == 0
    await runner.fire(MembersState.add_member, {"target": "friend@example.com", "labels": ""})
    assert runner.state(MembersState).add_error == "Insufficient permissions" and count(Invitation) == 1

    await runner.fire(AthleteHomeState.load)
    home = runner.state(AthleteHomeState)
    assert home.org_name == "Harbour Runners" and home.coach_name == "head"
    assert "Secret label" not in str(runner.delta()) and "Private" not in str(runner.delta())


async def test_another_organizations_member_page_is_not_found(browser, outbox):
    tab = await head_coach_with_org(outbox)
    other = await signed_in_tab(account(outbox, "other@example.com"))
    await other.fire(OrgSetupState.create, {"name": "Valley Tri"})
    head_id = tab.state(SessionState)._user_id
    other.open(f"/console/members/{head_id}", user_id=head_id)
    await other.fire(MemberState.load)
    assert other.state(MemberState).missing and other.state(MemberState).member == MemberRow()


async def test_a_signed_out_tab_gets_nothing(browser, outbox):
    await head_coach_with_org(outbox)
    stranger = Browser()
    await stranger.fire(MembersState.load_more)
    assert stranger.state(MembersState).rows == [] and stranger.state(MembersState).error


async def test_settings_create_and_revoke_an_api_key(browser, outbox):
    tab = await head_coach_with_org(outbox)
    await tab.fire(SettingsState.create_key, {"name": "Zapier"})
    settings_state = tab.state(SettingsState)
    assert settings_state.new_secret.startswith("nxk_") and [k.name for k in settings_state.keys] == ["Zapier"]
    await tab.fire(SettingsState.revoke_key, settings_state.keys[0].key_id)
    assert settings_state.keys == [] and settings_state.new_secret == ""


async def test_settings_adds_an_assistant_coach_by_user_id_or_invites_one_by_email(browser, outbox):
    tab = await head_coach_with_org(outbox)
    account(outbox, "friend@example.com")
    with session_scope() as db:
        friend_id = accounts.find_user_by_email(db, "friend@example.com").id
    await tab.fire(SettingsState.load)
    await tab.fire(SettingsState.add_coach, {"coach": friend_id})
    settings_state = tab.state(SettingsState)
    assert settings_state.coach_error == "" and settings_state.coach_message == "friend is now an assistant coach."
    await tab.fire(SettingsState.add_coach, {"coach": "later@example.com"})
    assert settings_state.coach_message == "Invitation sent to later@example.com."


async def test_a_member_page_saves_the_coach_only_fields(browser, outbox):
    tab = await head_coach_with_org(outbox)
    runner, head = athlete_of_head_coach(outbox)
    tab.open(f"/console/members/{runner.id}", user_id=runner.id)
    await tab.fire(MemberState.load)
    await tab.fire(MemberState.save, {"display_name": "Speedy", "labels": "Hills", "notes": "Knee", "coach_id": "any"})
    page = tab.state(MemberState)
    assert page.error == "" and page.message == "Saved." and page.member.labels == ["Hills"] and page.member.notes == "Knee"


async def test_a_shareable_link_with_a_use_limit(browser, outbox):
    tab = await head_coach_with_org(outbox)
    await tab.fire(MembersState.load)
    await tab.fire(MembersState.create_link, {"max_uses": "three"})
    assert "whole number" in tab.state(MembersState).link_error and count(Invitation) == 0
    await tab.fire(MembersState.create_link, {"max_uses": "3"})
    members_state = tab.state(MembersState)
    assert "/join?token=" in members_state.new_link
    assert [(p.kind, p.max_uses) for p in members_state.pending] == [("link", 3)]
    joiner = Browser()
    joiner.open("/join?" + members_state.new_link.split("?", 1)[1])
    await joiner.fire(JoinState.check)
    assert joiner.state(JoinState).valid and joiner.state(JoinState).email == ""
    events = await joiner.fire(JoinState.sign_up, {"email": "club.runner@example.com"})
    assert redirect_target(events) is None and joiner.state(JoinState).sent_to == "club.runner@example.com"
    assert count(Membership) == 1  # nobody joins before the address is proven
    joiner.open(f"/signup/verify?token={outbox.last_token('club.runner@example.com')}")
    await joiner.fire(VerifyState.check_link)
    events = await joiner.fire(VerifyState.save_password, {"password": PASSWORD})
    assert redirect_target(events) == "/athlete" and count(Membership) == 2


async def test_groups_from_the_members_page_and_the_member_page(browser, outbox):
    tab = await head_coach_with_org(outbox)
    runner, head = athlete_of_head_coach(outbox)
    await tab.fire(MembersState.load)
    await tab.fire(MembersState.create_group, {"name": "Marathon Group", "description": "", "privacy": "private"})
    await tab.fire(MembersState.create_group, {"name": "Marathon Group", "privacy": "public"})
    members_state = tab.state(MembersState)
    assert members_state.group_error == "A group with this name already exists."
    assert [(g.name, g.privacy, g.size) for g in members_state.group_options] == [
        ("Marathon Group", "private", 0)]
    assert members_state.group_options[0].size_text == "0 athletes"
    group_id = members_state.group_options[0].id

    tab.open(f"/console/members/{runner.id}", user_id=runner.id)
    await tab.fire(MemberState.load)
    await tab.fire(MemberState.toggle_group, group_id, True)
    assert tab.state(MemberState).member.group_ids == [group_id]
    assert tab.state(MemberState).group_options[0].member is True
    tab.open("/console/members")
    await tab.fire(MembersState.load)
    assert tab.state(MembersState).group_options[0].size_text == "1 athlete"
    tab.open(f"/console/members/{runner.id}", user_id=runner.id)
    await tab.fire(MemberState.toggle_group, group_id, False)
    assert tab.state(MemberState).member.group_ids == []
    with session_scope() as db:
        from nexrex_app.domain import groups
        assert [e.action for e in groups.audit_log(db, head, group_id)] == ["added", "removed"]


async def test_the_member_page_changes_a_role_only_to_athlete_or_assistant_coach(browser, outbox):
    tab = await head_coach_with_org(outbox)
    runner, head = athlete_of_head_coach(outbox)
    tab.open(f"/console/members/{runner.id}", user_id=runner.id)
    await tab.fire(MemberState.load)
    await tab.fire(MemberState.change_role, "head_coach")
    page = tab.state(MemberState)
    assert page.error == "Choose athlete or assistant coach as the role." and page.member.role == "athlete"
    await tab.fire(MemberState.change_role, "assistant_coach")
    assert page.error == "" and page.member.role == "assistant_coach"
    assert page.message == "runner is now an assistant coach."


async def test_only_the_head_coach_removes_from_the_member_page(browser, outbox):
    tab = await head_coach_with_org(outbox)
    runner, head = athlete_of_head_coach(outbox)
    runner_tab = await signed_in_tab(account(outbox, "sneaky@example.com"))
    runner_tab.open(f"/console/members/{runner.id}", user_id=runner.id)
    runner_tab.state(MemberState).member = MemberRow(user_id=runner.id)
    await runner_tab.fire(MemberState.remove)
    assert runner_tab.state(MemberState).error and count(Membership) == 2

    tab.open(f"/console/members/{runner.id}", user_id=runner.id)
    await tab.fire(MemberState.load)
    await tab.fire(MemberState.remove)
    page = tab.state(MemberState)
    assert page.removed == "runner is no longer a member of your organization." and page.member == MemberRow()
    assert count(Membership) == 1


async def test_adding_a_coachs_account_by_user_id_as_an_assistant(browser, outbox):
    tab = await head_coach_with_org(outbox)
    account(outbox, "friend@example.com")
    with session_scope() as db:
        friend_id = accounts.find_user_by_email(db, "friend@example.com").id
    await tab.fire(MembersState.load)
    await tab.fire(MembersState.set_add_by, "user_id")
    await tab.fire(MembersState.set_add_role, "assistant_coach")
    await tab.fire(MembersState.add_member, {"target": friend_id, "labels": "", "display_name": "Coach Sam"})
    members_state = tab.state(MembersState)
    assert members_state.add_error == "" and members_state.add_message == "Coach Sam joined as an assistant coach."
    assert {(row.shown_name, row.role) for row in members_state.rows} >= {("Coach Sam", "assistant_coach")}


async def test_someone_in_another_organization_learns_on_the_join_page_to_leave_it_first(browser, outbox):
    await head_coach_with_org(outbox)
    runner, head = athlete_of_head_coach(outbox)
    account(outbox, "other.head@example.com")
    with session_scope() as db:
        other = permissions.actor_for(db, accounts.find_user_by_email(db, "other.head@example.com"))
        org = organizations.create_organization(db, other, name="Valley Tri", description=None)
        other = permissions.actor_for(db, other.user)
        invitations.invite(db, other, org.id, email="runner@example.com")
    joiner = Browser()
    joiner.open(f"/join?token={outbox.last_token('runner@example.com')}")
    await joiner.fire(JoinState.check)
    assert joiner.state(JoinState).valid and joiner.state(JoinState).registered
    events = await joiner.fire(JoinState.sign_in, {"password": PASSWORD})
    join_state = joiner.state(JoinState)
    assert redirect_target(events) is None
    assert join_state.error.startswith("You already belong to another organization. Ask its head coach to remove you")
    with Session(get_engine()) as db:
        assert db.get(Membership, runner.id).org_id == head.org_id
