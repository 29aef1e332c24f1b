"""`agenda new DIR`: a minimal valid agenda with every field explained, ready to edit."""

from __future__ import annotations

import re
from pathlib import Path

from ..swedish import swedish_today
from ..errors import AgendaError, Problem, display_path
from ..schema import write_schemas
from ..source import read_agenda

AGENDA = """\
# yaml-language-server: $schema=schema/agenda.schema.json
# The agenda's metadata. Every text is Markdown; ids are quoted strings.
id: {slug}                      # lowercase letters, digits and hyphens; used in file names
title: Digital agenda för {region}   # the full title, as the document gives it
short_title: Digital agenda     # shown in the site header (optional)
subtitle: Ett handlingsprogram  # one line under the title (optional)
owner: {region}                 # the organisation that owns the agenda
publishers: [{region}]          # who publishes it (optional)
status: draft                   # draft | consultation (sent on remiss) | adopted
version: Utkast {today}         # the version as the document names it
date: {today}                   # YYYY-MM-DD
period: {{start: {year}, end: {next_year}}}   # the years the agenda covers (optional)
national_strategy: digitaliseringsstrategin-2017   # a strategy shipped with the tool, or one of strategies.yml
licence: CC0-1.0                # licence of the open data downloads
contact:                        # who answers questions about the agenda and the site (optional;
  name: {region}                # the accessibility statement names it, else the owner)
  # email: digitalisering@example.se
# brand:                        # the owner's look (optional)
#   colour: "#005AA0"           # header colour; links get a shade of it with AA contrast
#   logo: logo.svg              # an .svg or .png file beside this one, shown in the header
terms:                          # the agenda's own words for its levels (optional)
  area: Område
  areas: Områden
  goal: Mål
  goals: Mål
  initiative: Insats
  initiatives: Insatser
sections:                       # texts before the areas, in document order
  - id: inledning               # becomes /om-agendan/inledning/
    title: Inledning
    text: |
      Skriv agendans inledning här.
sdgs: []                        # links of the agenda as a whole to the global goals (see areas/1.yml)
"""

ACTORS = """\
# yaml-language-server: $schema=schema/actors.schema.json
# Organisations named as responsible (Ansvar) in initiatives. Initiatives list their ids.
actors:
  - id: {slug_owner}
    name: {region}
    aliases: ["{region}"]       # how the Ansvar texts name it (optional)
"""

AREA = """\
# yaml-language-server: $schema=../schema/area.schema.json
# One file per area. Goals and initiatives use the agenda's own numbering: "1", "1.1", "1.1.1".
id: "1"
title: Första området
background: |
  Bakgrundstext för området.
national_goals:                 # links to the national strategy's goals
  - goal: digital-kompetens     # digital-kompetens | digital-trygghet | digital-innovation | digital-ledning | digital-infrastruktur
    provenance: editorial       # source (stated in the text: give the quote) | editorial (give a reason)
    reason: Exempel; ersätt med en motivering eller ett citat ur agendan.
sdgs: []                        # e.g. [{{goal: 4, provenance: source, quote: "..."}}]
goals:
  - id: "1.1"
    title: Ett första mål
    text: ""
    initiatives:
      - id: "1.1.1"
        title: En första insats
        text: |
          Beskriv insatsen.
        ansvar: {region}        # verbatim from the document
        actors: [{slug_owner}]  # ids from actors.yml
        tidplan: "{year}"       # verbatim
        start_year: {year}      # first year, for the timeline
        end_year: {year}        # last year, or null when open-ended
        resursbehov: Inom befintlig budget
        notes: []               # [{{kind: discrepancy, text: ...}}] where the source contradicts itself
"""


def run(target: Path, region: str) -> int:
    if target.exists() and any(target.iterdir()):
        raise AgendaError([Problem(display_path(target), None, "folder exists and is not empty; choose a new folder")])
    today = swedish_today()
    slug = re.sub(r"[^a-z0-9]+", "-", target.name.lower()).strip("-") or "ny-agenda"
    values = {"slug": slug, "region": region, "today": today.isoformat(), "year": today.year,
              "next_year": today.year + 1, "slug_owner": re.sub(r"[^a-z0-9]+", "-", _ascii(region).lower()).strip("-")}
    (target / "areas").mkdir(parents=True, exist_ok=True)
    (target / "agenda.yml").write_text(AGENDA.format(**values), encoding="utf-8")
    (target / "actors.yml").write_text(ACTORS.format(**values), encoding="utf-8")
    (target / "areas" / "1.yml").write_text(AREA.format(**values), encoding="utf-8")
    write_schemas(target / "schema")  # so that editors check the files as they are typed
    agenda = read_agenda(target)
    print(f"Created {display_path(target)} ({agenda.meta.id}); check it with: agenda check {display_path(target)}")
    return 0


def _ascii(text: str) -> str:
    return text.translate(str.maketrans("åäöÅÄÖéÉüÜ", "aaoAAOeEuU"))
