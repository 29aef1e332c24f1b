"""The list of all initiatives in real Chromium: the filters hide rows as a select changes, say how many show
in a live region, keep the choice in the address (so a filtered list can be linked to), pass axe in both
palettes while filtered; without JavaScript the whole table shows; at 360 px the table scrolls in its own box.

The rows expected are worked out from the agenda's links and tidplan years here, not from the page."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from generator.model.graph import LinkIndex
from generator.source import read_agenda
from tests.browser.sweep import AXE_TAGS
from tests.conftest import KALMAR

pytestmark = pytest.mark.browser

PATH = "/insatser/"
ROWS = "table.agenda-catalogue tbody tr:not(.agenda-catalogue__area)"
VISIBLE_IDS_JS = f"""() => [...document.querySelectorAll('{ROWS}')]
  .filter(row => row.offsetParent !== null).map(row => row.querySelector('th').textContent.trim().split(' ')[0])"""
STATUS = ".agenda-filter [role=status]"

AGENDA = read_agenda(KALMAR)
LINKS = LinkIndex(AGENDA)
ALL = [initiative.id for initiative in AGENDA.initiatives]


def linked_to_sdg(number: int) -> list[str]:
    return [i.id for i in AGENDA.initiatives if number in [r.target for r in LINKS.sdgs_of(i)]]


@pytest.fixture(scope="module")
def context(new_context):  # type: ignore[no-untyped-def]
    context, guard = new_context()
    yield context
    assert guard.blocked == []


@pytest.fixture
def page(context):  # type: ignore[no-untyped-def]
    page = context.new_page()
    yield page
    page.close()


def test_choosing_a_global_goal_shows_its_initiatives_and_says_how_many(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + PATH)
    status = page.locator(STATUS)
    assert status.text_content() == f"{len(ALL)} av {len(ALL)} insatser visas"
    assert status.get_attribute("aria-live") in (None, "polite")  # role=status is polite by itself
    page.select_option("#filter-globalt-mal", "4")
    expected = linked_to_sdg(4)
    assert 0 < len(expected) < len(ALL)
    assert page.evaluate(VISIBLE_IDS_JS) == expected
    assert status.text_content() == f"{len(expected)} av {len(ALL)} insatser visas"
    assert page.url.endswith(f"{PATH}?globalt-mal=4")
    # An area none of whose initiatives show loses its heading row too.
    assert page.locator("tbody#omrade-6").is_hidden()
    assert page.locator("tbody#omrade-1").is_visible()


def test_filters_combine_and_come_back_from_the_address(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + PATH + "?aktor=kommunerna&ar=2019")
    assert page.locator("#filter-aktor").input_value() == "kommunerna"
    assert page.locator("#filter-ar").input_value() == "2019"
    # Under way in 2019 by the tidplan: from the start year to the end year, an open end runs on.
    expected = [i.id for i in AGENDA.initiatives if "kommunerna" in i.actors and i.start_year is not None
                and i.start_year <= 2019 and (i.end_year is None or i.end_year >= 2019)]
    assert expected and page.evaluate(VISIBLE_IDS_JS) == expected
    assert page.locator(STATUS).text_content() == f"{len(expected)} av {len(ALL)} insatser visas"
    page.click("text=Visa alla")
    assert page.evaluate(VISIBLE_IDS_JS) == ALL
    assert page.url == base_url + PATH
    assert page.locator("#filter-aktor").input_value() == ""


def test_a_value_the_list_does_not_have_is_ignored(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + PATH + "?globalt-mal=18&omrade=2")
    assert page.locator("#filter-globalt-mal").input_value() == ""
    assert page.evaluate(VISIBLE_IDS_JS) == [id_ for id_ in ALL if id_.startswith("2.")]


@pytest.mark.parametrize("hostile", ['"]<img src=x onerror=alert(1)>', "')]; alert(1); //", "2\\", "<script>alert(1)</script>"])
def test_an_address_made_to_attack_the_filter_changes_nothing(page, base_url: str, hostile: str) -> None:  # type: ignore[no-untyped-def]
    """A link anyone can send: its values go into a CSS selector (escaped) and nowhere else."""
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + PATH + "?" + urlencode({"omrade": hostile, "aktor": hostile}))
    page.locator("form.agenda-filter").wait_for(state="visible")  # filter.js has run to its end
    assert page.locator("#filter-omrade").input_value() == ""
    assert page.evaluate(VISIBLE_IDS_JS) == ALL
    assert (dialogs, errors, page.locator("article img[src=x]").count()) == ([], [], 0)


def test_without_javascript_the_whole_table_shows(new_context, base_url: str) -> None:  # type: ignore[no-untyped-def]
    context, guard = new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PATH + "?globalt-mal=4")
    assert page.evaluate(VISIBLE_IDS_JS) == ALL
    assert page.locator("form.agenda-filter").is_hidden()
    fallback = page.locator("[data-filter-fallback]")
    assert fallback.is_visible()
    fallback.get_by_role("link", name="4 Infrastruktur").click()
    assert page.url.endswith("#omrade-4")
    assert guard.blocked == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_filtered_list_passes_axe(new_context, base_url: str, axe_source: str, scheme: str) -> None:  # type: ignore[no-untyped-def]
    context, guard = new_context(color_scheme=scheme)
    context.add_init_script(axe_source)
    page = context.new_page()
    page.goto(base_url + PATH)
    page.select_option("#filter-ar", "2021")
    page.locator("#filter-ar").focus()
    palette = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert palette == {"light": "default", "dark": "slate"}[scheme]
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]
    assert violations == []
    assert guard.blocked == []


def test_at_360_px_the_table_scrolls_in_its_own_box(new_context, base_url: str) -> None:  # type: ignore[no-untyped-def]
    context, guard = new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in (PATH, "/oversikt/globala-malen/", "/oversikt/nationella-mal/"):
        page.goto(base_url + path)
        widths = page.evaluate("""() => {
          const box = document.querySelector('.agenda-table');
          return {page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
                  box: box.clientWidth, table: box.scrollWidth};
        }""")
        assert widths["page"] <= widths["window"], (path, widths)
        assert widths["table"] > widths["box"], (path, widths)  # wider than the screen: the box scrolls
        page.focus(".agenda-table")
        page.keyboard.press("ArrowRight")
        # Chromium scrolls smoothly: wait for the box to move rather than read it at once.
        page.wait_for_function("document.querySelector('.agenda-table').scrollLeft > 0", timeout=5000)
    assert guard.blocked == []
