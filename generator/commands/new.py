"""`agenda new DIR`: a minimal valid agenda with every field explained, ready to edit."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..swedish import swedish_today
from ..characters import one_line
from ..errors import AgendaError, Problem, display_path, user_error
from ..schema import write_schemas
from ..source import read_agenda

AGENDA = """\
# yaml-language-server: $schema=schema/agenda.schema.json
# The agenda's metadata. Every text is Markdown; ids are quoted strings.
id: {slug}                      # lowercase letters, digits and hyphens; used in file names
title: {title}   # the full title, as the document gives it
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
    aliases: [{region}]       # how the Ansvar texts name it (optional)
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
    if not region.strip() or not one_line(region):
        raise user_error("--region: give the owner's name as one line of plain text (no line breaks, control or "
                         "bidirectional characters)")
    today = swedish_today()
    values = {"slug": _quoted(slug(target.name) or "ny-agenda"), "region": _quoted(region),
              "title": _quoted(f"Digital agenda för {region}"), "today": today.isoformat(), "year": today.year,
              "next_year": today.year + 1, "slug_owner": _quoted(slug(region) or "huvudman")}
    try:
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise AgendaError([Problem(display_path(target), None,
                                       "exists and is not empty; choose a new folder")])
        (target / "areas").mkdir(parents=True, exist_ok=True)
        (target / "agenda.yml").write_text(AGENDA.format(**values), encoding="utf-8")
        (target / "actors.yml").write_text(ACTORS.format(**values), encoding="utf-8")
        (target / "areas" / "1.yml").write_text(AREA.format(**values), encoding="utf-8")
        write_schemas(target / "schema")  # so that editors check the files as they are typed
    except OSError as error:  # a name too long, a file in the way, no permission
        raise AgendaError([Problem(display_path(target), None, f"cannot create the agenda here: {error.strerror}")]) \
            from None
    agenda = read_agenda(target)
    print(f"Created {display_path(target)} ({agenda.meta.id}); check it with: agenda check {display_path(target)}")
    return 0


def _quoted(text: str) -> str:
    """Any one line of text as a YAML scalar that reads back as exactly that text (JSON's strings are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def slug(name: str) -> str:
    """A name as an id: lowercase ASCII letters and digits in words joined by hyphens ("" if none)."""
    return re.sub(r"[^a-z0-9]+", "-", name.translate(_ASCII).lower()).strip("-")


_ASCII = str.maketrans("åäöÅÄÖéÉüÜ", "aaoAAOeEuU")
