"""Reflex configuration. Ports are given on the command line (see scripts/run.sh)."""

import os

import reflex as rx
from reflex.plugins.sitemap import SitemapPlugin

from nexrex_app.serving import FastFirstPaint

config = rx.Config(
    app_name="nexrex_app",
    telemetry_enabled=False,
    show_built_with_reflex=False,
    plugins=[
        FastFirstPaint(
            theme=rx.theme(accent_color="indigo", gray_color="slate", radius="medium", appearance="light"),
        ),
    ],
    disable_plugins=[SitemapPlugin],
    # Each page imports the component libraries it uses, not every library for components built at run time.
    frontend_lazy_bundled_libraries=True,
    frontend_compression_formats=["brotli", "gzip"],
    # Several workers share the tabs' state through Redis. One worker keeps it in memory: Reflex's default, one
    # file per tab and state on disk, lists and dates every file every 2 seconds, which costs a thousand open
    # tabs about a tenth of a core while nothing happens. A tab whose worker restarted loads its page again.
    state_manager_mode="redis" if os.environ.get("REFLEX_REDIS_URL") else "memory",
)
