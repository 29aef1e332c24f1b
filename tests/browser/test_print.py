"""The print stylesheet, as headless Chromium applies it to the built whole-agenda page."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import Page, sync_playwright

from generator.export.pdf import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def printed(kalmar_site: Path) -> Iterator[Page]:
    """The whole-agenda page as the printer sees it."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.emulate_media(media="print")
        page.goto((kalmar_site / "hela-agendan" / "index.html").as_uri())
        yield page
        browser.close()


def style(page: Page, selector: str, prop: str, pseudo: str | None = None) -> str:
    return page.eval_on_selector(selector, "(el, [prop, pseudo]) => getComputedStyle(el, pseudo)[prop]",
                                 [prop, pseudo])


def test_no_navigation_chrome_on_paper(printed: Page) -> None:
    for selector in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                     ".agenda-screen-only", "h2 .headerlink"):
        assert style(printed, selector, "display") == "none", selector


def test_cover_and_areas_start_new_pages(printed: Page) -> None:
    assert style(printed, ".agenda-cover", "breakAfter") == "page"
    assert style(printed, "#omrade-1", "breakBefore") == "page"
    assert style(printed, "#omrade-6", "breakBefore") == "page"
    assert style(printed, "#insats-1-1-1", "breakBefore") != "page"


def test_no_address_is_printed_after_links_without_a_public_address(printed: Page) -> None:
    """The site is built without site_url: a path like "/insatser/6.1.3/" means nothing on paper, so none is
    printed (with an address, test_pdf_document checks that the full address is)."""
    own_page = "#insats-6-1-3 ~ .agenda-item-page a"
    assert printed.eval_on_selector(own_page, "el => el.dataset.url === undefined")
    assert style(printed, own_page, "content", "::after") in ("none", "normal")
    # In-page links (the contents) need no address on paper either.
    assert style(printed, "a[href='#insats-6-1-3']", "content", "::after") in ("none", "normal")
