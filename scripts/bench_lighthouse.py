"""Lighthouse's mobile profile against the production build: the landing page, sign-in and the athlete's
Training tab (signed in; on a first visit and for a returning athlete), each the median of a few runs, next to
the goals (largest contentful paint at most 2.5 s, performance at least 95, accessibility 100).

    .venv/bin/python scripts/bench_lighthouse.py                    # starts its own server and athlete
    .venv/bin/python scripts/bench_lighthouse.py URL ATHLETE_TOKEN  # a running server

Lighthouse comes from the npm registry into .tools/lighthouse (scripts/bench.sh installs it); the browser is
Debian's Chromium. NEXREX_BENCH_QUICK=1 runs each page once. NEXREX_LIGHTHOUSE_CPU_SLOWDOWN=2 replaces the
profile's 4x CPU slowdown, as Lighthouse's throttling guide advises for a machine whose benchmark index (printed)
is that of a low-end desktop, 1 000 to 1 500: the 4x is meant for a high-end one.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / ".tools/lighthouse/node_modules/.bin/lighthouse"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
REPORTS = ROOT / "var" / "lighthouse"  # the last run's full report of each page, to see what to fix
RUNS = 1 if os.environ.get("NEXREX_BENCH_QUICK") == "1" else 3
CPU_SLOWDOWN = os.environ.get("NEXREX_LIGHTHOUSE_CPU_SLOWDOWN")  # None: the mobile profile's own 4x
# (name, path, visits before the measured one: None for a visitor who is not signed in). The Training tab is measured
# twice, signed in: on a first visit (nothing of the app in the browser's cache, as for the other pages) and for an
# athlete who opens it daily (its files cached, and compiled by the browser after its second visit).
PAGES = (("landing", "/", None), ("sign-in", "/login", None), ("Training tab, first visit", "/athlete", 0),
         ("Training tab, returning athlete", "/athlete", 2))
GOALS = {"performance": 95, "largest_contentful_paint_ms": 2500, "accessibility": 100}


def measure(url: str, athlete_token: str) -> list[dict]:
    """Each page's median figures over ``RUNS`` runs, with the audits that failed on any run."""
    return [_page_figures(name, url + path, None if visits is None else (athlete_token, visits))
            for name, path, visits in PAGES]


def _page_figures(name: str, address: str, signed_in: tuple[str, int] | None) -> dict:
    report = REPORTS / f"{name.replace(',', '').replace(' ', '-').lower()}.json"
    runs = [_run(address, signed_in, report) for _ in range(RUNS)]
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0] if key != "failed_audits"}
    failed = sorted({audit for run in runs for audit in run["failed_audits"]})
    return {"page": name, "runs": len(runs), **median, "failed_audits": failed}


def _run(address: str, signed_in: tuple[str, int] | None, report_path: Path) -> dict:
    """One Lighthouse run. Signed in (the athlete's token, the visits before): in a browser of our own whose storage
    holds the token (Lighthouse keeps it, and the cache); otherwise Lighthouse starts a clean browser."""
    report_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:  # a closing browser may still write
        command = [str(LIGHTHOUSE), address, "--quiet", "--output=json", f"--output-path={report_path}",
                   "--only-categories=performance,accessibility",
                   *([f"--throttling.cpuSlowdownMultiplier={float(CPU_SLOWDOWN)}"] if CPU_SLOWDOWN else [])]
        if signed_in is None:
            subprocess.run([*command, f"--chrome-flags={' '.join(CHROME_FLAGS)}"], check=True,
                           env={**os.environ, "CHROME_PATH": CHROMIUM})
        else:
            with _signed_in_browser(address, *signed_in, Path(folder) / "profile") as port:
                subprocess.run([*command, f"--port={port}", "--disable-storage-reset"], check=True)
        return _figures(json.loads(report_path.read_text()))


class _signed_in_browser:
    """Chromium with a debugging port whose local storage for the app's origin holds ``token``, after
    ``visits_before`` visits of the page."""

    def __init__(self, address: str, token: str, visits_before: int, profile: Path) -> None:
        self.address, self.token, self.visits_before, self.profile = address, token, visits_before, profile

    def __enter__(self) -> int:
        from playwright.sync_api import sync_playwright

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.browser = subprocess.Popen([CHROMIUM, *CHROME_FLAGS, f"--remote-debugging-port={self.port}",
                                         f"--user-data-dir={self.profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with sync_playwright() as playwright:
                self._sign_in(_connect(playwright, self.port).contexts[0].new_page())
        except BaseException:
            self.__exit__()  # a browser left running would slow every later measurement
            raise
        return self.port

    def _sign_in(self, page) -> None:
        origin = "/".join(self.address.split("/", 3)[:3])
        page.goto(origin + "/api/v1/health")  # the app's origin, none of its files
        page.evaluate("token => localStorage.setItem('nexrex_token', token)", self.token)
        for _ in range(self.visits_before):
            page.goto(self.address)
            page.locator("#page-loaded").wait_for(state="attached")
        page.close()

    def __exit__(self, *_exc) -> None:
        self.browser.terminate()
        try:
            self.browser.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.browser.kill()


def _connect(playwright, port: int):
    deadline = time.monotonic() + 30
    while True:
        try:
            return playwright.chromium.connect_over_cdp(f"http://127.0.0.1:{port}")
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def _figures(report: dict) -> dict:
    audits = report["audits"]
    failed = [key for key, audit in audits.items()
              if audit.get("scoreDisplayMode") == "binary" and audit.get("score") == 0]
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "largest_contentful_paint_ms": round(audits["largest-contentful-paint"]["numericValue"]),
        "first_contentful_paint_ms": round(audits["first-contentful-paint"]["numericValue"]),
        "total_blocking_time_ms": round(audits["total-blocking-time"]["numericValue"]),
        "cumulative_layout_shift": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "benchmark_index": round(report["environment"]["benchmarkIndex"]),
        "failed_audits": failed,
    }


def print_figures(rows: list[dict]) -> None:
    print(f"\n{'Lighthouse, mobile profile (median)':<40}{'perf':>6}{'LCP ms':>8}{'FCP ms':>8}{'TBT ms':>8}"
          f"{'CLS':>7}{'a11y':>6}{'CPU':>7}")
    for row in rows:
        print(f"{row['page']:<40}{row['performance']:>6.0f}{row['largest_contentful_paint_ms']:>8.0f}"
              f"{row['first_contentful_paint_ms']:>8.0f}{row['total_blocking_time_ms']:>8.0f}"
              f"{row['cumulative_layout_shift']:>7.3f}{row['accessibility']:>6.0f}{row['benchmark_index']:>7.0f}"
              + (f"  failed: {', '.join(row['failed_audits'])}" if row["failed_audits"] else ""))
    print(f"{'goal':<40}{'>= ' + str(GOALS['performance']):>6}{'<= 2500':>8}{'':>8}{'':>8}{'':>7}"
          f"{GOALS['accessibility']:>6}")
    print("CPU: Lighthouse's benchmark index of the machine during the runs (an idle laptop scores 1 000 or more);"
          " a busy machine stretches every task and with it the blocking time. CPU slowdown: "
          + (f"{CPU_SLOWDOWN}x (NEXREX_LIGHTHOUSE_CPU_SLOWDOWN)" if CPU_SLOWDOWN else "4x, the mobile profile's"))


def _own_server() -> list[dict]:
    """A production build of its own with a signed-in athlete who has workouts today and ahead."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench
    from tests.support.database import migrate
    from tests.support.server import serve

    folder = Path(tempfile.mkdtemp())
    database = f"sqlite:///{folder / 'nexrex.db'}"
    migrate(database)
    for url in serve(folder, database, web_dir=".web-lighthouse"):
        _, athlete_token = bench._coach_and_athlete(url, database)
        return measure(url, athlete_token)
    return []


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print_figures(measure(sys.argv[1], sys.argv[2]) if len(sys.argv) == 3 else _own_server())
