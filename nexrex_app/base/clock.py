"""The one source of "now" for the rules, so tests can move time instead of sleeping.

Datetimes are timezone-aware and in UTC everywhere in the rules and in storage.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo


class Clock:
    def __init__(self) -> None:
        self._frozen: datetime | None = None

    def now(self) -> datetime:
        if self._frozen is not None:
            return self._frozen
        return datetime.now(UTC)

    def freeze(self, at: datetime | None = None) -> datetime:
        self._frozen = (at or self.now()).replace(microsecond=0)
        return self._frozen

    def advance(self, delta: timedelta) -> datetime:
        self._frozen = self.now() + delta
        return self._frozen

    def resume(self) -> None:
        self._frozen = None


clock = Clock()


def epoch_ms(moment: datetime | None) -> int | None:
    """A datetime as epoch milliseconds (the API's timestamp format)."""
    if moment is None:
        return None
    return int(moment.timestamp() * 1000)


def minutes_behind_utc(zone: str, on: date) -> int:
    """How far ``zone``'s clocks are behind UTC on a day, as a browser's Date.getTimezoneOffset() says it
    (UTC+1: -60)."""
    noon = datetime(on.year, on.month, on.day, 12, tzinfo=UTC)
    return -int(noon.astimezone(ZoneInfo(zone)).utcoffset().total_seconds() // 60)
