"""What the whole-agenda and Öppna data pages need beyond the model: the downloads and the site's address."""

from __future__ import annotations

from typing import Any

from ..export import Download, Publication
from ..model import Agenda
from ..model.licences import find_licence
from ..model.links import PROVENANCE_LABELS
from . import paths


def publication_globals(agenda: Agenda, publication: Publication, downloads: list[Download]) -> dict[str, Any]:
    """Names the templates see besides the model (the `filesize` filter is registered with the templates)."""
    return {"publication": publication, "downloads": downloads, "provenance_labels": PROVENANCE_LABELS,
            "licence": find_licence(agenda.meta.licence), "print_url": lambda page: print_url(page, publication)}


def print_url(page: str, publication: Publication) -> str:
    """A page's address as printed after a link on paper: absolute when the site's address is configured,
    else from the site's root."""
    return paths.page_url(page, publication.site_url) if publication.site_url else "/" + paths.page_url(page)


def filesize(size: int) -> str:
    """A byte count as Swedish readers write it: "850 byte", "12,3 kB", "1,2 MB"."""
    if size < 1000:
        return f"{size} byte"
    value, unit = (size / 1e3, "kB") if size < 1e6 else (size / 1e6, "MB")
    return f"{value:.1f}".replace(".", ",") + f"\u00a0{unit}"
