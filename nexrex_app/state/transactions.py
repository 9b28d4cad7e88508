"""Running a use case of ``domain/`` from a State handler without blocking the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from nexrex_app.db import session_scope
from nexrex_app.domain import permissions

Result = TypeVar("Result")


async def in_transaction(use_case: Callable[..., Result], /, *args: Any, **kwargs: Any) -> Result:
    """Run ``use_case(session, *args, **kwargs)`` in one transaction on a worker thread."""

    def run() -> Result:
        with session_scope() as session:
            return use_case(session, *args, **kwargs)

    return await asyncio.to_thread(run)


async def as_signed_in(raw_token: str, use_case: Callable[..., Result], /, *args: Any, **kwargs: Any) -> Result:
    """Run ``use_case(session, actor, ...)`` for the holder of the browser's token, re-checked every time."""

    def with_actor(session, *inner_args, **inner_kwargs):
        actor = permissions.signed_in_actor(session, raw_token or None)
        return use_case(session, actor, *inner_args, **inner_kwargs)

    return await in_transaction(with_actor, *args, **kwargs)
