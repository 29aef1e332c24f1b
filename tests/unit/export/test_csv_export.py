"""insatser.csv and kopplingar.csv: read back with Python's csv module as the Öppna data page documents them."""

from __future__ import annotations

import csv
import io

from generator.model import Agenda
from generator.model.graph import LinkIndex

from .conftest import SITE_URL


def read_table(content: bytes) -> list[dict[str, str]]:
    """As the Öppna data page says: UTF-8 with BOM, semicolons, RFC 4180 quoting."""
    assert content.startswith(b"\xef\xbb\xbf"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_initiatives_csv_has_a_row_per_initiative_with_its_facts(kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    rows = read_table(downloads["insatser.csv"])
    assert len(rows) == 33
    for row, initiative in zip(rows, kalmar.initiatives, strict=True):
        area, goal = kalmar.parents(initiative)
        assert (row["Id"], row["Insats"], row["Område"], row["Mål"]) == (
            initiative.id, initiative.title, area.id, goal.id)
        assert (row["Ansvar"], row["Tidplan"], row["Resursbehov"]) == (
            initiative.ansvar, initiative.tidplan, initiative.resursbehov)
        assert row["Sida"] == f"insatser/{initiative.id}/"


def test_initiatives_csv_lists_effective_links(kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    row = next(row for row in read_table(downloads["insatser.csv"]) if row["Id"] == "4.2.1")
    assert "9" in row["Globala mål"].split(", ")  # inherited from area 4
    index = LinkIndex(kalmar)
    initiative = next(i for i in kalmar.initiatives if i.id == "1.1.1")
    names = [kalmar.national_goal(str(r.target)).name for r in index.national_of(initiative)]
    assert read_table(downloads["insatser.csv"])[0]["Nationella mål"] == ", ".join(names) != ""


def test_every_line_has_the_same_number_of_fields(downloads: dict[str, bytes]) -> None:
    for name in ("insatser.csv", "kopplingar.csv"):
        lines = list(csv.reader(io.StringIO(downloads[name].decode("utf-8-sig"), newline=""), delimiter=";"))
        assert len({len(line) for line in lines}) == 1, name


def test_links_csv_marks_provenance_and_where_inherited_links_are_declared(
        kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    rows = read_table(downloads["kopplingar.csv"])
    index = LinkIndex(kalmar)
    assert len(rows) == sum(len(index.national_of(item)) + len(index.sdgs_of(item)) for item in kalmar.items())
    assert {row["Måltyp"] for row in rows} == {"nationellt mål", "globalt mål"}
    assert {row["Ursprung"] for row in rows} <= {"anges i agendans text", "tillagd av redaktionen"}
    inherited = next(row for row in rows if row["Del"] == "4.2.1" and row["Måltyp"] == "globalt mål"
                     and row["Mål"] == "9")
    assert inherited["Angiven på"] == "4" and inherited["Typ av del"] == "insats"
    own = next(row for row in rows if row["Del"] == "4" and row["Mål"] == "9")
    assert own["Angiven på"] == "" and own["Citat eller motivering"]


def test_page_urls_are_absolute_when_the_site_address_is_configured(published: dict[str, bytes]) -> None:
    assert read_table(published["insatser.csv"])[0]["Sida"] == f"{SITE_URL}insatser/1.1.1/"
