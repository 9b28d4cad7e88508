"""Keyset pagination: an opaque cursor for "after this (timestamp, id)", stable while rows are added."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

from sqlalchemy import and_, or_

from nexrex_app.base.errors import InvalidInput


def encode_cursor(moment: datetime, row_id: str) -> str:
    raw = json.dumps([(moment - EPOCH) // timedelta(microseconds=1), row_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode()


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        micros, row_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if not isinstance(micros, int) or not isinstance(row_id, str):
            raise ValueError
        return EPOCH + timedelta(microseconds=micros), row_id
    except (ValueError, TypeError, OverflowError, binascii.Error, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput("The cursor is not valid.", field="cursor", code="INVALID_CURSOR") from exc


def check_limit(limit: int | None, *, maximum: int, field: str = "limit") -> None:
    if limit is not None and not 1 <= limit <= maximum:
        raise InvalidInput(f"limit must be between 1 and {maximum}.", field=field)


def after_cursor(query, cursor: str | None, moment_column, id_column):
    """``query`` narrowed to the rows after ``cursor`` in (moment, id) order; as is without a cursor."""
    if not cursor:
        return query
    after_time, after_id = decode_cursor(cursor)
    return query.where(or_(moment_column > after_time, and_(moment_column == after_time, id_column > after_id)))
