"""The accessibility statement (tillgänglighetsredogörelse): linked from every page, in the
structure DIGG prescribes."""

from __future__ import annotations

from pathlib import Path

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
    text = page.main_text()
    assert "Region Kalmar län" in text and "Regionförbundet i Kalmar län" in text
    assert page.soup.select_one('article a[href="https://www.digg.se/tdosanmalan"]') is not None
    assert "helt förenlig" in text
    assert "Senaste bedömningen gjordes den" in text and "Redogörelsen uppdaterades senast den" in text
    for checked in ("axe-core", "Nu Html Checker", "360 pixlar", "200 procent", "tabb", "andra webbplatser"):
        assert checked in text, checked
