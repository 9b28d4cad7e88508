"""nexrex's figures, each next to its baseline in the same run; prints a table, writes var/bench.json.

  1. GET /api/v1/training/plans?limit=50 with 1 000, 10 000 and 100 000 plans in the organization, on
     SQLite and PostgreSQL, against a bare FastAPI route reading the same 50 rows with one query; and a
     walk through every page with the cursor, which must visit each plan once.
  2. The coaching engine: a 12- and a 52-week plan.
  3. Assigning a 16-week plan to a group of 500 athletes.
  4. In Chromium against the production build: the athlete's Training tab from navigation to workouts
     visible, and a click-to-update round trip.
  5. A mixed API load at concurrency 32: one worker on SQLite against two workers on PostgreSQL + Redis.
  6. 1 000 open Training tabs on one worker: CPU while nothing changes and the time from an assignment to the
     tabs' update, pushed (this code) beside polling (its last version), in scripts/bench_live.py.
  7. Lighthouse's mobile profile for the landing page, sign-in and the Training tab (bench_lighthouse.py).

NEXREX_BENCH_QUICK=1 stops at 10 000 plans and shortens the load; NEXREX_BENCH_POSTGRES_URL names the
PostgreSQL server (default: the local one).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("NEXREX_BCRYPT_ROUNDS", "4")
os.environ["__REFLEX_SKIP_COMPILE"] = "true"

import bench_assign  # noqa: E402
import bench_coach  # noqa: E402
import bench_live  # noqa: E402
import bench_lighthouse  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from nexrex_app.api import create_api  # noqa: E402
from nexrex_app.db import get_engine, session_scope  # noqa: E402
from nexrex_app.domain import accounts, organizations, permissions  # noqa: E402
from nexrex_app.models.accounts import User  # noqa: E402
from nexrex_app.models.library import TrainingPlan  # noqa: E402
from nexrex_app.settings import settings  # noqa: E402
from tests.support.database import migrate  # noqa: E402
from tests.support.load import run_load  # noqa: E402
from tests.support.server import fresh_database, redis_up, serve  # noqa: E402

QUICK = os.environ.get("NEXREX_BENCH_QUICK") == "1"
SIZES = (1_000, 10_000) if QUICK else (1_000, 10_000, 100_000)
REQUESTS = 60 if QUICK else 200
POSTGRES = os.environ.get("NEXREX_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
BARE_QUERY = text("SELECT id, training_plan_name, training_plan_description, type, level, duration_in_weeks, "
                  "visibility, org_id, owner_id, image_url, created_at, updated_at FROM training_plans "
                  "WHERE org_id = :org ORDER BY created_at DESC, id DESC LIMIT 50")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_side_by_side(ours, baseline, count: int) -> tuple[list[float], list[float]]:
    """Milliseconds of ``count`` calls of each, taken in turns so that both see the same machine;
    a few unmeasured calls first warm the caches."""
    for _ in range(5):
        ours(), baseline()
    timings: tuple[list[float], list[float]] = ([], [])
    for _ in range(count):
        for call, kept in ((ours, timings[0]), (baseline, timings[1])):
            started = time.perf_counter()
            call()
            kept.append((time.perf_counter() - started) * 1000)
    return timings


def seed(count: int) -> tuple[str, str]:
    """A coach and organization holding ``count`` plans; answers (access token, org id)."""
    with session_scope() as session:
        coach = User(email=f"bench{count}@example.com", password_hash="x", role="coach")
        session.add(coach)
        session.flush()
        org = organizations.create_organization(session, permissions.actor_for(session, coach), name="Bench",
                                                description=None)
        token = accounts.issue_token(session, coach).access_token
        org_id, owner = org.id, coach.id
    start = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [{"id": f"plan_b{i:07d}", "owner_id": owner, "org_id": org_id, "training_plan_name": f"Plan {i}",
             "training_plan_description": "Seeded", "type": "run", "level": "basic", "duration_in_weeks": 4,
             "visibility": "org", "prefer_day": {}, "content": [], "week_notes": {},
             "created_at": start + timedelta(seconds=i), "updated_at": start + timedelta(seconds=i)}
            for i in range(count)]
    with get_engine().begin() as connection:
        for first in range(0, count, 5_000):
            connection.execute(insert(TrainingPlan.__table__), rows[first:first + 5_000])
        connection.execute(text("ANALYZE"))  # fresh statistics, as the database would gather after a bulk load
    return token, org_id


def bare_app() -> FastAPI:
    app = FastAPI()

    @app.get("/bare/{org_id}")
    def bare(org_id: str) -> list[dict]:
        with get_engine().connect() as connection:
            return [dict(row._mapping) for row in connection.execute(BARE_QUERY, {"org": org_id})]

    return app


def plans_list(database: str, url: str) -> list[dict]:
    results = []
    for count in SIZES:
        settings.database_url = url if database == "sqlite" else fresh_database(url, "nexrex_bench")
        if database == "sqlite":
            settings.database_url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
        migrate(settings.database_url)
        token, org_id = seed(count)
        ours, bare = TestClient(create_api()), TestClient(bare_app())
        headers = {"Authorization": f"Bearer {token}"}
        mine, base = timed_side_by_side(
            lambda: ours.get("/api/v1/training/plans", params={"limit": 50}, headers=headers),
            lambda: bare.get(f"/bare/{org_id}"), REQUESTS)
        seen, cursor = [], None
        while True:
            page = ours.get("/api/v1/training/plans", params={"limit": 50, "summary": "true",
                                                              **({"cursor": cursor} if cursor else {})},
                            headers=headers).json()
            seen += [p["training_plan_id"] for p in page["data"]]
            if not page["has_more"]:
                break
            cursor = page["next_cursor"]
        results.append({"database": database, "plans": count, "p50_ms": round(statistics.median(mine), 2),
                        "p95_ms": round(percentile(mine, 0.95), 2), "bare_p50_ms": round(statistics.median(base), 2),
                        "bare_p95_ms": round(percentile(base, 0.95), 2),
                        "ratio_p50": round(statistics.median(mine) / statistics.median(base), 2),
                        "walk_visits_each_once": len(seen) == len(set(seen)) == count})
    for row in results:
        row["p95_over_p95_at_1000"] = round(row["p95_ms"] / results[0]["p95_ms"], 2)
    return results


def browser_and_load() -> dict:
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

    figures: dict = {}
    folder = Path(tempfile.mkdtemp())
    database = f"sqlite:///{folder / 'nexrex.db'}"
    migrate(database)
    for url in serve(folder, database, web_dir=".web-bench"):
        token, athlete_token = _coach_and_athlete(url, database)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 390, "height": 844})
            page.goto(f"{url}/athlete/login")
            page.evaluate(f"() => localStorage.setItem('nexrex_token', '{athlete_token}')")
            loads, clicks = [], []
            for _ in range(5):
                started = time.perf_counter()
                page.goto(f"{url}/athlete")
                page.locator("#today .training-workout").first.wait_for()
                loads.append((time.perf_counter() - started) * 1000)
            upcoming = "#coming-up .training-workout[data-status='scheduled']"
            for day in [card.get_attribute("data-date") for card in page.locator(upcoming).all()[:8]]:
                started = time.perf_counter()
                page.locator(f"#coming-up .training-workout[data-date='{day}']").get_by_role("button",
                                                                                           name="Skip").click()
                page.locator(f"#coming-up .training-workout[data-date='{day}'][data-status='skipped']").wait_for()
                clicks.append((time.perf_counter() - started) * 1000)
            browser.close()
        figures["training_tab_load_ms_p50"] = round(statistics.median(loads), 1)
        figures["click_round_trip_ms_p50"] = round(statistics.median(clicks), 1) if clicks else None
        figures["lighthouse"] = bench_lighthouse.measure(url, athlete_token)
        figures["load_one_worker_sqlite"] = _throughput(url, token)
    if redis_up():
        database = fresh_database(POSTGRES, "nexrex_bench_workers")
        migrate(database)
        for url in serve(Path(tempfile.mkdtemp()), database, web_dir=".web-bench-workers",
                         extra={"REFLEX_REDIS_URL": "redis://127.0.0.1:6379/6", "GRANIAN_WORKERS": "2"}):
            token, _ = _coach_and_athlete(url, database)
            figures["load_two_workers_postgres_redis"] = _throughput(url, token)
    return figures


def _coach_and_athlete(url: str, database: str) -> tuple[str, str]:
    """A coach and an athlete with a plan of daily workouts that started yesterday (tokens made directly)."""
    import httpx

    settings.database_url = database
    api = httpx.Client(base_url=f"{url}/api/v1", timeout=60)
    with session_scope() as session:
        suffix = str(time.time_ns())
        coach = User(email=f"c{suffix}@example.com", password_hash="x", role="coach")
        athlete = User(email=f"a{suffix}@example.com", password_hash="x", role="athlete")
        session.add_all([coach, athlete])
        session.flush()
        org = organizations.create_organization(session, permissions.actor_for(session, coach), name="Bench",
                                                description=None)
        from nexrex_app.domain import members
        members.add_by_user_id(session, permissions.actor_for(session, coach), org.id, user_id=athlete.id,
                               details=members.MemberDetails())
        coach_token = accounts.issue_token(session, coach).access_token
        athlete_token = accounts.issue_token(session, athlete).access_token
        coach_id, athlete_id = coach.id, athlete.id
    headers = {"Authorization": f"Bearer {coach_token}"}
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    plan = api.post("/training/plans", headers=headers, json={
        "training_plan_name": "Daily", "training_plan_description": "Bench", "type": "run", "level": "basic",
        "duration_in_weeks": 3, "visibility": "org", "user_id": coach_id,
        "content": [{"week": w, "day": d, "source_workout_id": "wkt_system01"} for w in (1, 2, 3) for d in days]})
    start = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    api.post(f"/training/plans/{plan.json()['training_plan_id']}/assign", headers=headers,
             json={"start_date": start, "user_ids": [athlete_id]})
    return coach_token, athlete_token


def _throughput(url: str, token: str) -> dict:
    import httpx

    headers = {"Authorization": f"Bearer {token}"}
    me = httpx.get(f"{url}/api/v1/auth/me", headers=headers).json()
    result = run_load(url, headers, me["user_id"], me["org_id"], concurrency=32, seconds=10 if QUICK else 30)
    return {"requests_per_second": round(result.per_second, 1), "errors": len(result.errors)}


def main() -> None:
    report: dict = {"measured_at": datetime.now(UTC).isoformat(timespec="seconds"), "quick": QUICK}
    report["plans_list"] = plans_list("sqlite", "") + (plans_list("postgresql", POSTGRES) if POSTGRES else [])
    report["coach_engine"] = bench_coach.measure()
    assign_median, written = bench_assign.measure(f"sqlite:///{tempfile.mkdtemp()}/assign.db")
    report["assign_group_of_500"] = {"database": "sqlite", "median_s": round(assign_median, 2),
                                     "workouts_written": written}
    report["browser_and_load"] = browser_and_load()
    report["open_training_tabs"] = bench_live.measure(bench_live.TABS)
    (ROOT / "var").mkdir(exist_ok=True)
    (ROOT / "var" / "bench.json").write_text(json.dumps(report, indent=2))
    print_report(report)


def print_report(report: dict) -> None:
    print(f"\n{'GET /training/plans?limit=50':<40}{'p50':>8}{'p95':>8}{'bare p50':>10}{'bare p95':>10}"
          f"{'ours/bare':>10}  walk")
    for row in report["plans_list"]:
        label = f"{row['database']}, {row['plans']:,} plans"
        print(f"{label:<40}{row['p50_ms']:>8.1f}{row['p95_ms']:>8.1f}{row['bare_p50_ms']:>10.1f}"
              f"{row['bare_p95_ms']:>10.1f}{row['ratio_p50']:>10.2f}  {'each once' if row['walk_visits_each_once'] else 'WRONG'}")
    for row in report["plans_list"]:
        if row["plans"] == max(SIZES):
            print(f"{row['database']}: p95 at {row['plans']:,} plans / p95 at 1,000 = {row['p95_over_p95_at_1000']:.2f}"
                  " (goal: at most 1.5; ours/bare goal: at most 2)")
    print(f"\n{'coaching engine':<40}{'draft ms':>10}{'plan ms':>10}{'total ms':>10}")
    for row in report["coach_engine"]:
        print(f"{row['plan']:<40}{row['draft_ms']:>10.1f}{row['plan_ms']:>10.1f}{row['total_ms']:>10.1f}")
    group = report["assign_group_of_500"]
    print(f"\nassign a 16-week plan to 500 athletes (SQLite): {group['median_s']:.2f} s, "
          f"{group['workouts_written']:,} workouts written")
    browser = report["browser_and_load"]
    print(f"Training tab, navigation to workouts visible (p50): {browser.get('training_tab_load_ms_p50')} ms")
    print(f"click-to-update round trip (p50): {browser.get('click_round_trip_ms_p50')} ms")
    bench_lighthouse.print_figures(browser["lighthouse"])
    for key in ("load_one_worker_sqlite", "load_two_workers_postgres_redis"):
        if key in browser:
            print(f"{key.replace('_', ' ')}: {browser[key]['requests_per_second']} requests/s, "
                  f"{browser[key]['errors']} errors")
    bench_live.print_report(report["open_training_tabs"])
    print("\nwritten to var/bench.json")


if __name__ == "__main__":
    main()
