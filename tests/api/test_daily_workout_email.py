"""Today's workout by email: once per athlete per local day, however often and wherever the command runs."""

import threading
from datetime import UTC, datetime

import pytest

from nexrex_app import cli
from nexrex_app.domain import daily_email
from nexrex_app.settings import settings
from tests.support.accounts import bearer, sign_up

MORNING_IN_BERLIN = datetime(2030, 6, 3, 4, 30, tzinfo=UTC)  # 06:30 in Berlin, 21:30 the day before in Los Angeles
DAY = "2030-06-03"


def over_smtp(monkeypatch, smtp_server) -> None:
    """From here on, email goes to the SMTP server (sign-ups read their links from the outbox before)."""
    monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
    monkeypatch.setattr(settings, "smtp_port", smtp_server.port)


def athlete(client, outbox, email: str, *, opted_in: bool = True, timezone: str = "Europe/Berlin",
            workout: str | None = "Tempo run") -> str:
    token = sign_up(client, outbox, email, role="athlete")["access_token"]
    assert client.put("/api/v1/athletes/me/timezone", json={"timezone": timezone}, headers=bearer(token)).status_code == 200
    answer = client.put("/api/v1/me/email-settings", json={"daily_workout_email": opted_in}, headers=bearer(token))
    assert answer.status_code == 200 and answer.json()["data"]["daily_workout_email"] is opted_in
    if workout:
        made = client.post("/api/v1/activities", headers=bearer(token), json={
            "activity_name": workout, "activity_type": "run", "status": "scheduled", "date": DAY})
        assert made.status_code == 201, made.text
    return email


def test_an_athlete_who_opted_in_gets_the_days_workout_once(client, outbox, smtp_server, monkeypatch):
    athlete(client, outbox, "keen@example.com")
    athlete(client, outbox, "quiet@example.com", opted_in=False)
    athlete(client, outbox, "resting@example.com", workout=None)
    athlete(client, outbox, "west@example.com", timezone="America/Los_Angeles")
    over_smtp(monkeypatch, smtp_server)
    mailed = smtp_server
    first = daily_email.send_daily_workouts(MORNING_IN_BERLIN)
    again = daily_email.send_daily_workouts(MORNING_IN_BERLIN)
    assert len(first.sent) == 1 and again.sent == [] and len(again.already_sent) == 1
    message = mailed.wait_for("keen@example.com")
    assert message["Subject"] == "Today: Tempo run"
    assert "/athlete" in message.get_body(preferencelist=("plain",)).get_content()
    assert [m["To"] for m in mailed.messages if "Today" in m["Subject"]] == ["keen@example.com"]


def test_two_runs_at_once_send_one_email_per_athlete(client, outbox, smtp_server, monkeypatch, db):
    if not db.startswith("postgresql"):
        pytest.skip("two machines share a PostgreSQL database")
    emails = [athlete(client, outbox, f"runner{n}@example.com") for n in range(6)]
    over_smtp(monkeypatch, smtp_server)
    start, runs = threading.Barrier(3), []

    def run() -> None:
        start.wait()
        runs.append(daily_email.send_daily_workouts(MORNING_IN_BERLIN))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(len(r.sent) for r in runs) == 6 and sum(len(r.already_sent) for r in runs) == 12
    assert sorted(m["To"] for m in smtp_server.messages if "Today" in m["Subject"]) == sorted(emails)


def test_an_email_that_could_not_be_sent_is_tried_again_next_run(client, outbox, smtp_server, monkeypatch):
    athlete(client, outbox, "keen@example.com")
    over_smtp(monkeypatch, smtp_server)
    monkeypatch.setattr(settings, "smtp_port", 1)
    assert len(daily_email.send_daily_workouts(MORNING_IN_BERLIN).failed) == 1
    monkeypatch.setattr(settings, "smtp_port", smtp_server.port)
    assert len(daily_email.send_daily_workouts(MORNING_IN_BERLIN).sent) == 1
    assert smtp_server.wait_for("keen@example.com")["Subject"] == "Today: Tempo run"


def test_the_command_says_what_it_did(client, outbox, clock, capsys):
    athlete(client, outbox, "keen@example.com")
    clock.freeze(MORNING_IN_BERLIN)
    assert cli.main(["send-daily-workouts"]) == 0
    assert capsys.readouterr().out.strip() == "sent 1, already sent today 0, failed 0"
    assert [m["Subject"] for m in outbox.to("keen@example.com")][-1] == "Today: Tempo run"
