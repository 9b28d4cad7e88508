"""How the production build reaches a phone: cache lifetimes, compression, and pages that paint before their
scripts load."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.e2e.browsing import PHONE, wait_until_loaded
from tests.support.mailbox import link_in

IMMUTABLE = "public, max-age=31536000, immutable"
PUBLIC_PAGES = ("/", "/login", "/signup", "/athlete/login")


def _asset_paths(html: str) -> set[str]:
    return set(re.findall(r'/assets/[^"\\]+\.(?:js|css)', html))


def _training_tab_scripts(client: httpx.Client) -> set[str]:
    return {asset for asset in _asset_paths(client.get("/athlete").text) if asset.endswith(".js")}


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_pages_and_the_stylesheet_are_revalidated_and_the_scripts_kept_for_a_year(app_url, path):
    with httpx.Client(base_url=app_url) as client:
        page = client.get(path, follow_redirects=True)
        assert page.status_code == 200
        assert page.headers["cache-control"] == "no-cache"
        assert page.headers["etag"]
        assert client.get(path, headers={"If-None-Match": page.headers["etag"]},
                          follow_redirects=True).status_code == 304
        assets = _asset_paths(page.text)
        assert any(asset.endswith(".css") for asset in assets) and any(asset.endswith(".js") for asset in assets)
        for asset in assets:
            answer = client.get(asset)
            assert answer.status_code == 200, asset
            if asset.endswith(".js"):
                assert answer.headers["cache-control"] == IMMUTABLE, asset
            else:  # trimmed after the build named it, on what the scripts draw: its name may outlive its content
                assert answer.headers["cache-control"] == "no-cache", asset
                assert client.get(asset, headers={"If-None-Match": answer.headers["etag"]}).status_code == 304


@pytest.mark.parametrize("path", [*PUBLIC_PAGES, "/athlete", "/console"])
def test_a_page_is_served_at_the_address_links_give_without_a_redirect(app_url, path):
    with httpx.Client(base_url=app_url) as client:
        page = client.get(path)
        assert page.status_code == 200, page.headers.get("location")
        assert page.text == client.get(path + "/").text
        assert client.get("/no-such-page").status_code == 404
        assert client.get("/%2e%2e/%2e%2e/etc").status_code == 404
        assert client.get("/" + "a" * 300).status_code == 404
        assert client.get("/api/v1/health").json()["data"]["database"] == "ok"


def test_the_training_tab_downloads_only_the_components_it_draws_in_few_files(app_url):
    """Radix Themes came whole with every page (its theme panel, context menu and hover card too), and each icon and
    small component was a file of its own: forty requests before the week could show."""
    with httpx.Client(base_url=app_url) as client:
        scripts = _training_tab_scripts(client)
        assert 0 < len(scripts) <= 12, sorted(scripts)
        code = "".join(client.get(script).text for script in scripts)
    for unused in ("rt-ThemePanel", "rt-ContextMenuContent", "rt-HoverCardContent"):
        assert unused not in code, unused


def test_the_training_tab_sends_a_phone_at_most_220_kb_of_script(app_url):
    """Compressed, as sent: a phone on a slow connection downloads all of it before it can show the day's workout
    (about a second in Lighthouse's mobile profile). A file upload built on react-dropzone alone added 14 KB."""
    with httpx.Client(base_url=app_url, headers={"Accept-Encoding": "gzip"}) as client:
        scripts = _training_tab_scripts(client)
        sent = sum(client.get(script).num_bytes_downloaded for script in scripts)
    assert sent <= 220_000, sent


def test_files_are_sent_compressed(app_url):
    with httpx.Client(base_url=app_url) as client:
        page = client.get("/", headers={"Accept-Encoding": "gzip"})
        stylesheet = next(asset for asset in _asset_paths(page.text) if asset.endswith(".css"))
        assert page.headers["content-encoding"] == "gzip"
        assert client.get(stylesheet, headers={"Accept-Encoding": "br, gzip"}).headers["content-encoding"] == "br"
        assert client.get(stylesheet, headers={"Accept-Encoding": "gzip"}).headers["content-encoding"] == "gzip"
        plain = client.get(stylesheet, headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers and plain.text.startswith(("@", ":", "."))


def test_a_missing_file_and_the_api_get_no_year_long_lifetime(app_url):
    with httpx.Client(base_url=app_url) as client:
        missing = client.get("/assets/gone-a1b2c3d4.js")
        assert missing.status_code == 404
        assert missing.headers.get("cache-control") != IMMUTABLE
        assert "immutable" not in client.get("/api/v1/health").headers.get("cache-control", "")


def test_the_sign_in_button_waits_until_the_page_is_live(app_url):
    """Before its scripts run, a submitted form would put the password in the page's address."""
    html = httpx.get(f"{app_url}/login", follow_redirects=True).text
    submit = re.search(r'<button[^>]*type="submit"[^>]*>', html)
    assert submit and "disabled" in submit.group(0)


def test_text_is_set_in_the_devices_own_interface_font(open_context):
    """Radix Themes' own font faces over local() fonts cost a slow phone a fifth of a second in its first layout."""
    page = open_context(PHONE).new_page()
    page.goto("/login")
    fonts = page.evaluate("""() => [getComputedStyle(document.querySelector('.radix-themes'))
                                        .getPropertyValue('--default-font-family'),
                                    getComputedStyle(document.querySelector('h1, h2, p')).fontFamily]""")
    assert all(font.strip().startswith("system-ui") and "(Custom)" not in font for font in fonts), fonts


def test_the_prerendered_page_paints_before_its_scripts_load_and_then_comes_alive(open_context):
    page = open_context(PHONE).new_page()
    page.goto("/login")
    wait_until_loaded(page, "/login")
    timings = page.evaluate("""() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        scripts: performance.getEntriesByType('resource').filter(entry => entry.name.endsWith('.js'))
                                                          .map(entry => entry.startTime),
    })""")
    assert timings["scripts"], "the page loaded no scripts"
    assert timings["paint"] <= min(timings["scripts"]), timings
    page.get_by_label("Email address").fill("nobody@example.com")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text(re.compile("email or password", re.IGNORECASE)).wait_for()


def test_a_form_sent_before_the_scripts_run_waits_for_them_and_never_lands_in_the_address(open_context, smtp):
    page = open_context(PHONE).new_page()
    held, released = [], []

    def hold_scripts(route):
        route.continue_() if released else held.append(route)

    page.route(re.compile(r"/assets/.*\.js$"), hold_scripts)
    page.goto("/signup", wait_until="domcontentloaded")
    page.get_by_label("Email address").fill("early.coach@example.com")
    page.get_by_role("button", name="Send verification link").click()
    page.wait_for_timeout(500)
    assert "early.coach" not in page.url
    released.append(True)
    for route in held:
        route.continue_()
    page.get_by_text("Check your inbox").wait_for()
    assert "early.coach" not in page.url
    assert link_in(smtp.wait_for("early.coach@example.com"))
