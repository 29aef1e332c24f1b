"""JSON Schemas for the YAML files, generated from the models so editors can validate as they type.

The descriptions are the models' field docstrings (Swedish, for the editors); `DescribedSchema` leaves out the
titles pydantic would make from names ("Start Year"), which say less than the descriptions and in English.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaMode, JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from .model import ActorsFile, AgendaMeta, Area, Consultation, DecisionsFile, ResponsesFile, SdgFile, StrategiesFile

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# Values, not schemas: a "description" inside them is data (an actor's, say), never the schema's text.
_VALUE_KEYWORDS = frozenset({"default", "const", "enum", "examples"})


class DescribedSchema(GenerateJsonSchema):
    """Pydantic's JSON Schema without titles made from names, each description as running text."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        json_schema = super().model_schema(schema)
        json_schema.pop("title", None)  # the class name, which the key in $defs already is
        return json_schema

    def generate(self, schema: CoreSchema, mode: JsonSchemaMode = "validation") -> JsonSchemaValue:
        return _running_text(super().generate(schema, mode))


def _running_text(node: Any) -> Any:
    """Every description with a docstring's line breaks joined into lines of text (paragraphs kept), as an
    editor shows it in one line or wraps it."""
    if isinstance(node, list):
        return [_running_text(value) for value in node]
    if not isinstance(node, dict):
        return node
    return {key: value if key in _VALUE_KEYWORDS
            else _paragraphs(value) if key == "description" and isinstance(value, str)
            else _running_text(value) for key, value in node.items()}


def _paragraphs(text: str) -> str:
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in text.split("\n\n") if paragraph.strip())


def described_schema(model: type[BaseModel], *, by_alias: bool = True) -> dict[str, Any]:
    """The model's JSON Schema with its fields' descriptions and no generated titles."""
    return model.model_json_schema(by_alias=by_alias, schema_generator=DescribedSchema)


# File -> the model it is read into, the file(s) the schema is for, and what they hold.
SCHEMAS: dict[str, tuple[type[BaseModel], str, str]] = {
    "agenda": (AgendaMeta, "agenda.yml",
               "Agendans egna uppgifter: titel, ägare, status och versioner, texterna före och efter områdena "
               "(förord, inledning, bilagor) och agendans egna kopplingar till nationella mål och globala mål."),
    "area": (Area, "areas/<id>.yml",
             "Ett område med dess mål och insatser, och deras kopplingar till nationella mål och globala mål."),
    "actors": (ActorsFile, "actors.yml", "De ansvariga aktörerna, som insatsernas `actors` pekar ut."),
    "consultation": (Consultation, "consultation.yml",
                     "Remissen: period, sista svarsdag, diarienummer, sändlista och hur man svarar."),
    "decisions": (DecisionsFile, "decisions.yml", "Beslutshistoriken: beslut och handlingar om agendan."),
    "responses": (ResponsesFile, "responses/*.yml",
                  "Remissvar: exporterade kommentarer och formella svar, med hur de har behandlats."),
    "sdgs": (SdgFile, "sdgs.yml", "De 17 globala målen för hållbar utveckling (referensdata som följer med "
                                  "verktyget)."),
    "national-strategies": (StrategiesFile, "national-strategies.yml, strategies.yml",
                            "Nationella strategier och deras mål: de som följer med verktyget, eller en agendas "
                            "egna i strategies.yml."),
}


def schema_texts() -> dict[str, str]:
    """File name -> JSON text of every schema, deterministic so the committed copy can be compared."""
    texts = {}
    for name, (model, files, description) in SCHEMAS.items():
        schema = described_schema(model)
        schema["$schema"] = DRAFT
        schema["$id"] = f"{name}.schema.json"
        schema["title"] = files
        schema["description"] = description
        texts[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return texts


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
