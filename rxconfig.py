"""Reflex configuration. Ports are given on the command line (see scripts/run.sh)."""

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
)
