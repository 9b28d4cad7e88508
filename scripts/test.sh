#!/usr/bin/env bash
# Run the whole test suite: unit, API, State and browser tests.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/api -k login).
# With NEXREX_TEST_POSTGRES_URL set, the domain and API tests also run on that PostgreSQL database.
REQUIREMENTS=requirements-dev.txt
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

ensure_chromium

exec python -m pytest "$@"
