"""What the pages know of the downloads: a listing made by the export, read by the pages as plain data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """A table's column: its header and meaning for people, its type for programs (datapackage.json)."""

    header: str
    description: str  # shown on the Öppna data page and in datapackage.json
    type: str = "string"  # a Table Schema type: string, integer, year, date or boolean (written ja/nej)
    codes: tuple[str, ...] = ()  # the stable codes a coded column may hold, the same in every agenda
    required: bool = False  # never empty


@dataclass(frozen=True)
class Download:
    """One file under /data/ as the Öppna data page lists it."""

    filename: str
    path: str                        # in the docs folder and the site: data/agenda.json
    title: str
    description: str
    format: str                      # as people say it: "CSV"
    size: int | None                 # None: made from the built site (the PDF), after the pages
    columns: tuple[Column, ...] = ()  # a table's columns, described
