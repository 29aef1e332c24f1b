"""The site's search as a citizen uses it, in real Chromium: Swedish word forms find the right pages
first, every result shows an excerpt and no page or title is listed twice.

Queries go into the real search field of the built Kalmar site; the results are read from the list
Material draws. Kalmar's area 3 is E-hälsa and area 4 Infrastruktur (broadband): source/kalmar-2019/areas/.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.browser.harness import search_for

pytestmark = pytest.mark.browser

AREA_PAGE = r"^/(omraden/{area}|mal/{area}\.\d+|insatser/{area}\.\d+\.\d+)/$"
# The search index splits words as generator/mkdocs.yml says (separator) and trims punctuation off their ends.
SEPARATOR = re.compile(r"[\s\-/]+")
NOT_A_LETTER_AT_THE_ENDS = re.compile(r"^\W+|\W+$")

# What each result of the list shows: its page, the titles of its page and sections, and the text shown
# under them (an excerpt), leaving out what is folded away under "n till på denna sida".
RESULTS_JS = """() => [...document.querySelectorAll('.md-search-result__item')].map(item => {
  const shown = [...item.querySelectorAll(':scope > a > article')];
  const excerpt = article => {
    const copy = article.cloneNode(true);
    copy.querySelectorAll('h1, h2, .md-search-result__icon').forEach(heading => heading.remove());
    return copy.textContent.trim();
  };
  return {page: new URL(item.querySelector('a').href).pathname,
          titles: [...item.querySelectorAll('article h1, article h2')].map(h => h.textContent.trim()),
          excerpt: shown.map(excerpt).join(' ').trim()};
})"""

# lunr-languages' own Swedish stemmer (as the site ships it), run in the page beside the site's.
LUNR_STUB = "window.lunr = {Pipeline: {registerFunction() {}}, generateStopWordFilter() { return () => {}; }};"
LUNR_FILES = ["lunr.stemmer.support.min.js", "lunr.sv.min.js"]


@pytest.fixture(scope="module")
def page(new_context, base_url: str):  # type: ignore[no-untyped-def]
    context, guard = new_context()
    page = context.new_page()
    page.goto(base_url + "/")
    yield page
    assert guard.blocked == []


@pytest.fixture(scope="module")
def index_docs(kalmar_site: Path) -> list[dict]:
    return json.loads((kalmar_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def results(page, query: str) -> list[dict]:  # type: ignore[no-untyped-def]
    search_for(page, query)
    return page.evaluate(RESULTS_JS)


def area_pages(found: list[dict], area: int) -> list[str]:
    pattern = re.compile(AREA_PAGE.format(area=area))
    return [result["page"] for result in found if pattern.match(result["page"])]


def words(html: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", html).lower()
    return [NOT_A_LETTER_AT_THE_ENDS.sub("", word) for word in SEPARATOR.split(text)]


@pytest.mark.parametrize(("query", "area"), [("bredbandet", 4), ("bredband", 4), ("e-hälsa", 3), ("vården", 3)])
def test_a_swedish_word_form_puts_a_page_of_its_area_in_the_top_three(page, query: str, area: int) -> None:  # type: ignore[no-untyped-def]
    found = results(page, query)
    top = [result["page"] for result in found[:3]]
    assert area_pages(found[:3], area), f"{query!r}: no page of area {area} in the top three: {top}"


def test_e_halsa_is_one_word_not_e_and_halsa(page) -> None:  # type: ignore[no-untyped-def]
    # Split at the hyphen into two queries, "e" (every e-word) and "hälsa", it found 31 pages.
    found = results(page, "e-hälsa")
    count = page.inner_text(".md-search-result__meta")
    assert int(count.split()[0]) < 20, count
    assert all("häls" in " ".join(result["titles"]).lower() + result["excerpt"].lower() for result in found), found


def test_varden_finds_every_page_that_speaks_of_vard_and_no_other(page, index_docs: list[dict]) -> None:  # type: ignore[no-untyped-def]
    expected = {"/" + doc["location"].split("#")[0] for doc in index_docs
                if any(word.startswith("vård") for word in words(doc["title"] + " " + doc["text"]))}
    found = results(page, "vården")
    assert 0 < len(expected) <= 10  # Material draws the first ten results at once: all are on the list
    assert {result["page"] for result in found} == expected
    assert area_pages(found[:1], 3), found[0]


@pytest.mark.parametrize("query", ["bredband", "e-hälsa", "kommunerna", "digital kompetens"])
def test_every_result_shows_an_excerpt_and_no_page_or_title_twice(page, query: str) -> None:  # type: ignore[no-untyped-def]
    found = results(page, query)
    assert found, f"{query!r} found nothing"
    pages = [result["page"] for result in found]
    assert len(pages) == len(set(pages)), f"{query!r}: a page listed twice: {pages}"
    for result in found:
        assert len(result["titles"]) == len(set(result["titles"])), f"{query!r}: a title shown twice: {result}"
        assert result["excerpt"], f"{query!r}: {result['page']} shows no excerpt, only {result['titles']}"


def test_the_query_stemmer_is_lunr_languages_swedish_stemmer(  # type: ignore[no-untyped-def]
        page, index_docs: list[dict], kalmar_site: Path) -> None:
    vocabulary = sorted({word for doc in index_docs for word in words(doc["title"] + " " + doc["text"])
                         if re.fullmatch(r"[a-zåäöéü]+", word)})
    assert len(vocabulary) > 2000
    page.add_script_tag(content=LUNR_STUB)
    for name in LUNR_FILES:
        page.add_script_tag(content=(kalmar_site / "assets" / "javascripts" / "lunr" / "min" / name).read_text("utf-8"))
    differing = page.evaluate("""words => words
      .map(word => [word, window.agendaSearchStem(word), window.lunr.sv.stemmer(word)])
      .filter(([, ours, theirs]) => ours !== theirs)""", vocabulary)
    assert differing == []
    assert page.evaluate("['bredbandet', 'vården', 'hälsa'].map(window.agendaSearchStem)") == ["bredb", "vård", "häls"]


def test_the_index_has_each_page_once_with_its_text(index_docs: list[dict]) -> None:
    # Material indexed the h1 as a section of its own beside the page, titled the same and holding the
    # page's text (generator/search_index.py merges them).
    pages = {doc["location"]: doc for doc in index_docs if "#" not in doc["location"]}
    assert len(pages) > 100
    assert [location for location, doc in pages.items() if not doc["text"]] == []
    twice = [doc["location"] for doc in index_docs if "#" in doc["location"]
             and " ".join(doc["title"].split()) == " ".join(pages[doc["location"].split("#")[0]]["title"].split())]
    assert twice == []
