#!/usr/bin/env bash
# Measure nexrex: prints a table of figures next to their baselines and writes var/bench.json.
# NEXREX_BENCH_QUICK=1 for a shorter run; NEXREX_BENCH_POSTGRES_URL to name the PostgreSQL server.
REQUIREMENTS=requirements-dev.txt
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_chromium
LIGHTHOUSE_VERSION="12.8.2"
if [ "$(.tools/lighthouse/node_modules/.bin/lighthouse --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
    echo "nexrex: installing Lighthouse $LIGHTHOUSE_VERSION"
    npm install --silent --no-fund --no-audit --prefix .tools/lighthouse "lighthouse@$LIGHTHOUSE_VERSION"
fi
python scripts/bench_load.py  # the training load series: 10 years of history, 365 + 120 days (goal < 100 ms)
exec python scripts/bench.py "$@"
