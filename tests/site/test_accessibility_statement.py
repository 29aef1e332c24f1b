"""The accessibility statement (tillgänglighetsredogörelse): linked from every page, in the
structure DIGG prescribes."""

from __future__ import annotations

from pathlib import Path

from generator.source import read_agenda
from tests.minimal import make_agenda, published
from tests.site.html import pages

SECTIONS = ["Vad redogörelsen gäller", "Hur tillgänglig är webbplatsen?",
            "Vad kan du göra om du inte kan använda delar av webbplatsen?",
            "Rapportera brister i webbplatsens tillgänglighet", "Tillsyn",
            "Teknisk information om webbplatsens tillgänglighet", "Innehåll som inte är tillgängligt",
            "Hur vi testat webbplatsen"]


def test_every_page_links_the_statement_from_its_footer(kalmar_site: Path) -> None:
    missing = []
    for url, page in pages(kalmar_site).items():
        footer = page.soup.find("footer")
        hrefs = {a["href"] for a in (footer.find_all("a", href=True) if footer else [])
                 if "Tillgänglighetsredogörelse" in a.get_text()}
        if not {target for href, target in page.internal_links() if href in hrefs} & {"/tillganglighet/"}:
            missing.append(url)
    assert missing == []


def test_statement_has_digg_sections_owner_enforcement_and_date(kalmar_site: Path) -> None:
    page = pages(kalmar_site)["/tillganglighet/"]
    headings = [h.get_text(" ", strip=True).removesuffix("¶").strip() for h in page.soup.select("article h2, article h3")]
    assert headings == SECTIONS
    text = " ".join(page.main_text().split())
    assert "Region Kalmar län" in text and "Regionförbundet i Kalmar län" in text
    assert page.soup.select_one('article a[href="https://www.digg.se/tdosanmalan"]') is not None
    # Automated tests and one review by hand support no more than this (DIGG: helt, delvis, inte förenlig).
    assert "delvis förenlig" in text and "helt förenlig" not in text
    assert "Senaste bedömningen gjordes den" in text and "Redogörelsen uppdaterades senast den" in text
    for checked in ("axe-core", "Nu Html Checker", "Lighthouse", "360 pixlar", "200 procent", "400 procent",
                    "tabb", "andra webbplatser", "Vi har inte testat med skärmläsare"):
        assert checked in text, checked


def test_statement_says_how_to_reach_the_owner(kalmar_site: Path) -> None:
    article = pages(kalmar_site)["/tillganglighet/"].soup.find("article")
    assert article is not None
    assert len(article.select('a[href="mailto:info@rfkl.se"]')) == 1
    assert "kan du kontakta Region Kalmar län:" in " ".join(article.get_text(" ", strip=True).split())


def test_without_a_way_to_reach_anyone_the_statement_says_so_and_lists_it(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))  # the minimal agenda gives no contact
    statement = " ".join(str(published(agenda)["tillganglighet.md"]).split())
    assert ("kan du kontakta Testregionen. Agendans källor anger ingen e-postadress, inget telefonnummer och "
            "ingen postadress, så webbplatsen kan inte visa något sätt att nå Testregionen.") in statement
    assert "**Kontaktväg saknas.**" in statement and "mailto:" not in statement
