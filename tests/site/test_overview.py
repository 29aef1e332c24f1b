"""The overview picture on the built Kalmar site: an SVG of areas, national goals and global goals whose boxes
are links and whose lines are the connections the matrices show, followed by the same connections as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from generator.model import Agenda
from generator.source import read_agenda
from tests.conftest import KALMAR


@pytest.fixture(scope="module")
def agenda() -> Agenda:
    return read_agenda(KALMAR)


def read(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def overview(kalmar_site: Path) -> BeautifulSoup:
    return read(kalmar_site, "oversikt")


def target(href: str) -> str:
    """A link's page as "nationella-mal/digital-kompetens", "globala-malen/4", "omraden/1", "insatser/1.1.1"."""
    return re.sub(r"^(\.\./)*", "", href).strip("/")


def matrix(site: Path, page: str) -> set[tuple[str, str]]:
    """The (row, column) pages of every linked cell of a matrix page, as its table shows them."""
    table = read(site, page).select_one("article table")
    assert table is not None
    columns = [target(str(link["href"])) for link in table.select("thead th a[href]")]
    linked = set()
    for row in table.select("tbody tr"):
        item = target(str(row.th.a["href"]))  # type: ignore[index, union-attr]
        cells = row.find_all("td")
        assert len(cells) == len(columns)
        linked |= {(item, column) for column, cell in zip(columns, cells)
                   if cell.get_text(strip=True) not in ("", "–")}
    return linked


def alternative(overview: BeautifulSoup) -> dict[str, dict[str, Tag]]:
    """The text alternative: per area page, each goal page it lists with the list entry naming it."""
    listing = overview.select_one("ul.agenda-overview__list")
    assert listing is not None
    found: dict[str, dict[str, Tag]] = {}
    for entry in listing.find_all("li", recursive=False):
        area = target(str(entry.a["href"]))
        found[area] = {target(str(link["href"])): line for line in entry.ul.find_all("li")  # type: ignore[union-attr]
                       for link in line.find_all("a")}
    return found


def test_the_text_alternative_lists_every_connection_the_matrices_show(
        kalmar_site: Path, overview: BeautifulSoup, agenda: Agenda) -> None:
    listed = alternative(overview)
    assert list(listed) == [f"omraden/{area.id}" for area in agenda.areas]
    national = matrix(kalmar_site, "oversikt/nationella-mal")
    assert len(national) == 15
    assert {(area, goal) for area, goals in listed.items() for goal in goals
            if goal.startswith("nationella-mal/")} == national
    sdgs = matrix(kalmar_site, "oversikt/globala-malen")
    assert len(sdgs) == 30  # each of the 33 initiatives inherits its area's global goal, but area 6 has none
    area_of = {f"insatser/{initiative.id}": f"omraden/{area.id}"
               for area in agenda.areas for goal in area.goals for initiative in goal.initiatives}
    assert {(area, goal) for area, goals in listed.items() for goal in goals
            if goal.startswith("globala-malen/")} == {(area_of[item], goal) for item, goal in sdgs}


def test_the_picture_draws_each_connection_once(overview: BeautifulSoup) -> None:
    svg = overview.select_one(".agenda-overview svg")
    assert svg is not None
    listed = alternative(overview)
    connections = sum(len(goals) for goals in listed.values())
    assert connections == 20
    assert len(svg.select(".agenda-overview__edges path")) == connections
    # Dashed exactly where the text says the editors added the link.
    editorial = sum("tillagd av redaktionen" in line.get_text() and "anges i agendans text" not in line.get_text()
                    for goals in listed.values() for line in goals.values())
    assert len(svg.select(".agenda-overview__edges path.agenda-overview__edge--editorial")) == editorial == 4


def test_every_box_is_a_named_link_to_its_page(overview: BeautifulSoup, agenda: Agenda) -> None:
    svg = overview.select_one(".agenda-overview svg")
    assert svg is not None
    assert svg["role"] == "group" and svg.find(id=svg["aria-labelledby"]).name == "title"  # type: ignore[union-attr]
    boxes = {target(str(link["href"])): link.title.get_text() for link in svg.find_all("a")}  # type: ignore[union-attr]
    assert boxes == {
        **{f"nationella-mal/{goal.id}": goal.name for goal in agenda.strategy.goals},
        **{f"omraden/{area.id}": f"Område {area.id} {area.title}: {len(area.goals)} mål, "
           f"{sum(len(goal.initiatives) for goal in area.goals)} insatser" for area in agenda.areas},
        **{f"globala-malen/{n}": f"Globalt mål {n}: {agenda.sdg(n).name}" for n in (3, 4, 9, 16)}}
    assert svg.select_one(".agenda-overview__edges")["aria-hidden"] == "true"  # type: ignore[index]
