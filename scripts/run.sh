#!/usr/bin/env bash
# Start nexrex: the console and the API on http://localhost:${PORT:-3000}.
# With no configuration it uses a SQLite database in var/ and writes email to var/outbox/.
# Several workers: REFLEX_DB_URL (PostgreSQL), REFLEX_REDIS_URL and GRANIAN_WORKERS=N (see README).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

PORT="${PORT:-3000}"
export PORT

if [ "${GRANIAN_WORKERS:-1}" != 1 ]; then
    # Each worker holds console sessions; they share them through Redis and their data through PostgreSQL.
    if [ -z "${REFLEX_REDIS_URL:-}" ] || [[ "${REFLEX_DB_URL:-sqlite}" != postgresql* ]]; then
        echo "nexrex: GRANIAN_WORKERS=$GRANIAN_WORKERS needs REFLEX_DB_URL=postgresql://… and REFLEX_REDIS_URL=redis://…" >&2
        exit 2
    fi
fi

echo "nexrex: applying database migrations"
alembic upgrade head

echo "nexrex: starting on http://localhost:$PORT"
exec reflex run --env prod --frontend-port "$PORT" --backend-port "$PORT" --loglevel "${REFLEX_LOGLEVEL:-warning}"
