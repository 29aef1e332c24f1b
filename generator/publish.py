"""One agenda published: its downloads, its pages and its assets, written into the docs folder.

This is the one place that calls both the exporters and the renderer. The exporters make the
downloads from the model; the renderer gets a listing of them (names, sizes) as data, so the
Öppna data page can show them without knowing how they are made.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .config import SiteConfig
from .downloads import Download
from .export import export_after_build, export_files
from .model import Agenda
from .model.graph import LinkIndex
from .render import assets, render_pages
from .writer import WriteResult, write_files


@dataclass
class Publication:
    files: dict[str, str | bytes]   # path in the docs folder -> content: pages as text, the rest as bytes
    pages: list[str]                # the pages among them
    downloads: list[Download]


def publish(agenda: Agenda, site: SiteConfig) -> Publication:
    """Everything the docs folder receives for this agenda (the PDF is made later, from the built site)."""
    links = LinkIndex(agenda)
    made = export_files(agenda, site, links)
    downloads = [exporter.listing(content) for exporter, content in made]
    pages = render_pages(agenda, site, links, downloads)
    files: dict[str, str | bytes] = {**pages, **assets(agenda)}
    files.update({exporter.path: content for exporter, content in made if content is not None})
    return Publication(files, sorted(pages), downloads)


def generate(agenda: Agenda, site: SiteConfig, docs_dir: Path) -> tuple[Publication, WriteResult]:
    """Publish into `docs_dir`, writing only the files whose content changed."""
    publication = publish(agenda, site)
    return publication, write_files(docs_dir, publication.files)


def publish_after_build(agenda: Agenda, site: SiteConfig, built_site: Path) -> list[Download]:
    """The downloads made from the built site (the PDF), written into it."""
    made = []
    for exporter, content in export_after_build(agenda, site, LinkIndex(agenda), built_site):
        target = built_site / exporter.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        made.append(exporter.listing(content))
    return made
