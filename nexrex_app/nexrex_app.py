"""The nexrex app: the console pages and, in front of them, the JSON API under /api/v1."""

import reflex as rx

from nexrex_app import live, pages
from nexrex_app.api import create_api
from nexrex_app.serving import cache_policy, pages_at_their_address, toaster

app = rx.App(
    api_transformer=[create_api(), cache_policy, pages_at_their_address],
    stylesheets=["/system_fonts.css"],
    head_components=[rx.el.link(rel="icon", href="/favicon.svg", type="image/svg+xml")],
    toaster=toaster(),
)
pages.register(app)
app.register_lifespan_task(live.relay_for_app_lifetime)
