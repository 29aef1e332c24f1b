"""Every text field filled with Markdown and HTML characters and a script: every page kind, the
whole-agenda page and the PDF cover show them as typed, and nothing in them takes effect."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import run_agenda
from tests.hostile import MARKDOWN, PLAIN, SCRIPT, text, write_hostile_agenda
from tests.site.html import BuiltPage, pages

# For each plain field, pages that must show it exactly as typed.
WHERE = {
    "Agendans titel": ["/", "/hela-agendan/", "/om-agendan/"], "Undertitel": ["/", "/hela-agendan/", "/om-agendan/"],
    "Ägaren": ["/", "/hela-agendan/", "/data/", "/tillganglighet/"], "Utgivaren": ["/om-agendan/"],
    "Versionen": ["/", "/hela-agendan/", "/om-agendan/"],
    "Avsnittets titel": ["/om-agendan/inledning/", "/hela-agendan/"], "Bilagans titel": ["/om-agendan/bilaga/"],
    "Områdets titel": ["/omraden/1/", "/omraden/", "/", "/oversikt/nationella-mal/", "/hela-agendan/"],
    "Målets titel": ["/mal/1.1/", "/mal/", "/insatser/1.1.1/"],
    "Insatsens titel": ["/insatser/1.1.1/", "/insatser/", "/oversikt/tidplan/", "/oversikt/globala-malen/",
                        "/aktorer/aktor/", "/beslut/", "/remiss/sammanstallning/"],
    "Ansvaret": ["/insatser/1.1.1/", "/insatser/", "/mal/1.1/", "/aktorer/aktor/", "/hela-agendan/"],
    "Tidplanen": ["/insatser/1.1.1/", "/oversikt/tidplan/"], "Resursbehovet": ["/insatser/1.1.1/", "/hela-agendan/"],
    "Aktörens namn": ["/aktorer/aktor/", "/aktorer/", "/insatser/1.1.1/"], "Aktörens alias": ["/aktorer/aktor/"],
    "Diarienumret": ["/remiss/", "/beslut/", "/hela-agendan/"], "Avsändaren": ["/remiss/"],
    "Instansen": ["/remiss/", "/remiss/sammanstallning/"], "Instansens notering": ["/remiss/"],
    "Kontakten": ["/remiss/", "/tillganglighet/"], "Beslutande organ": ["/beslut/"], "Ärendet": ["/beslut/"],
    "Paragrafen": ["/beslut/"], "Organisationen": ["/remiss/sammanstallning/", "/insatser/1.1.1/"],
    "Motiveringen": ["/remiss/sammanstallning/"], "Svarstexten": ["/remiss/sammanstallning/", "/insatser/1.1.1/"],
    "Citatet": ["/omraden/1/", "/nationella-mal/digital-kompetens/"], "Skälet": ["/omraden/1/"],
    "Ändringen": ["/beslut/"],
    "Den tidigare versionen": ["/andringar/", "/insatser/1.1.1/"],
    "Sammanfattningens rad": ["/om-agendan/inledning/", "/hela-agendan/"],
    "Undertecknaren": ["/om-agendan/inledning/", "/hela-agendan/"], "Rollen": ["/om-agendan/inledning/"],
    "Avslutningens titel": ["/om-agendan/avslutning/", "/hela-agendan/", "/om-agendan/"],
}
MARKDOWN_WHERE = {"Avsnittets text": "/om-agendan/inledning/", "Bilagans text": "/om-agendan/bilaga/",
                  "Bakgrunden": "/omraden/1/", "Målets text": "/mal/1.1/", "Insatsens text": "/insatser/1.1.1/",
                  "Anmärkningen": "/insatser/1.1.1/", "Svarsanvisningen": "/remiss/", "Beslutets text": "/beslut/",
                  "Avslutningens text": "/om-agendan/avslutning/", "Den tidigare lydelsen": "/andringar/"}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    agenda_dir = write_hostile_agenda(folder / "fientlig")
    result = run_agenda("build", str(agenda_dir), "--site-dir", str(folder / "site"), "--pdf")
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def site_pages(hostile_site: Path) -> dict[str, BuiltPage]:
    return pages(hostile_site)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_fixture_fills_every_field_the_test_names() -> None:
    # The short title is the site's name: every page's header shows it (checked below).
    assert set(PLAIN) - {"Kort titel"} <= set(WHERE) and set(MARKDOWN) == set(MARKDOWN_WHERE)


@pytest.mark.parametrize("label", sorted(WHERE))
def test_plain_texts_show_exactly_as_typed(site_pages: dict[str, BuiltPage], label: str) -> None:
    missing = [url for url in WHERE[label] if text(label) not in flat(site_pages[url].main_text())]
    assert missing == [], f"{label!r} is not shown as typed on {missing}"


@pytest.mark.parametrize("label", sorted(MARKDOWN_WHERE))
def test_markdown_texts_keep_their_markdown_and_show_html_as_text(site_pages: dict[str, BuiltPage],
                                                                  label: str) -> None:
    article = site_pages[MARKDOWN_WHERE[label]].soup.find("article")
    shown = flat(article.get_text(" "))
    assert f"{label} 2019_2020 [remiss] utkast {SCRIPT} & #1 \\ slut" in shown  # *utkast* is emphasis here
    assert f"punkt {SCRIPT}" in shown
    headings = [flat(h.get_text(" ")).removesuffix(" ¶") for h in article.find_all(re.compile("^h[2-6]$"))]
    assert f"Underrubrik {label} <b>fet</b>" in headings
    assert "Sista stycket & <!-- kommentar -->" in shown


def test_nothing_in_the_texts_takes_effect_on_any_page(site_pages: dict[str, BuiltPage]) -> None:
    for url, page in site_pages.items():
        article = page.soup.find("article")
        if article is None:
            continue
        assert article.find("script") is None and article.find("b") is None, url
        shown = article.get_text(" ")
        assert not [mark for mark in ("\\_", "\\[", "\\*", "&amp;", "&lt;") if mark in shown], url
        assert text("Kort titel") in flat(page.soup.select_one(".md-header__topic").get_text(" ")), url
        assert page.soup.title is not None and "&lt;" not in page.soup.title.get_text(), url


def test_titles_in_the_theme_show_as_typed(site_pages: dict[str, BuiltPage]) -> None:
    """The theme prints page titles, the site's name and descriptions into the head and the header."""
    page = site_pages["/insatser/1.1.1/"].soup
    assert page.title.get_text() == f"Insats 1.1.1 {text('Insatsens titel')} - {text('Kort titel')}"
    assert page.select_one('meta[name="description"]')["content"] == text("Insatsens titel")
    topics = [flat(topic.get_text(" ")) for topic in page.select(".md-header__topic")]
    assert topics == [text("Kort titel"), f"Insats 1.1.1 {text('Insatsens titel')}"]
    tabs = [flat(tab.get_text(" ")) for tab in site_pages["/"].soup.select(".md-tabs__link")]
    assert tabs[:2] == ["Start", "Områden"]


def test_the_pdf_cover_shows_the_texts_as_typed(hostile_site: Path) -> None:
    reader = PdfReader(io.BytesIO((hostile_site / "data" / "agenda.pdf").read_bytes()))
    cover = flat(reader.pages[0].extract_text())
    for label in ("Agendans titel", "Undertitel", "Versionen", "Ägaren", "Diarienumret"):
        assert flat(text(label)) in cover, label
