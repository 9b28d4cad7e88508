"""The app as it is served: Reflex with the API mounted in front of it, built once per test run."""

from __future__ import annotations

from functools import cache


@cache
def whole_app():
    from nexrex_app.nexrex_app import app

    return app()
