"""One agenda published: its downloads, its pages and its assets, written into the docs folder.

This is the one place that calls both the exporters and the renderer. The exporters make the
downloads from the model; the renderer gets a listing of them (names, sizes) as data, so the
Öppna data page can show them without knowing how they are made.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from . import urls
from .config import SiteConfig
from .downloads import Download
from .export import export_after_build, export_files
from .model import Agenda
from .model.graph import LinkIndex
from .render import assets, render_pages
from .render.text import filesize
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
    """The downloads made from the built site (the PDFs, and the zip and catalogues made again with them),
    written into it; the Öppna data page then shows their final sizes."""
    made = []
    for exporter, content in export_after_build(agenda, site, LinkIndex(agenda), built_site):
        target = built_site / exporter.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        made.append(exporter.listing(content))
    _show_sizes(built_site / urls.page_url(urls.DATA) / "index.html", made)
    return made


def _show_sizes(page: Path, downloads: list[Download]) -> None:
    """Each download's size in its cell of the built Öppna data page (`html.download_size`)."""
    if not page.is_file():
        return
    text = page.read_text(encoding="utf-8")
    for download in downloads:
        cell = re.compile(rf'(<span class="agenda-size" data-file="{re.escape(html.escape(download.filename))}">)'
                          r"[^<]*(</span>)")
        if download.size is not None:
            size = html.escape(filesize(download.size))
            text = cell.sub(lambda match: match[1] + size + match[2], text)
    page.write_text(text, encoding="utf-8")
