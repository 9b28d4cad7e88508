"""The success and error messages of a page, cleared whenever the page is opened or reloaded."""

from __future__ import annotations

import reflex as rx

NOTICE_SUFFIXES = ("message", "error")


class PageNotices(rx.State, mixin=True):
    """Mixed into a page's State: every ``…message`` and ``…error`` text var is a notice of the last action."""

    @rx.event
    def clear_notices(self):
        for name in self.base_vars:
            if name.endswith(NOTICE_SUFFIXES) and isinstance(getattr(self, name), str):
                setattr(self, name, "")


def notices_cleared(*loads) -> list:
    """A page's on_load steps, each State's notices cleared before its load runs."""
    return [step for load in loads
            for step in ([load.state.clear_notices] if issubclass(load.state, PageNotices) else []) + [load]]
