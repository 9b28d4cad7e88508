"""scripts/run.sh refuses a multi-worker start that could not share sessions and data."""

import os
import subprocess

import pytest

from nexrex_app.settings import PROJECT_ROOT


@pytest.mark.parametrize("extra", [
    {},
    {"REFLEX_REDIS_URL": "redis://127.0.0.1:6379/0"},
    {"REFLEX_DB_URL": "postgresql://postgres@127.0.0.1:5432/nexrex"},
    {"REFLEX_DB_URL": "sqlite:///var/nexrex.db", "REFLEX_REDIS_URL": "redis://127.0.0.1:6379/0"},
])
def test_several_workers_need_postgresql_and_redis(extra):
    env = {key: value for key, value in os.environ.items() if key not in ("REFLEX_DB_URL", "REFLEX_REDIS_URL")}
    done = subprocess.run(["bash", "scripts/run.sh"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
                          env={**env, "GRANIAN_WORKERS": "2", **extra})
    assert done.returncode == 2
    assert "GRANIAN_WORKERS=2 needs REFLEX_DB_URL=postgresql" in done.stderr
