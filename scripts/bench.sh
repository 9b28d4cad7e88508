#!/usr/bin/env bash
# Measure nexrex: prints a table of figures next to their baselines and writes var/bench.json.
# NEXREX_BENCH_QUICK=1 for a shorter run; NEXREX_BENCH_POSTGRES_URL to name the PostgreSQL server.
REQUIREMENTS=requirements-dev.txt
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_chromium
python scripts/bench_load.py  # the training load series: 10 years of history, 365 + 120 days (goal < 100 ms)
exec python scripts/bench.py "$@"
