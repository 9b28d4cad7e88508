"""Live updates: notices that something changed, published after a commit, handed to the open pages that listen.

A notice names a topic (``calendar:<user id>``), never what changed: a listener reloads what it shows. With one
worker, notices go straight to the listeners of this process. With several (``REFLEX_REDIS_URL`` set), every
notice is published on one Redis channel and each process keeps one subscription to it (the relay), handing each
notice to its own listeners, so a change made on one worker reaches a page connected to another.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterable
from functools import lru_cache

import redis
import redis.asyncio as redis_async

from nexrex_app.settings import settings

CHANNEL = "nexrex:live"
REMEMBERED_SECONDS = 60.0  # how far back a new listener looks for a notice it may have missed
RELAY_RETRY_SECONDS = (0.2, 0.5, 1.0, 2.0, 5.0)
MAX_TOPICS_PER_NOTICE = 10_000

log = logging.getLogger(__name__)


class Listener:
    """One open page's interest in one topic; notices that arrive while it is busy collapse into one."""

    def __init__(self, topic: str, loop: asyncio.AbstractEventLoop) -> None:
        self.topic = topic
        self._loop = loop
        self._changed = asyncio.Event()

    def notify(self) -> None:
        """Safe from any thread: the publisher may be a worker thread running a use case."""
        try:
            self._loop.call_soon_threadsafe(self._changed.set)
        except RuntimeError:
            pass  # the listener's loop has closed: nobody is waiting any more

    async def changed(self) -> None:
        await self._changed.wait()
        self._changed.clear()

    def pending(self) -> bool:
        """A notice came that ``changed()`` has not yet answered."""
        return self._changed.is_set()


class Hub:
    """The listeners of this process by topic, and when each topic was last told in the last minute (for a
    listener that subscribes just after its page read what it shows)."""

    def __init__(self) -> None:
        self._listeners: dict[str, set[Listener]] = {}
        self._recent: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, listener: Listener, *, since: float | None = None) -> None:
        with self._lock:
            self._listeners.setdefault(listener.topic, set()).add(listener)
            missed = since is not None and self._recent.get(listener.topic, since - 1) >= since
        if missed:
            listener.notify()

    def remove(self, listener: Listener) -> None:
        with self._lock:
            listeners = self._listeners.get(listener.topic)
            if listeners is not None:
                listeners.discard(listener)
                if not listeners:
                    del self._listeners[listener.topic]

    def deliver(self, topics: Iterable[str]) -> None:
        now = time.time()
        with self._lock:
            self._forget_before(now - REMEMBERED_SECONDS)
            targets = []
            for topic in topics:
                self._recent[topic] = now
                self._recent.move_to_end(topic)
                targets.extend(self._listeners.get(topic, ()))
        for listener in targets:
            listener.notify()

    def deliver_to_all(self) -> None:
        """After the relay lost Redis for a while: every listener reloads once, as nothing says what was missed."""
        with self._lock:
            targets = [listener for listeners in self._listeners.values() for listener in listeners]
        for listener in targets:
            listener.notify()

    def listener_count(self) -> int:
        with self._lock:
            return sum(len(listeners) for listeners in self._listeners.values())

    def _forget_before(self, moment: float) -> None:
        while self._recent and next(iter(self._recent.values())) < moment:
            self._recent.popitem(last=False)


hub = Hub()


def publish(topics: Iterable[str]) -> None:
    """Tell every listener of these topics, on every worker, that their data changed (call after the commit).

    A notice that cannot reach Redis is logged and dropped: the change itself is committed, and the pages
    catch up when they next load."""
    wanted = sorted(set(topics))[:MAX_TOPICS_PER_NOTICE]
    if not wanted:
        return
    if not settings.redis_url:
        hub.deliver(wanted)
        return
    try:
        _publisher(settings.redis_url).publish(CHANNEL, json.dumps(wanted))
    except (redis.RedisError, OSError) as exc:
        log.warning("Live update not published (%s): open pages show it on their next load.", type(exc).__name__)


@lru_cache(maxsize=None)
def _publisher(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


@contextlib.asynccontextmanager
async def listening(topic: str, *, since: float | None = None) -> AsyncIterator[Listener]:
    """Listen to a topic for as long as the block runs; ``since`` (a ``time.time()`` reading taken before the
    page read its data, on any worker) marks the listener changed at once if a notice came after it."""
    if settings.redis_url:
        await relay.ensure_running(settings.redis_url)
    listener = Listener(topic, asyncio.get_running_loop())
    hub.add(listener, since=since)
    try:
        yield listener
    finally:
        hub.remove(listener)


class Relay:
    """This process's one subscription to the Redis channel, handing each notice to the hub."""

    def __init__(self) -> None:
        self._task: asyncio.Task | None = None
        self._subscribed = asyncio.Event()

    async def ensure_running(self, url: str) -> None:
        if self._task is None or self._task.done() or self._task.get_loop() is not asyncio.get_running_loop():
            self._subscribed = asyncio.Event()
            self._task = asyncio.create_task(self._run(url), name="nexrex_live_relay")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._subscribed.wait(), timeout=2)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None

    async def _run(self, url: str) -> None:
        failures = 0
        while True:
            try:
                await self._relay(url, caught_up=failures == 0)
            except (redis.RedisError, OSError, ValueError) as exc:
                self._subscribed.clear()
                pause = RELAY_RETRY_SECONDS[min(failures, len(RELAY_RETRY_SECONDS) - 1)]
                log.warning("Live updates lost Redis (%s); retrying in %.1f s.", type(exc).__name__, pause)
                failures += 1
                await asyncio.sleep(pause)

    async def _relay(self, url: str, *, caught_up: bool) -> None:
        client = redis_async.Redis.from_url(url, health_check_interval=30)
        try:
            async with client.pubsub(ignore_subscribe_messages=True) as pubsub:
                await pubsub.subscribe(CHANNEL)
                self._subscribed.set()
                if not caught_up:
                    hub.deliver_to_all()
                async for message in pubsub.listen():
                    if message.get("type") == "message":
                        hub.deliver(_topics(message["data"]))
        finally:
            await client.aclose()


def _topics(data: bytes | str) -> list[str]:
    topics = json.loads(data)
    return [topic for topic in topics if isinstance(topic, str)] if isinstance(topics, list) else []


relay = Relay()


@contextlib.asynccontextmanager
async def relay_for_app_lifetime() -> AsyncIterator[None]:
    """A lifespan task of the app: subscribe to Redis at start-up (not at the first page), unsubscribe at exit."""
    if settings.redis_url:
        await relay.ensure_running(settings.redis_url)
    try:
        yield
    finally:
        await relay.stop()
