"""Live updates: who hears a notice, from any thread, and across workers through Redis."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from nexrex_app import live
from nexrex_app.settings import settings
from tests.support.server import redis_up


async def test_a_notice_reaches_the_listeners_of_its_topic_only():
    async with live.listening("calendar:usr_a") as mine, live.listening("calendar:usr_b") as others:
        live.publish(["calendar:usr_a"])
        await asyncio.wait_for(mine.changed(), timeout=1)
        assert not others.pending()
    assert live.hub.listener_count() == 0


async def test_a_use_case_on_a_worker_thread_wakes_the_listener():
    async with live.listening("calendar:usr_thread") as listener:
        publisher = threading.Thread(target=live.publish, args=(["calendar:usr_thread"],))
        publisher.start()
        await asyncio.wait_for(listener.changed(), timeout=1)
        publisher.join()


async def test_notices_that_come_while_the_page_reloads_collapse_into_one():
    async with live.listening("calendar:usr_busy") as listener:
        for _ in range(5):
            live.publish(["calendar:usr_busy"])
        await asyncio.wait_for(listener.changed(), timeout=1)
        await asyncio.sleep(0.01)
        assert not listener.pending()


async def test_a_listener_hears_a_notice_that_came_after_its_page_read_and_before_it_listened():
    read_at = time.time()
    live.publish(["calendar:usr_late"])
    async with live.listening("calendar:usr_late", since=read_at) as late:
        await asyncio.wait_for(late.changed(), timeout=1)
    async with live.listening("calendar:usr_late", since=time.time() + 1) as fresh:
        await asyncio.sleep(0.01)
        assert not fresh.pending()


@pytest.mark.skipif(not redis_up(), reason="needs Redis on 127.0.0.1:6379")
async def test_with_redis_a_notice_goes_through_the_channel(monkeypatch):
    monkeypatch.setattr(settings, "redis_url", "redis://127.0.0.1:6379/7")
    try:
        async with live.listening("calendar:usr_redis") as listener, live.listening("calendar:usr_else") as other:
            live.publish(["calendar:usr_redis"])
            await asyncio.wait_for(listener.changed(), timeout=2)
            assert not other.pending()
    finally:
        await live.relay.stop()
