"""Links written as HTML use the built site's directory URLs; Markdown links use docs/ paths."""

from __future__ import annotations

import pytest

from generator.render import paths


@pytest.mark.parametrize("page, target, expected", [
    ("insatser/1.1.1.md", "mal/1.1.md", "../../mal/1.1/"),
    ("insatser/1.1.1.md", "insatser/1.1.2.md", "../1.1.2/"),
    ("insatser/1.1.1.md", "index.md", "../../"),
    ("insatser/index.md", "insatser/1.1.1.md", "1.1.1/"),
    ("hela-agendan/index.md", "remiss/sammanstallning.md", "../remiss/sammanstallning/"),
    ("index.md", "omraden/1.md", "omraden/1/"),
    ("index.md", "index.md", "./"),
])
def test_html_links_are_relative_directory_urls(page: str, target: str, expected: str) -> None:
    assert paths.url(page, target) == expected


def test_markdown_links_are_docs_paths() -> None:
    assert paths.relative("insatser/1.1.1.md", "mal/1.1.md") == "../mal/1.1.md"
