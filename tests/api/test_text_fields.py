"""Single-line fields (names, titles, labels, display names) refuse control characters with 400 naming the field;
multi-line fields (notes, descriptions) take line breaks and tabs only. Nothing is changed by a refusal."""

import pytest

from tests.api.test_library_workouts import INTERVALS, as_caller
from tests.support.accounts import bearer, sign_up
from tests.support.mailbox import link_in
from tests.support.world import build_world

SINGLE_LINE_BREAKERS = ["Harbour\r\nRunners", "Harbour\nRunners", "Tab\there", "Esc\x1b[31m", "Nul\x00",
                        "Line\u2028separator", "C1\x85next"]


@pytest.mark.parametrize("bad", SINGLE_LINE_BREAKERS)
def test_names_refuse_control_characters_across_the_api(client, outbox, bad):
    world = build_world(client, outbox)
    head, org = world.headers("head"), f"/api/v1/organizations/{world.org_a}"
    newcomer = bearer(sign_up(client, outbox, "newcomer@example.com")["access_token"])
    founded = client.post("/api/v1/organizations", json={"name": bad}, headers=newcomer)
    assert founded.status_code == 400 and founded.json()["details"] == {"code": "INVALID_CHARACTER", "field": "name"}
    for method, path, body, field in [
        ("put", org, {"name": bad}, "name"),
        ("post", "/api/v1/groups", {"name": bad}, "name"),
        ("put", f"/api/v1/groups/{world.group_a}", {"name": bad}, "name"),
        ("put", f"{org}/members/{world.ids['athlete']}", {"display_name": bad}, "display_name"),
        ("put", f"{org}/members/{world.ids['athlete']}", {"labels": ["Fine", bad]}, "labels[1]"),
        ("post", f"{org}/invitations", {"email": "new@example.com", "display_name": bad}, "display_name"),
        ("post", f"{org}/api-keys", {"name": bad}, "name"),
        ("post", "/api/v1/training/workouts", {**as_caller(INTERVALS, world, "head"), "workout_name": bad},
         "workout_name"),
        ("post", "/api/v1/activities", {"activity_name": bad, "activity_type": "run", "date": "2027-03-01"},
         "activity_name"),
    ]:
        answer = client.request(method.upper(), path, json=body, headers=head)
        assert answer.status_code == 400, (path, answer.text)
        assert answer.json()["details"] == {"code": "INVALID_CHARACTER", "field": field}, path
    assert client.get(org, headers=head).json()["data"]["org_name"] == "Harbour Runners"
    assert [g["name"] for g in client.get("/api/v1/groups", headers=head).json()["data"]] == ["Marathon Group"]


def test_notes_and_descriptions_take_line_breaks_and_tabs_only(client, outbox):
    world = build_world(client, outbox)
    head, org = world.headers("head"), f"/api/v1/organizations/{world.org_a}"
    kept = client.put(org, json={"description": "Road and trail.\r\nTuesdays:\tintervals"}, headers=head)
    assert kept.status_code == 200, kept.text
    assert client.get(org, headers=head).json()["data"]["description"] == "Road and trail.\nTuesdays:\tintervals"
    member = f"{org}/members/{world.ids['athlete']}"
    assert client.put(member, json={"notes": "Knee\nrehab"}, headers=head).status_code == 200
    for path, body, field in [(org, {"description": "Bell\x07"}, "description"),
                              (member, {"notes": "Escape\x1b[2J"}, "notes"),
                              ("/api/v1/groups", {"name": "Track", "description": "Nul\x00"}, "description")]:
        answer = client.request("POST" if path.endswith("groups") else "PUT", path, json=body, headers=head)
        assert answer.status_code == 400 and answer.json()["details"] == {"code": "INVALID_CHARACTER", "field": field}
    assert client.get(member, headers=head).json()["data"]["notes"] == "Knee\nrehab"


def test_invitation_emails_carry_the_organization_name_on_one_line(client, outbox):
    world = build_world(client, outbox)
    head, org = world.headers("head"), f"/api/v1/organizations/{world.org_a}"
    assert client.put(org, json={"name": "Harbour\r\nBcc: victim@example.com"}, headers=head).status_code == 400
    sent = client.post(f"{org}/invitations", json={"email": "invitee@example.com"}, headers=head)
    assert sent.status_code == 201, sent.text
    email = outbox.to("invitee@example.com")[-1]
    assert "Harbour Runners" in email["Subject"] and "victim" not in email.as_string()
    assert link_in(email)
