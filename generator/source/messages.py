"""Turn pydantic's validation errors into one `file:line: message` per problem.

pydantic reports a `loc` (key path) per error; the YAML line map turns it into a line,
and the messages below name the field, the bad value and what was expected.
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import Problem
from .yamldoc import KeyPath, YamlDoc

M = TypeVar("M", bound=BaseModel)

_DATE_ERRORS = {"date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact", "date_type"}


def parse_model(doc: YamlDoc, model: type[M], problems: list[Problem]) -> M | None:
    """Validate a whole document against `model`; append a located problem per error."""
    if not isinstance(doc.data, dict):
        problems.append(doc.problem((), f"expected a mapping of fields at the top level, got {_kind(doc.data)}"))
        return None
    try:
        return model.model_validate(doc.data)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            loc = tuple(detail["loc"])
            problems.append(doc.problem(loc, _describe(doc, model, loc, detail)))
        return None


def field_label(loc: KeyPath) -> str:
    """`goals[0].initiatives[2].ansvar` from a key path."""
    label = ""
    for part in loc:
        label += f"[{part}]" if isinstance(part, int) else (f".{part}" if label else str(part))
    return label


def _describe(doc: YamlDoc, model: type[BaseModel], loc: KeyPath, detail: dict[str, Any]) -> str:
    kind, value = detail["type"], detail.get("input")
    field = loc[-1] if loc else ""
    where = _item_context(doc.data, loc[:-1])
    if kind == "missing":
        return f"{_join(field_label(loc[:-1]), '')}missing required field '{field}'{where}"
    label = field_label(loc)
    if kind == "extra_forbidden":
        return f"unknown field '{field}'{where}{_suggest(model, loc)}"
    return f"{_join(label, '')}{_expected(kind, field, value, detail)}{where}"


def _expected(kind: str, field: Any, value: Any, detail: dict[str, Any]) -> str:
    if kind in _DATE_ERRORS:
        return f"invalid date '{value}' (expected a date written YYYY-MM-DD)"
    if kind == "string_type" and field in ("id", "item", "goal") and isinstance(value, (int, float)):
        return f"id {value!r} must be a quoted string, e.g. \"{value}\""
    if kind == "string_type":
        return f"expected text, got {_kind(value)}"
    if kind in ("int_type", "int_parsing"):
        return f"expected a whole number, got {_kind(value)} {value!r}"
    if kind == "string_pattern_mismatch" or kind == "string_too_short":
        return _pattern_message(field, value, detail)
    if kind == "literal_error":
        return f"'{value}' is not allowed (expected {detail['ctx']['expected']})"
    if kind in ("list_type", "model_type", "dict_type"):
        wanted = {"list_type": "a list", "model_type": "a mapping of fields", "dict_type": "a mapping"}[kind]
        return f"expected {wanted}, got {_kind(value)}"
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"{value!r} is out of range ({detail['msg'].lower()})"
    if kind == "value_error":
        return str(detail["ctx"]["error"])
    return detail["msg"]


def _pattern_message(field: Any, value: Any, detail: dict[str, Any]) -> str:
    if not str(value).strip():
        return "must not be empty"
    pattern = detail.get("ctx", {}).get("pattern", "")
    if pattern.endswith("\\.pdf$"):
        return (f"invalid document '{value}' (expected the name of a .pdf file in the responses folder, "
                "e.g. 'kalmar-kommun.pdf')")
    if "(svg|png)" in pattern:
        return f"invalid logo '{value}' (expected the name of an .svg or .png file beside agenda.yml, e.g. 'logo.svg')"
    if "A-Za-z0-9" in pattern:
        return f"invalid id '{value}' (expected letters or digits separated by dots, e.g. '1.2.3')"
    if "a-z0-9" in pattern:
        return f"invalid id '{value}' (expected lowercase letters, digits and hyphens, e.g. 'digital-kompetens')"
    if pattern.startswith("^#"):
        return f"invalid colour '{value}' (expected #RRGGBB)"
    return f"invalid value '{value}'"


def _item_context(data: Any, loc: KeyPath) -> str:
    """' (initiative 1.2.1)' naming the innermost item around a key path, if any."""
    names = {"areas": "area", "goals": "goal", "initiatives": "initiative", "actors": "actor",
             "decisions": "decision", "sections": "section", "closing": "section",
             "appendices": "appendix"}
    found, node, container = "", data, None
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(part, str):
            container = part
        elif isinstance(node, dict) and container in names and "id" in node:
            found = f" ({names[container]} {node['id']})"
    return found


def _suggest(model: type[BaseModel], loc: KeyPath) -> str:
    owner = _model_at(model, loc[:-1])
    if owner is None:
        return ""
    fields = sorted(owner.model_fields)
    close = difflib.get_close_matches(str(loc[-1]), fields, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f" (expected one of: {', '.join(fields)}){hint}"


def _model_at(model: type[BaseModel], loc: KeyPath) -> type[BaseModel] | None:
    """The model class that validates the mapping at `loc` (list indexes are stepped through)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            return None
        current = _inner_model(current.model_fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """`Goal` from `list[Goal]`, `Contact` from `Contact | None`."""
    for arg in typing.get_args(annotation):
        inner = _inner_model(arg)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return inner
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None if isinstance(annotation, types.UnionType) else annotation


def _join(label: str, separator: str) -> str:
    return f"{label}: " if label else separator


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)
