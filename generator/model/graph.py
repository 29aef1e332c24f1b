"""Effective links: what each item links to, directly or through its goal and area.

An initiative inherits the links of its goal and area (DESIGN.md); each resolved
link remembers the item it was declared on, so pages can say "via område 1".
Agenda-level links apply to the agenda as a whole and are not pushed down.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .agenda import Agenda, Item
from .links import Link


@dataclass(frozen=True)
class ResolvedLink:
    item: Item            # the item that is linked
    target: str | int     # national goal id or SDG number
    link: Link            # provenance, quote or reason
    declared_on: Item     # the item the link is written on (item itself, its goal or area)

    @property
    def inherited(self) -> bool:
        return self.declared_on is not self.item


class LinkIndex:
    """Effective national-goal and SDG links of every item, both ways round."""

    def __init__(self, agenda: Agenda) -> None:
        to_national: dict[str, list[ResolvedLink]] = defaultdict(list)
        to_sdg: dict[int, list[ResolvedLink]] = defaultdict(list)
        self._by_item: dict[str, tuple[list[ResolvedLink], list[ResolvedLink]]] = {}
        order = {goal.id: index for index, goal in enumerate(agenda.strategy.goals)}
        for item in agenda.items():
            chain = [*agenda.parents(item), item]
            national = sorted(_first_per_target(item, chain, "national_goals"), key=lambda r: order[r.target])
            sdgs = sorted(_first_per_target(item, chain, "sdgs"), key=lambda r: r.target)
            self._by_item[item.id] = (national, sdgs)
            for resolved in national:
                to_national[str(resolved.target)].append(resolved)
            for resolved in sdgs:
                to_sdg[int(resolved.target)].append(resolved)
        # Plain dicts: a lookup of an unlinked goal must not create an entry.
        self._national, self._sdg = dict(to_national), dict(to_sdg)

    def to_national_goal(self, goal_id: str) -> list[ResolvedLink]:
        return self._national.get(goal_id, [])

    def to_sdg(self, number: int) -> list[ResolvedLink]:
        return self._sdg.get(number, [])

    def linked_sdg_numbers(self) -> list[int]:
        return sorted(self._sdg)

    def national_of(self, item: Item) -> list[ResolvedLink]:
        return self._by_item[item.id][0]

    def sdgs_of(self, item: Item) -> list[ResolvedLink]:
        return self._by_item[item.id][1]


def _first_per_target(item: Item, chain: list[Item], attribute: str) -> list[ResolvedLink]:
    """One link per target; the item's own declaration wins over an inherited one."""
    found: dict[str | int, ResolvedLink] = {}
    for declared_on in reversed(chain):
        for link in getattr(declared_on, attribute):
            found.setdefault(link.goal, ResolvedLink(item, link.goal, link, declared_on))
    return list(found.values())
