"""Browser tests in real Chromium (Debian's package) with axe-core.

Never `playwright install`: we drive /usr/bin/chromium. Without Chromium these
tests are skipped with a message, unless REQUIRE_BROWSER_TESTS=1 (set by CI
when it has installed Chromium), in which case they fail.
"""

import os
import shutil

import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.views.static import serve
from pytest_playwright_axe import Axe

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HAVE_CHROMIUM = os.path.exists(CHROMIUM)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# WCAG 2.0, 2.1 and 2.2 at levels A and AA: the legal bar. (The package's own
# OPTIONS_WCAG_22AA also runs axe's "best-practice" rules, which are not WCAG.)
WCAG_22_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    }
}


def _serve_collected(self, request):
    # Pages link to hashed names from the manifest (as in production, where
    # WhiteNoise serves them); the live server's default handler only knows the
    # unhashed source files, so serve the collected files instead.
    return serve(request, request.path[len(settings.STATIC_URL) :], settings.STATIC_ROOT)


StaticFilesHandler.serve = _serve_collected

# The live server and the ORM run while Playwright's sync API has an event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if HAVE_CHROMIUM:
        return
    if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
        return  # let them fail loudly: CI promised a browser
    skip = pytest.mark.skip(
        reason="Chromium is not installed: run `apt-get install -y chromium` to run browser tests"
    )
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    """A fresh page (JavaScript on), 1024px wide."""
    context = chromium.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@pytest.fixture
def nojs_page(chromium, live_server):
    """A fresh page with JavaScript switched off."""
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 800}
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@pytest.fixture
def axe_violations(tmp_path):
    """Run axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on a page; return the violations."""
    axe = Axe(output_directory=tmp_path, use_minified_file=True)

    def run(page):
        results = axe.run(
            page,
            options=WCAG_22_AA,
            html_report_generated=False,
            json_report_generated=False,
        )
        return [
            {
                "id": v["id"],
                "impact": v.get("impact"),
                "nodes": [n.get("target") for n in v.get("nodes", [])][:5],
            }
            for v in results["violations"]
        ]

    return run
