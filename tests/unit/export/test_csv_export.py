"""The CSV tables: read back with Python's csv module as the Öppna data page documents them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from generator.export.csv_export import LEVEL_LABELS, CsvExporter
from generator.export import EXPORTERS
from generator.model import Agenda
from generator.model.graph import LinkIndex
from generator.source import read_agenda
from tests.minimal import AREA, REPO, exported, make_agenda

from .conftest import SITE_URL

TABLES = [exporter for exporter in EXPORTERS if isinstance(exporter, CsvExporter)]


def read_table(content: bytes | None) -> list[dict[str, str]]:
    """As the Öppna data page says: UTF-8 with BOM, semicolons, RFC 4180 quoting."""
    assert content is not None and content.startswith(b"\xef\xbb\xbf"), "Excel needs the byte order mark for UTF-8"
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_initiatives_csv_has_a_row_per_initiative_with_its_facts(kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    rows = read_table(downloads["insatser.csv"])
    assert len(rows) == 33
    for row, initiative in zip(rows, kalmar.initiatives, strict=True):
        area, goal = kalmar.parents(initiative)
        assert (row["Insats"], row["Insatsens rubrik"], row["Område"], row["Mål"]) == (
            initiative.id, initiative.title, area.id, goal.id)
        assert (row["Ansvar"], row["Tidplan"], row["Resursbehov"], row["Insatsens text"]) == (
            initiative.ansvar, initiative.tidplan, initiative.resursbehov, initiative.text)
        assert (row["Startår"], row["Slutår"]) == (str(initiative.start_year or ""), str(initiative.end_year or ""))
        assert row["Sida"] == f"insatser/{initiative.id}/"
    assert any(row["Startår"] for row in rows) and any(row["Insatsens text"] for row in rows)


def test_initiatives_csv_lists_effective_links_by_the_ids_kopplingar_csv_uses(
        kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    rows = read_table(downloads["insatser.csv"])
    assert "9" in next(row for row in rows if row["Insats"] == "4.2.1")["Globala mål"].split(", ")  # from area 4
    initiative = kalmar.item("1.1.1")
    ids = [str(resolved.target) for resolved in LinkIndex(kalmar).national_of(initiative)]
    assert rows[0]["Nationella mål"] == ", ".join(ids) != ""
    linked = {row["Nationellt mål"] for row in read_table(downloads["kopplingar.csv"]) if row["Del"] == "1.1.1"}
    assert set(ids) == linked - {""}


def test_actors_are_a_table_of_their_own_one_per_row(kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    rows = read_table(downloads["insatser-aktorer.csv"])
    assert [(row["Insats"], row["Aktör"]) for row in rows] == [
        (initiative.id, actor) for initiative in kalmar.initiatives for actor in initiative.actors]
    assert all(row["Aktörens namn"] == kalmar.actor(row["Aktör"]).name for row in rows)


def test_areas_goals_and_the_list_of_every_part(kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    areas = read_table(downloads["omraden.csv"])
    assert [(row["Område"], row["Områdets rubrik"], row["Områdets bakgrund"]) for row in areas] == [
        (area.id, area.title, area.background) for area in kalmar.areas]
    goals = read_table(downloads["mal.csv"])
    assert [(row["Mål"], row["Målets rubrik"], row["Område"]) for row in goals] == [
        (goal.id, goal.title, kalmar.parents(goal)[0].id) for goal in kalmar.goals]
    parts = read_table(downloads["delar.csv"])
    assert [row["Del"] for row in parts] == [item.id for item in kalmar.items()]
    initiative = next(row for row in parts if row["Del"] == "4.2.1")
    assert (initiative["Nivå"], initiative["Nivåkod"], initiative["Område"], initiative["Mål"]) == (
        "insats", "initiative", "4", "4.2")
    area = next(row for row in parts if row["Del"] == "4")
    assert (area["Nivåkod"], area["Område"], area["Mål"]) == ("area", "", "")


def test_every_line_has_the_same_number_of_fields(downloads: dict[str, bytes]) -> None:
    for table in TABLES:
        lines = list(csv.reader(io.StringIO(downloads[table.filename].decode("utf-8-sig"), newline=""),
                                delimiter=";"))
        assert len({len(line) for line in lines}) == 1, table.filename
        assert lines[0] == [column.header for column in table.columns], table.filename


def test_links_csv_marks_provenance_and_where_inherited_links_are_declared(
        kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    rows = read_table(downloads["kopplingar.csv"])
    index = LinkIndex(kalmar)
    on_items = [row for row in rows if row["Del"]]
    assert len(on_items) == sum(len(index.national_of(item)) + len(index.sdgs_of(item)) for item in kalmar.items())
    assert {(row["Måltyp"], row["Måltypkod"]) for row in rows} == {
        ("nationellt mål", "national_goal"), ("globalt mål", "sdg")}
    assert {(row["Ursprung"], row["Ursprungskod"]) for row in rows} <= {
        ("anges i agendans text", "source"), ("tillagd av redaktionen", "editorial")}
    inherited = next(row for row in rows if row["Del"] == "4.2.1" and row["Globalt mål"] == "9")
    assert (inherited["Angiven på"], inherited["Nivå"], inherited["Nivåkod"], inherited["Nationellt mål"]) == (
        "4", "insats", "initiative", "")
    own = next(row for row in rows if row["Del"] == "4" and row["Globalt mål"] == "9")
    assert own["Angiven på"] == "" and own["Citat"] and own["Kopplade målets namn"] == kalmar.sdg(9).name


def test_links_csv_has_the_links_written_on_the_agenda_as_a_whole(
        kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    rows = [row for row in read_table(downloads["kopplingar.csv"]) if row["Nivåkod"] == "agenda"]
    assert [row["Globalt mål"] for row in rows] == [str(link.goal) for link in kalmar.meta.sdgs] != []
    assert all(row["Del"] == "" and row["Nivå"] == "agendan som helhet" and row["Citat"] for row in rows)


def test_codes_are_the_same_in_every_agenda_while_labels_are_the_agendas_own() -> None:
    agenda = read_agenda(REPO / "source" / "ostergotland-2018")
    assert agenda.meta.terms.area == "Fokusområde"
    files = exported(agenda)
    parts = read_table(files["delar.csv"])
    assert {(row["Nivå"], row["Nivåkod"]) for row in parts} == {("fokusområde", "area")}
    links = read_table(files["kopplingar.csv"])
    assert {row["Nivåkod"] for row in links} <= {"agenda", *LEVEL_LABELS}
    assert {(row["Nivå"], row["Nivåkod"]) for row in links if row["Del"]} == {("fokusområde", "area")}


def test_an_agenda_without_goals_or_initiatives_has_their_tables_with_headers_only() -> None:
    files = exported(read_agenda(REPO / "source" / "ostergotland-2014"))
    for name in ("mal.csv", "insatser.csv", "insatser-aktorer.csv"):
        assert read_table(files[name]) == [], name
        assert files[name] is not None and files[name].count(b"\r\n") == 1, name
    assert read_table(files["omraden.csv"]) and "remissvar.csv" not in files


def test_no_cell_starts_a_formula_in_a_spreadsheet(tmp_path: Path) -> None:
    area = (AREA.replace("title: En insats", 'title: "=HYPERLINK(\\"http://example.org\\")"')
            .replace("text: Text.", 'text: "- en punkt"'))
    files = exported(read_agenda(make_agenda(tmp_path, {"areas/1.yml": area})))
    row = read_table(files["insatser.csv"])[0]
    assert row["Insatsens rubrik"] == "'=HYPERLINK(\"http://example.org\")" and row["Insatsens text"] == "'- en punkt"
    assert read_table(files["delar.csv"])[2]["Rubrik"].startswith("'=")


def test_page_urls_are_absolute_when_the_site_address_is_configured(published: dict[str, bytes]) -> None:
    assert read_table(published["insatser.csv"])[0]["Sida"] == f"{SITE_URL}insatser/1.1.1/"
    assert read_table(published["omraden.csv"])[0]["Sida"] == f"{SITE_URL}omraden/1/"
