"""datapackage.json: the CSV tables described for programs, as a Frictionless Data Package 2.0.

Each table is a tabular resource with its dialect (the Excel-friendly `;`, CRLF and byte
order mark of csv_export.py), its Table Schema (a field per `Column`, with its type,
Swedish description and codes) and the primary and foreign keys that tie the tables
together, so `frictionless validate datapackage.json` checks every file and every
reference between them. agenda.json is a JSON resource naming its JSON Schema.

Every path is the bare file name: the package lives in /data/ beside the files it
describes, so it can be downloaded with them and still be read.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..downloads import Column
from ..model.licences import find_licence
from .base import JSON, ExportContext, Exporter, json_bytes
from .csv_export import DELIMITER, LINE_TERMINATOR, CsvExporter

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
# The tables are UTF-8 with a byte order mark. The standard asks for an IANA name, which "utf-8-sig" (Python's
# own) is not; UTF-8 allows the mark, and frictionless sees it and skips it.
ENCODING = "utf-8"
DIALECT = {"header": True, "delimiter": DELIMITER, "lineTerminator": LINE_TERMINATOR, "quoteChar": '"',
           "doubleQuote": True}
BOOLEAN = {"trueValues": ["ja"], "falseValues": ["nej"]}  # as the Swedish tables write them


class DataPackage(Exporter):
    filename = "datapackage.json"
    title = "Tabellernas beskrivning (Frictionless Data Package)"
    description = ("Beskriver CSV-filerna för program enligt Frictionless Data Package 2.0: kolumnernas typer, "
                   "innehåll och koder, nycklarna mellan tabellerna, teckenkodning och avgränsare.")
    format = JSON

    def render(self, context: ExportContext) -> bytes:
        meta = context.agenda.meta
        package: dict[str, Any] = {
            "$schema": PROFILE,
            "name": meta.id,
            "title": meta.title,
            "description": f"{meta.title} ({meta.owner}) som öppna data: tabeller i CSV och hela agendan i JSON.",
            "licenses": [_licence(meta.licence)],
            "contributors": [{"title": meta.owner, "roles": ["publisher"]}],
        }
        if context.site.site_url:
            package["homepage"] = context.site.site_url
        package["resources"] = [_resource(exporter, context.files[exporter.filename])
                                for exporter in _described(context)]
        return json_bytes(package)


def _described(context: ExportContext) -> list[Exporter]:
    """The files made before this one that it describes: the tables, and a JSON file with its JSON Schema.
    (The schema itself, the PDFs and the DCAT catalogue are not data.)"""
    return [exporter for exporter in context.exporters if exporter.filename in context.files and (
        isinstance(exporter, CsvExporter) or (exporter.format == JSON and exporter.conforms_to is not None))]


def _licence(licence_id: str) -> dict[str, str]:
    licence = find_licence(licence_id)
    described = {"path": licence.uri, "title": licence.name}
    # `name` must be an Open Definition (SPDX) id; a licence given by its address has none.
    return {"name": licence.id, **described} if licence.id != licence.uri else described


def _resource(exporter: Exporter, content: bytes) -> dict[str, Any]:
    """The file's name, title, size and checksum (so a reader can tell it is the file described), and, for a
    table, how to read it; for JSON, the schema it follows."""
    resource: dict[str, Any] = {
        "name": _name(exporter),
        "path": exporter.filename,
        "title": exporter.title,
        "description": exporter.description,
        "format": exporter.format.name.lower(),
        "mediatype": exporter.format.media_type,
        "encoding": ENCODING,
        "bytes": len(content),
        "hash": f"sha256:{hashlib.sha256(content).hexdigest()}",
    }
    if isinstance(exporter, CsvExporter):
        return {**resource, "type": "table", "dialect": DIALECT, "schema": table_schema(exporter)}
    assert exporter.conforms_to is not None
    # `jsonSchema` is frictionless' name for a JSON resource's schema; the standard has none for JSON.
    return {**resource, "type": "json", "jsonSchema": exporter.conforms_to.filename}


def _name(exporter: Exporter) -> str:
    """The file's name without its extension; a table's is the name its foreign keys refer to."""
    return exporter.resource_name() if isinstance(exporter, CsvExporter) else exporter.filename.split(".")[0]


def table_schema(table: CsvExporter) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(column, column.header in table.primary_key) for column in table.columns],
        "missingValues": [""],  # an empty cell is a missing value: no start year, no item (the whole agenda)
    }
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [key.column], "reference": {"resource": key.table.resource_name(), "fields": [key.reference]}}
            for key in table.foreign_keys]
    return schema


def _field(column: Column, in_primary_key: bool) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.header, "type": column.type, "description": column.description}
    if column.type == "boolean":
        field.update(BOOLEAN)
    constraints: dict[str, Any] = {}
    if column.required or in_primary_key:
        constraints["required"] = True
    if column.codes:
        constraints["enum"] = list(column.codes)
    if constraints:
        field["constraints"] = constraints
    return field
