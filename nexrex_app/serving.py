"""How the console reaches the browser: a lean stylesheet, pages that paint before their scripts run, cache
lifetimes that let a phone keep the build's fingerprinted files, and a toaster that does not restyle the page."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import reflex as rx
from reflex import constants
from reflex.components.dynamic import reset_bundled_libraries
from reflex.plugins import RadixThemesPlugin
from reflex.utils.prerequisites import get_web_dir
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nexrex_app.stylesheet import lean_stylesheet

# The colour scales the pages use (accent and gray included). A scale missing here leaves its colours unset:
# add it when a page starts using it.
COLOUR_SCALES = ("indigo", "blue", "slate", "gray", "grass", "green", "amber", "red", "sky", "orange", "iris",
                 "yellow")  # yellow: the compliance band between green and orange
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# The build's name-<hash>.ext files, but for stylesheets: the build trims them after naming them
# (stylesheet.py), on what the scripts draw, so a stylesheet's name does not change with all that changes it.
FINGERPRINTED = re.compile(r"^/assets/.+-[A-Za-z0-9_-]{8}\.(?!css$)[a-z0-9]+$")
MODULE_PRELOAD = re.compile(r'<link rel="modulepreload" href="([^"]+)"/>')
MODULE_SCRIPT = re.compile(r'<script type="module" async="">(.*?)</script>', re.DOTALL)
# Starts the page's scripts once the browser reports the prerendered page's first contentful paint (after 3 s if none
# is reported: a busy phone can take a second to paint); at once where the browser does not report paints, in a hidden
# tab, which does not paint, and on a reload or a return to the page, which find the scripts in the cache.
AFTER_FIRST_PAINT = ("<script>(function(){{var started=false;function start(){{if(started)return;started=true;"
                     "{preloads}.forEach(function(href){{var link=document.createElement('link');"
                     "link.rel='modulepreload';link.href=href;document.head.appendChild(link)}});"
                     "var script=document.createElement('script');script.type='module';script.textContent={code};"
                     "document.body.appendChild(script)}}"
                     "var visit=performance.getEntriesByType('navigation')[0];"
                     "var paints=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];"
                     "if(document.visibilityState==='hidden'||paints.indexOf('paint')<0||"
                     "(visit&&visit.type!=='navigate'))return start();"
                     "new PerformanceObserver(function(list){{if(list.getEntriesByName('first-contentful-paint')"
                     ".length)start()}}).observe({{type:'paint',buffered:true}});setTimeout(start,3000)}})()</script>")

# A form sent before the page's scripts have taken it over would go to the server as a plain GET, its fields (a
# password too) in the address. Until React owns the form (its node carries React's props), the submit waits, and
# goes once React does.
EARLY_SUBMIT = ("<script>document.addEventListener('submit',function(e){var form=e.target;"
                "function owned(){return Object.keys(form).some(function(k){return k.indexOf('__reactProps')===0})}"
                "if(owned())return;e.preventDefault();var tries=0;(function later(){if(owned())return form.requestSubmit();"
                "if(++tries<150)setTimeout(later,100)})()},true)</script>")


class FastFirstPaint(RadixThemesPlugin):
    """Radix Themes with only the colour scales in use, and prerendered pages that paint before their scripts
    load: the scripts (about 280 KB compressed) no longer compete with the stylesheet for a phone's bandwidth,
    nor run before the first paint."""

    def get_stylesheet_paths(self, **context) -> tuple[str, ...]:
        if not self.enabled:
            return ()
        return ("@radix-ui/themes/tokens/base.css",
                *(f"@radix-ui/themes/tokens/colors/{scale}.css" for scale in COLOUR_SCALES),
                "@radix-ui/themes/components.css", "@radix-ui/themes/utilities.css")

    def pre_compile(self, **context) -> None:
        # Reflex hands every plugin's package to components built at run time (the console builds none) by a
        # dynamic import of the whole package, which keeps all of Radix Themes in the first download of every page.
        reset_bundled_libraries()
        context["add_save_task"](lambda: (CHUNK_GROUPS.name, CHUNK_GROUPS.read_text()))
        context["add_modify_task"]("vite.config.js", with_chunk_groups)

    def post_build(self, **context) -> None:
        static_dir = Path(context["static_dir"])
        for page in static_dir.rglob("*.html"):
            page.write_text(scripts_after_first_paint(page.read_text()))
        scripts = "".join(script.read_text() for script in static_dir.rglob("*.js"))
        for stylesheet in static_dir.rglob("*.css"):
            stylesheet.write_text(lean_stylesheet(stylesheet.read_text(), scripts))


def scripts_after_first_paint(html: str) -> str:
    """The page with its module preloads and entry script started by a small script after the first paint."""
    preloads = MODULE_PRELOAD.findall(html)
    entry = MODULE_SCRIPT.search(html)
    if entry is None:
        return html
    loader = AFTER_FIRST_PAINT.format(preloads=json.dumps(preloads),
                                      code=json.dumps(entry.group(1)).replace("</", "<\\/"))
    html = html[:entry.start()] + EARLY_SUBMIT + loader + html[entry.end():]
    return MODULE_PRELOAD.sub("", html)


CHUNK_GROUPS = Path(__file__).parent / "web" / "chunk_groups.js"
REFLEX_CHUNK_GROUPS = "          groups: ["
WITH_CHUNK_GROUPS = 'import chunkGroups from "./chunk_groups.js";\n'


def with_chunk_groups(vite_config: str) -> str:
    """Reflex's Vite configuration with the console's chunk groups (web/chunk_groups.js) before its own."""
    if vite_config.startswith(WITH_CHUNK_GROUPS):
        return vite_config
    if REFLEX_CHUNK_GROUPS not in vite_config:
        raise RuntimeError("Reflex's vite.config.js no longer has the chunk groups the build adds to")
    return WITH_CHUNK_GROUPS + vite_config.replace(REFLEX_CHUNK_GROUPS, REFLEX_CHUNK_GROUPS + "...chunkGroups,", 1)


def toaster() -> rx.Component:
    """Reflex's toaster (it shows the connection notices) with the pages' direction stated: left to its default it
    asks for the document's computed direction on every render, which makes the browser recompute the style of the
    whole page each time the socket delivers state (on the Training tab, a quarter of a slow phone's work)."""
    return rx.toast.provider(dir="ltr")


def pages_at_their_address(app: ASGIApp) -> ASGIApp:
    """A prerendered page asked for as links and bookmarks write it (/athlete) is served at once: the static files'
    server would first redirect to /athlete/, a round trip a phone pays before anything else can load."""

    static_dir = get_web_dir() / constants.Dirs.STATIC

    async def with_pages_at_their_address(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD") and \
                _prerendered_folder(static_dir, scope["path"]):
            raw_path = scope.get("raw_path") or scope["path"].encode()
            scope = {**scope, "path": scope["path"] + "/", "raw_path": raw_path + b"/"}
        await app(scope, receive, send)

    return with_pages_at_their_address


def _prerendered_folder(static_dir: Path, path: str) -> bool:
    if path.endswith("/") or "." in path.rsplit("/", 1)[-1] or path.startswith(("/api/", "/_")) or ".." in path:
        return False  # a file, the API, Reflex's own routes, or a path that climbs out of the build
    return os.path.isfile(static_dir / path.lstrip("/") / "index.html")  # False on any error, a name too long too


def cache_policy(app: ASGIApp) -> ASGIApp:
    """Fingerprinted build files are kept for a year and never revalidated (a new build has new names); every
    other page and file of the console, the stylesheet too, is revalidated on each use. The API sets its own
    headers."""

    async def with_cache_policy(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/api/"):
            await app(scope, receive, send)
            return

        async def send_with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "cache-control" not in headers:
                    immutable = message["status"] in (200, 304) and FINGERPRINTED.match(scope["path"])
                    headers["cache-control"] = IMMUTABLE if immutable else REVALIDATE
            await send(message)

        await app(scope, receive, send_with_policy)

    return with_cache_policy
