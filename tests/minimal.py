"""A minimal valid agenda, written file by file, so each test can break exactly one thing."""

from __future__ import annotations

import dataclasses
import os
import datetime
from pathlib import Path
from typing import Any

import pytest

from generator.config import DEFAULT_CONFIG, SiteConfig, load_site_config
from generator.errors import AgendaError
from generator.export import export_files
from generator.model import Agenda
from generator.model.graph import LinkIndex
from generator.publish import publish
from generator.source import read_agenda

REPO = Path(__file__).resolve().parent.parent
# The day tests build the site as of: fixed, so that nothing depends on when the tests run.
BUILD_DATE = datetime.date(2026, 11, 30)

AGENDA = """\
id: test-agenda
title: Testagenda
owner: Testregionen
status: consultation
version: Förslag 1
date: 2018-04-25
period: {start: 2019, end: 2020}
national_strategy: digitaliseringsstrategin-2017
"""

# A logo for agendas that set brand.logo: a circle with the initial, as owners' logos often are.
LOGO_SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48">
  <circle cx="24" cy="24" r="22" fill="#FFFFFF" stroke="#000000" stroke-width="3"/>
  <text x="24" y="32" font-size="24" text-anchor="middle" font-family="sans-serif">T</text>
</svg>
"""

ACTORS = """\
actors:
  - id: regionen
    name: Regionen
"""

AREA = """\
id: "1"
title: Kompetens
background: Bakgrund.
national_goals:
  - goal: digital-kompetens
    provenance: source
    quote: Tydlig koppling.
goals:
  - id: "1.1"
    title: Ett mål
    initiatives:
      - id: "1.1.1"
        title: En insats
        text: Text.
        ansvar: Regionen
        actors: [regionen]
        tidplan: "2019"
        start_year: 2019
        end_year: 2019
        resursbehov: Inom budget
"""

CONSULTATION = """\
start: 2018-06-07
deadline: 2018-09-28
diarienummer: D 1
bodies:
  - name: Kommunen
"""


def make_agenda(root: Path, files: dict[str, str | bytes | None] | None = None) -> Path:
    """Write the minimal agenda under root/source/test-agenda; `files` overrides (None deletes) files."""
    agenda_dir = root / "source" / "test-agenda"
    (agenda_dir / "areas").mkdir(parents=True)
    contents: dict[str, str | bytes | None] = {
        "agenda.yml": AGENDA, "actors.yml": ACTORS, "areas/1.yml": AREA, "consultation.yml": CONSULTATION,
    }
    contents.update(files or {})
    for name, content in contents.items():
        if content is None:
            continue
        path = agenda_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return agenda_dir


def problems_for(files: dict[str, str | bytes | None]) -> list[str]:
    """The problems `read_agenda` reports for the minimal agenda with `files` replaced, as a maintainer sees
    them: paths relative to the working directory (the tests run in a temporary one)."""
    agenda_dir = make_agenda(Path(os.getcwd()), files)
    with pytest.raises(AgendaError) as caught:
        read_agenda(Path(os.path.relpath(agenda_dir)))
    return [str(problem) for problem in caught.value.problems]


def site_config(agenda: Agenda, **changes: Any) -> SiteConfig:
    """The tool's own configuration for `agenda`, as of BUILD_DATE; `changes` replace fields (site_url, pdf ...)."""
    site = load_site_config(agenda, DEFAULT_CONFIG, build_date=BUILD_DATE)
    return dataclasses.replace(site, **changes)


def published(agenda: Agenda, **changes: Any) -> dict[str, str | bytes]:
    """Every file `agenda build` writes into the docs folder for `agenda`, by path."""
    return publish(agenda, site_config(agenda, **changes)).files


def exported(agenda: Agenda, **changes: Any) -> dict[str, bytes | None]:
    """The downloads by file name (None: made from the built site, the PDF)."""
    return {exporter.filename: content
            for exporter, content in export_files(agenda, site_config(agenda, **changes), LinkIndex(agenda))}
