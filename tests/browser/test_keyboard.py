"""The site without a mouse, in real Chromium: focus is always visible, the navigation tabs
are reached with Tab, search opens, finds and leads to a page from the keyboard, and on a
narrow screen the menu and the search open from the keyboard too: the open menu takes the focus, keeps
Tab inside and closes with Escape, and both buttons say what they open and whether it is open.
Tooltips close with Escape.

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
        tab_to(page, "button[aria-controls='agenda-menu']")
        page.keyboard.press("Enter")
        drawer_link = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Globala målen")
        drawer_link.wait_for(state="visible")
        tab_to(page, ".md-sidebar--primary a.md-nav__link[href$='globala-malen/']")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url == base_url + "/globala-malen/"

        tab_to(page, "button[aria-controls='agenda-search']")
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


MENU = "button[aria-controls='agenda-menu']"
SEARCH = "button[aria-controls='agenda-search']"
IN_DRAWER = "document.activeElement.closest('.md-sidebar--primary') !== null"


def test_the_open_menu_takes_the_focus_keeps_tab_inside_and_closes_with_escape(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size(NARROW)
    try:
        page.goto(base_url + "/insatser/1.1.1/")
        menu = page.locator(MENU)
        assert menu.get_attribute("aria-expanded") == "false"
        controlled = page.locator("#" + menu.get_attribute("aria-controls"))
        assert controlled.evaluate("nav => nav.matches('.md-sidebar--primary nav.md-nav--primary')")

        tab_to(page, MENU)
        page.keyboard.press("Enter")
        page.wait_for_function(IN_DRAWER)
        assert menu.get_attribute("aria-expanded") == "true"
        assert controlled.is_visible()
        first_link = controlled.locator("a[href]").first
        assert page.evaluate("element => element === document.activeElement", first_link.element_handle())

        left_the_menu = []
        for _ in range(60):  # more than the menu has links: Tab goes round, past the browser's own controls
            page.keyboard.press("Tab")
            where = page.evaluate(f"document.activeElement === document.body || {IN_DRAWER}")
            if not where:
                left_the_menu.append(page.evaluate("document.activeElement.outerHTML.slice(0, 120)"))
        assert left_the_menu == []

        page.keyboard.press("Escape")
        page.wait_for_function("s => document.activeElement.matches(s)", arg=MENU)
        assert menu.get_attribute("aria-expanded") == "false"
        assert not page.evaluate("document.getElementById('__drawer').checked")
        assert page.evaluate("document.querySelectorAll('[inert]').length") == 0

        # Closed another way (a click on the dimmed page beside it): the button still tells.
        menu.click()
        page.wait_for_function(IN_DRAWER)
        page.mouse.click(NARROW["width"] - 10, NARROW["height"] // 2)
        page.wait_for_function("s => document.querySelector(s).getAttribute('aria-expanded') === 'false'", arg=MENU)
        assert page.evaluate("document.querySelectorAll('[inert]').length") == 0
    finally:
        page.set_viewport_size(DESKTOP)


def test_the_search_button_says_what_it_opens_and_whether_it_is_open(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size(NARROW)
    try:
        page.goto(base_url + "/")
        button = page.locator(SEARCH)
        dialog = page.locator("#" + button.get_attribute("aria-controls"))
        assert dialog.get_attribute("role") == "dialog" and dialog.get_attribute("aria-label") == "Sök"
        assert dialog.locator("input.md-search__input").count() == 1
        assert button.get_attribute("aria-expanded") == "false"
        tab_to(page, SEARCH)
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement.matches('input.md-search__input')")
        assert button.get_attribute("aria-expanded") == "true"
        page.keyboard.press("Escape")
        page.wait_for_function("s => document.activeElement.matches(s)", arg=SEARCH)
        assert button.get_attribute("aria-expanded") == "false"
    finally:
        page.set_viewport_size(DESKTOP)


def test_a_tooltip_closes_with_escape_and_the_next_one_still_shows(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/insatser/1.1.1/")
    permalinks = page.locator("article a.headerlink")
    assert permalinks.count() >= 2
    tooltip = page.locator(".md-tooltip2[role='tooltip']")
    permalinks.nth(0).focus()
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().strip() == "Länk till det här avsnittet"
    page.keyboard.press("Escape")
    tooltip.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.matches('a.headerlink')")  # dismissed, focus stays (WCAG 1.4.13)
    permalinks.nth(1).focus()
    page.locator(".md-tooltip2--active").wait_for(state="visible")
