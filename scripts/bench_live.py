"""Open Training tabs at scale: 1 000 simulated tabs on one worker, pushed live updates against polling.

Each simulated tab is a websocket client on loopback speaking Reflex's socket.io protocol as the browser does:
it connects with the hydrate event of /athlete (the athlete's token in its client storage), so the server runs
the page's on_load steps, then answers pings. Three runs, each on a fresh SQLite database with the same athletes:

  push        this code: the tab's background task waits for notices; nothing is sent while nothing changes.
              The tabs' state is in memory, as the app keeps it with one worker.
  push, disk  the same with Reflex's own default state manager, which keeps each tab's state in files.
  polling  the last version that polled (commit POLLING_COMMIT, unpacked with ``git archive``): every tab
           sends the ``poll`` event every 2 seconds, as its hidden ``rx.moment`` did, at a random phase.

Figures: the server's CPU (all its processes, from /proc) over a quiet window once it has levelled off after
the tabs opened, as a share of one core; and the
time from a coach's assignment (the API request sent) to each affected tab receiving a frame that names the
assigned plan: ten single-athlete assignments, then one assignment to all the athletes at once.

    .venv/bin/python scripts/bench_live.py [TABS]
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import httpx
from wsproto import ConnectionType, WSConnection
from wsproto.events import AcceptConnection, BytesMessage, CloseConnection, Ping, Request, TextMessage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NEXREX_BCRYPT_ROUNDS", "4")
os.environ["__REFLEX_SKIP_COMPILE"] = "true"

from nexrex_app.db import session_scope  # noqa: E402
from nexrex_app.domain import accounts, members, organizations, permissions  # noqa: E402
from nexrex_app.models.accounts import User  # noqa: E402
from nexrex_app.settings import settings  # noqa: E402
from tests.support.database import migrate  # noqa: E402
from tests.support.mailbox import _free_port  # noqa: E402
from tests.support.server import stop  # noqa: E402

QUICK = os.environ.get("NEXREX_BENCH_QUICK") == "1"
TABS = 1_000
QUIET_SECONDS = 10 if QUICK else 20
POLL_SECONDS = 2.0
POLLING_COMMIT = "5d23752"  # the Training tab's last version with polling (rx.moment every 2 s)
ROOT_STATE = "reflex___state____state"
SESSION_TOKEN_VAR = f"{ROOT_STATE}.nexrex_app___state___session____session_state.access_token_rx_state_"
NAMESPACE = "/_event"
PAGE = {"pathname": "/athlete/", "asPath": "/athlete/"}
POLL_EVENT = f"{ROOT_STATE}.nexrex_app___state___training____training_state.poll"
CONNECT_BATCH = 25
UPDATE_TIMEOUT_SECONDS = 20.0
GROUP = 20  # a coach's training group
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Tab:
    """One simulated Training tab: a socket.io client over a websocket, recording when each text arrived."""

    host: str
    port: int
    athlete_token: str
    tab_token: str = field(default_factory=lambda: f"bench-{random.getrandbits(64):016x}")
    hydrated: asyncio.Event = field(default_factory=asyncio.Event)
    arrivals: list[tuple[float, str]] = field(default_factory=list)
    sent_events: int = 0
    lost: bool = False

    async def open(self) -> None:
        self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        self._ws = WSConnection(ConnectionType.CLIENT)
        query = urlencode({"token": self.tab_token, "EIO": "4", "transport": "websocket"})
        self._send(Request(host=f"{self.host}:{self.port}", target=f"/_event/?{query}"))
        self._task = asyncio.create_task(self._read())

    def _send(self, event) -> None:
        if not self._writer.is_closing():
            self._writer.write(self._ws.send(event))

    def emit_text(self, text: str) -> None:
        self._send(TextMessage(data=text))

    def send_poll(self) -> None:
        event = {"name": POLL_EVENT, "payload": {"_tick": datetime.now(UTC).isoformat()},
                 "router_data": PAGE}
        self.emit_text(f"42{NAMESPACE}," + json.dumps(["event", event]))
        self.sent_events += 1

    def _hydrate(self) -> None:
        event = {"name": f"{ROOT_STATE}.hydrate_and_load", "payload": {"vars": {SESSION_TOKEN_VAR: self.athlete_token}},
                 "router_data": PAGE}
        self.emit_text(f"40{NAMESPACE}," + json.dumps({"event": event}))

    async def _read(self) -> None:
        buffered: list[str] = []
        while True:
            data = await self._reader.read(65536)
            if not data:
                self.lost = True
                return
            self._ws.receive_data(data)
            for event in self._ws.events():
                if isinstance(event, AcceptConnection):
                    pass
                elif isinstance(event, TextMessage):
                    buffered.append(event.data)
                    if event.message_finished:
                        self._on_packet("".join(buffered))
                        buffered.clear()
                elif isinstance(event, Ping):
                    self._send(event.response())
                elif isinstance(event, (CloseConnection, BytesMessage)):
                    self.lost = True
                    return

    def _on_packet(self, packet: str) -> None:
        if packet.startswith("0"):
            self._hydrate()
        elif packet == "2":
            self.emit_text("3")
        elif packet.startswith("42"):
            self.arrivals.append((time.perf_counter(), packet))
            if "training_state" in packet:
                self.hydrated.set()

    def first_arrival_naming(self, text: str, after: float) -> float | None:
        return next((at for at, packet in self.arrivals if at >= after and text in packet), None)

    async def close(self) -> None:
        self._task.cancel()
        self._writer.close()


def seed(database: str, tabs: int) -> tuple[str, str, list[tuple[str, str]]]:
    """A coach, an organization and ``tabs`` athletes in it; answers (coach token, coach id,
    [(athlete id, token)])."""
    settings.database_url = database
    migrate(database)
    with session_scope() as session:
        coach = User(email="live.coach@example.com", password_hash="x", role="coach")
        session.add(coach)
        session.flush()
        actor = permissions.actor_for(session, coach)
        org = organizations.create_organization(session, actor, name="Live bench", description=None)
        actor = permissions.actor_for(session, coach)
        athletes = [User(email=f"live{i:05d}@example.com", password_hash="x", role="athlete") for i in range(tabs)]
        session.add_all(athletes)
        session.flush()
        for athlete in athletes:
            members.add_by_user_id(session, actor, org.id, user_id=athlete.id, details=members.MemberDetails())
        coach_token, coach_id = accounts.issue_token(session, coach).access_token, coach.id
        tokens = [(athlete.id, accounts.issue_token(session, athlete).access_token) for athlete in athletes]
    return coach_token, coach_id, tokens


def start_backend(code_dir: Path, database: str, log_path: Path, extra: dict) -> tuple[int, subprocess.Popen]:
    port = _free_port()
    env = {**os.environ, "REFLEX_DB_URL": database, "GRANIAN_WORKERS": "1", "NEXREX_BCRYPT_ROUNDS": "4",
           "NEXREX_OUTBOX_DIR": str(log_path.parent / "outbox"), "REFLEX_WEB_WORKDIR": str(code_dir / ".web-bench-live"),
           "REFLEX_STATES_WORKDIR": str(log_path.parent / ".states"),  # apart from any other server's tab states
           **extra}
    env.pop("__REFLEX_SKIP_COMPILE", None)
    env.pop("REFLEX_REDIS_URL", None)
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [str(ROOT / ".venv/bin/reflex"), "run", "--env", "prod", "--backend-only", "--backend-port", str(port),
             "--loglevel", os.environ.get("NEXREX_BENCH_LOGLEVEL", "warning")], cwd=code_dir, env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the app exited early:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).status_code == 200:
                return port, server
        except httpx.HTTPError:
            pass
        time.sleep(1)
    stop(server)
    raise RuntimeError(f"the app did not start in time:\n{log_path.read_text()[-3000:]}")


def cpu_seconds(group: int) -> float:
    """User and system CPU time of every live process in the server's process group."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group:  # pgrp
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def polling_code() -> Path:
    """The version that polled, unpacked from git into a temporary folder (sharing this checkout's .venv)."""
    folder = Path(tempfile.mkdtemp(prefix="nexrex-polling-"))
    archive = subprocess.run(["git", "archive", POLLING_COMMIT], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    for shared in (".venv", ".tools"):
        (folder / shared).symlink_to(ROOT / shared)
    return folder


def plan_of_this_week(api: httpx.Client, headers: dict, coach_id: str, name: str) -> str:
    plan = api.post("/training/plans", headers=headers, json={
        "training_plan_name": name, "training_plan_description": "Bench", "type": "run", "level": "basic",
        "duration_in_weeks": 1, "visibility": "org", "user_id": coach_id,
        "content": [{"week": 1, "day": day, "source_workout_id": "wkt_system01"} for day in DAYS]})
    plan.raise_for_status()
    return plan.json()["training_plan_id"]


@dataclass
class Coach:
    api: httpx.Client
    headers: dict
    user_id: str


async def assignment_latencies(coach: Coach, tabs: list[Tab], athlete_ids: list[str], plan_name: str,
                               chosen: list[int]) -> list[float | None]:
    """Milliseconds from sending the assignment to each chosen tab receiving a frame naming the plan."""
    api, headers = coach.api, coach.headers
    plan_id = await asyncio.to_thread(plan_of_this_week, api, headers, coach.user_id, plan_name)
    monday = datetime.now(UTC).date()
    monday = monday.fromordinal(monday.toordinal() - monday.weekday())
    sent = time.perf_counter()
    answer = await asyncio.to_thread(api.post, f"/training/plans/{plan_id}/assign", headers=headers,
                                     json={"start_date": monday.isoformat(), "allow_overlap": True,
                                           "user_ids": [athlete_ids[i] for i in chosen]})
    answer.raise_for_status()
    deadline = time.monotonic() + UPDATE_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        arrivals = [tabs[i].first_arrival_naming(plan_name, sent) for i in chosen]
        if all(arrivals):
            break
        await asyncio.sleep(0.05)
    return [None if at is None else (at - sent) * 1000 for at in arrivals]


async def run_mode(mode: str, code_dir: Path, count: int, extra: dict | None = None) -> dict:
    folder = Path(tempfile.mkdtemp(prefix=f"nexrex-live-{mode}-"))
    database = f"sqlite:///{folder / 'nexrex.db'}"
    coach_token, coach_id, athletes = seed(database, count)
    port, server = start_backend(code_dir, database, folder / "server.log", extra or {})
    coach = Coach(httpx.Client(base_url=f"http://127.0.0.1:{port}/api/v1", timeout=120),
                  {"Authorization": f"Bearer {coach_token}"}, coach_id)
    athlete_ids = [athlete_id for athlete_id, _ in athletes]
    tabs = [Tab("127.0.0.1", port, token) for _, token in athletes]
    pollers: list[asyncio.Task] = []
    try:
        started = time.perf_counter()
        for first in range(0, len(tabs), CONNECT_BATCH):
            batch = tabs[first:first + CONNECT_BATCH]
            await asyncio.gather(*(tab.open() for tab in batch))
            await asyncio.wait_for(asyncio.gather(*(tab.hydrated.wait() for tab in batch)), timeout=120)
        opened_s = time.perf_counter() - started
        progress(f"{mode}: {len(tabs)} tabs open in {opened_s:.0f} s")
        if mode.startswith("polling"):
            pollers = [asyncio.create_task(_poll(tab)) for tab in tabs]
        await settle(server.pid)
        cpu_before, wall_before = cpu_seconds(server.pid), time.perf_counter()
        events_before = sum(tab.sent_events for tab in tabs)
        await asyncio.sleep(QUIET_SECONDS)
        cpu_share = (cpu_seconds(server.pid) - cpu_before) / (time.perf_counter() - wall_before)
        events_per_second = (sum(tab.sent_events for tab in tabs) - events_before) / QUIET_SECONDS
        progress(f"{mode}: {cpu_share * 100:.1f} % of a core while quiet; assigning")
        singles = []
        for round_number, chosen in enumerate(random.sample(range(len(tabs)), 10)):
            singles += await assignment_latencies(coach, tabs, athlete_ids, f"Solo plan {mode} {round_number}",
                                                  [chosen])
            await asyncio.sleep(0.5)
        await asyncio.sleep(1)
        group = await assignment_latencies(coach, tabs, athlete_ids, f"Group plan {mode}",
                                           random.sample(range(len(tabs)), min(GROUP, len(tabs))))
        await asyncio.sleep(1)
        everyone = await assignment_latencies(coach, tabs, athlete_ids, f"Club plan {mode}", list(range(len(tabs))))
        lost = sum(tab.lost for tab in tabs)
    finally:
        for task in pollers:
            task.cancel()
        await asyncio.gather(*(tab.close() for tab in tabs if hasattr(tab, "_task")), return_exceptions=True)
        stop(server)
    return {"mode": mode, "tabs": count, "open_all_s": round(opened_s, 1), "connections_lost": lost,
            "quiet_cpu_share_of_one_core": round(cpu_share, 4), "events_per_second_while_quiet": events_per_second,
            "single_assignment_ms": _summary(singles), "group_assignment_ms": _summary(group),
            "assignment_to_all_ms": _summary(everyone)}


async def settle(group: int, most_seconds: int = 120) -> None:
    """Wait for the server's CPU to level off after the tabs opened: the last page loads finish and Reflex
    writes the new tabs' state to disk (seconds of work for 1 000 tabs), the first polls spread out."""
    previous = None
    for _ in range(most_seconds // 5):
        before = cpu_seconds(group)
        await asyncio.sleep(5)
        share = (cpu_seconds(group) - before) / 5
        if share < 0.02 or (previous is not None and abs(share - previous) < 0.02):
            return
        previous = share


def progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


async def _poll(tab: Tab) -> None:
    await asyncio.sleep(random.uniform(0, POLL_SECONDS))
    while True:
        tab.send_poll()
        await asyncio.sleep(POLL_SECONDS)


def _summary(latencies: list[float | None]) -> dict:
    arrived = sorted(value for value in latencies if value is not None)
    if not arrived:
        return {"tabs": len(latencies), "missed": len(latencies)}
    return {"tabs": len(latencies), "missed": len(latencies) - len(arrived),
            "p50": round(statistics.median(arrived), 1),
            "p95": round(arrived[min(len(arrived) - 1, round(0.95 * (len(arrived) - 1)))], 1),
            "max": round(arrived[-1], 1)}


def measure(count: int = TABS) -> list[dict]:
    """Pushed with the tabs' state in memory (the app's choice for one worker), pushed with Reflex's own default
    state manager (on disk), which shows what its upkeep costs (it lists and dates every tab's state file every
    2 seconds), and polled (the last polling version, with Reflex's default state manager)."""
    return [asyncio.run(run_mode("push", ROOT, count)),
            asyncio.run(run_mode("push, disk", ROOT, count, {"REFLEX_STATE_MANAGER_MODE": "disk"})),
            asyncio.run(run_mode("polling", polling_code(), count))]


def print_report(rows: list[dict]) -> None:
    print(f"\n{'open Training tabs, one worker (SQLite)':<44}" + "".join(f"{row['mode']:>14}" for row in rows)
          + "   goal (push)")

    def line(label: str, value, goal: str = "") -> None:
        print(f"{label:<44}" + "".join(f"{value(row)!s:>14}" for row in rows) + f"   {goal}")

    line("tabs", lambda row: row["tabs"])
    line("CPU while nothing changes (% of a core)", lambda row: f"{row['quiet_cpu_share_of_one_core'] * 100:.1f}",
         "< 5")
    line("events sent by the tabs per second", lambda row: f"{row['events_per_second_while_quiet']:.0f}")
    for key, label in (("single_assignment_ms", "one athlete (10 assignments)"),
                       ("group_assignment_ms", f"a group of {GROUP}, each tab"),
                       ("assignment_to_all_ms", "all the athletes at once, each tab")):
        for figure in ("p50", "p95", "max"):
            line(f"{label}, {figure} ms", lambda row, k=key, f=figure: row[k].get(f, "-"),
                 "p95 < 1000" if figure == "p95" else "")
        line(f"  tabs not updated in {UPDATE_TIMEOUT_SECONDS:.0f} s", lambda row, k=key: row[k]["missed"])
    line("connections the server dropped", lambda row: row["connections_lost"])
    print("Latency: from sending the API request to the tab receiving a frame that names the plan. 'polling' runs "
          f"commit {POLLING_COMMIT}, the Training tab's last polling version, each tab sending its poll event "
          f"every {POLL_SECONDS:.0f} s; 'push' keeps the tabs' state in memory (the app's choice for one worker), "
          "'push, disk' in Reflex's default disk state manager.")

if __name__ == "__main__":
    print_report(measure(int(sys.argv[1]) if len(sys.argv) > 1 else TABS))
