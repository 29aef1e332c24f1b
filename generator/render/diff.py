"""A word-level comparison of two wordings, as HTML that says what changed in text as well as in colour.

Deleted words are a `<del>`, inserted ones an `<ins>` (struck through and underlined by the style
sheet, not only coloured); each also carries words that screen readers read out ("borttaget:",
"tillagt:"), because most of them announce neither element. A paragraph break that was added or
removed is shown as a pilcrow (¶).
"""

from __future__ import annotations

import difflib
import html
import re

from markupsafe import Markup

BREAK = "\n\n"
_TOKEN = re.compile(r"\n\s*\n|\S+")

_MARKS = {"del": ("borttaget", "slut på borttaget"), "ins": ("tillagt", "slut på tillagt")}


def _tokens(text: str) -> list[str]:
    return [BREAK if token.isspace() else token for token in _TOKEN.findall(text.strip())]


def word_diff(before: str, after: str) -> Markup:
    """`before` changed into `after`, word by word, as paragraphs."""
    old, new = _tokens(before), _tokens(after)
    pieces: list[str] = []
    for operation, old_start, old_end, new_start, new_end in difflib.SequenceMatcher(None, old, new,
                                                                                      autojunk=False).get_opcodes():
        if operation == "equal":
            pieces.append(_plain(old[old_start:old_end]))
            continue
        if old_end > old_start:
            pieces.append(_changed("del", old[old_start:old_end]))
        if new_end > new_start:
            pieces.append(_changed("ins", new[new_start:new_end]))
    body = " ".join(piece for piece in pieces if piece).replace(f" {BREAK} ", BREAK).strip()
    paragraphs = [part.strip() for part in body.split(BREAK) if part.strip()]
    return Markup('<div class="agenda-diff">' + "".join(f"<p>{part}</p>" for part in paragraphs) + "</div>")


def _plain(tokens: list[str]) -> str:
    """Unchanged words; a paragraph break stays one."""
    return " ".join(BREAK if token == BREAK else html.escape(token) for token in tokens)


def _changed(tag: str, tokens: list[str]) -> str:
    """Words deleted or inserted; a paragraph break among them is a pilcrow inside the mark, and an
    inserted break also starts a new paragraph after it."""
    start, end = _MARKS[tag]
    words = " ".join("¶" if token == BREAK else html.escape(token) for token in tokens)
    marked = (f'<{tag}><span class="agenda-visually-hidden">{start}: </span>{words}'
              f'<span class="agenda-visually-hidden"> ({end})</span></{tag}>')
    return marked + (f" {BREAK} " if tag == "ins" and tokens[-1] == BREAK else "")
