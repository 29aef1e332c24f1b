"""The shape of agenda.json: the model's own entities, plus each item's page URL and every effective link.

The published JSON Schema is generated from these classes, and `to_agenda` reads a
document back into the model, so the export, its schema and the model cannot drift apart.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from ..model import (
    Actor, Agenda, AgendaMeta, Area, Consultation, Decision, Goal, Initiative, NationalStrategy, Response, Sdg,
)
from ..model.common import ItemId, Slug, Strict
from ..model.graph import ResolvedLink
from ..model.links import EXPLAINED_PROVENANCE, SDG_RANGE, Provenance

FORMAT_VERSION = 2  # 2: enum values in English (status, decision and response kinds, dispositions)
ItemKind = Literal["area", "goal", "initiative"]
KINDS: dict[type, ItemKind] = {Area: "area", Goal: "goal", Initiative: "initiative"}


# The field docstrings are the descriptions in agenda.schema.json, as the models' are (see model/common.py).
URL = ("Adressen till sidan på webbplatsen: absolut när webbplatsens adress är inställd, annars relativ till "
       "webbplatsens rot (t.ex. \"insatser/1.1.1/\").")


class InitiativeRecord(Initiative):
    url: str = Field(description=URL)


class GoalRecord(Goal):
    url: str = Field(description=URL)
    initiatives: list[InitiativeRecord] = []  # type: ignore[assignment]  # the model's items, with URLs
    """Målets insatser, i dokumentets ordning."""


class AreaRecord(Area):
    url: str = Field(description=URL)
    goals: list[GoalRecord] = []  # type: ignore[assignment]
    """Områdets mål, i dokumentets ordning."""


class LinkRecord(Strict):
    """An effective link: declared on the item itself, or inherited from its goal or area."""

    model_config = ConfigDict(json_schema_extra=EXPLAINED_PROVENANCE)

    item: ItemId
    """Id för det område, mål eller den insats som är kopplad."""
    item_kind: ItemKind
    """Vad `item` är: `area` (område), `goal` (mål) eller `initiative` (insats)."""
    target_kind: Literal["national_goal", "sdg"]
    """Vad kopplingen går till: `national_goal` (ett mål i agendans nationella strategi) eller `sdg` (ett av de
    globala målen)."""
    target: Slug | Annotated[int, Field(json_schema_extra=SDG_RANGE)]
    """Målet: ett nationellt måls id (ett av `national_strategy.goals`) när `target_kind` är `national_goal`,
    ett globalt måls nummer, 1–17, när det är `sdg`."""
    provenance: Provenance
    """Varifrån kopplingen kommer: `source` (den anges i agendans text; `quote` citerar den) eller `editorial`
    (redaktionen har lagt till den; `reason` säger varför)."""
    quote: str | None = None
    """Orden i agendans text som anger kopplingen; finns när `provenance` är `source`, annars null."""
    reason: str | None = None
    """Varför redaktionen har lagt till kopplingen; finns när `provenance` är `editorial`, annars null."""
    declared_on: ItemId
    """Id för den punkt kopplingen är skriven på: punkten själv, dess mål eller dess område."""
    inherited: bool
    """Om kopplingen är ärvd från målet eller området (true) eller skriven på punkten själv (false)."""


class AgendaDocument(Strict):
    """The whole agenda as published in agenda.json."""

    schema_: str = Field(alias="$schema")
    """Adressen till filens JSON Schema, agenda.schema.json: absolut när webbplatsens adress är inställd,
    annars filnamnet, som ligger i samma mapp."""
    format_version: Literal[2] = FORMAT_VERSION
    """Versionen av filens format, nu 2; ökar om formatet ändras så att äldre program inte längre kan läsa
    det."""
    meta: AgendaMeta
    """Agendans egna uppgifter (agenda.yml): titel, ägare, status, versioner, texterna före och efter
    områdena och agendans egna kopplingar."""
    areas: list[AreaRecord]
    """Agendans områden med deras mål och insatser, i dokumentets ordning, var och en med sin sidas adress."""
    actors: list[Actor]
    """De ansvariga aktörerna (actors.yml), som insatsernas `actors` pekar ut."""
    links: list[LinkRecord]
    """Varje punkts gällande kopplingar till nationella mål och globala mål, egna och ärvda från mål och
    område, i dokumentets ordning: för varje punkt först de nationella målen, sedan de globala."""
    consultation: Consultation | None
    """Remissen (consultation.yml); null när agendan inte har någon."""
    decisions: list[Decision]
    """Beslutshistoriken (decisions.yml)."""
    responses: list[Response]
    """Remissens sammanställda svar (responses/), när det finns några; svar som hålls borta från webbplatsen
    (`excluded`) är inte med."""
    national_strategy: NationalStrategy
    """Den nationella strategi agendan kopplar till (agenda.yml:s `national_strategy`), med dess mål."""
    sdgs: list[Sdg]
    """De 17 globala målen för hållbar utveckling."""

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
