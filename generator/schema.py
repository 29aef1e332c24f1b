"""JSON Schemas for the YAML files, generated from the models so editors can validate as they type."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .model import ActorsFile, AgendaMeta, Area, Consultation, DecisionsFile, ResponsesFile, SdgFile, StrategiesFile

SCHEMAS: dict[str, type[BaseModel]] = {
    "agenda": AgendaMeta,
    "area": Area,
    "actors": ActorsFile,
    "consultation": Consultation,
    "decisions": DecisionsFile,
    "responses": ResponsesFile,
    "sdgs": SdgFile,
    "national-strategies": StrategiesFile,
}


def schema_texts() -> dict[str, str]:
    """File name -> JSON text of every schema, deterministic so the committed copy can be compared."""
    texts = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"{name}.schema.json"
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
