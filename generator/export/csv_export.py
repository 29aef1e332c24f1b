"""CSV tables for spreadsheets: insatser.csv (one row per initiative), kopplingar.csv (one row per link) and
remissvar.csv (one row per response and position).

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

from .. import urls
from ..downloads import Column
from ..model import CHANNEL_LABELS, DISPOSITION_LABELS, POSITION_LABELS, Agenda, Area, Response
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


def _inert(cell: str) -> str:
    """A cell from outside (a name, a comment) that a spreadsheet will not take for a formula: one that starts
    with =, +, -, @ or a control character gets an apostrophe in front, as OWASP recommends."""
    return f"'{cell}" if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


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


class ResponsesCsv(CsvExporter):
    """Not per area: the responses are few, and a response may take positions across areas."""

    filename = "remissvar.csv"
    title = "Remissvaren som tabell (CSV)"
    description = ("En rad per remissvar och del av agendan som svaret tar ställning till: organisation, datum, "
                   "ställningstagande, ändringsförslag och hur svaret har bedömts.")
    columns = (
        Column("Id", "Svarets id i sammanställningen."),
        Column("Organisation", "Organisationen som svarar, som svaret anger den."),
        Column("Inkom", "Dagen svaret kom in (svensk tid), ÅÅÅÅ-MM-DD."),
        Column("Kanal", "kommentar, e-post eller brev."),
        Column("Sent", "ja om svaret kom in efter remisstidens slut."),
        Column("Verifierad", "För kommentarer: ja om avsändaren är verifierad som organisationen, annars nej."),
        Column("Del", "Numret på området, målet eller insatsen; tomt för agendan som helhet."),
        Column("Ställningstagande", "tillstyrker, tillstyrker med ändringar, avstyrker, ingen erinran eller "
                                    "synpunkter; tomt om svaret inte anger något."),
        Column("Ändringsförslag", "Den lydelse som svaret föreslår."),
        Column("Bedömning", "beaktas, delvis beaktad, beaktas ej eller noteras; tomt om svaret inte är bedömt."),
        Column("Motivering", "Motiveringen till bedömningen."),
        Column("Beslutat av", "Den nämnd eller delegat som beslutade svaret."),
        Column("Avsändarens diarienummer", "Svarets diarienummer hos avsändaren."),
        Column("Registrering", "Var svaret är registrerat under remissens diarienummer."),
        Column("Dokument", "Adressen till remissvaret som PDF, om det finns."),
        Column("Sida", "Svaret i remissammanställningen."),
    )

    @classmethod
    def applies(cls, agenda: Agenda) -> bool:
        return agenda.consultation is not None or bool(agenda.responses)

    def render(self, context: ExportContext) -> bytes:
        rows = [[_inert(cell) for cell in row] for response in context.agenda.responses
                for row in self.response_rows(context, response)]
        return _csv_text([[column.header for column in self.columns], *self._checked(rows)]).encode(ENCODING)

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        raise NotImplementedError("responses are not per area")

    def response_rows(self, context: ExportContext, response: Response) -> Iterator[Sequence[str]]:
        consultation = context.agenda.consultation
        late = "ja" if consultation and response.date > consultation.deadline else "nej"
        verified = ("ja" if response.verified else "nej") if response.channel == "comment" else ""
        document = urls.absolute(urls.document_path(response.document), context.site.site_url) \
            if response.document else ""
        page = context.page_url(urls.COMPILATION) + "#" + urls.response_anchor(response.id)
        positions = [(position.item or "", POSITION_LABELS[position.position], position.wording)
                     for position in response.positions] or [(response.item or "", "", "")]
        for item, position, wording in positions:
            yield (response.id, response.organisation, response.date.isoformat(), CHANNEL_LABELS[response.channel],
                   late, verified, item, position, wording,
                   DISPOSITION_LABELS[response.disposition] if response.disposition else "", response.reason,
                   response.decided_by or "", response.sender_reference or "", response.registration or "",
                   document, page)
