"""Characters no one can see in an agenda's files: control characters (which YAML does not allow),
bidirectional controls (errors) and other invisible formatting characters (warnings), each reported
as `file:line: column N: ...` with the character named."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from generator.characters import BIDI_CONTROLS
from generator.commands import check
from generator.source.invisible import invisible
from generator.source import read_agenda
from tests.minimal import AGENDA, AREA, make_agenda, problems_for

AREA_FILE = "source/test-agenda/areas/1.yml"
AGENDA_FILE = "source/test-agenda/agenda.yml"
NOT_YAML = "which YAML does not allow: delete it"
BIDI = ("is an invisible bidirectional control, which makes the text after it read in another order than it is "
        "written: delete it")
FORMATTING = ("is an invisible formatting character, mostly pasted in by accident (a word with it inside is not "
              "found by search): delete it unless it is meant")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("character, name", [
    ("\x00", "U+0000 (NUL) is a control character"),
    ("\x07", "U+0007 (BEL) is a control character"),
    ("\x1b", "U+001B (ESC) is a control character"),
    ("\x7f", "U+007F (DEL) is a control character"),
    ("\x9b", "U+009B (CSI) is a control character"),
    ("\ufffe", "U+FFFE is not a character"),
])
def test_a_control_character_is_named_with_its_line_and_column(character: str, name: str) -> None:
    broken = AREA.replace("title: Kompetens", f"title: Kom{character}petens")
    assert problems_for({"areas/1.yml": broken}) == [f"{AREA_FILE}:2: column 11: {name}, {NOT_YAML}"]


def test_every_control_character_is_reported_and_the_other_files_still_checked() -> None:
    broken = AREA.replace("title: Kompetens", "title: \x07Kompetens\x07").replace("Text.", "Te\x00xt.")
    assert problems_for({"areas/1.yml": broken, "actors.yml": "actors: 5\n"}) == [
        "source/test-agenda/actors.yml:1: actors: expected a list, got a number",
        f"{AREA_FILE}:2: column 18: U+0007 (BEL) is a control character, {NOT_YAML}",  # sorted as text
        f"{AREA_FILE}:2: column 8: U+0007 (BEL) is a control character, {NOT_YAML}",
        f"{AREA_FILE}:14: column 17: U+0000 (NUL) is a control character, {NOT_YAML}",
    ]


@pytest.mark.parametrize("character, name", [
    ("\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("\u202a", "U+202A (LEFT-TO-RIGHT EMBEDDING)"),
    ("\u2066", "U+2066 (LEFT-TO-RIGHT ISOLATE)"),
    ("\u2069", "U+2069 (POP DIRECTIONAL ISOLATE)"),
])
def test_a_bidirectional_control_is_an_error(character: str, name: str) -> None:
    broken = AGENDA.replace("owner: Testregionen", f"owner: Test{character}regionen")
    assert problems_for({"agenda.yml": broken}) == [f"{AGENDA_FILE}:3: column 12: {name} {BIDI}"]


def test_a_bidirectional_control_in_a_comment_is_an_error_too() -> None:
    """In an editor, it reorders the line it stands on just as on a page (a "Trojan Source" review)."""
    broken = AGENDA.replace("owner: Testregionen", "owner: Testregionen  # \u202eregion")
    assert problems_for({"agenda.yml": broken}) == [f"{AGENDA_FILE}:3: column 24: U+202E (RIGHT-TO-LEFT OVERRIDE) {BIDI}"]


def test_a_bidirectional_control_is_reported_beside_a_syntax_error() -> None:
    broken = AREA.replace("title: Kompetens", "title: [Kompe\u202etens")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:2: column 14: U+202E (RIGHT-TO-LEFT OVERRIDE) {BIDI}",
        f"{AREA_FILE}:3: YAML syntax error: expected ',' or ']', but got ':'",
    ]


def test_a_bidirectional_control_written_as_an_escape_is_an_error() -> None:
    """"\\u202e" in a double-quoted string is as invisible on the page as the character typed in."""
    escaped = AGENDA.replace("owner: Testregionen", 'owner: "Test\\u202eregionen"')
    assert problems_for({"agenda.yml": escaped}) == [
        f"{AGENDA_FILE}:3: column 8: an escape gives U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible bidirectional "
        "control, which makes the text after it read in another order than it is written: delete it"]


def test_a_bidirectional_control_typed_into_a_double_quoted_string_is_reported_once() -> None:
    typed = AGENDA.replace("owner: Testregionen", 'owner: "Test\u202eregionen"')
    assert problems_for({"agenda.yml": typed}) == [f"{AGENDA_FILE}:3: column 13: U+202E (RIGHT-TO-LEFT OVERRIDE) {BIDI}"]


@pytest.mark.parametrize("character, name", [
    ("\u200b", "U+200B (ZERO WIDTH SPACE)"),
    ("\u2060", "U+2060 (WORD JOINER)"),
    ("\ufeff", "U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
    ("\u200e", "U+200E (LEFT-TO-RIGHT MARK)"),
])
def test_other_invisible_formatting_characters_are_warnings(tmp_path: Path, character: str, name: str) -> None:
    area = AREA.replace("background: Bakgrund.", f"background: Bak{character}grund.")
    agenda = read_agenda(make_agenda(tmp_path, {"areas/1.yml": area}))
    assert f"  note: {AREA_FILE}:3: column 16: {name} {FORMATTING}" in check.notes(agenda, agenda.meta.date)


def test_joiners_soft_hyphens_and_a_byte_order_mark_at_the_start_are_text(tmp_path: Path) -> None:
    """Persian and Indic spellings need the (non-)joiner, a long Swedish compound a hyphenation point; some
    editors begin a UTF-8 file with a byte order mark."""
    area = "\ufeff" + AREA.replace("title: Kompetens", "title: می\u200cخواهم \u0915\u094d\u200d\u0937 digital\u00adkompetens")
    agenda = read_agenda(make_agenda(tmp_path, {"areas/1.yml": area}))
    assert agenda.areas[0].title == "می\u200cخواهم \u0915\u094d\u200d\u0937 digital\u00adkompetens"
    assert [str(warning) for warning in agenda.warnings if "U+" in str(warning)] == []


def test_every_formatting_character_is_found() -> None:
    """All of Unicode's category Cf: the bidirectional controls as errors, the rest as warnings, but the joiners
    and the soft hyphen (so that a faster search for them cannot miss one)."""
    formatting = [chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Cf"]
    errors, warnings = invisible("x" + "".join(formatting), "f.yml")
    assert len(errors) == len(BIDI_CONTROLS) and len(warnings) == len(formatting) - len(BIDI_CONTROLS) - 3
