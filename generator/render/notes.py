"""What a collapsed editorial note shows before it is opened: its kind and one line about it."""

from __future__ import annotations

from ..model import Note
from .diff import readable

NOTE_KINDS = {"discrepancy": "Avvikelse i källtexten", "editorial": "Redaktionens anmärkning"}
# A summary line that fits two lines of a phone (360 px) under the kind.
SUMMARY_LENGTH = 70


def note_summary(note: Note) -> str:
    """The editors' one-line summary, or else the note's own first words (never words it does not have):
    up to the end of its first sentence, cut at a word with "…" when that is longer than a line."""
    if note.summary:
        return note.summary
    words = readable(note.text).split()
    line = ""
    for word in words:
        if len(line) + len(word) + 1 > SUMMARY_LENGTH:
            return line + " …"
        line = f"{line} {word}".strip()
        if word.endswith((".", "!", "?")) and not _abbreviation(word):
            return line
    return line


def _abbreviation(word: str) -> bool:
    """"s." in "(s. 9)", "t.ex.", "bl.a.": a full stop that ends no sentence."""
    return len(word.strip("(")) <= 2 or word.count(".") > 1
