"""The site without a mouse, in real Chromium: focus is always visible, the navigation tabs
are reached with Tab, search opens, finds and leads to a page from the keyboard, and on a
narrow screen the menu and the search open from the keyboard too.

The focus walk covers pages that between them hold every kind of focusable element (the
skip link is checked on every page in test_every_page.py).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Between them these pages hold every kind of focusable element the site has: skip link,
# header (logo, palette toggle, search), navigation tabs, side navigation, table of contents,
# breadcrumbs, links in text, SDG tiles, matrix tables, previous/next links, footer, and
# the 404 page's own layout. (Walking all pages with Tab would take minutes.)
FOCUS_WALK_PAGES = ["/", "/globala-malen/", "/omraden/1/", "/insatser/1.1.1/", "/oversikt/globala-malen/",
                    "/tillganglighet/", "/404.html"]
NARROW_FOCUS_WALK_PAGES = ["/insatser/1.1.1/", "/oversikt/globala-malen/"]
DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 360, "height": 740}
MAX_TABS = 400

# What the user sees of the focused element: its focus indicator (an outline or a box shadow,
# on the element or, for Material's visually hidden radio buttons, on the label after them) and
# whether it is on screen at all.
FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  // Transitions are off in the tests (harness.STILL): what fades in on focus is there at once.
  const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
    + (e.getAttribute('href') ? `[href="${e.getAttribute('href')}"]` : '')
    + (e.textContent.trim() ? ` "${e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40)}"` : '');
  const visibleColour = c => c && c !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(c);
  const indicated = e => {
    const s = getComputedStyle(e);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && visibleColour(s.outlineColor);
    const shadow = s.boxShadow && s.boxShadow !== 'none';
    return outline || shadow;
  };
  let shown = el;
  // Material's palette toggle: a visually hidden radio button whose focus shows on the label after it.
  if (el.matches('input.md-option') && el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL') shown = el.nextElementSibling;
  const r = shown.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
    && r.top < window.innerHeight && r.left < window.innerWidth
    && getComputedStyle(shown).visibility !== 'hidden' && Number(getComputedStyle(shown).opacity) > 0;
  return {what: describe(el), indicated: indicated(shown), onScreen,
          href: el.getAttribute('href'), tabs: el.classList.contains('md-tabs__link'),
          search: el.matches('input.md-search__input')};
}"""


@pytest.fixture(scope="module")
def page(new_context):  # type: ignore[no-untyped-def]
    context, guard = new_context()
    page = context.new_page()
    yield page
    assert guard.blocked == []


def focus_walk(page) -> list[dict]:  # type: ignore[no-untyped-def]
    """Press Tab from the top of the page until focus leaves the page; what each Tab focused."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    seen = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_JS)
        if focused is None or (seen and focused["what"] == seen[0]["what"]):
            break
        seen.append(focused)
    return seen


def focus_problems(page, path: str, width: int) -> list[str]:  # type: ignore[no-untyped-def]
    walk = focus_walk(page)
    assert len(walk) > 5, f"{path}: only {len(walk)} focusable elements"
    problems = []
    for focused in walk:
        if not focused["onScreen"]:
            problems.append(f"{path} at {width} px: Tab focuses {focused['what']}, which is not on screen")
        elif not focused["indicated"]:
            problems.append(f"{path} at {width} px: {focused['what']} has no visible focus indicator")
    return problems


def test_focus_is_always_visible(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for path in FOCUS_WALK_PAGES:
        page.goto(base_url + path)
        problems += focus_problems(page, path, 1280)
    # Narrow: a phone, or a desktop window zoomed to 400 %; the navigation is a drawer there.
    page.set_viewport_size(NARROW)
    try:
        for path in NARROW_FOCUS_WALK_PAGES:
            page.goto(base_url + path)
            problems += focus_problems(page, path, NARROW["width"])
    finally:
        page.set_viewport_size(DESKTOP)
    assert problems == [], "\n".join(problems)


def tab_to(page, selector: str) -> None:  # type: ignore[no-untyped-def]
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reaches {selector}")


def test_menu_and_search_work_from_the_keyboard_on_a_narrow_screen(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size(NARROW)
    try:
        page.goto(base_url + "/insatser/1.1.1/")
        assert not page.locator(".md-tabs").is_visible()
        tab_to(page, "button[aria-controls='__drawer']")
        page.keyboard.press("Enter")
        drawer_link = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Globala målen")
        drawer_link.wait_for(state="visible")
        tab_to(page, ".md-sidebar--primary a.md-nav__link[href$='globala-malen/']")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url == base_url + "/globala-malen/"

        tab_to(page, "button[aria-controls='__search']")
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement.matches('input.md-search__input')")
        page.keyboard.type("bredband")
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=15_000)
        page.keyboard.press("ArrowDown")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "bredband" in page.locator("article").inner_text().lower()
    finally:
        page.set_viewport_size(DESKTOP)


def test_every_navigation_tab_is_reached_with_tab_and_opens_with_enter(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/insatser/1.1.1/")
    tabs = page.eval_on_selector_all(".md-tabs__link", "links => links.map(a => a.textContent.trim())")
    assert len(tabs) == 9
    walk = focus_walk(page)
    reached = [focused["what"].split('"')[-2] for focused in walk if focused["tabs"]]
    assert reached == tabs

    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Globala målen":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == base_url + "/globala-malen/"
    assert page.locator("h1").inner_text().strip() != ""


def test_search_opens_finds_and_leads_to_a_page_from_the_keyboard(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/")
    walk = focus_walk(page)
    assert any(focused["search"] for focused in walk), "the search field is never reached with Tab"

    # Tab to the search field and type: results appear, Down moves into them, Enter opens one.
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('input.md-search__input')"):
            break
    page.keyboard.type("bredband")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=15_000)
    assert results.count() > 0
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("[document.activeElement.tagName, document.activeElement.getAttribute('href')]")
    assert focused[0] == "A" and focused[1], f"ArrowDown focused {focused}, expected the first result"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(base_url) and page.url != base_url + "/"
    assert "bredband" in page.locator("article").inner_text().lower()

    # Material's shortcut: "/" (or "s") puts the cursor in the search field from anywhere.
    page.goto(base_url + "/insatser/1.1.1/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")
    page.keyboard.type("källkritik")
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=15_000)
    page.keyboard.press("Escape")
    assert not page.evaluate("document.activeElement.matches('input.md-search__input')")
