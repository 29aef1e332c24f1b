"""CSV tables for spreadsheets and programs: the areas, goals and initiatives (with the initiatives' actors),
every part of the agenda in one list, the links to national goals and SDGs, and the consultation responses.

Written for Excel with Swedish settings, where most people will open them: UTF-8 with a
byte order mark (without it Excel reads the file as Windows-1252 and breaks å, ä and ö),
`;` between fields (Swedish Excel uses the comma as decimal separator, so it splits
columns on semicolons) and no cell that Excel would run as a formula. The Öppna data page
says so, for everyone else, and datapackage.json says it for programs: each table's
`columns`, `primary_key` and `foreign_keys` are its Table Schema.

One column name has one meaning in every file (`Mål` is always the agenda's own goal;
the national goals and SDGs have columns of their own), and a coded value has a stable
code column beside its Swedish label, since the labels differ between agendas (the
agenda's own word for a level) and may be reworded.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import ClassVar, Iterable, Iterator, Sequence

from .. import urls
from ..downloads import Column
from ..model import CHANNEL_LABELS, DISPOSITION_LABELS, POSITION_LABELS, Agenda, Area, Item, Response
from ..model.links import PROVENANCE_LABELS, Link, NationalGoalLink, SdgLink
from .base import CSV, ExportContext, Exporter
from .document import KINDS

DELIMITER = ";"
LINE_TERMINATOR = "\r\n"  # what Excel writes and reads, as RFC 4180 has it
ENCODING = "utf-8-sig"    # UTF-8 with a byte order mark
LIST_SEPARATOR = ", "     # between several values in one cell
# The stable codes of the coded columns with their Swedish labels; the codes are agenda.json's.
LEVEL_LABELS = {"area": "område", "goal": "mål", "initiative": "insats"}  # an agenda may use words of its own
WHOLE_AGENDA = {"agenda": "agendan som helhet"}  # the level of a link written on the agenda itself
TARGET_KINDS = {"national_goal": "nationellt mål", "sdg": "globalt mål"}


def _or(words: list[str]) -> str:
    return f"{', '.join(words[:-1])} eller {words[-1]}"


def _labels(labels: dict[str, str]) -> str:
    """ "kommentar, e-post eller brev" """
    return _or(list(labels.values()))


def _codes(labels: dict[str, str]) -> str:
    """ "comment (kommentar), email (e-post) eller letter (brev)": each code with its Swedish label."""
    return _or([f"{code} ({label})" for code, label in labels.items()])


@dataclass(frozen=True)
class ForeignKey:
    """A column whose every value (empty cells aside) must be found in a column of another table; declared in
    datapackage.json, where `frictionless validate` checks it."""

    column: str
    table: type[CsvExporter]
    referenced: str = ""  # the other table's column; "" for one of the same name

    @property
    def reference(self) -> str:
        return self.referenced or self.column


class CsvExporter(Exporter):
    """A table: subclasses name their columns and keys and yield the rows, of the agenda as a whole or of
    each area; quoting, formula safety and encoding are done here."""

    format = CSV
    primary_key: ClassVar[tuple[str, ...]] = ()
    foreign_keys: ClassVar[tuple[ForeignKey, ...]] = ()
    # Each area's rows kept by `agenda serve` while the area and the agenda's metadata are unchanged
    # (`ExportContext.per_area`): worth it for the tables that resolve every item's links.
    kept_by_area: ClassVar[bool] = False

    @classmethod
    def resource_name(cls) -> str:
        """The table's name in datapackage.json: the file's name without .csv."""
        return cls.filename.removesuffix(".csv")

    def render(self, context: ExportContext) -> bytes:
        header = _csv_text([[column.header for column in self.columns]])
        whole = _csv_text(self._cells(self.agenda_rows(context)))
        areas = [self._area_part(context, area) for area in context.agenda.areas]
        return "".join([header, whole, *areas]).encode(ENCODING)

    def _area_part(self, context: ExportContext, area: Area) -> str:
        def make() -> str:
            return _csv_text(self._cells(self.rows(context, area)))
        return context.per_area(self.filename, area, make) if self.kept_by_area else make()

    def _cells(self, rows: Iterable[Sequence[str]]) -> Iterator[Sequence[str]]:
        for row in rows:
            assert len(row) == len(self.columns), f"{self.filename}: row {row[:1]} has {len(row)} cells"
            yield [_inert(cell) for cell in row]

    def agenda_rows(self, context: ExportContext) -> Iterable[Sequence[str]]:
        """Rows of the agenda as a whole, before the areas' rows."""
        return ()

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        """One sequence of cell texts per row of the area, its goals and initiatives, in the order of `columns`.
        With `kept_by_area` they may read only the area and what `per_area` watches (not the actors)."""
        return ()


def _inert(cell: str) -> str:
    """A cell that a spreadsheet will not take for a formula: one that starts with =, +, -, @ or a control
    character gets an apostrophe in front, as OWASP recommends. Any text may start so (a Markdown list
    starts with "-"), so every cell of every table is treated alike."""
    return f"'{cell}" if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def _csv_text(rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    # Quoting only where needed: what Excel writes and reads.
    csv.writer(buffer, delimiter=DELIMITER, lineterminator=LINE_TERMINATOR).writerows(rows)
    return buffer.getvalue()


def _year(year: int | None) -> str:
    return "" if year is None else str(year)


def _yes_no(value: bool) -> str:
    return "ja" if value else "nej"  # the boolean's true and false values in datapackage.json


def _level_label(agenda: Agenda, item: Item) -> str:
    """The item's level in the agenda's own word ("fokusområde"), as a label in running text."""
    terms = agenda.meta.terms
    return {"area": terms.area, "goal": terms.goal, "initiative": terms.initiative}[KINDS[type(item)]].lower()


class AreasCsv(CsvExporter):
    filename = "omraden.csv"
    title = "Områdena som tabell (CSV)"
    description = "En rad per område: nummer, rubrik, bakgrund och sidans adress."
    columns = (
        Column("Område", "Områdets nummer i agendan, till exempel 1."),
        Column("Områdets rubrik", "Områdets rubrik.", required=True),
        Column("Områdets bakgrund", "Områdets bakgrundstext i Markdown; tom om agendan inte har någon."),
        Column("Sida", "Områdets sida på webbplatsen.", required=True),
    )
    primary_key = ("Område",)

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        yield area.id, area.title, area.background, context.item_url(area)


class GoalsCsv(CsvExporter):
    filename = "mal.csv"
    title = "Agendans mål som tabell (CSV)"
    description = "En rad per mål i agendan: nummer, rubrik, text, området det hör till och sidans adress."
    columns = (
        Column("Mål", "Målets nummer i agendan, till exempel 1.1. Nationella mål och globala mål har egna "
                      "kolumner i kopplingar.csv."),
        Column("Målets rubrik", "Målets rubrik.", required=True),
        Column("Målets text", "Målets text i Markdown; tom om agendan bara anger rubriken."),
        Column("Område", "Numret på området som målet hör till.", required=True),
        Column("Sida", "Målets sida på webbplatsen.", required=True),
    )
    primary_key = ("Mål",)
    foreign_keys = (ForeignKey("Område", AreasCsv),)

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        for goal in area.goals:
            yield goal.id, goal.title, goal.text, area.id, context.item_url(goal)


class InitiativesCsv(CsvExporter):
    filename = "insatser.csv"
    title = "Insatserna som tabell (CSV)"
    description = ("En rad per insats: område, mål, text, ansvar, tidplan med start- och slutår, resursbehov, "
                   "kopplade mål och sidans adress.")
    columns = (
        Column("Insats", "Insatsens nummer i agendan, till exempel 1.1.1."),
        Column("Insatsens rubrik", "Insatsens rubrik.", required=True),
        Column("Område", "Numret på området som insatsen hör till.", required=True),
        Column("Områdets rubrik", "Områdets rubrik.", required=True),
        Column("Mål", "Numret på målet i agendan som insatsen hör till.", required=True),
        Column("Målets rubrik", "Målets rubrik.", required=True),
        Column("Insatsens text", "Insatsens text i Markdown; tom om agendan bara anger rubriken."),
        Column("Ansvar", "Ansvar, som agendan anger det. Aktörerna finns i insatser-aktorer.csv.", required=True),
        Column("Tidplan", "Tidplan, som agendan anger den.", required=True),
        Column("Startår", "Året då insatsen börjar enligt tidplanen; tomt om tidplanen inte anger det.",
               type="year"),
        Column("Slutår", "Året då insatsen ska vara klar enligt tidplanen; tomt om tidplanen inte anger det.",
               type="year"),
        Column("Resursbehov", "Resursbehov, som agendan anger det.", required=True),
        Column("Nationella mål", "Id för de nationella mål som insatsen kopplas till, direkt eller via sitt mål "
                                 "eller område, åtskilda med kommatecken (samma id som i kolumnen Nationellt mål "
                                 "i kopplingar.csv)."),
        Column("Globala mål", "Numren på de globala mål som insatsen kopplas till, direkt eller via sitt mål "
                              "eller område, åtskilda med kommatecken."),
        Column("Sida", "Insatsens sida på webbplatsen.", required=True),
    )
    primary_key = ("Insats",)
    foreign_keys = (ForeignKey("Område", AreasCsv), ForeignKey("Mål", GoalsCsv))
    kept_by_area = True

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        links = context.links
        for goal in area.goals:
            for initiative in goal.initiatives:
                national = [str(resolved.target) for resolved in links.national_of(initiative)]
                sdgs = [str(resolved.target) for resolved in links.sdgs_of(initiative)]
                yield (initiative.id, initiative.title, area.id, area.title, goal.id, goal.title, initiative.text,
                       initiative.ansvar, initiative.tidplan, _year(initiative.start_year),
                       _year(initiative.end_year), initiative.resursbehov, LIST_SEPARATOR.join(national),
                       LIST_SEPARATOR.join(sdgs), context.item_url(initiative))


class InitiativeActorsCsv(CsvExporter):
    """A table of its own, not a list in a cell of insatser.csv: one actor id per cell keeps the column a
    plain key that a program can join on."""

    filename = "insatser-aktorer.csv"
    title = "Insatsernas aktörer (CSV)"
    description = "En rad per insats och aktör som agendan anger som ansvarig: insatsens nummer, aktörens id och namn."
    columns = (
        Column("Insats", "Insatsens nummer, som i insatser.csv."),
        Column("Aktör", "Aktörens id, ett kortnamn som är detsamma i agenda.json (actors)."),
        Column("Aktörens namn", "Aktörens namn.", required=True),
    )
    primary_key = ("Insats", "Aktör")
    foreign_keys = (ForeignKey("Insats", InitiativesCsv),)

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        for goal in area.goals:
            for initiative in goal.initiatives:
                for actor in initiative.actors:
                    yield initiative.id, actor, context.agenda.actor(actor).name


class ItemsCsv(CsvExporter):
    """Every level in one table, so that the links and responses, which may name an area, a goal or an
    initiative, have one table to refer to."""

    filename = "delar.csv"
    title = "Alla delar av agendan (CSV)"
    description = ("En rad per område, mål och insats i dokumentets ordning: nivå, rubrik, vad delen hör till och "
                   "sidans adress. Kopplingarna och remissvaren hänvisar till delarna här.")
    columns = (
        Column("Del", "Numret på området, målet eller insatsen."),
        Column("Nivå", "Nivån med agendans eget ord, till exempel område eller insats.", required=True),
        Column("Nivåkod", f"Nivån som kod, densamma i alla agendor: {_codes(LEVEL_LABELS)}.",
               codes=tuple(LEVEL_LABELS), required=True),
        Column("Rubrik", "Delens rubrik.", required=True),
        Column("Område", "Numret på området som delen hör till; tomt för ett område."),
        Column("Mål", "Numret på målet i agendan som delen hör till; tomt för ett område eller mål."),
        Column("Sida", "Delens sida på webbplatsen.", required=True),
    )
    primary_key = ("Del",)
    foreign_keys = (ForeignKey("Område", AreasCsv), ForeignKey("Mål", GoalsCsv))

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        for item in area.items():
            parents = [parent.id for parent in context.agenda.parents(item)]
            area_id, goal_id = (parents + ["", ""])[:2]
            yield (item.id, _level_label(context.agenda, item), KINDS[type(item)], item.title, area_id, goal_id,
                   context.item_url(item))


class LinksCsv(CsvExporter):
    filename = "kopplingar.csv"
    title = "Kopplingar till nationella mål och globala mål (CSV)"
    description = ("En rad per koppling från agendan som helhet, ett område, mål eller en insats till ett nationellt "
                   "mål eller globalt mål, med ursprung och citat eller motivering, även de kopplingar en del ärver.")
    columns = (
        Column("Del", "Numret på området, målet eller insatsen; tomt när kopplingen gäller agendan som helhet."),
        Column("Nivå", f"Nivån med agendans eget ord, till exempel insats; {WHOLE_AGENDA['agenda']} när "
                       "kopplingen gäller hela agendan.", required=True),
        Column("Nivåkod", f"Nivån som kod, densamma i alla agendor: {_codes({**WHOLE_AGENDA, **LEVEL_LABELS})}.",
               codes=(*WHOLE_AGENDA, *LEVEL_LABELS), required=True),
        Column("Måltyp", f"{_labels(TARGET_KINDS)}.", required=True),
        Column("Måltypkod", f"Måltypen som kod: {_codes(TARGET_KINDS)}.", codes=tuple(TARGET_KINDS), required=True),
        Column("Nationellt mål", "Det nationella målets id, till exempel digital-kompetens; tomt för ett globalt mål."),
        Column("Globalt mål", "Det globala målets nummer, 1–17; tomt för ett nationellt mål.", type="integer"),
        Column("Kopplade målets namn", "Det nationella eller globala målets namn.", required=True),
        Column("Ursprung", f"{_labels(PROVENANCE_LABELS)}.", required=True),
        Column("Ursprungskod", f"Ursprunget som kod: {_codes(PROVENANCE_LABELS)}.", codes=tuple(PROVENANCE_LABELS),
               required=True),
        Column("Citat", "Citatet ur agendans text som kopplingen bygger på."),
        Column("Redaktionens motivering", "Redaktionens motivering till kopplingen."),
        Column("Angiven på", "Tom om kopplingen anges på delen själv (eller på agendan som helhet); annars numret "
                             "på målet eller området som den ärvs från."),
    )
    foreign_keys = (ForeignKey("Del", ItemsCsv), ForeignKey("Angiven på", ItemsCsv, "Del"))
    kept_by_area = True

    def agenda_rows(self, context: ExportContext) -> Iterable[Sequence[str]]:
        """The links written on the agenda as a whole: they apply to it, not to each area (graph.py)."""
        agenda = context.agenda
        order = {goal.id: index for index, goal in enumerate(agenda.strategy.goals)}
        # In the order of an item's links (LinkIndex): national goals as the strategy lists them, then SDGs.
        links: list[NationalGoalLink | SdgLink] = [
            *sorted(agenda.meta.national_goals, key=lambda link: order[link.goal]),
            *sorted(agenda.meta.sdgs, key=lambda link: link.goal)]
        for link in links:
            yield "", WHOLE_AGENDA["agenda"], "agenda", *self._target(agenda, link.goal), *self._origin(link), ""

    def rows(self, context: ExportContext, area: Area) -> Iterable[Sequence[str]]:
        agenda = context.agenda
        for resolved in context.resolved_links(area):
            item = resolved.item
            yield (item.id, _level_label(agenda, item), KINDS[type(item)], *self._target(agenda, resolved.target),
                   *self._origin(resolved.link), resolved.declared_on.id if resolved.inherited else "")

    @staticmethod
    def _target(agenda: Agenda, target: str | int) -> tuple[str, str, str, str, str]:
        """Måltyp, Måltypkod, Nationellt mål, Globalt mål and Kopplade målets namn."""
        if isinstance(target, int):
            return TARGET_KINDS["sdg"], "sdg", "", str(target), agenda.sdg(target).name
        return TARGET_KINDS["national_goal"], "national_goal", target, "", agenda.national_goal(target).name

    @staticmethod
    def _origin(link: Link) -> tuple[str, str, str, str]:
        """Ursprung, Ursprungskod, Citat and Redaktionens motivering."""
        return PROVENANCE_LABELS[link.provenance], link.provenance, link.quote or "", link.reason or ""


class ResponsesCsv(CsvExporter):
    """All rows made at once: the responses are few, and a response may take positions across areas."""

    filename = "remissvar.csv"
    title = "Remissvaren som tabell (CSV)"
    description = ("En rad per remissvar och del av agendan som svaret tar ställning till: organisation, datum, "
                   "ställningstagande, ändringsförslag och hur svaret har bedömts.")
    columns = (
        Column("Id", "Svarets id i sammanställningen.", required=True),
        Column("Organisation", "Organisationen som svarar, som svaret anger den.", required=True),
        Column("Inkom", "Dagen svaret kom in (svensk tid), ÅÅÅÅ-MM-DD.", type="date", required=True),
        Column("Kanal", f"{_labels(CHANNEL_LABELS)}.", required=True),
        Column("Kanalkod", f"Kanalen som kod: {_codes(CHANNEL_LABELS)}.", codes=tuple(CHANNEL_LABELS), required=True),
        Column("Sent", "ja om svaret kom in efter remisstidens slut, annars nej.", type="boolean", required=True),
        Column("Verifierad", "För kommentarer: ja om avsändaren är verifierad som organisationen, annars nej; "
                             "tomt för brev och e-post.", type="boolean"),
        Column("Del", "Numret på området, målet eller insatsen; tomt för agendan som helhet."),
        Column("Ställningstagande", f"{_labels(POSITION_LABELS)}; tomt om svaret inte anger något."),
        Column("Ställningstagandekod", f"Ställningstagandet som kod: {_codes(POSITION_LABELS)}.",
               codes=tuple(POSITION_LABELS)),
        Column("Ändringsförslag", "Den lydelse som svaret föreslår."),
        Column("Bedömning", f"{_labels(DISPOSITION_LABELS)}; tomt om svaret inte är bedömt."),
        Column("Bedömningskod", f"Bedömningen som kod: {_codes(DISPOSITION_LABELS)}.", codes=tuple(DISPOSITION_LABELS)),
        Column("Motivering", "Motiveringen till bedömningen."),
        Column("Beslutat av", "Den nämnd eller delegat som beslutade svaret."),
        Column("Avsändarens diarienummer", "Svarets diarienummer hos avsändaren."),
        Column("Registrering", "Var svaret är registrerat under remissens diarienummer."),
        Column("Dokument", "Adressen till remissvaret som PDF, om det finns."),
        Column("Sida", "Svaret i remissammanställningen.", required=True),
    )
    foreign_keys = (ForeignKey("Del", ItemsCsv),)

    @classmethod
    def applies(cls, agenda: Agenda) -> bool:
        return agenda.consultation is not None or bool(agenda.responses)

    def agenda_rows(self, context: ExportContext) -> Iterable[Sequence[str]]:
        for response in context.agenda.responses:
            yield from self.response_rows(context, response)

    def response_rows(self, context: ExportContext, response: Response) -> Iterator[Sequence[str]]:
        consultation = context.agenda.consultation
        late = _yes_no(bool(consultation and response.date > consultation.deadline))
        verified = _yes_no(response.verified is not None) if response.channel == "comment" else ""
        document = urls.absolute(urls.document_path(response.document), context.site.site_url) \
            if response.document else ""
        page = context.page_url(urls.COMPILATION) + "#" + urls.response_anchor(response.id)
        positions = [(position.item or "", POSITION_LABELS[position.position], position.position, position.wording)
                     for position in response.positions] or [(response.item or "", "", "", "")]
        disposition = response.disposition
        for item, position, position_code, wording in positions:
            yield (response.id, response.organisation, response.date.isoformat(), CHANNEL_LABELS[response.channel],
                   response.channel, late, verified, item, position, position_code, wording,
                   DISPOSITION_LABELS[disposition] if disposition else "", disposition or "", response.reason,
                   response.decided_by or "", response.sender_reference or "", response.registration or "",
                   document, page)
