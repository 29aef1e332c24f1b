"""Cross-reference rules that no single file can check: ids, parents, links, actors, dates."""

from __future__ import annotations

from dataclasses import dataclass

from ..characters import one_line
from ..errors import Problem
from ..model import ActorsFile, AgendaMeta, Area, Consultation, DecisionsFile, Linked, ResponsesFile
from ..model.agenda import contact_with_channel, contact_with_email
from .yamldoc import KeyPath, YamlDoc


@dataclass
class AreaSource:
    """An area model together with the document it was read from."""

    area: Area
    doc: YamlDoc


@dataclass
class Known:
    """The ids that links and Ansvar may refer to."""

    national_goals: list[str] | None  # None: the strategy itself failed to load
    sdg_numbers: set[int]
    actors: set[str]


# The lists of sections in agenda.yml, in document order.
SECTION_KEYS = ("sections", "closing", "appendices")


class FirstDefinitions:
    """Ids that must be unique: the first definition wins, each later one is a problem naming it."""

    def __init__(self, noun: str) -> None:
        self.noun = noun
        self.seen: dict[str, str] = {}

    def claim(self, value: str, doc: YamlDoc, path: KeyPath) -> list[Problem]:
        if value in self.seen:
            return [doc.problem(path, f"duplicate {self.noun} '{value}' (first defined at {self.seen[value]})")]
        self.seen[value] = f"{doc.name}:{doc.line_of(path)}"
        return []


def check_items(areas: list[AreaSource], known: Known) -> list[Problem]:
    """Duplicate ids, items under the wrong parent, unknown link targets and actors."""
    problems: list[Problem] = []
    ids = FirstDefinitions("id")

    def claim(item_id: str, doc: YamlDoc, path: KeyPath) -> None:
        problems.extend(ids.claim(item_id, doc, path + ("id",)))

    for source in areas:
        area, doc = source.area, source.doc
        claim(area.id, doc, ())
        problems += check_links(area, doc, (), known)
        for g, goal in enumerate(area.goals):
            goal_path: KeyPath = ("goals", g)
            claim(goal.id, doc, goal_path)
            problems += _check_parent("goal", goal.id, "area", area.id, doc, goal_path)
            problems += check_links(goal, doc, goal_path, known)
            for i, initiative in enumerate(goal.initiatives):
                path: KeyPath = goal_path + ("initiatives", i)
                claim(initiative.id, doc, path)
                problems += _check_parent("initiative", initiative.id, "goal", goal.id, doc, path)
                problems += check_links(initiative, doc, path, known)
                problems += _check_actors(initiative.actors, doc, path, known)
                problems += _check_years(initiative.start_year, initiative.end_year, doc, path)
    return problems


def check_links(item: Linked, doc: YamlDoc, path: KeyPath, known: Known) -> list[Problem]:
    problems = []
    for n, link in enumerate(item.national_goals):
        if known.national_goals is not None and link.goal not in known.national_goals:
            problems.append(doc.problem(path + ("national_goals", n, "goal"),
                                        f"national_goals[{n}].goal: unknown national goal '{link.goal}' "
                                        f"(expected one of: {', '.join(known.national_goals)})"))
    for n, sdg_link in enumerate(item.sdgs):
        if sdg_link.goal not in known.sdg_numbers:
            problems.append(doc.problem(path + ("sdgs", n, "goal"),
                                        f"sdgs[{n}].goal: SDG {sdg_link.goal} does not exist "
                                        f"(expected a number from 1 to 17)"))
    return problems


def _check_parent(kind: str, item_id: str, parent_kind: str, parent_id: str, doc: YamlDoc, path: KeyPath) -> list[Problem]:
    if item_id.rpartition(".")[0] == parent_id:
        return []
    return [doc.problem(path + ("id",), f"{kind} id '{item_id}' does not belong under {parent_kind} "
                                        f"'{parent_id}' (expected '{parent_id}.<number>')")]


def _check_actors(actors: list[str], doc: YamlDoc, path: KeyPath, known: Known) -> list[Problem]:
    return [doc.problem(path + ("actors", n), f"actors[{n}]: unknown actor '{actor}' (not in actors.yml)")
            for n, actor in enumerate(actors) if actor not in known.actors]


def _check_years(start: int | None, end: int | None, doc: YamlDoc, path: KeyPath) -> list[Problem]:
    if start is not None and end is not None and start > end:
        return [doc.problem(path + ("end_year",), f"end_year {end} is before start_year {start}")]
    return []


def check_meta(meta: AgendaMeta, doc: YamlDoc, item_ids: set[str]) -> list[Problem]:
    """Section ids are unique (they are URLs), `intro` names one of them, summaries name real items."""
    ids = FirstDefinitions("section id")
    problems = [problem for key in SECTION_KEYS for s, section in enumerate(getattr(meta, key))
                for problem in ids.claim(section.id, doc, (key, s, "id"))]
    section_ids = [section.id for section in meta.sections]
    if meta.intro is not None and meta.intro not in section_ids:
        problems.append(doc.problem(("intro",), f"intro: unknown section '{meta.intro}' "
                                                f"(expected one of: {', '.join(section_ids) or 'no sections given'})"))
    for key in SECTION_KEYS:
        for s, section in enumerate(getattr(meta, key)):
            problems += [doc.problem((key, s, "summary", e, "item"),
                                     f"{key}[{s}].summary[{e}].item: unknown item '{entry.item}'")
                         for e, entry in enumerate(section.summary) if entry.item not in item_ids]
    return problems


def contact_notes(meta: AgendaMeta, doc: YamlDoc, consultation: Consultation | None) -> list[Problem]:
    """The accessibility statement needs a way to reach the owner, the data portals' contact point an e-mail
    address (agenda.yml's contact, else consultation.yml's). Notes, not errors: some sources give no address,
    none may be made up, and `agenda new` starts without one; the agenda still builds, its statement then
    says that it gives no way to report shortcomings, and its catalogue names no contact point."""
    notes = []
    if contact_with_channel(meta, consultation) is None:
        notes.append(doc.problem(("contact",) if meta.contact else ("owner",),
                                 "no way to reach the owner (contact.email, contact.phone or contact.address, here "
                                 "or in consultation.yml): the accessibility statement must say how to report "
                                 "shortcomings (lag 2018:1937), and says that it cannot; give the contact a source "
                                 "gives"))
    if contact_with_email(meta, consultation) is None:
        where = ("contact", "email") if meta.contact else ("owner",)  # without a contact, the owner answers
        notes.append(doc.problem(where, "no contact e-mail address (contact.email, here or in consultation.yml): the "
                                        "DCAT catalogue names no contact point, which DCAT-AP-SE wants for "
                                        "dataportal.se; give the address a source gives"))
    return notes


def check_consultation(consultation: Consultation, doc: YamlDoc) -> list[Problem]:
    if consultation.deadline < consultation.start:
        return [doc.problem(("deadline",), f"deadline {consultation.deadline} is before start {consultation.start}")]
    return []


def check_decisions(decisions: DecisionsFile, doc: YamlDoc, item_ids: set[str]) -> list[Problem]:
    problems = []
    for d, decision in enumerate(decisions.decisions):
        for a, amendment in enumerate(decision.amendments):
            if amendment.item not in item_ids:
                path: KeyPath = ("decisions", d, "amendments", a, "item")
                problems.append(doc.problem(path, f"amendments[{a}].item: unknown item '{amendment.item}'"))
    return problems


MAX_ORGANISATION = 200  # as the comment server takes them


def check_responses(files: list[tuple[YamlDoc, ResponsesFile]], item_ids: set[str]) -> list[Problem]:
    """Responses name a real item, have an id of their own across all response files, and are given in an
    organisation's name of one plain line (a line break there would make up structure on the pages)."""
    problems = []
    ids = FirstDefinitions("response id")
    for doc, responses in files:
        for r, response in enumerate(responses.responses):
            path: KeyPath = ("responses", r)
            if response.item is not None and response.item not in item_ids:
                problems.append(doc.problem(path + ("item",), f"responses[{r}].item: unknown item '{response.item}'"))
            problems += ids.claim(response.id, doc, path + ("id",))
            problems += _check_organisation(response.organisation, doc, path + ("organisation",), r)
            for p, position in enumerate(response.positions):
                if position.item is not None and position.item not in item_ids:
                    problems.append(doc.problem(path + ("positions", p, "item"),
                                                f"responses[{r}].positions[{p}].item: unknown item '{position.item}'"))
    return problems


def _check_organisation(name: str, doc: YamlDoc, path: KeyPath, r: int) -> list[Problem]:
    label = f"responses[{r}].organisation"
    if not one_line(name):
        return [doc.problem(path, f"{label}: expected one line of plain text (no line breaks, control "
                                  "or bidirectional characters)")]
    if len(name.strip()) > MAX_ORGANISATION:
        return [doc.problem(path, f"{label}: at most {MAX_ORGANISATION} characters (got {len(name.strip())})")]
    return []


def check_actors(actors: ActorsFile, doc: YamlDoc) -> list[Problem]:
    ids = FirstDefinitions("actor id")
    return [problem for a, actor in enumerate(actors.actors) for problem in ids.claim(actor.id, doc, ("actors", a, "id"))]
