"""Email over a real SMTP server, and what happens when it cannot be reached."""

from sqlmodel import Session, func, select

from nexrex_app.db import get_engine
from nexrex_app.models.accounts import VerificationToken
from nexrex_app.models.organizations import Organization
from nexrex_app.settings import settings
from tests.support.accounts import bearer, sign_up
from tests.support.mailbox import link_in
from tests.support.world import create_org


def test_verification_mail_goes_over_smtp_with_text_and_html(client, smtp_server, monkeypatch):
    monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
    monkeypatch.setattr(settings, "smtp_port", smtp_server.port)
    assert client.post("/api/v1/auth/request-verification", json={"email": "smtp@example.com"}).status_code == 200
    message = smtp_server.wait_for("smtp@example.com")
    assert message["Subject"] == "Verify your email for nexrex"
    assert message.get_body(preferencelist=("plain",)) and message.get_body(preferencelist=("html",))
    token = link_in(message).rsplit("token=", 1)[1]
    assert client.post("/api/v1/auth/verify-token", json={"token": token}).json()["valid"] is True


def test_an_unreachable_mail_server_is_a_clear_503_and_nothing_is_kept(client, monkeypatch):
    monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
    monkeypatch.setattr(settings, "smtp_port", 1)
    answer = client.post("/api/v1/auth/request-verification", json={"email": "smtp@example.com"})
    assert answer.status_code == 503 and answer.json()["details"]["code"] == "EMAIL_UNAVAILABLE"
    with Session(get_engine()) as session:
        assert session.exec(select(func.count()).select_from(VerificationToken)).one() == 0


def test_an_organization_name_saved_with_a_line_break_still_sends_its_invitations(client, outbox, smtp_server,
                                                                                   monkeypatch):
    """Names are refused with control characters now; one saved before that must not break every email."""
    head = sign_up(client, outbox, "legacy.head@example.com")
    org_id = create_org(client, head["access_token"], "Harbour Runners")
    with Session(get_engine()) as session:
        org = session.get(Organization, org_id)
        org.name = "Harbour\r\nBcc: victim@example.com"
        session.add(org)
        session.commit()
    monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
    monkeypatch.setattr(settings, "smtp_port", smtp_server.port)
    invited = client.post(f"/api/v1/organizations/{org_id}/members", json={"email": "runner@example.com"},
                          headers=bearer(head["access_token"]))
    assert invited.status_code == 201, invited.text
    message = smtp_server.wait_for("runner@example.com")
    assert message["Subject"] == "Harbour Bcc: victim@example.com invites you to nexrex"
    assert message["Bcc"] is None
