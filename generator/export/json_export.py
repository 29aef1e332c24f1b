"""agenda.json, the whole agenda, and agenda.schema.json, the JSON Schema it is valid against."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from ..model import Area, Goal, Initiative
from .base import JSON, ExportSource, Exporter, json_bytes, model_json_bytes
from .document import AgendaDocument, AreaRecord, GoalRecord, InitiativeRecord, link_record

R = TypeVar("R", bound=BaseModel)


class AgendaSchema(Exporter):
    filename = "agenda.schema.json"
    title = "JSON Schema för agenda.json"
    description = "Beskriver fälten i agenda.json (JSON Schema 2020-12), så att den som använder filen kan validera den."
    format = JSON

    def render(self, source: ExportSource) -> bytes:
        schema = AgendaDocument.model_json_schema(by_alias=True)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = source.download_url(self)
        return json_bytes(schema)


class AgendaJson(Exporter):
    filename = "agenda.json"
    title = "Hela agendan som JSON"
    description = ("Områden, mål och insatser med ansvar, tidplan och resursbehov, ansvariga aktörer, "
                   "kopplingar till nationella mål och globala mål med ursprung, remissen, remissvaren och besluten.")
    format = JSON
    conforms_to = AgendaSchema

    def render(self, source: ExportSource) -> bytes:
        agenda = source.agenda
        document = AgendaDocument.model_validate({
            "$schema": source.download_url(AgendaSchema()),
            "meta": agenda.meta,
            "areas": [_area(area, source) for area in agenda.areas],
            "actors": agenda.actors,
            "links": [link_record(resolved) for resolved in source.resolved_links()],
            "consultation": agenda.consultation,
            "decisions": agenda.decisions,
            "responses": agenda.responses,
            "national_strategy": agenda.strategy,
            "sdgs": agenda.sdgs,
        })
        return model_json_bytes(document)


def _record(record: type[R], item: Area | Goal | Initiative, source: ExportSource, **children: Any) -> R:
    return record.model_validate({**dict(item), "url": source.item_url(item), **children})


def _area(area: Area, source: ExportSource) -> AreaRecord:
    return _record(AreaRecord, area, source, goals=[_goal(goal, source) for goal in area.goals])


def _goal(goal: Goal, source: ExportSource) -> GoalRecord:
    initiatives = [_record(InitiativeRecord, initiative, source) for initiative in goal.initiatives]
    return _record(GoalRecord, goal, source, initiatives=initiatives)
