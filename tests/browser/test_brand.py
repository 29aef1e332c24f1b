"""An owner's colour and logo (agenda.yml `brand`), in real Chromium: a light yellow that white
text and links on white would fail with must still give WCAG 2.1 AA in both palettes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.harness import serving
from tests.browser.sweep import SweepResult, sweep
from tests.minimal import make_agenda
from tests.site.test_any_agenda import BRANDED, build

pytestmark = pytest.mark.browser

# Every kind of page where the brand colour shows: header and tabs, links in text, lists,
# the fact sheet, the navigation's current page, the remiss page's admonitions.
PATHS = ["/", "/omraden/", "/omraden/1/", "/mal/1.1/", "/insatser/1.1.1/", "/remiss/", "/globala-malen/",
         "/tillganglighet/"]


@pytest.fixture(scope="module")
def branded_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("branded")
    with serving(build(make_agenda(root, BRANDED), root / "site")) as url:
        yield url


@pytest.fixture(scope="module")
def swept(new_context, branded_url: str, axe_source: str) -> SweepResult:  # type: ignore[no-untyped-def]
    result = sweep(new_context, branded_url, PATHS, axe_source)
    assert result.errors == []
    return result


def test_brand_colour_passes_axe_in_light_and_dark(swept: SweepResult) -> None:
    assert sorted(swept.pages) == sorted(PATHS)
    assert "color-contrast" in swept.axe_rules
    assert swept.axe_violations == [], "\n".join(swept.axe_violations)
    assert swept.third_party == []


def test_logo_is_shown_in_the_header(new_context, branded_url: str) -> None:  # type: ignore[no-untyped-def]
    context, _ = new_context()
    page = context.new_page()
    page.goto(branded_url + "/insatser/1.1.1/")
    logo = page.locator("header a.md-logo img")
    assert logo.evaluate("img => img.complete && img.naturalWidth > 0")
    box = logo.bounding_box()
    assert box is not None and box["height"] >= 20
    header = page.locator("header.md-header")
    colours = header.evaluate("h => [getComputedStyle(h).backgroundColor, getComputedStyle(h).color]")
    assert colours == ["rgb(245, 196, 0)", "rgb(0, 0, 0)"]
