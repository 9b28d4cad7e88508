"""Small translations shared by the routers: the ok envelope and epoch-millisecond input."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from nexrex_app.base.errors import InvalidInput

MAX_EPOCH_MS = 253_402_300_799_000  # 9999-12-31


def ok(data: Any) -> dict:
    return {"status": "ok", "data": data}


def from_epoch_ms(value: int | None, *, field: str) -> datetime | None:
    if value is None:
        return None
    if not 0 <= value <= MAX_EPOCH_MS:
        raise InvalidInput("Expected a timestamp in epoch milliseconds.", field=field)
    return datetime.fromtimestamp(value / 1000, UTC)

