"""What a page says in its own words: each sentence of its main text with everything that comes from the
agenda's data or the reference data cut out, leaving the tool's frame ("Agendan har … ….")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag

from generator.model import Agenda, Note
from generator.render.notes import NOTE_KINDS, note_summary
from generator.swedish import swedish_date

BLOCKS = ["p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "td", "th", "summary", "caption", "figcaption"]
GAP = "…"


def data_strings(agenda: Agenda) -> list[str]:
    """Every text of the agenda and the reference data it uses, the labels made of its terms and ids, and
    its dates as Swedish pages write them: longest first, so that a title goes before a word in it."""
    found: set[str] = set()
    for part in (agenda.meta, *agenda.areas, *agenda.actors, *agenda.sdgs, agenda.strategy, agenda.consultation,
                 *agenda.decisions):
        if part is not None:
            found.update(_strings(part.model_dump()))
    terms = agenda.meta.terms
    for item in agenda.items():
        found.update(f"{word} {item.id}" for word in (terms.area, terms.goal, terms.initiative))
    found.update(swedish_date(day) for day in _dates(agenda))
    pieces = {piece.strip() for text in found for piece in [text, *re.split(r"\n\s*\n|(?<=[.!?:])\s+", text)]}
    words = set(terms.model_dump().values())  # "Mål" is data too, however short
    return sorted({piece for piece in pieces if len(piece) > 3} | words, key=len, reverse=True)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        if value.get("kind") in NOTE_KINDS and isinstance(value.get("text"), str):
            # A collapsed note shows its summary: the editors', or the note's own first words.
            note = Note(kind=value["kind"], text=value["text"], summary=value.get("summary"))
            yield note_summary(note).removesuffix(" …")
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            yield from _strings(inner)


def _dates(agenda: Agenda) -> Iterator[Any]:
    meta, consultation = agenda.meta, agenda.consultation
    yield from (day for day in (meta.date, *(version.date for version in meta.versions)) if day)
    if consultation:
        yield from (consultation.start, consultation.deadline)


def frames(html: str, strings: list[str]) -> list[str]:
    """The main text's sentences as frames: data cut out (each piece once, longest first), numbers as N."""
    article = BeautifulSoup(html, "html.parser").find("article")
    found = []
    for block in _leaf_blocks(article) if isinstance(article, Tag) else []:
        text = " ".join(block.get_text(" ", strip=True).split())
        for piece in strings:
            if piece in text:
                text = text.replace(piece, GAP)
        text = re.sub(r"\d+", "N", text)
        text = re.sub(rf"{GAP}(\s*[,–-]?\s*{GAP})+", GAP, text)
        found += [sentence for sentence in re.split(r"(?<=[.!?:])\s+", text.strip()) if sentence.strip(f" {GAP}.,:")]
    return found


def _leaf_blocks(article: Tag) -> Iterator[Tag]:
    """Block elements with no block inside (a list item's own text, not its nested list's)."""
    for block in article.find_all(BLOCKS):
        if not block.find(BLOCKS):
            yield block
