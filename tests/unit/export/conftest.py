"""The Kalmar agenda and its downloads, made once: the exports read only the model, so no site is built here."""

from __future__ import annotations

import pytest

from generator.export import Publication, export_files
from generator.model import Agenda
from generator.source import read_agenda
from tests.minimal import REPO

SITE_URL = "https://agenda.example.se/kalmar/"


@pytest.fixture(scope="session")
def kalmar() -> Agenda:
    return read_agenda(REPO / "source" / "kalmar-2019")


def files_of(agenda: Agenda, publication: Publication) -> dict[str, bytes]:
    return {d.exporter.filename: d.content for d in export_files(agenda, publication) if d.content is not None}


@pytest.fixture(scope="session")
def downloads(kalmar: Agenda) -> dict[str, bytes]:
    """File name -> content, as `agenda build` writes them with no site_url configured (Kalmar's case)."""
    return files_of(kalmar, Publication())


@pytest.fixture(scope="session")
def published(kalmar: Agenda) -> dict[str, bytes]:
    """The same with a site address configured and the PDF announced."""
    return files_of(kalmar, Publication(site_url=SITE_URL, pdf=True))
