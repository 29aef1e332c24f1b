"""Real headless Chromium against the built Kalmar site, served over HTTP on 127.0.0.1.

One HTTP server serves the whole session, one browser each test module. Every request the pages make
goes through a route that lets only 127.0.0.1 through: anything else is aborted and
recorded, so a test can name the page and the address.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.harness import AXE, CHROMIUM, CHROMIUM_ARGS, STILL, RequestGuard, serving


@pytest.fixture(scope="session")
def base_url(kalmar_site: Path) -> Iterator[str]:
    """The built Kalmar site over real HTTP on 127.0.0.1."""
    with serving(kalmar_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_paths(kalmar_site: Path) -> list[str]:
    """The URL path of every HTML page of the built site, e.g. /insatser/1.1.1/."""
    paths = []
    for file in sorted(kalmar_site.rglob("*.html")):
        relative = file.relative_to(kalmar_site).as_posix()
        paths.append("/" + relative.removesuffix("index.html"))
    return paths


@pytest.fixture(scope="session")
def axe_source() -> str:
    assert AXE.is_file(), f"{AXE} is missing: `make test` installs it (npm ci)"
    return AXE.read_text(encoding="utf-8")


# Module scope, not session: Playwright's sync API allows one running instance per thread,
# and other browser test modules (test_print.py, test_comment_form.py) start their own.
@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.is_file(), f"{CHROMIUM} is missing: `make test` installs Debian's chromium package"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def new_context(browser):  # type: ignore[no-untyped-def]
    """Open a browser context (Swedish, light, 1280 x 800, no transitions) whose every request passes a new guard.

    Returns (context, guard); the contexts close at the end of the session.
    """
    contexts = []

    def make(**options):  # type: ignore[no-untyped-def]
        options = {"locale": "sv-SE", "color_scheme": "light", "viewport": {"width": 1280, "height": 800},
                   "service_workers": "block", **options}
        guard = RequestGuard()
        context = browser.new_context(**options)
        context.add_init_script(STILL)
        context.route("**/*", guard.handle)
        contexts.append(context)
        return context, guard

    yield make
    for context in contexts:
        context.close()
