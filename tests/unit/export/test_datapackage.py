"""datapackage.json: every agenda's tables and the references between them pass `frictionless validate`, and a
broken file or reference does not."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import socket
from collections.abc import Callable
from pathlib import Path

import frictionless
import pytest

from generator.export import EXPORTERS
from generator.export.csv_export import CsvExporter
from generator.model import Agenda
from generator.source import read_agenda
from tests.minimal import REPO, exported, make_agenda, published

AGENDAS = ["kalmar-2019", "ostergotland-2018", "ostergotland-2014"]
TABLES = [exporter for exporter in EXPORTERS if isinstance(exporter, CsvExporter)]
# The id columns, each named as the table it identifies a row of: wherever one is, it is that table's key.
IDENTIFIERS = {"Område": "omraden", "Mål": "mal", "Insats": "insatser", "Del": "delar"}


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The standard's profiles come with frictionless: validating must not fetch anything."""
    def refuse(*args: object) -> None:
        raise AssertionError("frictionless tried to reach the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)


def written(files: dict[str, bytes | None], folder: Path) -> Path:
    """The downloads in a folder, as in the site's /data/; the package's path."""
    for name, content in files.items():
        if content is not None:
            (folder / name).write_bytes(content)
    return folder / "datapackage.json"


def tampered(files: dict[str, bytes | None], name: str, edit: Callable[[str], str]) -> dict[str, bytes | None]:
    """`files` with one table edited, and its size and checksum in datapackage.json made to match, so that only
    the edit itself can be wrong."""
    content = edit((files[name] or b"").decode("utf-8-sig")).encode("utf-8-sig")
    package = json.loads(files["datapackage.json"] or b"")
    resource = next(resource for resource in package["resources"] if resource["path"] == name)
    resource.update(bytes=len(content), hash=f"sha256:{hashlib.sha256(content).hexdigest()}")
    return {**files, name: content, "datapackage.json": json.dumps(package, ensure_ascii=False).encode()}


def errors(report: frictionless.Report) -> list[list[object]]:
    """Each error as [table, row, column, type, note]; the package's own errors (its descriptor) first."""
    fields = ["rowNumber", "fieldName", "type", "note"]
    return [[None, None, None, error.type, error.note] for error in report.errors] + [
        [task.name, *error] for task in report.tasks for error in task.flatten(fields)]


def validated(package: Path) -> frictionless.Report:
    report = frictionless.validate(package)
    assert report.valid, errors(report)
    return report


@pytest.fixture(scope="module", params=AGENDAS)
def agenda(request: pytest.FixtureRequest) -> Agenda:
    return read_agenda(REPO / "source" / request.param)


@pytest.fixture(scope="module")
def kalmar_files(kalmar: Agenda) -> dict[str, bytes | None]:
    return exported(kalmar)


def test_frictionless_validates_every_agendas_package(agenda: Agenda, tmp_path: Path) -> None:
    files = exported(agenda)
    report = validated(written(files, tmp_path))
    described = {task.place for task in report.tasks}
    assert described == {table.filename for table in TABLES if table.applies(agenda)} | {"agenda.json"}
    assert ("remissvar.csv" in described) == (agenda.consultation is not None)


def test_responses_with_positions_dates_and_flags_are_valid(tmp_path: Path) -> None:
    """Kalmar's remiss has no compiled responses yet: the minimal agenda's show the table's types and keys."""
    responses = """\
responses:
  - id: brev-1
    organisation: Kommunen
    date: 2018-10-01
    channel: letter
    disposition: partly-accepted
    reason: Delvis.
    positions:
      - {item: "1.1.1", position: supports-with-changes, wording: "- Ny lydelse."}
      - {position: no-objection}
  - id: kommentar-1
    item: "1.1"
    organisation: Föreningen
    date: 2018-09-01
    text: Bra.
"""
    files = exported(read_agenda(make_agenda(tmp_path / "källa", {"responses/svar.yml": responses})))
    validated(written(files, tmp_path))
    rows = list(csv.DictReader(io.StringIO((files["remissvar.csv"] or b"").decode("utf-8-sig"), newline=""),
                               delimiter=";"))
    assert [(row["Id"], row["Del"], row["Ställningstagandekod"], row["Sent"], row["Verifierad"]) for row in rows] == [
        ("brev-1", "1.1.1", "supports-with-changes", "ja", ""), ("brev-1", "", "no-objection", "ja", ""),
        ("kommentar-1", "1.1", "", "nej", "nej")]
    assert rows[0]["Ändringsförslag"] == "'- Ny lydelse." and rows[0]["Bedömningskod"] == "partly-accepted"


def test_the_package_is_valid_with_the_sites_address_too(kalmar: Agenda, tmp_path: Path) -> None:
    files = exported(kalmar, site_url="https://agenda.example.se/kalmar/")
    validated(written(files, tmp_path))
    package = json.loads(files["datapackage.json"] or b"")
    assert package["homepage"] == "https://agenda.example.se/kalmar/"
    assert {resource["path"] for resource in package["resources"]} <= set(files)  # bare names, beside the package


@pytest.mark.parametrize("name, column, row, table, key", [
    ("kopplingar.csv", "Del", 10, "delar", "Del"),  # a link names an area, goal or initiative the agenda lacks
    ("kopplingar.csv", "Angiven på", 40, "delar", "Del"),
    ("insatser-aktorer.csv", "Insats", 2, "insatser", "Insats"),
    ("mal.csv", "Område", 3, "omraden", "Område"),
])
def test_a_reference_to_an_unknown_row_is_caught(kalmar_files: dict[str, bytes | None], tmp_path: Path,
                                                 name: str, column: str, row: int, table: str, key: str) -> None:
    def unknown(text: str) -> str:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        rows[row - 1][rows[0].index(column)] = "9.9"
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
        return buffer.getvalue()

    report = frictionless.validate(written(tampered(kalmar_files, name, unknown), tmp_path))
    note = f'for "{column}": values "9.9" not found in the lookup table "{table}" as "{key}"'
    assert errors(report) == [[name.removesuffix(".csv"), row, None, "foreign-key", note]]


def test_a_code_outside_the_list_and_a_duplicate_key_are_caught(
        kalmar_files: dict[str, bytes | None], tmp_path: Path) -> None:
    files = tampered(kalmar_files, "delar.csv", lambda text: text.replace(";område;area;", ";område;omrade;", 1))
    files = tampered(files, "omraden.csv", lambda text: text + text.split("\r\n", 2)[1] + "\r\n")
    report = frictionless.validate(written(files, tmp_path))
    found = {(name, error_type) for name, _, _, error_type, _ in errors(report)}
    assert found == {("delar", "constraint-error"), ("omraden", "primary-key")}


def test_a_file_that_is_not_the_one_described_is_caught(
        kalmar_files: dict[str, bytes | None], tmp_path: Path) -> None:
    package = written(kalmar_files, tmp_path)
    with (tmp_path / "mal.csv").open("ab") as table:  # a row added after the package was made
        table.write("9.9;Ett mål till;;1;mal/9.9/\r\n".encode())
    report = frictionless.validate(package)
    assert {error_type for _, _, _, error_type, _ in errors(report)} == {"hash-count", "byte-count"}


def test_every_column_has_a_type_and_a_description(kalmar_files: dict[str, bytes | None]) -> None:
    package = json.loads(kalmar_files["datapackage.json"] or b"")
    resources = {resource["name"]: resource for resource in package["resources"]}
    for table in TABLES:
        schema = resources[table.resource_name()]["schema"]
        assert [field["name"] for field in schema["fields"]] == [column.header for column in table.columns]
        for field in schema["fields"]:
            assert field["description"].endswith(".") and len(field["description"]) > 10, field
            assert field["type"] in {"string", "integer", "year", "date", "boolean"}, field
        assert resources[table.resource_name()]["dialect"]["delimiter"] == ";"
    assert resources["agenda"]["jsonSchema"] == "agenda.schema.json" and "agenda.schema.json" in kalmar_files


def test_a_column_name_means_one_thing_in_every_table() -> None:
    """The same header has the same type everywhere, and an id column named after a table refers to it (the
    agenda's goals are `Mål`; national goals and SDGs have columns of their own)."""
    types: dict[str, set[str]] = {}
    for table in TABLES:
        keys = {key.column: key.table.resource_name() for key in table.foreign_keys if key.referenced == ""}
        for column in table.columns:
            types.setdefault(column.header, set()).add(column.type)
            if column.header in IDENTIFIERS:
                own = table.resource_name() == IDENTIFIERS[column.header]
                assert own or keys.get(column.header) == IDENTIFIERS[column.header], (table.filename, column.header)
    assert all(len(found) == 1 for found in types.values()), types
    assert {"Nationellt mål", "Globalt mål"} <= set(types)


def test_every_code_column_stands_beside_its_swedish_label() -> None:
    for table in TABLES:
        headers = [column.header for column in table.columns]
        for index, column in enumerate(table.columns):
            if column.codes:
                label = headers[index - 1]  # "Ursprung" beside "Ursprungskod"
                assert column.header in (f"{label}kod", f"{label}skod"), (table.filename, column.header)


def test_the_open_data_page_describes_every_table_and_the_package(kalmar: Agenda) -> None:
    page = published(kalmar)["data/index.md"]
    assert isinstance(page, str)
    for table in TABLES:
        # The page escapes Markdown's marks (national\_goal); the text is the same.
        section = page.split(f"### {table.filename}\n", 1)[1].split("\n### ", 1)[0].replace("\\", "")
        for column in table.columns:
            assert f"| {column.header} | {column.description} |" in section, (table.filename, column.header)
    assert "datapackage.json" in page and "frictionless validate" in page
