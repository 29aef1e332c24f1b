"""The timeline on the built Kalmar site: a chart per area that is a real table, with bars only in the years
the tidplan gives, and the data behind it holding only years the tidplans state."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from generator.model import Agenda, Initiative
from generator.source import read_agenda
from tests.conftest import KALMAR

YEARS = [2018, 2019, 2020, 2021]  # the period 2019–2020 and the years the tidplans name


@pytest.fixture(scope="module")
def agenda() -> Agenda:
    return read_agenda(KALMAR)


@pytest.fixture(scope="module")
def page(kalmar_site: Path) -> BeautifulSoup:
    return BeautifulSoup((kalmar_site / "oversikt" / "tidplan" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")


def rows(page: BeautifulSoup) -> dict[str, Tag]:
    """Each chart row by the initiative its row header links to."""
    found: dict[str, Tag] = {}
    for header in page.select("table.agenda-gantt__table tbody th[scope=row]"):
        initiative_id = re.fullmatch(r"\.\./\.\./insatser/([\d.]+)/", str(header.a["href"])).group(1)  # type: ignore[index, union-attr]
        assert initiative_id not in found, f"{initiative_id} appears twice"
        found[initiative_id] = header.parent  # type: ignore[assignment]
    return found


def year_cells(row: Tag) -> dict[int, str]:
    return {year: cell.get_text(strip=True) for year, cell in zip(YEARS, row.find_all("td")[:-1], strict=True)}


def expected_bar_years(initiative: Initiative) -> set[int]:
    """The years a bar covers, worked out here from the data: from start to end, to the last column when
    no end is given, only the end when no start is given, none without years."""
    start, end = initiative.start_year, initiative.end_year
    if start is None:
        return {end} if end else set()
    return set(range(start, (end or YEARS[-1]) + 1))


def test_every_initiative_has_one_row_in_its_areas_chart(page: BeautifulSoup, agenda: Agenda) -> None:
    charts = page.select("table.agenda-gantt__table")
    assert len(charts) == len(agenda.areas) == 6
    for chart, area in zip(charts, agenda.areas, strict=True):
        assert chart.caption.get_text(" ", strip=True) == f"Område {area.id} {area.title}"  # type: ignore[union-attr]
        ids = [header.a.get_text(" ", strip=True).split(" ")[0] for header in chart.select("tbody th[scope=row]")]  # type: ignore[union-attr]
        assert ids == [initiative.id for goal in area.goals for initiative in goal.initiatives]
    assert list(rows(page)) == [initiative.id for initiative in agenda.initiatives]


def test_columns_are_headed_by_the_years(page: BeautifulSoup) -> None:
    for chart in page.select("table.agenda-gantt__table"):
        headers = [th.get_text(strip=True) for th in chart.select("thead th[scope=col]")]
        assert headers == ["Insats", *map(str, YEARS), "Tidplan i agendan"]


def test_bars_only_in_the_years_of_the_tidplan(page: BeautifulSoup, agenda: Agenda) -> None:
    chart_rows = rows(page)
    for initiative in agenda.initiatives:
        cells = year_cells(chart_rows[initiative.id])
        barred = {year for year, text in cells.items() if text != "ingen uppgift"}
        assert barred == expected_bar_years(initiative), initiative.id
        tds = chart_rows[initiative.id].find_all("td")[:-1]
        drawn = {year for year, td in zip(YEARS, tds) if "agenda-gantt__cell--none" not in td["class"]}
        assert drawn == barred, initiative.id


def test_an_end_without_a_start_is_not_given_one(page: BeautifulSoup) -> None:
    cells = year_cells(rows(page)["2.2.1"])
    assert cells == {2018: "ingen uppgift", 2019: "ingen uppgift", 2020: "ingen uppgift",
                     2021: "slutår; tidplanen anger inget startår"}


def test_an_open_end_runs_on_and_says_so(page: BeautifulSoup) -> None:
    assert year_cells(rows(page)["1.2.1"]) == {2018: "startår", 2019: "pågår", 2020: "pågår",
                                                2021: "pågår; tidplanen anger inget slutår"}
    assert year_cells(rows(page)["1.4.1"])[2019] == "startår och slutår"
    assert set(year_cells(rows(page)["5.1.2"]).values()) == {"ingen uppgift"}  # "Årligen": no years


def test_the_tidplan_stands_verbatim(page: BeautifulSoup, agenda: Agenda) -> None:
    chart_rows = rows(page)
    for initiative in agenda.initiatives:
        assert chart_rows[initiative.id].find_all("td")[-1].get_text() == initiative.tidplan


def test_the_jump_list_leads_to_each_chart(page: BeautifulSoup, agenda: Agenda) -> None:
    targets = [str(link["href"]) for link in page.select("nav.agenda-jumps a")]
    assert targets == [f"#omrade-{area.id}" for area in agenda.areas]
    for target in targets:
        chart = page.find(id=target[1:])
        assert chart is not None and chart.find("table", class_="agenda-gantt__table") is not None
        assert chart["role"] == "region" and chart["tabindex"] == "0"  # a scrolling box reachable by keyboard


def test_years_are_only_those_the_tidplan_states(agenda: Agenda) -> None:
    for initiative in agenda.initiatives:
        for year in (initiative.start_year, initiative.end_year):
            assert year is None or str(year) in initiative.tidplan, (initiative.id, initiative.tidplan)
        if initiative.tidplan.startswith("T.o.m."):
            assert initiative.start_year is None, initiative.id
