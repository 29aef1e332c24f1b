"""Read YAML files into plain data while remembering the line of every key and item.

The line map lets every later check (pydantic, cross-references) point at the
exact line of the value it complains about, as `file:line: message`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from ..characters import BIDI_CONTROLS, character_name
from ..errors import Problem, display_path
from .invisible import invisible, not_yaml

KeyPath = tuple[str | int, ...]
_STR_TAG = "tag:yaml.org,2002:str"


@dataclass
class YamlDoc:
    """One parsed YAML file: its data and the line of every key path in it."""

    path: Path
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)  # what the maintainer should know, not errors

    @cached_property
    def name(self) -> str:
        return display_path(self.path)

    def line_of(self, key_path: KeyPath) -> int:
        """Line of the longest prefix of `key_path` that exists (missing keys point at their parent)."""
        for end in range(len(key_path), -1, -1):
            line = self.lines.get(tuple(key_path[:end]))
            if line is not None:
                return line
        return 1

    def problem(self, key_path: KeyPath, message: str) -> Problem:
        return Problem(self.name, self.line_of(key_path), message)


class _Builder:
    """Turns a composed YAML node tree into Python data, recording lines and duplicate keys."""

    def __init__(self, loader: yaml.SafeLoader, doc: YamlDoc, text: str, problems: list[Problem]) -> None:
        self.loader = loader
        self.text = text
        self.doc = doc
        self.problems = problems

    def build(self, node: yaml.Node, path: KeyPath) -> Any:
        self.doc.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node)
            line = key_node.start_mark.line + 1
            if key in result:
                first = self.doc.lines[path + (key,)]
                self.problems.append(
                    Problem(self.doc.name, line, f"duplicate key '{key}' (first given on line {first})")
                )
                continue
            self.doc.lines[path + (key,)] = line
            result[key] = self.build(value_node, path + (key,))
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag == _STR_TAG:
            if node.style == '"':  # the only style with escapes
                self._escaped_bidi_controls(node)
            return node.value  # what the constructor would return, without its bookkeeping
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, yaml.constructor.ConstructorError):
            # An impossible date such as 2018-02-30 matches YAML's timestamp pattern but cannot
            # be constructed; keep the text so the model reports it as an invalid date.
            return node.value


    def _escaped_bidi_controls(self, node: yaml.Node) -> None:
        """A bidirectional control written as an escape ("\\u202e") reorders the page as one typed in does; those
        typed in are found in the file's text already (invisible.py)."""
        written = self.text[node.start_mark.index:node.end_mark.index]
        for character in sorted((set(node.value) & BIDI_CONTROLS) - set(written)):
            self.problems.append(Problem(
                self.doc.name, node.start_mark.line + 1,
                f"column {node.start_mark.column + 1}: an escape gives {character_name(character)}, an invisible "
                "bidirectional control, which makes the text after it read in another order than it is written: "
                "delete it"))


# libyaml's parser (when PyYAML has it) is about ten times faster than the pure-Python one and
# gives the same nodes with the same line marks; large agendas are read in a fraction of the time.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, loader_class: type[yaml.SafeLoader]) -> tuple[yaml.SafeLoader, yaml.Node | None]:
    loader = loader_class(text)
    return loader, loader.get_single_node()


def _reference_error(text: str) -> yaml.MarkedYAMLError | None:
    try:
        _compose(text, yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return error
    return None


def decoded(raw: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """A YAML file's text, or None with why YAML cannot read it: bytes that are not UTF-8, control characters."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(name, line, f"file is not UTF-8 text (byte 0x{raw[error.start]:02x})")]
    problems = not_yaml(text, name)
    return (None if problems else text), problems


def load_yaml(path: Path) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse one file. Returns the document, or None with the problems that stopped parsing."""
    name = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(name, None, f"cannot read file: {error.strerror}")]
    text, unreadable = decoded(raw, name)
    if text is None:
        return None, unreadable
    problems, warnings = invisible(text, name)
    try:
        loader, node = _compose(text, _FAST_LOADER)
    except yaml.MarkedYAMLError as fast_error:
        # libyaml words its messages differently; report them as the reference parser does.
        error = (_reference_error(text) if _FAST_LOADER is not yaml.SafeLoader else None) or fast_error
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        return None, problems + [Problem(name, line, f"YAML syntax error: {error.problem or error.context}")]
    doc = YamlDoc(path, None, warnings=warnings)
    if node is not None:
        doc.data = _Builder(loader, doc, text, problems).build(node, ())
    return doc, problems
