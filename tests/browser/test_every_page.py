"""Every page of the built Kalmar site, in real Chromium: WCAG 2.1 AA by axe-core in both
palettes, structure, skip link, reflow at 360 px and at 200 % zoom, no third-party requests.

The pages are visited once (see sweep.py); each test below asserts one property and names
every page and element that breaks it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.sweep import AXE_TAGS, SEARCH_STATE_PAGES, STATE_PAGES, StatesResult, SweepResult, sweep, sweep_states

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def swept(new_context, base_url: str, site_paths: list[str], axe_source: str) -> SweepResult:  # type: ignore[no-untyped-def]
    result = sweep(new_context, base_url, site_paths, axe_source)
    assert result.errors == []
    return result


@pytest.fixture(scope="module")
def states(new_context, base_url: str, axe_source: str) -> StatesResult:  # type: ignore[no-untyped-def]
    return sweep_states(new_context, base_url, axe_source)


def report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_every_page_is_visited(swept: SweepResult, kalmar_site: Path) -> None:
    assert len(swept.pages) == len(list(kalmar_site.rglob("*.html")))
    assert len(swept.pages) > 100


def test_axe_finds_no_wcag_21_aa_violation_in_light_or_dark_palette(swept: SweepResult) -> None:
    print(f"\naxe-core ({', '.join(AXE_TAGS)}): {len(swept.axe_rules)} rules evaluated on {len(swept.pages)} pages, "
          "light and dark palette")
    for rule, pages in sorted(swept.axe_incomplete.items()):
        print(f"  needs review (incomplete): {rule} on {len(pages)} page(s)")
    assert len(swept.axe_rules) > 50, "axe-core ran suspiciously few rules"
    assert "color-contrast" in swept.axe_rules
    assert swept.axe_violations == [], report(swept.axe_violations)


def test_no_request_leaves_127_0_0_1(swept: SweepResult) -> None:
    assert swept.third_party == [], report(swept.third_party)


def test_swedish_one_h1_no_skipped_heading_level_every_image_has_alt(swept: SweepResult) -> None:
    assert swept.structure == [], report(swept.structure)


def test_first_tab_focuses_the_skip_link(swept: SweepResult) -> None:
    assert swept.skip_link == [], report(swept.skip_link)


def test_no_horizontal_scrolling_at_360_px(swept: SweepResult) -> None:
    assert swept.narrow == [], report(swept.narrow)


def test_text_reflows_at_200_percent_zoom(swept: SweepResult) -> None:
    assert swept.zoomed == [], report(swept.zoomed)


def test_axe_finds_no_violation_with_search_menu_or_tooltip_open_in_light_or_dark_palette(states: StatesResult) -> None:
    print(f"\naxe-core: {len(states.checked)} states checked:\n  " + "\n  ".join(states.checked))
    # Per palette: tooltip and menu on each page, the search empty and with results, one page from the search.
    assert len(states.checked) == 2 * (2 * len(STATE_PAGES) + 2 * len(SEARCH_STATE_PAGES) + 1)
    assert "color-contrast" in states.axe_rules
    assert states.axe_violations == [], report(states.axe_violations)
