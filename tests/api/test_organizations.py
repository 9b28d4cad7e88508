"""Organizations, members, invitations, coaches and groups: the rules and bad input (SPEC §4)."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlmodel import Session, func, select

from nexrex_app.db import get_engine, session_scope
from nexrex_app.domain import invitations
from nexrex_app.base.errors import DomainError
from nexrex_app.models.accounts import User
from nexrex_app.models.organizations import GroupAuditEntry, Invitation, Membership, Organization
from tests.support.accounts import PASSWORD, bearer, sign_up
from tests.support.mailbox import link_in
from tests.support.world import build_world

def count(model) -> int:
    with Session(get_engine()) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def org_path(world, tail: str = "") -> str:
    return f"/api/v1/organizations/{world.org_a}{tail}"


# --- organizations ----------------------------------------------------------------------------


def test_a_coach_creates_one_organization_and_becomes_its_head_coach(client, outbox):
    token = sign_up(client, outbox, "coach@example.com")["access_token"]
    answer = client.post("/api/v1/organizations", headers=bearer(token),
                         json={"name": "  Harbour Runners ", "description": "Road club"})
    assert answer.status_code == 201
    body = answer.json()
    assert body["status"] == "ok"
    org = body["data"]["organization"]
    assert set(org) >= {"org_id", "org_name", "description", "head_coach_user_id", "coaches", "created_at"}
    assert org["org_id"].startswith("org_") and org["org_name"] == "Harbour Runners"
    me = client.get("/api/v1/auth/me", headers=bearer(token)).json()
    assert me["org_id"] == org["org_id"] and me["membership_role"] == "head_coach"
    again = client.post("/api/v1/organizations", headers=bearer(token), json={"name": "Second"})
    assert again.status_code == 409 and count(Organization) == 1


def test_organization_bad_input_changes_nothing(client, outbox):
    coach = sign_up(client, outbox, "coach@example.com")["access_token"]
    athlete = sign_up(client, outbox, "runner@example.com", role="athlete")["access_token"]
    for body, field in [({"name": "   "}, "name"), ({}, "name"), ({"name": "x" * 121}, "name"),
                        ({"name": "Club", "colour": "red"}, "colour")]:
        answer = client.post("/api/v1/organizations", headers=bearer(coach), json=body)
        assert answer.status_code == 400 and answer.json()["details"]["field"] == field, body
    assert client.post("/api/v1/organizations", headers=bearer(athlete), json={"name": "Mine"}).status_code == 403
    assert count(Organization) == 0 and count(Membership) == 0


def test_the_head_coach_edits_the_organization(client, outbox):
    world = build_world(client, outbox)
    answer = client.put(org_path(world), headers=world.headers("head"), json={"name": "Harbour RC"})
    assert answer.status_code == 200 and answer.json()["data"]["org_name"] == "Harbour RC"
    assert answer.json()["data"]["description"] == "Road and trail club"
    assert client.put(org_path(world), headers=world.headers("head"), json={"name": ""}).status_code == 400


# --- what athletes see ------------------------------------------------------------------------


def test_athletes_see_their_organization_and_coach_but_no_coach_only_fields(client, outbox):
    world = build_world(client, outbox)
    org = client.get(org_path(world), headers=world.headers("athlete")).json()["data"]
    assert org["org_name"] == "Harbour Runners" and org["description"] == "Road and trail club"
    assert org["coach"]["user_id"] == world.ids["assistant"]
    me = client.get("/api/v1/auth/me", headers=world.headers("athlete")).json()
    assert me["org_id"] == world.org_a and me["membership_role"] == "athlete"
    everything = str(org) + str(me) + client.get("/api/v1/groups", headers=world.headers("athlete")).text
    for secret in ("Speedy", "5K Focus", "Sore knee", "'notes'", "'labels'"):
        assert secret not in everything
    groups = client.get("/api/v1/groups", headers=world.headers("athlete")).json()["data"]
    assert [g["name"] for g in groups] == ["Marathon Group"] and "members" not in groups[0]


def test_coaches_see_the_coach_only_fields(client, outbox):
    world = build_world(client, outbox)
    member = client.get(org_path(world, f"/members/{world.ids['athlete']}"), headers=world.headers("assistant")).json()
    data = member["data"]
    assert data["display_name"] == "Speedy" and data["labels"] == ["5K Focus"]
    assert data["notes"] == "Sore knee in March" and data["coach_id"] == world.ids["assistant"]
    assert data["group_ids"] == [world.group_a]


# --- adding members ---------------------------------------------------------------------------


def test_adding_by_user_id_bad_input(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    before = count(Membership)
    cases = [
        ({"user_id": "usr_nobody"}, 400, "user_id"),
        ({}, 400, "email"),
        ({"user_id": world.ids["free"], "email": "free@example.com"}, 400, "email"),
        ({"user_id": world.ids["other_head"]}, 400, "user_id"),  # in another org: answered as an unknown ID
        ({"user_id": world.ids["athlete"]}, 409, "user_id"),
        ({"user_id": world.ids["free"], "coach_id": world.ids["other_head"]}, 400, "coach_id"),
        ({"user_id": world.ids["free"], "group_id": "grp_nothing"}, 400, "group_id"),
        ({"user_id": world.ids["free"], "labels": ["x" * 61]}, 400, "labels[0]"),
        ({"user_id": world.ids["free"], "training_plan_id": "plan_none"}, 400, "training_plan_id"),
        ({"user_id": world.ids["free"], "nickname": "Z"}, 400, "nickname"),
    ]
    for body, status, field in cases:
        answer = client.post(org_path(world, "/members"), headers=head, json=body)
        assert answer.status_code == status, (body, answer.text)
        assert answer.json()["details"]["field"] == field, body
    assert count(Membership) == before


def test_inviting_someone_in_another_organization_answers_as_for_any_address(client, outbox):
    world = build_world(client, outbox)
    answer = client.post(org_path(world, "/members"), headers=world.headers("head"),
                         json={"email": "other_head@example.com"})
    assert answer.status_code == 201 and answer.json()["data"]["status"] == "invited"
    unknown = client.post(org_path(world, "/members"), headers=world.headers("head"), json={"email": "nobody@example.com"})
    assert unknown.status_code == 201 and set(unknown.json()["data"]) == set(answer.json()["data"])
    assert outbox.to("other_head@example.com")[-1]["Subject"] == "Harbour Runners invites you to nexrex"

    token = outbox.last_token("other_head@example.com")
    accepted = client.post(f"/api/v1/invitations/{token}/accept", headers=world.headers("other_head"))
    assert accepted.status_code == 409 and accepted.json()["details"] == {"code": "IN_ANOTHER_ORG", "field": "token"}
    assert "another organization" in accepted.json()["error"]
    me = client.get("/api/v1/auth/me", headers=world.headers("other_head")).json()
    assert me["org_id"] == world.org_b


def test_adding_someone_of_another_organization_by_user_id_answers_as_an_unknown_id(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    for path in ("/members", "/coaches"):
        elsewhere = client.post(org_path(world, path), headers=head, json={"user_id": world.ids["other_head"]})
        unknown = client.post(org_path(world, path), headers=head, json={"user_id": "usr_0000000000000000"})
        assert (elsewhere.status_code, elsewhere.json()) == (unknown.status_code, unknown.json()) == (
            400, {"error": "No account with this user ID.", "details": {"code": "UNKNOWN_USER", "field": "user_id"}})


def test_an_invited_new_person_signs_up_from_the_email_and_joins_with_the_coach_details(client, outbox):
    world = build_world(client, outbox)
    answer = client.post(org_path(world, "/members"), headers=world.headers("head"), json={
        "email": "New.Runner@example.com", "display_name": "Rookie", "labels": ["Marathon Group", "marathon group"],
        "notes": "First marathon", "coach_id": world.ids["assistant"], "group_id": world.group_a})
    assert answer.status_code == 201
    data = answer.json()["data"]
    assert data["status"] == "invited" and data["invitation"]["email"] == "new.runner@example.com"
    [mail] = outbox.to("new.runner@example.com")
    assert mail["Subject"] == "Harbour Runners invites you to nexrex"
    link = link_in(mail)
    assert "/join?token=" in link
    token = link.rsplit("token=", 1)[1]
    assert client.post("/api/v1/auth/verify-token", json={"token": token}).json() == {
        "valid": True, "email": "new.runner@example.com"}
    weak = client.post("/api/v1/auth/complete-signup", json={"token": token, "password": "weak"})
    assert weak.status_code == 400 and count(Membership) == 5
    done = client.post("/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD})
    assert done.status_code == 201
    me = client.get("/api/v1/auth/me", headers=bearer(done.json()["access_token"])).json()
    assert me["org_id"] == world.org_a and me["membership_role"] == "athlete" and me["roles"] == ["athlete"]
    member = client.get(org_path(world, f"/members/{done.json()['user_id']}"), headers=world.headers("head")).json()
    assert member["data"]["labels"] == ["Marathon Group"] and member["data"]["display_name"] == "Rookie"
    assert member["data"]["group_ids"] == [world.group_a] and member["data"]["coach_id"] == world.ids["assistant"]
    again = client.post("/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD})
    assert again.status_code == 400


def test_a_person_with_an_account_joins_on_accepting(client, outbox):
    world = build_world(client, outbox)
    client.post(org_path(world, "/members"), headers=world.headers("head"), json={"email": "free@example.com"})
    token = outbox.last_token("free@example.com")
    wrong_person = client.post(f"/api/v1/invitations/{token}/accept", headers=world.headers("other_head"))
    assert wrong_person.status_code == 403
    assert client.post(f"/api/v1/invitations/{token}/accept").status_code == 401
    accepted = client.post(f"/api/v1/invitations/{token}/accept", headers=world.headers("free"))
    assert accepted.status_code == 200 and accepted.json()["data"]["org_id"] == world.org_a
    again = client.post(f"/api/v1/invitations/{token}/accept", headers=world.headers("free"))
    assert again.status_code == 400


def _join_by_link(client, outbox, token: str, email: str):
    """A new person signs up from a shareable link: the email's link sets the password and joins."""
    sent = client.post("/api/v1/auth/complete-signup", json={"token": token, "email": email})
    assert sent.status_code == 202, sent.text
    return client.post("/api/v1/auth/complete-signup", json={"token": outbox.last_token(email), "password": PASSWORD})


def test_shareable_links_count_their_uses_and_can_be_revoked(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    created = client.post(org_path(world, "/invitations"), headers=head, json={"max_uses": 2, "labels": ["Club"]})
    assert created.status_code == 201
    link = created.json()["data"]["link"]
    token = link.rsplit("token=", 1)[1]
    for n in (1, 2):
        done = _join_by_link(client, outbox, token, f"link{n}@example.com")
        assert done.status_code == 201, done.text
    third = client.post("/api/v1/auth/complete-signup", json={"token": token, "email": "link3@example.com"})
    assert third.status_code == 400 and third.json()["error"] == "This invitation has already been used."

    unlimited = client.post(org_path(world, "/invitations"), headers=head, json={}).json()["data"]
    assert unlimited["max_uses"] is None and unlimited["kind"] == "link"
    listed = client.get(org_path(world, "/invitations"), headers=head).json()["data"]
    assert unlimited["invitation_id"] in [i["invitation_id"] for i in listed]
    assert "link" not in listed[0]
    client.delete(org_path(world, f"/invitations/{unlimited['invitation_id']}"), headers=head)
    token = unlimited["link"].rsplit("token=", 1)[1]
    refused = client.post(f"/api/v1/invitations/{token}/accept", headers=world.headers("free"))
    assert refused.status_code == 400 and refused.json()["error"] == "This invitation has been withdrawn."


def test_a_link_sign_up_proves_the_address_before_any_account_exists(client, outbox):
    world = build_world(client, outbox)
    link = client.post(org_path(world, "/invitations"), headers=world.headers("head"),
                       json={"role": "assistant_coach"}).json()["data"]["link"]
    token = link.rsplit("token=", 1)[1]
    before = count(Membership)
    stranger = client.post("/api/v1/auth/complete-signup",
                           json={"token": token, "email": "Owner@Example.com", "password": PASSWORD})
    assert stranger.status_code == 202 and "access_token" not in stranger.json()
    assert stranger.json()["email"] == "owner@example.com" and stranger.json()["expires_in"] == 86400
    assert count(Membership) == before
    [mail] = outbox.to("owner@example.com")
    assert mail["Subject"] == "Verify your email to join Harbour Runners"
    assert "/signup/verify?token=" in link_in(mail)

    # the real owner of the address is not locked out: a plain coach sign-up works
    signed = sign_up(client, outbox, "owner@example.com")
    me = client.get("/api/v1/auth/me", headers=bearer(signed["access_token"])).json()
    assert me["org_id"] is None and count(Membership) == before
    # the link-sign-up email is dead now that the address has an account
    assert client.post("/api/v1/auth/complete-signup",
                       json={"token": token_of(mail), "password": PASSWORD}).status_code == 409


def token_of(mail) -> str:
    return link_in(mail).rsplit("token=", 1)[1]


def test_an_assistant_coach_link_joins_as_a_coach_once_the_email_link_is_used(client, outbox):
    world = build_world(client, outbox)
    link = client.post(org_path(world, "/invitations"), headers=world.headers("head"),
                       json={"role": "assistant_coach", "max_uses": 1}).json()["data"]["link"]
    done = _join_by_link(client, outbox, link.rsplit("token=", 1)[1], "helper@example.com")
    assert done.status_code == 201 and done.json()["is_new_user"] is True
    me = client.get("/api/v1/auth/me", headers=bearer(done.json()["access_token"])).json()
    assert me["org_id"] == world.org_a and me["membership_role"] == "assistant_coach" and me["roles"] == ["coach"]


def test_link_sign_up_emails_are_rate_limited_like_sign_up(client, outbox):
    world = build_world(client, outbox)
    link = client.post(org_path(world, "/invitations"), headers=world.headers("head"), json={}).json()["data"]["link"]
    token = link.rsplit("token=", 1)[1]
    for _ in range(3):
        assert client.post("/api/v1/auth/complete-signup",
                           json={"token": token, "email": "spam@example.com"}).status_code == 202
    fourth = client.post("/api/v1/auth/complete-signup", json={"token": token, "email": "spam@example.com"})
    assert fourth.status_code == 429 and fourth.json()["details"]["field"] == "email"
    assert len(outbox.to("spam@example.com")) == 3
    missing = client.post("/api/v1/auth/complete-signup", json={"token": token})
    assert missing.status_code == 400 and missing.json()["details"]["field"] == "email"


def test_a_link_exhausted_before_the_email_link_is_used_creates_no_account(client, outbox):
    world = build_world(client, outbox)
    link = client.post(org_path(world, "/invitations"), headers=world.headers("head"),
                       json={"max_uses": 1}).json()["data"]["link"]
    token = link.rsplit("token=", 1)[1]
    for email in ("first@example.com", "second@example.com"):
        assert client.post("/api/v1/auth/complete-signup", json={"token": token, "email": email}).status_code == 202
    assert client.post("/api/v1/auth/complete-signup", json={
        "token": outbox.last_token("first@example.com"), "password": PASSWORD}).status_code == 201
    late = client.post("/api/v1/auth/complete-signup",
                       json={"token": outbox.last_token("second@example.com"), "password": PASSWORD})
    assert late.status_code == 400 and late.json()["error"] == "This invitation has already been used."
    assert client.post("/api/v1/auth/login", json={"email": "second@example.com", "password": PASSWORD}
                       ).status_code == 401


def test_concurrent_joins_never_exceed_a_links_uses(client, outbox):
    world = build_world(client, outbox)
    link = client.post(org_path(world, "/invitations"), headers=world.headers("head"),
                       json={"max_uses": 2}).json()["data"]["link"]
    token = link.rsplit("token=", 1)[1]
    people = [sign_up(client, outbox, f"rush{n}@example.com", role="athlete")["user_id"] for n in range(8)]
    start = threading.Barrier(len(people))

    def accept(user_id: str) -> str:
        start.wait()
        try:
            with session_scope() as session:
                invitations.accept(session, session.get(User, user_id), token)
            return "joined"
        except DomainError as exc:
            return exc.code

    with ThreadPoolExecutor(len(people)) as pool:
        results = list(pool.map(accept, people))
    assert results.count("joined") == 2, results
    with Session(get_engine()) as session:
        invitation = session.exec(select(Invitation).where(Invitation.org_id == world.org_a,
                                                           Invitation.max_uses == 2)).one()
        assert invitation.uses == 2
        joined = session.exec(select(func.count()).select_from(Membership)
                              .where(Membership.user_id.in_(people))).one()
    assert joined == 2


def test_invitation_bad_input(client, outbox, clock):
    world = build_world(client, outbox)
    head = world.headers("head")
    before = count(Invitation)
    past = int((clock.now() - timedelta(days=1)).timestamp() * 1000)
    for body, field in [({"max_uses": 0}, "max_uses"), ({"email": "a@example.com", "max_uses": 5}, "max_uses"),
                        ({"expires_at": past}, "expires_at"), ({"role": "head_coach"}, "role"),
                        ({"email": "not an email"}, "email")]:
        answer = client.post(org_path(world, "/invitations"), headers=head, json=body)
        assert answer.status_code == 400 and answer.json()["details"]["field"] == field, body
    assert count(Invitation) == before


def test_email_invitations_expire_after_14_days(client, outbox, clock):
    world = build_world(client, outbox)
    client.post(org_path(world, "/members"), headers=world.headers("head"), json={"email": "late@example.com"})
    token = outbox.last_token("late@example.com")
    clock.advance(timedelta(days=14))
    answer = client.post("/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD})
    assert answer.status_code == 400 and answer.json()["error"] == "This invitation has expired."


# --- the members list -------------------------------------------------------------------------


def test_the_members_list_filters_by_name_email_label_and_coach(client, outbox):
    world = build_world(client, outbox)
    path = org_path(world, "/members")

    def names(who="head", **params):
        answer = client.get(path, headers=world.headers(who), params=params)
        assert answer.status_code == 200, answer.text
        return sorted(m["email"].split("@")[0] for m in answer.json()["data"])

    assert names() == ["assistant", "athlete", "head", "other_athlete"]
    assert names(role="athlete") == ["athlete", "other_athlete"]
    assert names(label="marathon group") == ["other_athlete"]
    assert names(label="5K Focus") == ["athlete"]
    assert names(search="speedy") == ["athlete"]
    assert names(search="OTHER_ATH") == ["other_athlete"]
    assert names(coach_id=world.ids["assistant"]) == ["athlete"]
    assert names("assistant") == ["athlete"]
    assert names("assistant", label="Marathon Group") == []


def test_the_members_list_pages_with_a_stable_cursor(client, outbox):
    world = build_world(client, outbox)
    for n in range(5):
        user = sign_up(client, outbox, f"extra{n}@example.com", role="athlete")["user_id"]
        client.post(org_path(world, "/members"), headers=world.headers("head"), json={"user_id": user})
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get(org_path(world, "/members"), headers=world.headers("head"), params=params).json()
        seen += [m["user_id"] for m in page["data"]]
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        cursor = page["next_cursor"]
        if len(seen) == 3:  # someone joins while the coach is paging
            late = sign_up(client, outbox, "late@example.com", role="athlete")["user_id"]
            client.post(org_path(world, "/members"), headers=world.headers("head"), json={"user_id": late})
    assert len(seen) == len(set(seen)) == 10
    bad = client.get(org_path(world, "/members"), headers=world.headers("head"), params={"cursor": "garbage!"})
    assert bad.status_code == 400 and bad.json()["details"]["field"] == "cursor"
    assert client.get(org_path(world, "/members"), headers=world.headers("head"),
                      params={"limit": 0}).status_code == 400


def test_removing_an_athlete_keeps_the_account(client, outbox):
    world = build_world(client, outbox)
    assert client.delete(org_path(world, f"/members/{world.ids['other_athlete']}"),
                         headers=world.headers("head")).status_code == 200
    me = client.get("/api/v1/auth/me", headers=world.headers("other_athlete")).json()
    assert me["org_id"] is None
    refused = client.delete(org_path(world, f"/members/{world.ids['head']}"), headers=world.headers("head"))
    assert refused.status_code == 400 and refused.json()["details"]["code"] == "HEAD_COACH_STAYS"


# --- coaches ----------------------------------------------------------------------------------


def test_removing_an_assistant_unassigns_their_athletes(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    coaches = client.get(org_path(world, "/coaches"), headers=head).json()["data"]
    assert [(c["user_id"], c["role"]) for c in coaches] == [(world.ids["head"], "head_coach"),
                                                            (world.ids["assistant"], "assistant_coach")]
    assert client.delete(org_path(world, f"/coaches/{world.ids['assistant']}"), headers=head).status_code == 200
    member = client.get(org_path(world, f"/members/{world.ids['athlete']}"), headers=head).json()["data"]
    assert member["coach_id"] is None
    assert client.delete(org_path(world, f"/coaches/{world.ids['head']}"), headers=head).status_code == 404


def test_an_assistant_coach_invited_by_email_signs_up_as_a_coach(client, outbox):
    world = build_world(client, outbox)
    answer = client.post(org_path(world, "/coaches"), headers=world.headers("head"), json={"email": "helper@example.com"})
    assert answer.status_code == 201 and answer.json()["data"]["status"] == "invited"
    token = outbox.last_token("helper@example.com")
    done = client.post("/api/v1/auth/complete-signup", json={"token": token, "password": PASSWORD}).json()
    me = client.get("/api/v1/auth/me", headers=bearer(done["access_token"])).json()
    assert me["membership_role"] == "assistant_coach" and me["roles"] == ["coach"]
    assert client.post(org_path(world, "/coaches"), headers=world.headers("head"), json={}).status_code == 400


# --- groups -----------------------------------------------------------------------------------


def test_group_names_are_unique_per_organization(client, outbox):
    world = build_world(client, outbox)
    duplicate = client.post("/api/v1/groups", headers=world.headers("head"), json={"name": "Marathon Group"})
    assert duplicate.status_code == 409 and duplicate.json()["details"]["field"] == "name"
    elsewhere = client.post("/api/v1/groups", headers=world.headers("other_head"), json={"name": "Marathon Group"})
    assert elsewhere.status_code == 201


def test_put_members_replaces_the_list_and_is_audited(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    path = f"/api/v1/groups/{world.group_a}"
    answer = client.put(path, headers=head, json={"members": [world.ids["other_athlete"]]})
    assert answer.status_code == 200 and answer.json()["data"]["members"] == [world.ids["other_athlete"]]
    audit = client.get(f"{path}/audit", headers=head).json()["data"]
    assert [(e["action"], e["user_id"]) for e in audit] == [
        ("added", world.ids["athlete"]), ("removed", world.ids["athlete"]), ("added", world.ids["other_athlete"])]
    me = client.get("/api/v1/auth/me", headers=world.headers("athlete")).json()
    assert me["org_id"] == world.org_a  # leaving a group keeps the membership


def test_group_bad_input_changes_nothing(client, outbox):
    world = build_world(client, outbox)
    head = world.headers("head")
    before = count(GroupAuditEntry)
    for body, field in [({"name": ""}, "name"), ({"name": "A", "privacy": "secret"}, "privacy"),
                        ({"name": "A", "members": [world.ids["other_head"]]}, "members[0]"),
                        ({"name": "A", "members": [world.ids["assistant"]]}, "members[0]")]:
        answer = client.post("/api/v1/groups", headers=head, json=body)
        assert answer.status_code == 400 and answer.json()["details"]["field"] == field, body
    put = client.put(f"/api/v1/groups/{world.group_a}", headers=head, json={"members": ["usr_ghost"]})
    assert put.status_code == 400
    assert count(GroupAuditEntry) == before


def test_an_assistant_sees_only_their_athletes_in_groups(client, outbox):
    world = build_world(client, outbox)
    client.put(f"/api/v1/groups/{world.group_a}", headers=world.headers("head"),
               json={"members": [world.ids["athlete"], world.ids["other_athlete"]]})
    seen = client.get(f"/api/v1/groups/{world.group_a}", headers=world.headers("assistant")).json()["data"]
    assert seen["members"] == [world.ids["athlete"]]
    other_org = client.get("/api/v1/groups", headers=world.headers("other_head")).json()["data"]
    assert other_org == []

