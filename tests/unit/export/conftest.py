"""The Kalmar agenda and its downloads, made once: the exports read only the model, so no site is built here."""

from __future__ import annotations

import pytest

from generator.model import Agenda
from generator.source import read_agenda
from tests.minimal import REPO, exported

SITE_URL = "https://agenda.example.se/kalmar/"


@pytest.fixture(scope="session")
def kalmar() -> Agenda:
    return read_agenda(REPO / "source" / "kalmar-2019")


def files_of(agenda: Agenda, **changes: object) -> dict[str, bytes]:
    return {name: content for name, content in exported(agenda, **changes).items() if content is not None}


@pytest.fixture(scope="session")
def downloads(kalmar: Agenda) -> dict[str, bytes]:
    """File name -> content, as `agenda build` writes them with no site_url configured (Kalmar's case)."""
    return files_of(kalmar)


@pytest.fixture(scope="session")
def published(kalmar: Agenda) -> dict[str, bytes]:
    """The same with a site address configured and the PDF announced."""
    return files_of(kalmar, site_url=SITE_URL, pdf=True)
