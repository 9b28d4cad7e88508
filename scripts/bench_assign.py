"""How long assigning a 16-week plan to a group of 500 athletes takes (one transaction, bulk inserts).

Run: .venv/bin/python scripts/bench_assign.py [database URL]   (default: a fresh SQLite file; the goal
on SQLite is under 2 s)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from nexrex_app.coach.draft import render, structured  # noqa: E402
from nexrex_app.coach.generator import generate  # noqa: E402
from nexrex_app.coach.params import parse_params  # noqa: E402
from nexrex_app.db import session_scope  # noqa: E402
from nexrex_app.domain import assignments, organizations, permissions, plans  # noqa: E402
from nexrex_app.models.accounts import User  # noqa: E402
from nexrex_app.models.library_schemas import PlanCreate  # noqa: E402
from nexrex_app.models.organizations import Group, GroupMember, Membership  # noqa: E402
from nexrex_app.settings import PROJECT_ROOT, settings  # noqa: E402

ATHLETES, RUNS = 500, 3


def migrate(url: str) -> None:
    settings.database_url = url
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.attributes["configure_logger"] = False
    config.set_main_option("sqlalchemy.url", url)
    command.upgrade(config, "head")


def club() -> tuple[str, str, str]:
    """A head coach with 500 athletes in one group, and a generated 16-week plan; answers their ids."""
    with session_scope() as session:
        coach = User(email="bench.coach@example.com", password_hash="x", role="coach")
        session.add(coach)
        session.flush()
        org = organizations.create_organization(session, permissions.actor_for(session, coach), name="Bench RC",
                                                description=None)
        group = Group(org_id=org.id, name="Everyone", created_by=coach.id)
        session.add(group)
        session.flush()
        users = [{"id": f"usr_bench{i:05d}", "email": f"athlete{i}@example.com", "password_hash": "x",
                  "role": "athlete", "timezone": "UTC", "fitness": {}} for i in range(ATHLETES)]
        session.execute(insert(User), users)
        session.execute(insert(Membership), [{"user_id": u["id"], "org_id": org.id, "role": "athlete"}
                                             for u in users])
        session.execute(insert(GroupMember), [{"group_id": group.id, "user_id": u["id"]} for u in users])
        params = parse_params({"weeks": 16, "level": "advanced", "goal_race": {"event": "marathon"}})
        generated = generate(params)
        items, _ = structured(render(generated), params, generated.fitness)
        plan = plans.create_plan(session, permissions.actor_for(session, coach), PlanCreate(
            training_plan_name="Marathon", training_plan_description="16 weeks", type="run", level="advanced",
            duration_in_weeks=16, visibility="org", user_id=coach.id, content=items))
        return coach.id, group.id, plan.id


def measure(url: str) -> tuple[float, int]:
    """Median seconds to assign, and workouts written per assignment, on a fresh database at ``url``."""
    migrate(url)
    coach_id, group_id, plan_id = club()
    timings, rows = [], 0
    for run in range(RUNS):
        started = time.perf_counter()
        with session_scope() as session:
            actor = permissions.actor_for(session, session.get(User, coach_id))
            created = assignments.assign(session, actor, plan_id, start_date=f"2027-0{run + 1}-04",
                                         group_id=group_id, allow_overlap=True)  # each run books the group again
            rows = sum(len(i.content) for i in created)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), rows


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    median, rows = measure(url)
    print(f"{'assign a 16-week plan to a group of 500':<44}{'median (s)':>12}{'workouts written':>20}")
    print(f"{url.split(':')[0]:<44}{median:>12.2f}{rows:>20}")


if __name__ == "__main__":
    main()
