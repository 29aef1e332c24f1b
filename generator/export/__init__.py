"""Downloads made from the model: JSON with its schema, CSV tables, DCAT metadata and the PDF.

Each format is one `Exporter` subclass. The files are written into the docs folder with the
pages (MkDocs copies them into the site); the PDF needs the built site and is printed into
it afterwards. A new format is one subclass added to `EXPORTERS`.
"""

from __future__ import annotations

from pathlib import Path

from ..config import SiteConfig
from ..model import Agenda
from ..model.graph import LinkIndex
from .base import ExportContext, Exporter
from .bundle import AllFiles
from .csv_export import AreasCsv, GoalsCsv, InitiativeActorsCsv, InitiativesCsv, ItemsCsv, LinksCsv, ResponsesCsv
from .datapackage import DataPackage
from .dcat import Dcat, DcatRdf
from .json_export import AgendaJson, AgendaSchema
from .pdf import AgendaPdf, CompilationPdf, pdf_unavailable

# In the order they are made and listed: the catalogue comes last, as it gives the others' sizes.
# The data package follows the tables and agenda.json, as it gives their sizes and checksums; the zip
# follows the PDFs, as it holds them.
EXPORTERS: tuple[Exporter, ...] = (AgendaJson(), AgendaSchema(),
                                   AreasCsv(), GoalsCsv(), InitiativesCsv(), InitiativeActorsCsv(), ItemsCsv(),
                                   LinksCsv(), ResponsesCsv(), DataPackage(),
                                   AgendaPdf(), CompilationPdf(), AllFiles(), DcatRdf(), Dcat())

__all__ = ["EXPORTERS", "Exporter", "export_after_build", "export_files", "pdf_unavailable"]


def _exporters(agenda: Agenda, site: SiteConfig) -> list[Exporter]:
    return [exporter for exporter in EXPORTERS if (site.pdf or not exporter.after_site) and exporter.applies(agenda)]


def export_files(agenda: Agenda, site: SiteConfig, links: LinkIndex) -> list[tuple[Exporter, bytes | None]]:
    """Every download of this build with its content; those made after the site is built come without."""
    context = ExportContext(agenda, site, links, _exporters(agenda, site))
    made: list[tuple[Exporter, bytes | None]] = []
    for exporter in context.exporters:
        content = None if exporter.after_site else exporter.render(context)
        if content is not None:
            context.files[exporter.filename] = content
        made.append((exporter, content))
    return made


def export_after_build(agenda: Agenda, site: SiteConfig, links: LinkIndex,
                       built_site: Path) -> list[tuple[Exporter, bytes]]:
    """The downloads that are made from the built site (the PDFs), then, in order, those made again now that
    the PDFs exist: the zip, which holds them, and the catalogues, which give every file's size (the other
    files are read from the built site)."""
    context = ExportContext(agenda, site, links, _exporters(agenda, site), built_site=built_site)
    made = [(exporter, exporter.render(context)) for exporter in context.exporters if exporter.after_site]
    context.files = {exporter.filename: (built_site / exporter.path).read_bytes()
                     for exporter in context.exporters if not exporter.after_site}
    context.files.update({exporter.filename: content for exporter, content in made})
    for exporter in context.exporters:
        if exporter.remade_after_site:
            content = context.files[exporter.filename] = exporter.render(context)
            made.append((exporter, content))
    return made
