"""The real Kalmar site, built into a temporary folder and read with an HTML parser."""

from __future__ import annotations

import hashlib
from collections import deque
from pathlib import Path

import pytest

from generator.source import read_agenda
from tests.conftest import KALMAR, run_agenda
from tests.minimal import AREA, make_agenda
from tests.site.html import BuiltPage, broken_links, pages


@pytest.fixture(scope="module")
def site_pages(kalmar_site: Path) -> dict[str, BuiltPage]:
    return pages(kalmar_site)


def urls_under(site_pages: dict[str, BuiltPage], prefix: str) -> list[str]:
    return [url for url in site_pages if url.startswith(prefix) and url != prefix]


def test_every_item_has_its_page_at_its_id_url(site_pages: dict[str, BuiltPage]) -> None:
    agenda = read_agenda(KALMAR)
    assert len(urls_under(site_pages, "/insatser/")) == 33
    assert len(urls_under(site_pages, "/mal/")) == 19
    assert len(urls_under(site_pages, "/omraden/")) == 6
    assert len(urls_under(site_pages, "/nationella-mal/")) == 5
    assert len(urls_under(site_pages, "/globala-malen/")) == 17
    for initiative in agenda.initiatives:
        assert f"/insatser/{initiative.id}/" in site_pages
    assert "/globala-malen/9/" in site_pages
    assert "/nationella-mal/digital-kompetens/" in site_pages


def test_initiative_pages_show_title_ansvar_and_tidplan(site_pages: dict[str, BuiltPage]) -> None:
    for initiative in read_agenda(KALMAR).initiatives:
        page = site_pages[f"/insatser/{initiative.id}/"]
        heading = page.soup.find("h1")
        assert heading is not None and initiative.title in heading.get_text(" ", strip=True)
        facts = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
                 for dt in page.soup.select(".agenda-facts dt")}
        assert facts["Ansvar"].startswith(initiative.ansvar)
        assert facts["Tidplan"] == initiative.tidplan
        assert facts["Resursbehov"] == initiative.resursbehov


def test_breadcrumbs_and_previous_next(site_pages: dict[str, BuiltPage]) -> None:
    page = site_pages["/insatser/1.1.2/"]
    crumbs = [a["href"] for a in page.soup.select("nav.agenda-breadcrumbs a")]
    assert crumbs == ["../../", "../../omraden/1/", "../../mal/1.1/"]
    pager = [a["href"] for a in page.soup.select("nav.agenda-pager a")]
    assert pager == ["../1.1.1/", "../1.1.3/"]


def test_every_page_is_swedish_with_one_h1(site_pages: dict[str, BuiltPage]) -> None:
    for url, page in site_pages.items():
        assert page.soup.html is not None and page.soup.html.get("lang") == "sv", url
        assert len(page.soup.find_all("h1")) == 1, url


def test_every_internal_link_and_anchor_resolves(kalmar_site: Path) -> None:
    assert broken_links(kalmar_site) == []


def test_every_initiative_is_within_three_clicks_of_the_start_page(kalmar_site: Path,
                                                                   site_pages: dict[str, BuiltPage]) -> None:
    depth = {"/": 0}
    queue = deque(["/"])
    while queue:
        url = queue.popleft()
        if depth[url] == 3 or url not in site_pages:
            continue
        for _, target in site_pages[url].internal_links():
            path = target.partition("#")[0]
            if path not in depth:
                depth[path] = depth[url] + 1
                queue.append(path)
    unreachable = [url for url in urls_under(site_pages, "/insatser/") if url not in depth]
    assert unreachable == []


def test_sdg_and_national_goal_pages_list_linked_items(site_pages: dict[str, BuiltPage]) -> None:
    sdg_9 = site_pages["/globala-malen/9/"].main_text()
    assert "Område 4 Infrastruktur" in sdg_9 and "anges i agendans text" in sdg_9
    assert "Insats 4.2.1" in sdg_9
    sdg_1 = site_pages["/globala-malen/1/"].main_text()
    assert "Ingen del av agendan kopplas till det här målet" in sdg_1
    infrastructure = site_pages["/nationella-mal/digital-infrastruktur/"].main_text()
    assert "Område 4 Infrastruktur" in infrastructure


def test_discrepancies_are_shown_on_their_items(site_pages: dict[str, BuiltPage]) -> None:
    page = site_pages["/insatser/6.1.1/"]
    notes = page.soup.select("details.agenda-note.warning")
    assert any("Inrätta en styrgrupp" in note.get_text() for note in notes)
    # Collapsed to their kind and first words, after the content: the text and the fact sheet come first.
    assert all(note.get("open") is None and note.find("summary").get_text().startswith("Avvikelse i källtexten: ")
               for note in notes)
    article = str(page.soup.find("article"))
    assert article.index("agenda-facts") < article.index("agenda-note")


def test_6_1_1_shows_the_remiss_wording_and_the_forslag_in_its_history(site_pages: dict[str, BuiltPage]) -> None:
    page = site_pages["/insatser/6.1.1/"]
    versions = page.soup.find(id="versioner")
    assert versions is not None and versions.name == "h2"
    history = page.soup.select_one(".agenda-versions")
    text_before_history = page.main_text().split("Versioner")[0]
    assert "Styrgruppen utses av Region Kalmar län och arbetar på uppdrag av densamma." in text_before_history
    assert "regionförbundets styrelse/regionala utvecklingsnämnden" not in text_before_history
    [change] = history.select("details.agenda-version")
    assert change.find("summary").get_text() == "Remissversion (7 juni 2018): text ändrad"
    assert [tag.get_text(" ", strip=True) for tag in change.select("del")][-1] == (
        "borttaget: regionförbundets styrelse/regionala utvecklingsnämnden (slut på borttaget)")
    assert "Styrgruppen utses av regionförbundets styrelse/regionala utvecklingsnämnden" in change.find(
        "blockquote").get_text()
    decision = change.find("a", href="../../beslut/#rf-styrelsen-2018-06-07")
    assert decision is not None
    changes = site_pages["/andringar/"].main_text()
    assert "Insats 6.1.1 Styrgrupp för länets regionala digitala agenda" in changes
    assert "Organisationsbenämningar kommer ändras efter att dokumentet varit ute på remiss" in changes


def test_the_summary_page_holds_the_summary_list(site_pages: dict[str, BuiltPage]) -> None:
    page = site_pages["/om-agendan/sammanfattning/"]
    areas = [heading.get_text(" ", strip=True).rstrip("¶ ") for heading in page.soup.find("article").find_all("h2")]
    assert areas == ["1. KOMPETENS", "2. NÄRINGSLIV", "3. ehälsa", "4. INFRASTRUKTUR", "5. KOMMUNAL E-UTVECKLING",
                     "6. GEMENSAMT"]
    links = {anchor.get_text(" ", strip=True): anchor["href"] for anchor in page.soup.select(".agenda-summary a")}
    assert links["Insats 6.1.1) Inrätta en styrgrupp för länets regionala digitala agenda."] == "../../insatser/6.1.1/"
    assert links["Mål 2.1) Kalmar län stärker sin position inom digitala affärer."] == "../../mal/2.1/"
    assert len(links) == 19 + 33


def test_no_template_slips_on_the_remiss_and_decision_pages(site_pages: dict[str, BuiltPage]) -> None:
    remiss = site_pages["/remiss/"].main_text()
    assert "Campus Västervik (Västerviks kommun?)" in remiss and "((" not in remiss
    assert "Märk svaret" not in remiss and "`" not in remiss
    decisions = site_pages["/beslut/"].main_text()
    assert "6.1.1 6.1.1" not in decisions
    signatures = site_pages["/om-agendan/forord/"].soup.select(".agenda-signatures p")
    assert [p.get_text("|") for p in signatures] == ["Ulf Nilsson|Ordförande Regionförbundet i Kalmar län",
                                                     "Anders Henriksson|Ordförande Landstinget i Kalmar län"]


def test_no_page_loads_anything_from_another_host(site_pages: dict[str, BuiltPage], kalmar_site: Path) -> None:
    for url, page in site_pages.items():
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for element in page.soup.find_all(tag, attrs={attribute: True}):
                value = str(element[attribute])
                if tag == "link" and set(element.get("rel", [])) & {"canonical", "alternate"}:
                    continue  # names the page's address; the browser fetches nothing
                assert not value.startswith(("http:", "https:", "//")), f"{url}: <{tag} {attribute}={value}>"
    for stylesheet in kalmar_site.rglob("*.css"):
        text = stylesheet.read_text(encoding="utf-8", errors="replace")
        assert "fonts.googleapis" not in text and "@import url(http" not in text, stylesheet


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_broken_agenda_fails_and_leaves_the_site_untouched(tmp_path: Path, kalmar_site: Path) -> None:
    before = tree_digest(kalmar_site)
    broken = make_agenda(tmp_path, {"areas/1.yml": AREA.replace("ansvar: Regionen", "ansvaar: Regionen")})
    result = run_agenda("build", str(broken), "--site-dir", str(kalmar_site))
    assert result.returncode == 1
    assert "missing required field 'ansvar'" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree_digest(kalmar_site) == before
