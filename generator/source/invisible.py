"""Characters in an agenda's files that no one can see, found with their line and column.

YAML allows no control characters (NUL, BEL, ESC ...) in a file; its parser would stop at the first one
with an error of its own, so they are looked for first, every one of them, and the file is not parsed.

Bidirectional controls (U+202A–U+202E, U+2066–U+2069) are errors: unseen, they make the text after them
read in another order than it is stored, on the pages and in an editor alike, and no agenda text needs
them (the Unicode bidirectional algorithm lays out an Arabic or Hebrew name by itself).

Other invisible formatting characters (Unicode category Cf: a zero-width space, a word joiner, a byte
order mark inside the text, the direction marks) are warnings: they are mostly pasted in by accident and
hide the word they stand in from search, but each has its legitimate uses (a line break opportunity in
Thai, a direction mark in right-to-left text), and comments exported from the comment server may carry
them; the agenda still builds. The zero-width non-joiner and joiner, which Persian, Arabic and Indic
spellings need, and the soft hyphen, a hyphenation point in a long Swedish compound, are text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import yaml

from ..characters import BIDI_CONTROLS, character_name
from ..errors import Problem

# Exactly the characters YAML's reader refuses (PyYAML's own pattern; libyaml refuses the same).
_NOT_YAML = yaml.reader.Reader.NON_PRINTABLE
_FORMATTING_TEXT = frozenset("\u200c\u200d\u00ad")  # ZWNJ, ZWJ, soft hyphen
_BYTE_ORDER_MARK = "\ufeff"  # at the very start of a file it marks the encoding, as some editors save it
# Everything but the blocks without a formatting character (ASCII, Latin-1 but the soft hyphen, Greek, Cyrillic,
# Hebrew ..., dashes and quotation marks): most of what an agenda is written in is passed over at once.
_SUSPECT = re.compile("[^\t\n\r\x20-\x7e\u00a0-\u00ac\u00ae-\u05ff\u2010-\u2029]")


def not_yaml(text: str, name: str) -> list[Problem]:
    """The characters YAML does not allow, each with its line and column."""
    problems = []
    for line, column, character in _found(text, _NOT_YAML):
        kind = "a control character" if unicodedata.category(character) == "Cc" else "not a character"
        problems.append(Problem(name, line, f"column {column}: {character_name(character)} is {kind}, "
                                            "which YAML does not allow: delete it"))
    return problems


def invisible(text: str, name: str) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings): the bidirectional controls and the other invisible formatting characters in the text."""
    errors, warnings = [], []
    for line, column, character in _found(text, _SUSPECT):
        where = f"column {column}: {character_name(character)}"
        if character in BIDI_CONTROLS:
            errors.append(Problem(name, line, f"{where} is an invisible bidirectional control, which makes the text "
                                              "after it read in another order than it is written: delete it"))
        elif (unicodedata.category(character) == "Cf" and character not in _FORMATTING_TEXT
              and not (character == _BYTE_ORDER_MARK and line == column == 1)):
            warnings.append(Problem(name, line, f"{where} is an invisible formatting character, mostly pasted in "
                                                "by accident (a word with it inside is not found by search): delete "
                                                "it unless it is meant"))
    return errors, warnings


def _found(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """(line, column, character) of every match, both counted from 1."""
    for match in pattern.finditer(text):
        start = match.start()
        yield text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start), match.group()
