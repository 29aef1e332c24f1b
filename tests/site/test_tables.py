"""The built Kalmar site's tables and names, read with an HTML parser: every overview table has a caption, column
headers and row headers (WCAG 1.3.1); the list of all initiatives is one table whose rows carry what its
filters need; a global goal is "Globalt mål 9" wherever an agenda goal is "Mål 1.1"; counts say what they count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from generator.model.graph import LinkIndex
from generator.source import read_agenda
from tests.conftest import KALMAR
from tests.site.html import BuiltPage, pages

TABLE_PAGES = ["/insatser/", "/oversikt/nationella-mal/", "/oversikt/globala-malen/", "/nationella-mal/"]


@pytest.fixture(scope="module")
def site_pages(kalmar_site: Path) -> dict[str, BuiltPage]:
    return pages(kalmar_site)


@pytest.fixture(scope="module")
def links() -> LinkIndex:
    return LinkIndex(read_agenda(KALMAR))


def text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


def heading(tag: Tag) -> str:
    """A heading's text without its permalink (¶)."""
    return text(tag).removesuffix(" ¶")


def tables(page: BuiltPage) -> list[Tag]:
    article = page.soup.find("article")
    assert isinstance(article, Tag)
    return article.find_all("table")


def initiative_rows(table: Tag) -> list[Tag]:
    return [row for body in table.find_all("tbody") for row in body.find_all("tr")
            if row.find("th", scope="row")]


def header_problems(table: Tag) -> list[str]:
    """What a screen reader would miss: a caption, scoped column headers, a row header opening every row."""
    problems = []
    caption = table.find("caption")
    if not caption or not text(caption):
        problems.append("no caption")
    box = table.parent
    if not (box and box.get("role") == "region" and box.get("tabindex") == "0" and caption
            and box.get("aria-labelledby") == caption.get("id")):
        problems.append("not in a focusable region named by its caption")
    problems += [f"column header without scope: {text(th)}" for th in table.thead.find_all("th")
                 if th.get("scope") != "col"]
    for row in table.select("tbody tr"):
        first = row.find(["th", "td"])
        if first.name != "th" or first.get("scope") not in ("row", "rowgroup"):
            problems.append(f"row without a row header: {text(row)[:60]}")
    return problems


@pytest.mark.parametrize("path", TABLE_PAGES)
def test_every_overview_table_has_a_caption_and_row_and_column_headers(site_pages: dict[str, BuiltPage],
                                                                       path: str) -> None:
    found = tables(site_pages[path])
    assert found, f"{path}: no table"
    assert {path: [problem for table in found for problem in header_problems(table)]} == {path: []}


def test_a_table_without_row_headers_is_found() -> None:
    """The check itself, on the table /insatser/ used to have: no caption, no row header."""
    html = ("<div><table><thead><tr><th>Insats</th><th>Ansvar</th></tr></thead>"
            "<tbody><tr><td><a href='#'>1.1.1 Höja</a></td><td>Regionbiblioteket</td></tr></tbody></table></div>")
    table = BeautifulSoup(html, "html.parser").table
    assert header_problems(table) == ["no caption", "not in a focusable region named by its caption",
                                      "column header without scope: Insats", "column header without scope: Ansvar",
                                      "row without a row header: 1.1.1 Höja Regionbiblioteket"]


def test_the_sdg_matrix_names_each_global_goal_in_its_column_header(site_pages: dict[str, BuiltPage]) -> None:
    matrix = tables(site_pages["/oversikt/globala-malen/"])[0]
    headers = [text(th) for th in matrix.thead.find_all("th")]
    assert headers == ["Insats", "Globalt mål 3 Hälsa och välbefinnande", "Globalt mål 4 God utbildning för alla",
                       "Globalt mål 9 Hållbar industri, innovationer och infrastruktur",
                       "Globalt mål 16 Fredliga och inkluderande samhällen"]
    assert not matrix.find(title=True), "a name only in a tooltip"
    assert len(initiative_rows(matrix)) == 33


def test_the_national_matrix_has_an_area_per_row_and_a_goal_per_column(site_pages: dict[str, BuiltPage]) -> None:
    matrix = tables(site_pages["/oversikt/nationella-mal/"])[0]
    assert text(matrix.caption) == "Områden mot nationella mål"
    assert [text(th) for th in matrix.thead.find_all("th")] == [
        "Område", "Digital kompetens", "Digital trygghet", "Digital innovation", "Digital ledning",
        "Digital infrastruktur"]
    assert [text(row.th) for row in initiative_rows(matrix)][:2] == ["1 Kompetens", "2 Näringsliv"]


def test_the_list_of_initiatives_is_one_table_with_a_row_per_initiative(site_pages: dict[str, BuiltPage],
                                                                       links: LinkIndex) -> None:
    agenda = read_agenda(KALMAR)
    page = site_pages["/insatser/"]
    [table] = tables(page)
    assert text(table.caption) == "Insatser efter område"
    assert [text(th) for th in table.thead.find_all("th")] == [
        "Insats", "Mål", "Ansvar", "Tidplan", "Nationella mål", "Globala mål"]
    groups = table.find_all("tbody")
    assert [text(body.find("th", scope="rowgroup")) for body in groups] == [
        f"Område {area.id} {area.title}" for area in agenda.areas]
    assert [body["id"] for body in groups] == [f"omrade-{area.id}" for area in agenda.areas]
    rows = initiative_rows(table)
    assert [text(row.th) for row in rows] == [f"{i.id} {i.title}" for i in agenda.initiatives]
    # Every row has as many cells as the header row: the columns line up.
    assert {len(row.find_all(["th", "td"])) for row in rows} == {6}
    for row, initiative in zip(rows, agenda.initiatives, strict=True):
        assert row["data-aktor"].split() == initiative.actors
        assert row["data-globalt-mal"].split() == [str(r.target) for r in links.sdgs_of(initiative)]
        assert row["data-nationellt-mal"].split() == [str(r.target) for r in links.national_of(initiative)]
    by_id = dict(zip([i.id for i in agenda.initiatives], rows, strict=True))
    # The years as the timeline marks them: only what the tidplan gives, an open end to the last year shown.
    assert by_id["1.1.2"]["data-ar"] == "2018"                  # "Definition och kartläggning 2018"
    assert by_id["2.2.1"]["data-ar"] == "2021"                  # "T.o.m. april 2021": no start given
    assert by_id["5.1.2"]["data-ar"] == ""                      # "Årligen": no year given
    assert by_id["1.2.1"]["data-ar"] == "2018 2019 2020 2021"   # "2018 och framåt"
    assert text(by_id["2.2.1"].find_all("td")[2]) == "T.o.m. april 2021"


def test_the_filters_offer_every_value_the_rows_have_with_its_count(site_pages: dict[str, BuiltPage]) -> None:
    page = site_pages["/insatser/"]
    form = page.soup.find("form", class_="agenda-filter")
    assert form.has_attr("hidden"), "without JavaScript the filters do nothing, so they are not shown"
    rows = initiative_rows(tables(page)[0])
    labels = {text(label): label["for"] for label in form.find_all("label")}
    assert list(labels) == ["Område", "Ansvarig aktör", "År enligt tidplanen", "Nationellt mål", "Globalt mål"]
    for select in form.find_all("select"):
        assert select["id"] in labels.values()
        key = select["name"]
        options = select.find_all("option")
        assert text(options[0]) == "Alla" and options[0]["value"] == ""
        values = {token for row in rows for token in row.get(f"data-{key}", "").split()}
        assert {option["value"] for option in options[1:]} == values, key
        for option in options[1:]:
            count = sum(option["value"] in row[f"data-{key}"].split() for row in rows)
            assert text(option).endswith(f"({count})"), (key, text(option))
    years = [option["value"] for option in form.find("select", attrs={"name": "ar"}).find_all("option")[1:]]
    assert years == ["2018", "2019", "2020", "2021"]
    assert text(form.find("select", attrs={"name": "globalt-mal"}).find("option", value="9")).startswith(
        "Globalt mål 9: Hållbar industri")
    status = form.find(role="status")
    assert status["data-count-text"] == "{shown} av {total} insatser visas"
    fallback = page.soup.find(attrs={"data-filter-fallback": True})
    assert [a["href"] for a in fallback.find_all("a")][:6] == [f"#omrade-{n}" for n in range(1, 7)]


def test_a_global_goal_is_named_globalt_mal_and_an_agenda_goal_mal(site_pages: dict[str, BuiltPage]) -> None:
    sdg_9 = site_pages["/globala-malen/9/"].soup
    assert heading(sdg_9.find("h1")) == "Globalt mål 9: Hållbar industri, innovationer och infrastruktur"
    assert text(sdg_9.find(attrs={"aria-current": "page"})) == "Globalt mål 9"
    initiative = site_pages["/insatser/4.1.1/"].main_text()
    assert "Globalt mål 9: Hållbar industri, innovationer och infrastruktur" in initiative
    assert not re.search(r"(?<!Globalt )Mål (9|16)\b", initiative)
    assert heading(site_pages["/nationella-mal/digital-kompetens/"].soup.find("h1")) == "Nationellt mål Digital kompetens"
    overview = re.sub(r" ([,.])", r"\1", site_pages["/globala-malen/"].main_text())  # "3 , 4": links' edges
    assert "tydligast koppling till globala mål 3, 4, 9, 11, 12 och 16." in overview


def test_sdg_tiles_show_the_agendas_own_link_and_count_in_words(site_pages: dict[str, BuiltPage],
                                                                links: LinkIndex) -> None:
    tiles = {tile["href"].strip("./").split("/")[-1]: text(tile.find(class_="agenda-sdg-tile__count"))
             for tile in site_pages["/globala-malen/"].soup.select("a.agenda-sdg-tile")}
    assert tiles["11"] == tiles["12"] == "Agendan som helhet"  # among its clearest, no part linked on its own
    assert tiles["9"] == f"Agendan som helhet och {len(links.to_sdg(9))} delar"
    assert tiles["1"] == "Ingen koppling"
    assert "inga kopplingar" not in tiles.values()


def test_the_national_goals_table_says_what_it_counts(site_pages: dict[str, BuiltPage], links: LinkIndex) -> None:
    [table] = tables(site_pages["/nationella-mal/"])
    assert [text(th) for th in table.thead.find_all("th")] == ["Nationellt mål", "Målformulering", "Kopplas till"]
    rows = {text(row.th): text(row.find_all("td")[-1]) for row in initiative_rows(table)}
    kinds = [type(r.item).__name__ for r in links.to_national_goal("digital-infrastruktur")]
    assert [kinds.count("Area"), kinds.count("Goal"), kinds.count("Initiative")] == [2, 6, 11]
    assert rows["Digital infrastruktur"] == "2 områden, 6 mål och 11 insatser"
    assert "Kopplade delar" not in site_pages["/nationella-mal/"].main_text()


@pytest.mark.parametrize("path", ["/om-agendan/", "/remiss/", "/hela-agendan/"])
def test_definition_lists_pair_each_term_with_its_value(site_pages: dict[str, BuiltPage], path: str) -> None:
    lists = site_pages[path].soup.find("article").find_all("dl")
    assert lists
    for found in lists:
        children = [child.name for child in found.find_all(recursive=False)]
        assert not found.find("dl"), f"{path}: a definition list inside another"
        assert children and children[0] == "dt" and children[-1] == "dd", (path, children)
        assert "dt dt" not in " ".join(children), (path, children)  # every term has its value
