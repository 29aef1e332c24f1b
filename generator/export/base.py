"""The one base every download format extends: metadata as class attributes, one `render` method.

An exporter reads only the model (the agenda and its effective links) and the site
configuration, and returns the exact bytes to publish. The DCAT catalogue and the Öppna
data page read the class attributes, so a new format (the compiled consultation responses,
say) is one small subclass added to `EXPORTERS` in `__init__.py`.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel

from .. import memo, urls
from ..config import SiteConfig
from ..downloads import Column, Download
from ..model import Agenda, Area, Item
from ..model.graph import LinkIndex, ResolvedLink

T = TypeVar("T")

LANGUAGE = "sv"  # pages, data and PDF are all Swedish


@dataclass(frozen=True)
class FileFormat:
    name: str          # as people say it: "CSV"
    media_type: str    # IANA media type
    file_type: str     # the EU file-type vocabulary's code, which DCAT-AP-SE asks for as dct:format

    @property
    def media_type_uri(self) -> str:
        return f"https://www.iana.org/assignments/media-types/{self.media_type}"

    @property
    def file_type_uri(self) -> str:
        return f"http://publications.europa.eu/resource/authority/file-type/{self.file_type}"


JSON = FileFormat("JSON", "application/json", "JSON")
CSV = FileFormat("CSV", "text/csv", "CSV")
JSON_LD = FileFormat("JSON-LD", "application/ld+json", "JSON_LD")
PDF = FileFormat("PDF", "application/pdf", "PDF")
ZIP = FileFormat("ZIP", "application/zip", "ZIP")


@dataclass
class ExportContext:
    """What an exporter may read: the agenda, its links, the site configuration, and the files made before it."""

    agenda: Agenda
    site: SiteConfig
    links: LinkIndex
    exporters: list[Exporter]                               # every format made in this build, in order
    files: dict[str, bytes] = field(default_factory=dict)    # file name -> content, made so far
    built_site: Path | None = None                           # the built site, for exporters that need it

    def per_area(self, kind: str, area: Area, make: Callable[[], T]) -> T:
        """`make()`, the part of a file made from one area; kept by `agenda serve` until the area (or what every
        area's part may show: agenda.yml, the reference data, the site's address) changes."""
        agenda = self.agenda
        return memo.kept(kind, area.id, (area, agenda.meta, agenda.strategy, agenda.sdgs, self.site.site_url), make)

    def page_url(self, page: str) -> str:
        return urls.page_url(page, self.site.site_url)

    def item_url(self, item: Item) -> str:
        return self.page_url(urls.item_path(item))

    def download_url(self, exporter: Exporter) -> str:
        """Absolute when the site's address is known; else the bare file name, which resolves
        against the file that names it, since every download lives in the same folder."""
        site_url = self.site.site_url
        return urls.absolute(exporter.path, site_url) if site_url else exporter.filename

    def resolved_links(self, area: Area) -> Iterator[ResolvedLink]:
        """The effective links, own and inherited, of the area and every goal and initiative in it, in document
        order: national goals, then SDGs. (Links are inherited within an area only.)"""
        for item in area.items():
            yield from self.links.national_of(item)
            yield from self.links.sdgs_of(item)


class Exporter(ABC):
    filename: ClassVar[str]          # under /data/
    title: ClassVar[str]             # Swedish, for the Öppna data page and the DCAT distribution
    description: ClassVar[str]
    format: ClassVar[FileFormat]
    columns: ClassVar[tuple[Column, ...]] = ()  # a table's columns, described on the Öppna data page
    after_site: ClassVar[bool] = False  # made from the built site (the PDF), not into docs/ before it
    # Made with the others, and again once the PDFs exist (the catalogues give their sizes, the zip holds them).
    remade_after_site: ClassVar[bool] = False
    in_catalog: ClassVar[bool] = True   # a distribution in dcat.jsonld (the catalogue itself is not)
    conforms_to: ClassVar[type[Exporter] | None] = None  # the exporter of the file's schema, if it has one

    @classmethod
    def applies(cls, agenda: Agenda) -> bool:
        """Whether this agenda has this download (the compilation's only with a remiss)."""
        return True

    @property
    def path(self) -> str:
        """Where the file lives in docs/ and, so, in the site."""
        return urls.download_path(self.filename)

    def listing(self, content: bytes | None) -> Download:
        """The file as the Öppna data page lists it."""
        return Download(self.filename, self.path, self.title, self.description, self.format.name,
                        None if content is None else len(content), self.columns)

    @abstractmethod
    def render(self, context: ExportContext) -> bytes:
        """The file's content, from the model only."""


def json_bytes(data: Any) -> bytes:
    """JSON as published: Swedish text stays readable (no \\u escapes), and a stable layout keeps an
    unchanged agenda's files byte-identical, so the writer leaves them alone."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def model_json_bytes(model: BaseModel) -> bytes:
    """`json_bytes(model.model_dump(mode="json", by_alias=True))`, byte for byte, made by pydantic's
    compiled serialiser: several times faster for a large agenda (`agenda serve` makes it on every save)."""
    return (model.model_dump_json(indent=2, by_alias=True) + "\n").encode("utf-8")
