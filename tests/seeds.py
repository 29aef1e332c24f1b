"""The source documents in ../shared/seeds/, and comparing transcribed text with them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from tests.minimal import REPO

SEEDS = REPO.parent / "shared" / "seeds"


def seed_file(prefix: str) -> Path:
    found = next(SEEDS.glob(f"{prefix}_*.txt"), None)
    if found is None:
        pytest.skip(f"the source document ../shared/seeds/{prefix}_*.txt is not beside this checkout")
    return found


def words(text: str) -> str:
    """Compare words, not layout: Markdown list and heading markers, escapes, spacing."""
    text = re.sub(r"^\s*(#+|-)\s+", " ", text, flags=re.MULTILINE)
    text = re.sub(r"\\(.)", r"\1", text)  # Markdown escapes such as "3\." in a list
    return re.sub(r"\s+", " ", text).strip()


def missing_sentences(texts: Iterable[tuple[str, str]], seed_text: str,
                      normalise: Callable[[str], str]) -> list[str]:
    """Sentences (over 20 characters) of the transcribed texts that the source does not contain verbatim.

    Paragraphs are the editors' (the text extraction lost them), so each is checked on its own.
    """
    missing = []
    for item_id, text in texts:
        for paragraph in re.split(r"\n\s*\n", text):
            for sentence in re.split(r"(?<=[.!?:])\s+", normalise(paragraph)):
                if len(sentence) > 20 and sentence not in seed_text:
                    missing.append(f"{item_id}: {sentence[:90]}")
    return missing
