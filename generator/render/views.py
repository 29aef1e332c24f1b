"""What the pages show that has to be worked out: labels, link groups, the sändlista's replies, matrix
rows, the timeline's years. Computed here, in Python, so that templates only lay it out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import groupby

from .. import urls
from ..config import SiteConfig
from ..model import (
    DISPOSITION_LABELS, POSITION_LABELS, STATUS_LABELS, Agenda, Area, Body, Goal, Initiative, Item, Note, Response,
    Sdg, SdgLink, Section, SummaryEntry, Worded,
)
from ..model.agenda import contact_with_channel
from ..model.consultation import Contact, State
from ..model.graph import LinkIndex, ResolvedLink
from ..model.links import PROVENANCE_LABELS
from ..swedish import swedish_date
from .catalogue import Catalogue, catalogue
from .notes import NOTE_KINDS, note_summary
from .overview import Overview, overview
from .text import enumeration
from .timeline import Timeline, timeline


def label(agenda: Agenda, item: Item) -> str:
    """"Insats 1.1.1" in the agenda's own words."""
    terms = agenda.meta.terms
    word = {Area: terms.area, Goal: terms.goal, Initiative: terms.initiative}[type(item)]
    return f"{word} {item.id}"


@dataclass(frozen=True)
class Target:
    """Where a link points: a national goal or an SDG, by its page and its name as the list shows it."""

    path: str
    name: str


@dataclass(frozen=True)
class LinkGroup:
    """Links declared together (on the same item, with the same quote or reason), shown as one list entry."""

    targets: list[Target]
    provenance: str              # "anges i agendans text" / "tillagd av redaktionen"
    via: Item | None             # the goal or area the link is inherited from
    quote: str | None
    reason: str | None


def link_groups(resolved_links: Iterable[ResolvedLink], target: Callable[[ResolvedLink], Target]) -> list[LinkGroup]:
    """`resolved_links` grouped by where and how they are declared, in first-seen order; `target(resolved)`
    names each link's target."""
    groups: dict[tuple[str, str, str | None], list[ResolvedLink]] = {}
    for resolved in resolved_links:
        key = (resolved.declared_on.id, resolved.link.provenance, resolved.link.quote or resolved.link.reason)
        groups.setdefault(key, []).append(resolved)
    return [LinkGroup([target(resolved) for resolved in group], PROVENANCE_LABELS[group[0].link.provenance],
                      group[0].declared_on if group[0].inherited else None, group[0].link.quote, group[0].link.reason)
            for group in groups.values()]


@dataclass
class Views:
    """The views of one agenda, shared by all its pages, as of the site's build date."""

    agenda: Agenda
    links: LinkIndex
    site: SiteConfig
    initiatives_of_actor: dict[str, list[Initiative]] = field(init=False)

    @property
    def remiss(self) -> State | None:
        """The remiss as of the build date (planned, open, closed), or None for an agenda without one."""
        consultation = self.agenda.consultation
        return consultation.state(self.site.build_date) if consultation else None

    @property
    def comment_form(self) -> bool:
        """Pages carry the comment form while the remiss is open and there is a comment server."""
        return self.remiss == "open" and bool(self.site.comment_url)

    def __post_init__(self) -> None:
        self.initiatives_of_actor = {actor.id: [] for actor in self.agenda.actors}
        for initiative in self.agenda.initiatives:
            for actor_id in initiative.actors:
                self.initiatives_of_actor[actor_id].append(initiative)

    def level_names(self, plural: bool) -> list[str]:
        """The agenda's words for the levels it has (areas always, goals and initiatives if any), lower case."""
        terms, agenda = self.agenda.meta.terms, self.agenda
        levels = [(terms.area, terms.areas, True), (terms.goal, terms.goals, bool(agenda.goals)),
                  (terms.initiative, terms.initiatives, bool(agenda.initiatives))]
        return [(many if plural else one).lower() for one, many, present in levels if present]

    def inherited_via(self) -> str:
        """The levels a link can be inherited from, as the matrix legend names them: "mål eller område"."""
        return " eller ".join(reversed(self.level_names(plural=False)[:-1])) or self.agenda.meta.terms.area.lower()

    def intro(self) -> str:
        """The first paragraph of the section the start page quotes: `intro`, else 'inledning', else the first."""
        meta = self.agenda.meta
        wanted = meta.intro or "inledning"
        section = next((s for s in meta.sections if s.id == wanted), meta.sections[0] if meta.sections else None)
        return section.text.strip().split("\n\n")[0] if section else ""

    def area_summary(self, area: Area) -> str:
        """On the start page: how many goals and initiatives, or (without goals) the background's first paragraph."""
        terms = self.agenda.meta.terms
        if self.agenda.goals:
            initiatives = sum(len(goal.initiatives) for goal in area.goals)
            return f"{len(area.goals)} {terms.goals.lower()}, {initiatives} {terms.initiatives.lower()}."
        return area.background.strip().split("\n\n")[0]

    def note_summary(self, note: Note) -> tuple[str, str]:
        """A collapsed note's line: its kind, and its summary (render/notes.py)."""
        return NOTE_KINDS[note.kind], note_summary(note)

    def statement_contact(self) -> tuple[str, Contact | None]:
        """Whom the accessibility statement (and an actor's page) names for questions, and the contact that
        says how to reach them: agenda.yml's, else the remiss's, if it gives a way (None: no source gives one)."""
        meta = self.agenda.meta
        reachable = contact_with_channel(meta, self.agenda.consultation)
        named = reachable or meta.contact
        return (named.name if named and named.name else meta.owner), reachable

    def statement_covers(self) -> list[str]:
        """What the accessibility statement covers: the parts of the site this agenda has."""
        agenda = self.agenda
        parts = ["alla sidor om agendans " + enumeration(self.level_names(plural=True)),
                 "sidorna om de nationella målen och de globala målen", "aktörerna" if agenda.actors else "",
                 "översikterna", "beslutshistoriken", "remissidan" if agenda.consultation else ""]
        return [part for part in parts if part]

    def trail(self, item: Item) -> list[tuple[str, str]]:
        """The breadcrumbs above an item: its area and goal, as (page, text)."""
        return [(urls.item_path(parent), f"{label(self.agenda, parent)} {parent.title}")
                for parent in self.agenda.parents(item)]

    def status(self) -> str:
        return STATUS_LABELS[self.agenda.meta.status]

    def version(self) -> str:
        meta = self.agenda.meta
        if meta.date is None:
            return f"{meta.version}, odaterad"
        # A version made by a decision is dated by it (the remissversion: the board's decision to send it).
        made = "beslutad" if meta.versions and meta.versions[-1].decision else "daterad"
        return f"{meta.version}, {made} {swedish_date(meta.date)}"

    def outline(self) -> str:
        """What the agenda consists of, counted from its data: a draft proposes its parts, an agenda on
        remiss or adopted has them, for its period."""
        agenda, terms = self.agenda, self.agenda.meta.terms
        parts = f"{len(agenda.areas)} {terms.areas.lower()}"
        if agenda.goals:
            parts += f" med {len(agenda.goals)} {terms.goals.lower()}"
        period = agenda.meta.period
        if agenda.meta.status == "draft":
            text = f"Utkastet föreslår {parts}."
        else:
            text = f"Agendan {f'gäller {period.start}–{period.end} och ' if period else ''}har {parts}."
        if agenda.initiatives:
            text += f" Under dem finns {len(agenda.initiatives)} {terms.initiatives.lower()}, var och en med " \
                    "ansvar, tidplan och resursbehov."
        return text

    def about_facts(self) -> list[tuple[str, str]]:
        meta = self.agenda.meta
        facts = [("Ägare", meta.owner)]
        if meta.publishers:
            facts.append(("Utgivare", " och ".join(meta.publishers)))
        facts += [("Status", self.status()), ("Version", self.version())]
        if meta.period:
            facts.append(("Period", f"{meta.period.start}–{meta.period.end}"))
        return facts

    def cover_facts(self) -> list[tuple[str, str]]:
        """The whole-agenda page's (and the PDF's) cover."""
        meta, consultation = self.agenda.meta, self.agenda.consultation
        facts = [("Status", self.status()), ("Version", self.version()), ("Ägare", meta.owner)]
        if meta.period:
            facts.append(("Period", f"{meta.period.start}–{meta.period.end}"))
        if consultation:
            facts.append(("Remisstid", f"{swedish_date(consultation.start)} till och med "
                                       f"{swedish_date(consultation.deadline)}, diarienummer {consultation.diarienummer}"))
        return facts

    def consultation_facts(self) -> list[tuple[str, str]]:
        consultation = self.agenda.consultation
        assert consultation is not None
        facts = [("Period", f"{swedish_date(consultation.start)} – {swedish_date(consultation.deadline)}"),
                 ("Sista svarsdag", swedish_date(consultation.deadline)),
                 ("Diarienummer", ", ".join([consultation.diarienummer, *consultation.other_diarienummer]))]
        if consultation.senders:
            facts.append(("Avsändare", " och ".join(consultation.senders)))
        contact = consultation.contact
        if contact.name or contact.email:
            facts.append(("Kontakt", ", ".join(filter(None, [contact.name, contact.email, contact.phone,
                                                             contact.address]))))
        return facts

    def national_target(self, resolved: ResolvedLink) -> Target:
        goal = self.agenda.national_goal(str(resolved.target))
        return Target(urls.national_path(goal), goal.name)

    def sdg_target(self, resolved: ResolvedLink) -> Target:
        sdg = self.agenda.sdg(int(resolved.target))
        return Target(urls.sdg_path(sdg), sdg.heading)

    def any_target(self, resolved: ResolvedLink) -> Target:
        """On the whole-agenda page, where national goals and SDGs share one list."""
        if isinstance(resolved.target, int):
            sdg = self.agenda.sdg(resolved.target)
            return Target(urls.sdg_path(sdg), sdg.heading)
        return self.national_target(resolved)

    def national_groups(self, item: Item) -> list[LinkGroup]:
        return link_groups(self.links.national_of(item), self.national_target)

    def sdg_groups(self, item: Item) -> list[LinkGroup]:
        return link_groups(self.links.sdgs_of(item), self.sdg_target)

    def own_groups(self, item: Item) -> list[LinkGroup]:
        """The links declared on the item itself (inherited ones stand at its goal or area)."""
        own = [resolved for resolved in self.links.national_of(item) + self.links.sdgs_of(item)
               if not resolved.inherited]
        return link_groups(own, self.any_target)

    def agenda_link(self, sdg: Sdg) -> SdgLink | None:
        """The agenda's own link to an SDG, as a whole (one of its "clearest" goals), if it has one."""
        return next((link for link in self.agenda.meta.sdgs if link.goal == sdg.number), None)

    def linked_by_level(self, resolved_links: list[ResolvedLink]) -> list[tuple[str, list[ResolvedLink]]]:
        """Every item linked to one target, by level: (the level's plural, its links)."""
        terms = self.agenda.meta.terms
        levels = [(terms.areas, Area, True), (terms.goals, Goal, bool(self.agenda.goals)),
                  (terms.initiatives, Initiative, bool(self.agenda.initiatives))]
        return [(heading, [resolved for resolved in resolved_links if type(resolved.item) is kind])
                for heading, kind, present in levels if present]

    def linked_count(self, resolved_links: list[ResolvedLink]) -> str:
        """How many parts of the agenda link to one target, by level in the agenda's words: "2 områden,
        5 mål och 20 insatser"; "ingen del av agendan" for none."""
        terms = self.agenda.meta.terms
        words = {Area: (terms.area, terms.areas), Goal: (terms.goal, terms.goals),
                 Initiative: (terms.initiative, terms.initiatives)}
        counts = [(kind, sum(type(resolved.item) is kind for resolved in resolved_links)) for kind in words]
        return enumeration([f"{count} {words[kind][count != 1].lower()}" for kind, count in counts if count]) \
            or "ingen del av agendan"

    def national_matrix(self) -> list[tuple[Area, list[Cell]]]:
        """Per area, a cell per national goal."""
        goals = self.agenda.strategy.goals
        rows = []
        for area in self.agenda.areas:
            by_target = {resolved.target: resolved for resolved in self.links.national_of(area)}
            rows.append((area, [_cell(by_target.get(goal.id), inherited=False) for goal in goals]))
        return rows

    def linked_sdgs(self) -> list[Sdg]:
        linked = set(self.links.linked_sdg_numbers())
        return [sdg for sdg in self.agenda.sdgs if sdg.number in linked]

    def sdg_matrix(self) -> list[tuple[Initiative, list[Cell]]]:
        """Per initiative, a cell per linked SDG, marking inherited links."""
        sdgs = self.linked_sdgs()
        rows = []
        for initiative in self.agenda.initiatives:
            by_target = {resolved.target: resolved for resolved in self.links.sdgs_of(initiative)}
            rows.append((initiative, [_cell(by_target.get(sdg.number), inherited=True) for sdg in sdgs]))
        return rows

    def catalogue(self) -> Catalogue:
        """The list of all initiatives with its filters (catalogue.py)."""
        return catalogue(self.agenda, self.links)

    def timeline(self) -> Timeline:
        return timeline(self.agenda)

    def overview(self) -> Overview:
        return overview(self.agenda, self.links)

    def privacy_contact(self) -> str:
        """Who answers questions about the comments' personal data: the remiss's contact, the agenda's, the owner."""
        meta, consultation = self.agenda.meta, self.agenda.consultation
        for contact in (consultation.contact if consultation else None, meta.contact):
            if contact and contact.name:
                return contact.name + (f" ({contact.email})" if contact.email else "")
        return meta.owner

    def response_facts(self, response: Response) -> list[str]:
        """What the registrator filed about a formal answer: who decided it and its numbers."""
        facts = [f"Beslutat av {response.decided_by}" if response.decided_by else "",
                 f"Avsändarens diarienummer {response.sender_reference}" if response.sender_reference else "",
                 f"Registrerat som {response.registration}" if response.registration else ""]
        return [fact for fact in facts if fact]

    def positions_on(self, item: Item) -> list[tuple[Response, str]]:
        """Formal answers filed under another part that take a position on `item`: (answer, position)."""
        return [(response, POSITION_LABELS[position.position]) for response in self.agenda.positions_on(item)
                for position in response.positions if position.item == item.id]

    def answered(self, response: Response) -> str:
        """What a reply answers: "synpunkten från Kalmar kommun (kommentar 12)"."""
        answered = next((other for other in self.agenda.responses if other.comment_id == response.reply_to), None)
        if answered is None:
            return f"kommentar {response.reply_to}"
        return f"synpunkten från {answered.organisation} (kommentar {response.reply_to})"

    def compilation(self) -> Compilation:
        return Compilation.of(self.agenda)

    def worded_page(self, worded: Worded) -> tuple[str, str]:
        """The page of an item or section with a changed wording, and its title there."""
        if isinstance(worded, Section):
            return urls.section_path(worded), worded.title
        return urls.item_path(worded), f"{label(self.agenda, worded)} {worded.title}"

    def version_facts(self) -> list[tuple[str, str]]:
        """Each version with its date and the decision that made it."""
        facts = []
        for version in self.agenda.meta.versions:
            decision = self.agenda.decision(version.decision) if version.decision else None
            made = f", beslut {swedish_date(decision.date)} av {decision.body}" if decision else ""
            facts.append((version.title, f"{swedish_date(version.date)}{made}"))
        return facts

    def summary_tree(self, entries: list[SummaryEntry]) -> list[SummaryNode]:
        """A summary list nested as the agenda nests its items: each entry under the nearest entry before
        it that stands for one of its parents."""
        roots: list[SummaryNode] = []
        open_nodes: list[SummaryNode] = []  # the current entry's chain of parents
        for entry in entries:
            node = SummaryNode(entry, self.agenda.item(entry.item))
            parents = {parent.id for parent in self.agenda.parents(node.item)}
            while open_nodes and open_nodes[-1].item.id not in parents:
                open_nodes.pop()
            (open_nodes[-1].children if open_nodes else roots).append(node)
            open_nodes.append(node)
        return roots


@dataclass
class SummaryNode:
    """A summary entry, the item it stands for and the entries under it."""

    entry: SummaryEntry
    item: Item
    children: list[SummaryNode] = field(default_factory=list)

    @property
    def text(self) -> str:
        return f"{self.entry.label} {self.entry.text}".strip()


@dataclass(frozen=True)
class Cell:
    """A matrix cell: "Källa", "Redaktion" or "–", and whether the link is inherited."""

    text: str
    inherited: bool = False

    @property
    def linked(self) -> bool:
        return self.text != "–"


def _cell(resolved: ResolvedLink | None, inherited: bool) -> Cell:
    if resolved is None:
        return Cell("–")
    return Cell("Källa" if resolved.link.provenance == "source" else "Redaktion", inherited and resolved.inherited)


def _organisation(response: Response) -> str:
    return response.organisation.lower()


@dataclass
class Compilation:
    """The remissammanställning: who replied, who declined, and the answers by item and by organisation.

    An answer counts as the organisation's when the registrator filed it (a letter, an e-mail) or a web
    comment is verified (its sender's e-mail domain is the organisation's, or the registrator confirmed it);
    other web comments are "övriga synpunkter" and count for no one on the sändlista."""

    answers: list[Response]
    organisations: int
    dispositions: list[tuple[str, int]]           # each disposition with its count, then the unassessed
    bodies: list[tuple[Body, str]]                # the sändlista, each body with its status
    replied: int
    declined: int
    outside: list[str]                            # organisations that answered but are not on the sändlista
    by_organisation: list[tuple[str, list[Response]]]
    unverified: list[Response]                    # web comments not (yet) verified as their organisation's

    @classmethod
    def of(cls, agenda: Agenda) -> Compilation:
        answers = [response for response in agenda.responses if response.kind == "answer"]
        official = [response for response in answers if response.from_organisation]
        declined = [response for response in agenda.responses if response.kind == "declined"]
        bodies = agenda.consultation.bodies if agenda.consultation else []
        statuses = [(body, "Har svarat" if any(body.known_as(r.organisation) for r in official) else
                     "Avstår" if any(body.known_as(r.organisation) for r in declined) else "Inget svar")
                    for body in bodies]
        outside = list(dict.fromkeys(response.organisation for response in official + declined
                                     if not any(body.known_as(response.organisation) for body in bodies)))
        counts = [(label.capitalize(), sum(r.disposition == disposition for r in answers))
                  for disposition, label in DISPOSITION_LABELS.items()]
        counts.append(("Ännu inte bedömda", sum(r.disposition is None for r in answers)))
        # One organisation however its name is cased; named as in its first answer.
        by_organisation = [(group[0].organisation, group) for group in
                           (list(found) for _, found in groupby(sorted(official, key=_organisation), key=_organisation))]
        return cls(answers, len({r.organisation.lower() for r in official}), counts, statuses,
                   sum(status == "Har svarat" for _, status in statuses),
                   sum(status == "Avstår" for _, status in statuses), outside, by_organisation,
                   [response for response in answers if not response.from_organisation])
