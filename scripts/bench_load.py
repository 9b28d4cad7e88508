"""How long the training load series takes: one athlete with 10 years of recorded sessions, asked for
365 past and 120 future days (a 17-week plan ahead of them).

Run: .venv/bin/python scripts/bench_load.py [database URL]   (default: a fresh SQLite file; the goal is
under 100 ms of server time, measured around the request inside the app)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["__REFLEX_SKIP_COMPILE"] = "true"

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from nexrex_app.api import create_api  # noqa: E402
from nexrex_app.domain import accounts  # noqa: E402
from nexrex_app.domain.activities import today_of  # noqa: E402
from nexrex_app.db import session_scope  # noqa: E402
from nexrex_app.models.accounts import User  # noqa: E402
from nexrex_app.models.activities import Activity, PlanInstance  # noqa: E402
from nexrex_app.models.organizations import Organization  # noqa: E402
from nexrex_app.settings import settings  # noqa: E402
from tests.support.database import migrate  # noqa: E402

YEARS, PAST, AHEAD, RUNS = 10, 365, 120, 30
WORKOUT = {"workout_name": "Threshold", "workout_type": "run", "content_blocks": [
    {"type": "warm-up", "block_duration_in_seconds": 900, "block_length_target": "duration", "block_pace": "z1"},
    {"type": "interval", "block_repeat": 4, "blocks": [
        {"type": "run", "block_distance_in_meters": 1600, "block_length_target": "distance", "block_pace": "z4"},
        {"type": "recovery-run", "block_duration_in_seconds": 120, "block_length_target": "duration",
         "block_pace": "z1"}]},
    {"type": "cool-down", "block_duration_in_seconds": 600, "block_length_target": "duration", "block_pace": "z1"}]}


def history(user_id: str, today) -> list[dict]:
    """A session nearly every day for ten years: rides with power, runs with pace, swims with heart rate."""
    rows = []
    for back in range(1, YEARS * 365):
        if back % 7 == 0:
            continue
        sport = ("bike", "run", "swim")[back % 3]
        rows.append({"id": f"act_hist{back:06d}", "user_id": user_id, "status": "completed", "activity_type": sport,
                     "activity_name": "Session", "date": today - timedelta(days=back), "source": "fit",
                     "duration_in_seconds": 3600 + back % 1800, "distance_in_meters": 10_000 + back % 20_000,
                     "avg_heart_rate": 140 + back % 20, "avg_power_watts": 200 if sport == "bike" else None,
                     "normalized_power_watts": 215 if sport == "bike" else None, "elevation_gain_in_meters": 120})
    return rows


def athlete() -> str:
    """An athlete with figures, ten years behind them and a plan ahead; answers their token."""
    with session_scope() as session:
        user = User(email="bench.load@example.com", password_hash="x", role="athlete", timezone="UTC",
                    fitness={"ftp_watts": 250, "threshold_heart_rate": 170, "race_distance_in_meters": 10_000,
                             "race_time_in_seconds": 2580, "css_seconds_per_100m": 100})
        session.add(user)
        session.flush()
        org = Organization(name="Bench load", head_coach_user_id=user.id)
        session.add(org)
        session.flush()
        today = today_of(session, user.id)
        weeks = AHEAD // 7 + 1
        instance = PlanInstance(user_id=user.id, org_id=org.id, assigned_by=user.id, name="Ahead", plan_type="run",
                                start_date=today, duration_in_weeks=weeks, content=[WORKOUT] * AHEAD)
        session.add(instance)
        session.flush()
        session.execute(insert(Activity), history(user.id, today) + [
            {"id": f"act_plan{ahead:04d}", "user_id": user.id, "status": "scheduled", "activity_type": "run",
             "activity_name": "Threshold", "date": today + timedelta(days=ahead), "source": "plan",
             "plan_instance_id": instance.id, "workout_index": ahead} for ahead in range(AHEAD)])
        return accounts.issue_token(session, user).access_token, user.id, today


def measure(url: str) -> tuple[float, float, int]:
    """Median and 95th percentile of server time (ms), and the days answered."""
    settings.database_url = url
    migrate(url)
    token, user_id, today = athlete()
    api = TestClient(create_api())
    server_ms: list[float] = []

    @api.app.middleware("http")
    async def timed(request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        server_ms.append((time.perf_counter() - started) * 1000)
        return response

    params = {"start_date": (today - timedelta(days=PAST - 1)).isoformat(),
              "end_date": (today + timedelta(days=AHEAD)).isoformat()}
    days = 0
    for _ in range(RUNS + 3):
        answer = api.get(f"/api/v1/athletes/{user_id}/load", params=params,
                         headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text
        days = len(answer.json()["data"]["days"])
    timings = sorted(server_ms[3:])  # the first requests warm caches
    return statistics.median(timings), timings[round(0.95 * (len(timings) - 1))], days


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{tempfile.mkdtemp()}/bench-load.db"
    median, p95, days = measure(url)
    print(f"{'training load series, 10 years of history':<48}{'p50 ms':>8}{'p95 ms':>8}{'days':>6}  goal")
    print(f"{url.split(':')[0]:<48}{median:>8.1f}{p95:>8.1f}{days:>6}  < 100 ms")


if __name__ == "__main__":
    main()
