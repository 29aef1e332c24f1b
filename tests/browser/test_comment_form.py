"""`agenda serve` with its comment server, driven in real Chromium: post through the page's own form."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, sync_playwright

from generator.comments.isso import IssoDatabase, IssoSettings
from tests.browser.harness import AXE, CHROMIUM, CHROMIUM_ARGS, STILL
from tests.browser.sweep import AXE_TAGS
from tests.comments.isso_client import approve, free_port
from tests.conftest import KALMAR, repository_config

pytestmark = pytest.mark.browser

OPEN_DAY = "2018-08-15"  # Kalmar's remiss was open from 7 June to 28 September 2018


def wait_for(url: str, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if text in response.read().decode("utf-8", errors="replace"):
                    return
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not show {text!r} within {timeout} s")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, IssoSettings]]:
    site_port, comments_port = free_port(), free_port()
    comments_dir = tmp_path / "comments"
    config = repository_config(tmp_path / "workspace")  # the pages go to a docs folder of the test's
    process = subprocess.Popen([sys.executable, "-m", "generator", "serve", str(KALMAR), "--port", str(site_port),
                                "--comments-port", str(comments_port), "--comments-dir", str(comments_dir),
                                "--config", str(config), "--as-of", OPEN_DAY], cwd=tmp_path, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    site = f"http://127.0.0.1:{site_port}"
    settings = IssoSettings(agenda_id="kalmar-2019", site_origins=[site], listen=f"http://127.0.0.1:{comments_port}",
                            state_dir=comments_dir)
    try:
        wait_for(f"{site}/insatser/1.1.1/", f"127.0.0.1:{comments_port}/js/embed.min.js")
        yield site, settings
    finally:
        process.terminate()
        process.wait(timeout=20)


def only_loopback(route: Route) -> None:
    if route.request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
        route.continue_()
    else:
        route.abort()
        raise AssertionError(f"request to another host: {route.request.url}")


def axe_violations(page: Page, selector: str) -> list[str]:
    """WCAG 2.1 A and AA violations that axe-core finds inside `selector`."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("""async ([selector, tags]) => {
        const result = await axe.run(document.querySelector(selector), {runOnly: {type: "tag", values: tags}});
        return result.violations.map(v => `${v.id}: ${v.help}: ${v.nodes.map(n => n.target.join(" ")).join(", ")}`);
    }""", [selector, AXE_TAGS])
    return list(found)


def test_comment_posted_in_the_page_appears_after_approval(served: tuple[str, IssoSettings]) -> None:
    site, settings = served
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(locale="sv-SE")
        page.add_init_script(STILL)
        page.route("**/*", only_loopback)
        page.goto(f"{site}/insatser/1.1.1/")
        page.get_by_label("Era synpunkter på insats 1.1.1 (minst 3 tecken)").fill("Vi vill att regionbiblioteket samordnar <b>alla</b> kommuner.")
        page.locator("#isso-postbox-author").fill("Borgholms kommun")
        page.locator("#isso-postbox-email").fill("registrator@borgholm.example")
        page.locator("#isso-thread input[type=submit]").first.click()
        page.get_by_text("granskat den").wait_for(timeout=15000)

        assert IssoDatabase(settings.database).approved_comments() == []
        assert page.locator("#isso-thread .isso-text").filter(has_text="regionbiblioteket").count() <= 1
        (waiting,) = IssoDatabase(settings.database).pending_comments()
        approve(settings, waiting.id)

        # Another visitor, with none of the poster's remembered form values, reads the page.
        page = browser.new_context(locale="sv-SE").new_page()
        page.add_init_script(STILL)
        page.route("**/*", only_loopback)
        page.goto(f"{site}/insatser/1.1.1/")
        comment = page.locator("#isso-thread .isso-comment .isso-text").filter(has_text="regionbiblioteket samordnar")
        comment.wait_for(timeout=15000)
        assert "regionbiblioteket samordnar <b>alla</b> kommuner" in comment.inner_text()
        assert comment.locator("b").count() == 0
        assert "Borgholms kommun" in page.locator("#isso-thread .isso-author").first.inner_text()
        assert "registrator@borgholm.example" not in page.content()
        assert axe_violations(page, "#isso-thread") == []
        # The dark scheme, chosen with Material's own toggle as a reader does; measured once it is in place
        # (no transitions in the tests, so it is in place as soon as the page says it is dark).
        page.evaluate("""document.querySelector('input[name="__palette"][data-md-color-scheme="slate"]').click()""")
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
        assert axe_violations(page, "#isso-thread") == []
        browser.close()
    approved = IssoDatabase(settings.database).approved_comments()
    assert [(c.item_id, c.author) for c in approved] == [("1.1.1", "Borgholms kommun")]
