"""Every page of the site: which template renders it, at which path, with what, and from which inputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import urls
from ..model import Agenda, Area, Goal, Initiative, Item


@dataclass
class PageSpec:
    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    # Everything the page shows is a function of these values (compared with ==), so `agenda serve`
    # may keep its last output while they are unchanged. None: always render.
    inputs: tuple[Any, ...] | None = None


# Item fields that only the item's own page (and the whole-agenda page) shows. An edit to them
# renders that page again, not the overview pages (lists, matrices, SDG and actor pages),
# which are keyed on the other fields. tests/unit/test_incremental.py checks this against the
# real templates.
PAGE_ONLY_FIELDS = frozenset({"text", "background", "resursbehov", "notes"})
_CHILDREN = frozenset({"goals", "initiatives"})
_ITEM_TEMPLATES = {Area: "area.md.j2", Goal: "goal.md.j2", Initiative: "initiative.md.j2"}


def _outline(item: Item) -> tuple[Any, ...]:
    """What pages other than the item's own show of it: every field except PAGE_ONLY_FIELDS
    (children are items of their own; their order and ids give the structure)."""
    return (type(item).__name__, *(getattr(item, name) for name in type(item).model_fields
                                   if name not in PAGE_ONLY_FIELDS and name not in _CHILDREN))


def common_inputs(agenda: Agenda) -> tuple[Any, ...]:
    """The inputs every page may use besides its own: agenda.yml, actors, consultation, reference data."""
    return agenda.meta, agenda.actors, agenda.consultation, agenda.strategy, agenda.sdgs


def page_specs(agenda: Agenda) -> list[PageSpec]:
    items = agenda.items()
    common = common_inputs(agenda)
    # Overview pages show all items (but not their PAGE_ONLY_FIELDS), decisions and responses.
    whole = (*common, agenda.decisions, agenda.responses, [_outline(item) for item in items])
    overview = [(urls.HOME, "home.md.j2"), (urls.AREAS, "areas.md.j2"), (urls.SDGS, "sdgs.md.j2"),
                (urls.NATIONAL, "national_goals.md.j2"), (urls.OVERVIEWS, "overviews.md.j2"),
                (urls.DECISIONS, "decisions.md.j2"), (urls.ABOUT, "about.md.j2"),
                (urls.ACCESSIBILITY, "accessibility.md.j2")]
    if agenda.goals:
        overview.append((urls.GOALS, "goals.md.j2"))
    if agenda.strategy.goals:
        overview.append((urls.MATRIX_NATIONAL, "matrix_national.md.j2"))
    # Pages about initiatives and their actors exist only when the agenda has initiatives.
    if agenda.initiatives:
        overview += [(urls.INITIATIVES, "initiatives.md.j2"), (urls.MATRIX_SDG, "matrix_sdg.md.j2"),
                     (urls.TIMELINE, "timeline.md.j2")]
    if agenda.actors:
        overview.append((urls.ACTORS, "actors.md.j2"))
    if agenda.consultation:
        overview.append((urls.CONSULTATION, "consultation.md.j2"))
    if agenda.consultation or agenda.responses:
        overview.append((urls.COMPILATION, "compilation.md.j2"))
    specs = [PageSpec(path, template, inputs=whole) for path, template in overview]
    # Every text, and the downloads with their sizes: always rendered.
    specs += [PageSpec(urls.WHOLE, "whole.md.j2"), PageSpec(urls.DATA, "data.md.j2")]
    if len(agenda.meta.versions) > 1:  # every wording that changed: always rendered, as the texts are
        specs.append(PageSpec(urls.CHANGES, "changes.md.j2"))
    for position, item in enumerate(items):
        neighbours = {"previous": items[position - 1] if position else None,
                      "next": items[position + 1] if position + 1 < len(items) else None}
        # The item (with its children), its parents (whose links it inherits), its neighbours
        # in the pager and the responses on it.
        inputs = (*common, item, *agenda.parents(item), *neighbours.values(), agenda.responses_to(item),
                  agenda.positions_on(item), agenda.decisions)
        specs.append(PageSpec(urls.item_path(item), _ITEM_TEMPLATES[type(item)], {"item": item, **neighbours}, inputs))
    specs += [PageSpec(urls.sdg_path(sdg), "sdg.md.j2", {"sdg": sdg}, whole) for sdg in agenda.sdgs]
    specs += [PageSpec(urls.national_path(goal), "national_goal.md.j2", {"goal": goal}, whole)
              for goal in agenda.strategy.goals]
    specs += [PageSpec(urls.actor_path(actor), "actor.md.j2", {"actor": actor}, whole) for actor in agenda.actors]
    specs += [PageSpec(urls.section_path(section), "section.md.j2", {"section": section}, whole)
              for section in agenda.meta.texts]
    return specs
