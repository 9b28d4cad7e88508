# Sourced by run.sh and test.sh: makes a fresh machine ready, and does nothing twice.
# - a virtual environment in .venv with requirements.txt (or $REQUIREMENTS) installed, again only when it changes
# - bun, which Reflex builds the UI with, from the npm registry into .tools/
# - a quiet, offline-safe Reflex environment
# - ensure_chromium, for the scripts that drive a browser (tests, benchmarks)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p var .tools

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    echo "nexrex: creating .venv"
    "$PYTHON" -m venv .venv
fi
# The app needs requirements.txt; the tests and benchmarks set REQUIREMENTS=requirements-dev.txt, which adds theirs.
REQUIREMENTS="${REQUIREMENTS:-requirements.txt}"
requirements_stamp=".venv/.${REQUIREMENTS%.txt}.sha256"
if ! sha256sum --check --status "$requirements_stamp" 2>/dev/null; then
    echo "nexrex: installing Python packages ($REQUIREMENTS)"
    .venv/bin/pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    sha256sum requirements.txt "$REQUIREMENTS" | sort -u > "$requirements_stamp"
fi

BUN_VERSION="1.4.5"
if [ ! -x .tools/node_modules/.bin/bun ] || [ "$(.tools/node_modules/.bin/bun --version 2>/dev/null)" != "$BUN_VERSION" ]; then
    echo "nexrex: installing bun $BUN_VERSION"
    npm install --silent --no-fund --no-audit --prefix .tools "bun@$BUN_VERSION"
fi

export PATH="$ROOT/.tools/node_modules/.bin:$ROOT/.venv/bin:$PATH"
export REFLEX_TELEMETRY_ENABLED=false
export REFLEX_CHECK_LATEST_VERSION=0
export REFLEX_DIR="$ROOT/.tools/reflex"
export BUN_INSTALL_CACHE_DIR="$ROOT/.tools/bun-cache"
# Naming the registry up front spares Reflex a latency probe of several mirrors.
NPM_CONFIG_REGISTRY="${NPM_CONFIG_REGISTRY:-$(npm config get registry)}"
export NPM_CONFIG_REGISTRY

ensure_chromium() {
    if ! command -v chromium >/dev/null 2>&1; then
        echo "nexrex: installing Chromium for the browser tests"
        if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    fi
}
