#!/usr/bin/env bash
# Run the whole test suite: unit, API, State and browser tests.
# Extra arguments go to pytest as they are (e.g. scripts/test.sh tests/api -k login); given --numprocesses, it
# refuses the browser tests, which run one at a time.
# With NEXREX_TEST_POSTGRES_URL set, the domain and API tests also run on that PostgreSQL database.
REQUIREMENTS=requirements-dev.txt
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

ensure_chromium

if [ $# -gt 0 ]; then
    exec python -m pytest "$@"
fi
# The tests without a browser share out the machine's cores, each worker with a PostgreSQL database of its own; the
# browser tests then run one at a time, since they time what a page does and one of them stops PostgreSQL.
status=0
python -m pytest --numprocesses auto --ignore tests/e2e || status=$?
python -m pytest tests/e2e || status=$?
exit $status
