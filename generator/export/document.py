"""The shape of agenda.json: the model's own entities, plus each item's page URL and every effective link.

The published JSON Schema is generated from these classes, and `to_agenda` reads a
document back into the model, so the export, its schema and the model cannot drift apart.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..model import (
    Actor, Agenda, AgendaMeta, Area, Consultation, Decision, Goal, Initiative, NationalStrategy, Response, Sdg,
)
from ..model.common import ItemId, Slug, Strict
from ..model.graph import ResolvedLink
from ..model.links import Provenance

FORMAT_VERSION = 2  # 2: enum values in English (status, decision and response kinds, dispositions)
ItemKind = Literal["area", "goal", "initiative"]
KINDS: dict[type, ItemKind] = {Area: "area", Goal: "goal", Initiative: "initiative"}


class InitiativeRecord(Initiative):
    url: str = Field(description="The initiative's page, relative to the site's root unless the site's address is configured")


class GoalRecord(Goal):
    url: str
    initiatives: list[InitiativeRecord] = []  # type: ignore[assignment]  # the model's items, with URLs


class AreaRecord(Area):
    url: str
    goals: list[GoalRecord] = []  # type: ignore[assignment]


class LinkRecord(Strict):
    """An effective link: declared on the item itself, or inherited from its goal or area."""

    item: ItemId
    item_kind: ItemKind
    target_kind: Literal["national_goal", "sdg"]
    target: Slug | int = Field(description="National goal id, or SDG number")
    provenance: Provenance = Field(description="source: stated in the agenda text; editorial: added by the editors")
    quote: str | None = None
    reason: str | None = None
    declared_on: ItemId = Field(description="The item the link is written on: the item itself, its goal or its area")
    inherited: bool


class AgendaDocument(Strict):
    """The whole agenda as published in agenda.json."""

    schema_: str = Field(alias="$schema")
    format_version: Literal[2] = FORMAT_VERSION
    meta: AgendaMeta
    areas: list[AreaRecord]
    actors: list[Actor]
    links: list[LinkRecord]
    consultation: Consultation | None
    decisions: list[Decision]
    responses: list[Response] = Field(description="The consultation's compiled responses, once there are any")
    national_strategy: NationalStrategy
    sdgs: list[Sdg]

    def to_agenda(self) -> Agenda:
        """The model again, without what the export adds (URLs and the derived effective links)."""
        without_urls = {"url": True, "goals": {"__all__": {"url": True, "initiatives": {"__all__": {"url"}}}}}
        return Agenda(
            meta=self.meta,
            areas=[Area.model_validate(area.model_dump(exclude=without_urls)) for area in self.areas],
            actors=self.actors,
            sdgs=self.sdgs,
            strategy=self.national_strategy,
            consultation=self.consultation,
            decisions=self.decisions,
            responses=self.responses,
        )


def link_record(resolved: ResolvedLink) -> LinkRecord:
    return LinkRecord(
        item=resolved.item.id,
        item_kind=KINDS[type(resolved.item)],
        target_kind="sdg" if isinstance(resolved.target, int) else "national_goal",
        target=resolved.target,
        provenance=resolved.link.provenance,
        quote=resolved.link.quote,
        reason=resolved.link.reason,
        declared_on=resolved.declared_on.id,
        inherited=resolved.inherited,
    )
