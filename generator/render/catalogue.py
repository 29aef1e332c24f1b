"""The list of all initiatives (/insatser/): one row per initiative, grouped by area, with what a reader
filters by (area, responsible actor, year, national goal, global goal).

Every row carries its filter values as tokens (`data-aktor="kommunerna regionforbundet"`), so that
filter.js can hide rows in the browser; the page is complete without it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import Actor, Agenda, Area, Goal, Initiative, NationalGoal, Sdg
from ..model.graph import LinkIndex
from .timeline import initiative_years, last_year

# The filters, in the order the form shows them: (key, label). The key names the URL query parameter
# (?aktor=kommunerna), the row's data attribute and the select.
AREA, ACTOR, YEAR, NATIONAL, SDG = "omrade", "aktor", "ar", "nationellt-mal", "globalt-mal"


@dataclass(frozen=True)
class Option:
    """One value a filter can take: its token and what the select shows (with how many rows have it)."""

    value: str
    text: str
    count: int


@dataclass(frozen=True)
class Filter:
    key: str
    label: str
    options: list[Option]


@dataclass(frozen=True)
class Entry:
    """An initiative's row: where it belongs, who is responsible, its years, the goals it links to."""

    initiative: Initiative
    goal: Goal
    actors: list[Actor]
    national: list[NationalGoal]   # including links inherited from its goal or area
    sdgs: list[Sdg]                # likewise
    tokens: dict[str, list[str]]   # filter key -> the row's values


@dataclass(frozen=True)
class Catalogue:
    groups: list[tuple[Area, list[Entry]]]
    filters: list[Filter]
    total: int
    national_column: bool   # whether the agenda's strategy has goals to link to
    sdg_column: bool        # whether any initiative links to a global goal


def catalogue(agenda: Agenda, links: LinkIndex) -> Catalogue:
    """Every initiative of `agenda` as a row, and the filters that have more than one value to choose."""
    groups: list[tuple[Area, list[Entry]]] = []
    last = last_year(agenda)
    for area in agenda.areas:
        entries = [_entry(agenda, links, area, goal, initiative, last)
                   for goal in area.goals for initiative in goal.initiatives]
        if entries:
            groups.append((area, entries))
    entries = [entry for _, group in groups for entry in group]
    counts = {key: Counter(token for entry in entries for token in entry.tokens[key])
              for key in (AREA, ACTOR, YEAR, NATIONAL, SDG)}

    def options(key: str, values: list[tuple[str, str]]) -> list[Option]:
        return [Option(value, text, counts[key][value]) for value, text in values if counts[key][value]]

    actors = sorted(agenda.actors, key=lambda actor: actor.name)
    years = sorted({int(year) for year in counts[YEAR]})
    candidates = [
        Filter(AREA, agenda.meta.terms.area, options(AREA, [(area.id, f"{area.id} {area.title}")
                                                            for area in agenda.areas])),
        Filter(ACTOR, "Ansvarig aktör", options(ACTOR, [(actor.id, actor.name) for actor in actors])),
        Filter(YEAR, "År enligt tidplanen", options(YEAR, [(str(year), str(year)) for year in years])),
        Filter(NATIONAL, "Nationellt mål", options(NATIONAL, [(goal.id, goal.name) for goal in agenda.strategy.goals])),
        Filter(SDG, "Globalt mål", options(SDG, [(str(sdg.number), sdg.heading)
                                                 for sdg in agenda.sdgs])),
    ]
    # A filter with one value or none filters nothing worth asking (an agenda of one area, without actors).
    return Catalogue(groups, [each for each in candidates if len(each.options) > 1], len(entries),
                     bool(agenda.strategy.goals), any(entry.sdgs for entry in entries))


def _entry(agenda: Agenda, links: LinkIndex, area: Area, goal: Goal, initiative: Initiative, last: int) -> Entry:
    actors = [agenda.actor(actor_id) for actor_id in initiative.actors]
    years = initiative_years(initiative, last)
    national = [agenda.national_goal(str(resolved.target)) for resolved in links.national_of(initiative)]
    sdgs = [agenda.sdg(int(resolved.target)) for resolved in links.sdgs_of(initiative)]
    tokens = {AREA: [area.id], ACTOR: [actor.id for actor in actors], YEAR: [str(year) for year in years],
              NATIONAL: [goal.id for goal in national], SDG: [str(sdg.number) for sdg in sdgs]}
    return Entry(initiative, goal, actors, national, sdgs, tokens)
