"""agenda.json, the whole agenda, and agenda.schema.json, the JSON Schema it is valid against."""

from __future__ import annotations

import functools
from typing import Any, TypeVar

from pydantic import BaseModel

from ..model import Area, Goal, Initiative
from ..schema import DRAFT, described_schema
from .base import JSON, ExportContext, Exporter, json_bytes, model_json_bytes
from .document import AgendaDocument, AreaRecord, GoalRecord, InitiativeRecord, link_record

R = TypeVar("R", bound=BaseModel)


class AgendaSchema(Exporter):
    filename = "agenda.schema.json"
    title = "JSON Schema för agenda.json"
    description = "Beskriver fälten i agenda.json (JSON Schema 2020-12), så att den som använder filen kan validera den."
    format = JSON

    def render(self, context: ExportContext) -> bytes:
        strategy = context.agenda.strategy
        return _schema(context.download_url(self), strategy.id, tuple(goal.id for goal in strategy.goals))


@functools.lru_cache(maxsize=4)  # the same for every regeneration of a site (`agenda serve`)
def _schema(schema_id: str, strategy_id: str, national_goals: tuple[str, ...]) -> bytes:
    """The schema of this agenda's agenda.json: the export's models, described, with the national goals a link
    may name (the checks allow only the goals of the agenda's strategy) listed."""
    schema = described_schema(AgendaDocument)
    defs = schema["$defs"]
    if national_goals:
        defs["NationalGoalLink"]["properties"]["goal"]["enum"] = list(national_goals)
        [goal_id] = [branch for branch in defs["LinkRecord"]["properties"]["target"]["anyOf"]
                     if branch["type"] == "string"]
        goal_id["enum"] = list(national_goals)
    schema.pop("description")  # AgendaDocument's docstring, for developers
    return json_bytes({
        "$schema": DRAFT,
        "$id": schema_id,  # absolute when the site's address is configured
        "title": "agenda.json",
        "description": DOCUMENT_DESCRIPTION + (GOALS if national_goals else NO_GOALS).format(strategy=strategy_id),
        **schema,
    })


DOCUMENT_DESCRIPTION = (
    "JSON Schema för agenda.json, hela den regionala digitala agendan i en fil: agendans uppgifter och texter "
    "(meta), områdena med mål och insatser och deras sidors adresser (areas), de ansvariga aktörerna (actors), "
    "varje punkts gällande kopplingar till nationella mål och globala mål med ursprung, egna och ärvda (links), "
    "remissen, besluten och remissvaren, den nationella strategin och de 17 globala målen. Schemat beskriver "
    "denna agendas fil: ")
GOALS = "ett nationellt mål anges med id för ett av målen i dess strategi, {strategy}."
NO_GOALS = "dess strategi, {strategy}, har inga mål att koppla till."


class AgendaJson(Exporter):
    filename = "agenda.json"
    title = "Hela agendan som JSON"
    description = ("Områden, mål och insatser med ansvar, tidplan och resursbehov, ansvariga aktörer, "
                   "kopplingar till nationella mål och globala mål med ursprung, remissen, remissvaren och besluten.")
    format = JSON
    conforms_to = AgendaSchema

    def render(self, context: ExportContext) -> bytes:
        agenda = context.agenda
        document = AgendaDocument.model_validate({
            "$schema": context.download_url(AgendaSchema()),
            "meta": agenda.meta,
            "areas": [context.per_area("json-area", area, lambda: _area(area, context)) for area in agenda.areas],
            "actors": agenda.actors,
            "links": [record for area in agenda.areas for record in context.per_area(
                "json-links", area, lambda: [link_record(resolved) for resolved in context.resolved_links(area)])],
            "consultation": agenda.consultation,
            "decisions": agenda.decisions,
            "responses": agenda.responses,
            "national_strategy": agenda.strategy,
            "sdgs": agenda.sdgs,
        })
        return model_json_bytes(document)


def _record(record: type[R], item: Area | Goal | Initiative, context: ExportContext, **children: Any) -> R:
    return record.model_validate({**dict(item), "url": context.item_url(item), **children})


def _area(area: Area, context: ExportContext) -> AreaRecord:
    return _record(AreaRecord, area, context, goals=[_goal(goal, context) for goal in area.goals])


def _goal(goal: Goal, context: ExportContext) -> GoalRecord:
    initiatives = [_record(InitiativeRecord, initiative, context) for initiative in goal.initiatives]
    return _record(GoalRecord, goal, context, initiatives=initiatives)
