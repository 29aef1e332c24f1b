"""agenda.json, the whole agenda, and agenda.schema.json, the JSON Schema it is valid against."""

from __future__ import annotations

import functools
from typing import Any, TypeVar

from pydantic import BaseModel

from ..model import Area, Goal, Initiative
from .base import JSON, ExportContext, Exporter, json_bytes, model_json_bytes
from .document import AgendaDocument, AreaRecord, GoalRecord, InitiativeRecord, link_record

R = TypeVar("R", bound=BaseModel)


class AgendaSchema(Exporter):
    filename = "agenda.schema.json"
    title = "JSON Schema för agenda.json"
    description = "Beskriver fälten i agenda.json (JSON Schema 2020-12), så att den som använder filen kan validera den."
    format = JSON

    def render(self, context: ExportContext) -> bytes:
        return _schema(context.download_url(self))


@functools.lru_cache(maxsize=4)  # the same for every regeneration of a site (`agenda serve`)
def _schema(schema_id: str) -> bytes:
    schema = AgendaDocument.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = schema_id
    return json_bytes(schema)


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
