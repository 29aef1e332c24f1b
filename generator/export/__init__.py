"""Downloads made from the model: JSON with its schema, CSV tables, DCAT metadata and the PDF.

Each format is one `Exporter` subclass. The files are written into docs/data/ with the
pages (MkDocs copies them into the site); the PDF needs the built site and is printed
into it afterwards. A new format is one subclass added to `EXPORTERS`.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Agenda
from ..model.graph import LinkIndex
from ..render.fragments import FragmentCache
from .base import Download, ExportSource, Exporter, Publication
from .csv_export import InitiativesCsv, LinksCsv
from .dcat import Dcat
from .json_export import AgendaJson, AgendaSchema
from .pdf import AgendaPdf, pdf_unavailable

# In the order they are made and listed: the catalogue comes last, as it gives the others' sizes.
EXPORTERS: tuple[Exporter, ...] = (AgendaJson(), AgendaSchema(), InitiativesCsv(), LinksCsv(), AgendaPdf(), Dcat())

__all__ = ["Download", "EXPORTERS", "Publication", "export_after_build", "export_files", "pdf_unavailable"]


def _exporters(publication: Publication) -> list[Exporter]:
    return [exporter for exporter in EXPORTERS if publication.pdf or not exporter.after_site]


def export_files(agenda: Agenda, publication: Publication, fragments: FragmentCache | None = None,
                 links: LinkIndex | None = None) -> list[Download]:
    """Every download of this build; those made after the site is built come without content.

    `fragments` (kept by `agenda serve`) makes each area's part of a file again only after that area changed.
    """
    source = ExportSource(agenda, publication, _exporters(publication), fragments=fragments, link_index=links)
    downloads = []
    for exporter in source.exporters:
        content = None if exporter.after_site else exporter.render(source)
        if content is not None:
            source.files[exporter.filename] = content
        downloads.append(Download(exporter, content))
    return downloads


def export_after_build(agenda: Agenda, publication: Publication, site_dir: Path) -> list[Download]:
    """Make the downloads that need the built site (the PDF) and write them into it."""
    source = ExportSource(agenda, publication, _exporters(publication), site_dir=site_dir)
    made = []
    for exporter in source.exporters:
        if exporter.after_site:
            download = Download(exporter, exporter.render(source))
            target = site_dir / exporter.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(download.content or b"")
            made.append(download)
    return made
