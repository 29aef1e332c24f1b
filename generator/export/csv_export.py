"""CSV tables for spreadsheets: insatser.csv (one row per initiative) and kopplingar.csv (one row per link).

Written for Excel with Swedish settings, where most people will open them: UTF-8 with a
byte order mark (without it Excel reads the file as Windows-1252 and breaks å, ä and ö)
and `;` between fields (Swedish Excel uses the comma as decimal separator, so it splits
columns on semicolons). The Öppna data page says so, for everyone else.
"""

from __future__ import annotations

import csv
import io
from abc import abstractmethod
from typing import Iterable, Iterator, Sequence

from ..downloads import Column
from ..model import Area
from ..model.links import PROVENANCE_LABELS
from .base import CSV, ExportContext, Exporter

DELIMITER = ";"
ENCODING = "utf-8-sig"  # UTF-8 with a byte order mark
LIST_SEPARATOR = ", "   # between several values in one cell


class CsvExporter(Exporter):
    """A table: subclasses name their columns and yield each area's rows; quoting and encoding are done here."""

    format = CSV

    def render(self, context: ExportContext) -> bytes:
        header = _csv_text([[column.header for column in self.columns]])
        parts = [context.per_area(self.filename, area, lambda: _csv_text(self._checked(self.rows(context, area))))
                 for area in context.agenda.areas]
        return "".join([header, *parts]).encode(ENCODING)

    def _checked(self, rows: Iterable[Sequence[str]]) -> Iterator[Sequence[str]]:
        for row in rows:
            assert len(row) == len(self.columns), f"{self.filename}: row {row[:1]} has {len(row)} cells"
            yield row

    @abstractmethod
    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        """One sequence of cell texts per row of the area's goals and initiatives, in the order of `columns`."""


def _csv_text(rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    # CRLF line ends and quoting only where needed: what Excel writes and reads.
    csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


class InitiativesCsv(CsvExporter):
    filename = "insatser.csv"
    title = "Insatserna som tabell (CSV)"
    description = "En rad per insats: område, mål, ansvar, tidplan, resursbehov, kopplade mål och sidans adress."
    columns = (
        Column("Id", "Insatsens nummer i agendan, till exempel 1.1.1."),
        Column("Insats", "Insatsens rubrik."),
        Column("Område", "Numret på området som insatsen hör till."),
        Column("Områdets rubrik", "Områdets rubrik."),
        Column("Mål", "Numret på målet som insatsen hör till."),
        Column("Målets rubrik", "Målets rubrik."),
        Column("Ansvar", "Ansvar, som agendan anger det."),
        Column("Tidplan", "Tidplan, som agendan anger den."),
        Column("Resursbehov", "Resursbehov, som agendan anger det."),
        Column("Nationella mål", "Den nationella digitaliseringsstrategins mål som insatsen kopplas till, "
                                 "direkt eller via sitt mål eller område, åtskilda med kommatecken."),
        Column("Globala mål", "Numren på de globala målen som insatsen kopplas till, direkt eller via sitt mål "
                              "eller område, åtskilda med kommatecken."),
        Column("Sida", "Insatsens sida på webbplatsen."),
    )

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        agenda, links = context.agenda, context.links
        for goal in area.goals:
            for initiative in goal.initiatives:
                national = [agenda.national_goal(str(r.target)).name for r in links.national_of(initiative)]
                sdgs = [str(r.target) for r in links.sdgs_of(initiative)]
                yield (initiative.id, initiative.title, area.id, area.title, goal.id, goal.title, initiative.ansvar,
                       initiative.tidplan, initiative.resursbehov, LIST_SEPARATOR.join(national),
                       LIST_SEPARATOR.join(sdgs), context.item_url(initiative))


class LinksCsv(CsvExporter):
    filename = "kopplingar.csv"
    title = "Kopplingar till nationella mål och globala mål (CSV)"
    description = ("En rad per koppling från ett område, mål eller en insats till ett nationellt mål eller globalt "
                   "mål, med ursprung och citat eller motivering, även de kopplingar en del ärver.")
    columns = (
        Column("Del", "Numret på området, målet eller insatsen."),
        Column("Typ av del", "område, mål eller insats."),
        Column("Måltyp", "nationellt mål eller globalt mål."),
        Column("Mål", "Det nationella målets id eller det globala målets nummer."),
        Column("Målets namn", "Målets namn."),
        Column("Ursprung", f"{PROVENANCE_LABELS['source']} eller {PROVENANCE_LABELS['editorial']}."),
        Column("Citat eller motivering", "Citat ur agendans text, eller redaktionens motivering."),
        Column("Angiven på", "Tom om kopplingen anges på delen själv; annars numret på målet eller området "
                             "som den ärvs från."),
    )

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        agenda = context.agenda
        terms = agenda.meta.terms
        kinds = {"Area": terms.area, "Goal": terms.goal, "Initiative": terms.initiative}
        for resolved in context.resolved_links(area):
            if isinstance(resolved.target, int):
                target_kind, name = "globalt mål", agenda.sdg(resolved.target).name
            else:
                target_kind, name = "nationellt mål", agenda.national_goal(resolved.target).name
            yield (resolved.item.id, kinds[type(resolved.item).__name__].lower(), target_kind, str(resolved.target),
                   name, PROVENANCE_LABELS[resolved.link.provenance], resolved.link.quote or resolved.link.reason or "",
                   resolved.declared_on.id if resolved.inherited else "")
