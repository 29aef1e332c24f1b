"""One pass over every page of the built site in real Chromium, collecting every problem.

Each page is loaded once. Python checks the page's structure, the first Tab and the
layout at 360 px and at 200 % zoom; then the page runs axe-core by itself (light
palette, then Material's dark palette switched with its own toggle) while Python loads
the next page in a second tab. Two tabs keep both cores busy, which halves the time.
Each tab has its own browser context, so one tab's palette choice (Material keeps it in
localStorage) never leaks into the other.

`sweep_states` then opens what a visitor opens on a few pages (the search, the menu at 360 px, a
tooltip, a page reached from a search result) and runs axe-core in each state, in both palettes.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from tests.browser.harness import RequestGuard, search_for

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# The WCAG 2.1 A/AA rules of axe-core that read colours: all a palette can change.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 360, "height": 740}
# 200 % zoom of a 1280 x 800 window: the page lays out in 640 x 400 CSS pixels, drawn with
# two device pixels per CSS pixel, which is what the browser's zoom does. The tabs' contexts
# have a device scale factor of 2 throughout, so only the viewport changes here.
ZOOMED = {"width": 640, "height": 400}
DEVICE_SCALE_FACTOR = 2
SKIP_LINK_TEXT = "Gå till innehållet"  # Material's Swedish text for its skip link
TABS = 2

STRUCTURE_JS = """() => {
  const problems = [];
  const lang = document.documentElement.getAttribute('lang');
  if (lang !== 'sv') problems.push(`<html lang="${lang}">, expected "sv"`);
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const h1s = headings.filter(h => h.tagName === 'H1').length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements, expected exactly one`);
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.tagName[1]);
    if (level > previous + 1) {
      const text = heading.textContent.trim().slice(0, 60);
      problems.push(`heading level skips from ${previous ? 'h' + previous : 'the start'} to h${level}: "${text}"`);
    }
    previous = level;
  }
  for (const img of document.querySelectorAll('img:not([alt])')) problems.push(`<img src="${img.getAttribute('src')}"> has no alt`);
  return problems;
}"""

FIRST_TAB_JS = """() => {
  const el = document.activeElement;
  return {tag: el.tagName.toLowerCase(), cls: el.className, text: el.textContent.trim(), href: el.getAttribute('href'),
          target: el.hash ? !!document.getElementById(decodeURIComponent(el.hash.slice(1))) : false};
}"""

# Horizontal overflow: the page's own scroll width, and any element of the article that
# sticks out of the viewport without being inside a horizontally scrolling box (a wide
# table may scroll inside its own box: that is allowed, the page must not).
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const result = {scrollWidth: document.documentElement.scrollWidth, width, sticking_out: []};
  const scrolls = el => { for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
  for (const el of document.querySelectorAll('article *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= width + 1 || scrolls(el)) continue;
    result.sticking_out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} `
                             + `(right edge ${Math.round(r.right)} px): "${el.textContent.trim().slice(0, 40)}"`);
    if (result.sticking_out.length >= 5) break;
  }
  return result;
}"""

# Runs in the page on its own; Python collects window.__a11y later.
AXE_JOB_JS = """([tags, colourRules]) => {
  window.__a11y = null;
  const settle = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const scheme = () => document.body.getAttribute('data-md-color-scheme');
  const until = async (wanted) => {
    for (let i = 0; i < 100 && scheme() !== wanted; i++) await new Promise(r => setTimeout(r, 20));
    if (scheme() !== wanted) throw new Error(`palette did not switch to ${wanted} (is ${scheme()})`);
  };
  const summary = (r) => ({
    violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                         targets: v.nodes.map(n => n.target.join(' '))})),
    incomplete: r.incomplete.map(v => v.id),
    rules: [...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map(x => x.id),
  });
  // The dark palette changes colours only, so only the rules about colour can find anything new there
  // (running the rest twice would cost a third of the sweep).
  const options = {
    default: {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']},
    slate: {runOnly: {type: 'rule', values: colourRules}, resultTypes: ['violations']},
  };
  const job = async () => {
    const result = {};
    for (const palette of ['default', 'slate']) {
      const input = document.querySelector(`input[name="__palette"][data-md-color-scheme="${palette}"]`);
      if (!input) throw new Error(`no palette toggle for ${palette}`);
      if (scheme() !== palette) { input.click(); await until(palette); }
      await settle();
      result[palette] = summary(await axe.run(document, options[palette]));
    }
    document.querySelector('input[name="__palette"][data-md-color-scheme="default"]').click();
    await until('default');
    return result;
  };
  job().then(r => { window.__a11y = r; }, e => { window.__a11y = {error: String(e)}; });
}"""

PALETTE_NAMES = {"default": "light", "slate": "dark"}


@dataclass
class SweepResult:
    pages: list[str] = field(default_factory=list)
    axe_rules: set[str] = field(default_factory=set)
    axe_violations: list[str] = field(default_factory=list)
    axe_incomplete: dict[str, set[str]] = field(default_factory=dict)  # rule -> pages (needs review)
    structure: list[str] = field(default_factory=list)
    skip_link: list[str] = field(default_factory=list)
    narrow: list[str] = field(default_factory=list)
    zoomed: list[str] = field(default_factory=list)
    third_party: list[str] = field(default_factory=list)  # requests to any host but 127.0.0.1 (aborted)
    errors: list[str] = field(default_factory=list)  # pages that did not load, axe that did not finish


@dataclass
class Tab:
    page: object
    guard: RequestGuard
    path: str | None = None


def _overflow(page, path: str, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    found = page.evaluate(OVERFLOW_JS)
    problems = []
    if found["scrollWidth"] > found["width"]:
        problems.append(f"{path} at {label}: the page scrolls sideways "
                        f"(scrollWidth {found['scrollWidth']} > {found['width']} px)")
    problems += [f"{path} at {label}: {element} sticks out of the page" for element in found["sticking_out"]]
    return problems


def _check_loaded_page(tab: Tab, path: str, result: SweepResult) -> None:
    page = tab.page
    result.structure += [f"{path}: {problem}" for problem in page.evaluate(STRUCTURE_JS)]

    page.keyboard.press("Tab")
    focused = page.evaluate(FIRST_TAB_JS)
    if "md-skip" not in focused["cls"] or focused["text"] != SKIP_LINK_TEXT or not focused["target"]:
        result.skip_link.append(f"{path}: first Tab focuses <{focused['tag']} class={focused['cls']!r}> "
                                f"{focused['text'][:40]!r} (href {focused['href']!r}), expected the skip link "
                                f"{SKIP_LINK_TEXT!r} to an existing anchor")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    # Layout and axe see what opening every note and version shows, not only their summaries.
    page.evaluate("document.querySelectorAll('details').forEach(details => { details.open = true; })")

    page.set_viewport_size(NARROW)
    result.narrow += _overflow(page, path, "360 px")
    page.set_viewport_size(ZOOMED)
    result.zoomed += _overflow(page, path, "1280 px and 200 % zoom")
    page.set_viewport_size(DESKTOP)  # Playwright's own emulation again, replacing the zoom

    page.evaluate(AXE_JOB_JS, [AXE_TAGS, COLOUR_RULES])


def _collect_axe(tab: Tab, result: SweepResult) -> None:
    path = tab.path
    tab.page.wait_for_function("window.__a11y !== null", timeout=120_000, polling=50)
    outcome = tab.page.evaluate("window.__a11y")
    if "error" in outcome:
        result.errors.append(f"{path}: {outcome['error']}")
        return
    for scheme, found in outcome.items():
        palette = PALETTE_NAMES[scheme]
        result.axe_rules.update(found["rules"])
        for rule in found["incomplete"]:
            result.axe_incomplete.setdefault(rule, set()).add(path)
        for violation in found["violations"]:
            targets = ", ".join(violation["targets"][:8]) + (" ..." if len(violation["targets"]) > 8 else "")
            result.axe_violations.append(f"{path} ({palette}): {violation['id']} [{violation['impact']}] "
                                         f"{violation['help']}: {targets}")


def sweep(new_context, base_url: str, paths: list[str], axe_source: str) -> SweepResult:  # type: ignore[no-untyped-def]
    result = SweepResult()
    tabs = []
    for _ in range(TABS):
        context, guard = new_context(viewport=DESKTOP, device_scale_factor=DEVICE_SCALE_FACTOR)
        context.add_init_script(axe_source)
        page = context.new_page()
        tabs.append(Tab(page=page, guard=guard))
    queue = deque(paths)
    turn = 0
    while queue or any(tab.path for tab in tabs):
        tab = tabs[turn % TABS]
        turn += 1
        if tab.path is not None:
            _collect_axe(tab, result)
            tab.path = None
        if queue:
            path = queue.popleft()
            tab.guard.page_path = path
            response = tab.page.goto(base_url + path, wait_until="load")
            if response is None or not response.ok:
                result.errors.append(f"{path}: HTTP {response.status if response else 'no response'}")
                continue
            result.pages.append(path)
            _check_loaded_page(tab, path, result)
            tab.path = path
    for tab in tabs:
        result.third_party += tab.guard.blocked
    return result


# ---- The states a visitor opens: search, menu, tooltips, a page reached from the search ----

# Pages whose states stand for all (the search, the menu and the tooltips are the same on every page;
# these three differ in their content and in what the menu lists): the start page, an initiative and
# the longest page.
STATE_PAGES = ["/", "/insatser/1.1.1/", "/hela-agendan/"]
# The search is drawn over the page alike on every page: the long one (axe takes 4 s there) is left out.
SEARCH_STATE_PAGES = STATE_PAGES[:2]
STATE_QUERY = "bredband"
SCHEMES = {"light": "default", "dark": "slate"}

STATE_AXE_JS = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
  return {rules: [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map(r => r.id),
          violations: result.violations.map(v => `${v.id} [${v.impact}] ${v.help}: `
            + v.nodes.slice(0, 6).map(n => n.target.join(' ') + (n.any[0] ? ` (${n.any[0].message})` : '')).join('; '))};
}"""


@dataclass
class StatesResult:
    checked: list[str] = field(default_factory=list)  # "page, state (palette)" for every axe run
    axe_rules: set[str] = field(default_factory=set)
    axe_violations: list[str] = field(default_factory=list)


def _axe_state(page, what: str, result: StatesResult) -> None:  # type: ignore[no-untyped-def]
    found = page.evaluate(STATE_AXE_JS, AXE_TAGS)
    result.checked.append(what)
    result.axe_rules.update(found["rules"])
    result.axe_violations += [f"{what}: {violation}" for violation in found["violations"]]


def _states_of_page(page, base_url: str, path: str, palette: str, result: StatesResult) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size(DESKTOP)
    page.goto(base_url + path)
    scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert scheme == SCHEMES[palette], f"{path}: the {palette} palette shows scheme {scheme!r}"

    if path in SEARCH_STATE_PAGES:
        page.locator(".md-search__input").focus()
        page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.includes('Skriv')")
        _axe_state(page, f"{path}, search open and empty ({palette})", result)
        search_for(page, STATE_QUERY)
        page.locator(".md-search-result__item").first.wait_for()
        _axe_state(page, f"{path}, search open with results for {STATE_QUERY!r} ({palette})", result)
        page.keyboard.press("Escape")

    permalink = page.locator("article a.headerlink").first
    permalink.focus()
    page.locator(".md-tooltip2--active").wait_for()
    _axe_state(page, f"{path}, permalink tooltip shown ({palette})", result)
    page.evaluate("document.activeElement.blur()")

    page.set_viewport_size(NARROW)
    menu = page.locator(".md-header__button[aria-controls='agenda-menu']")
    menu.click()
    page.locator(".md-sidebar--primary nav.md-nav--primary").wait_for(state="visible")
    page.wait_for_function("document.activeElement.closest('.md-sidebar--primary') !== null")
    _axe_state(page, f"{path}, menu open at 360 px ({palette})", result)
    page.keyboard.press("Escape")
    page.set_viewport_size(DESKTOP)


def _followed_result(page, base_url: str, palette: str, result: StatesResult) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/")
    search_for(page, STATE_QUERY)
    with page.expect_navigation():
        page.locator(".md-search-result__item a").first.click()
    page.locator("article mark").first.wait_for()  # the words found, highlighted (search.highlight)
    path = page.url.removeprefix(base_url)
    _axe_state(page, f"{path}, reached from the search with the words found highlighted ({palette})", result)


def sweep_states(new_context, base_url: str, axe_source: str) -> StatesResult:  # type: ignore[no-untyped-def]
    """axe-core on STATE_PAGES with a tooltip shown and the menu open at 360 px, on SEARCH_STATE_PAGES with
    the search open (empty and with results), and on a page reached from a search result, in both palettes
    (the browser's preference, which Material follows until a visitor picks one)."""
    result = StatesResult()
    for palette in SCHEMES:
        context, guard = new_context(color_scheme=palette)
        context.add_init_script(axe_source)
        page = context.new_page()
        for path in STATE_PAGES:
            _states_of_page(page, base_url, path, palette, result)
        _followed_result(page, base_url, palette, result)
        page.close()
        assert guard.blocked == [], guard.blocked
    return result
