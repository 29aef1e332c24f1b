"""A word-level comparison of two wordings, as HTML that says what changed in text as well as in colour.

Deleted words are a `<del>`, inserted ones an `<ins>` (struck through and underlined by the style
sheet, not only coloured); each also carries words that screen readers read out ("borttaget:",
"tillagt:"), because most of them announce neither element. A paragraph break that was added or
removed is shown as a pilcrow (¶). Markdown texts are compared as readers see them: rendered, so
that a comparison shows words, not Markdown or entities.
"""

from __future__ import annotations

import difflib
import html
import re
from html.parser import HTMLParser

import markdown
from markupsafe import Markup

from .text import agenda_markdown

BREAK = "\n\n"
_TOKEN = re.compile(r"\n\s*\n|\S+")

_MARKS = {"del": ("borttaget", "slut på borttaget"), "ins": ("tillagt", "slut på tillagt")}


def _tokens(text: str) -> list[str]:
    return [BREAK if token.isspace() else token for token in _TOKEN.findall(text.strip())]


def word_diff(before: str, after: str, is_markdown: bool = False) -> Markup:
    """`before` changed into `after`, word by word, as paragraphs; Markdown texts as they read rendered."""
    if is_markdown:
        before, after = readable(before), readable(after)
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


def readable(text: str) -> str:
    """A Markdown text as its reader sees it: the words of each paragraph, list item or heading, blocks
    separated by a blank line (HTML in the text stays text, as on the pages)."""
    reader = _BlockText()
    reader.feed(markdown.markdown(str(agenda_markdown(text))))
    reader.close()
    return "\n\n".join(block for block in reader.blocks if block)


class _BlockText(HTMLParser):
    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        self.blocks[-1] = " ".join((self.blocks[-1] + " " + data).split())
