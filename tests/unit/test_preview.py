"""`agenda serve` rebuilds only changed pages; its navigation must still carry every title."""

from __future__ import annotations

from pathlib import Path

from generator.commands.preview import _titled


def test_navigation_titles_come_from_the_generated_pages(tmp_path: Path) -> None:
    (tmp_path / "omraden").mkdir()
    (tmp_path / "omraden" / "index.md").write_text('---\ntitle: "Fokusområden"\n---\n\n# Fokusområden\n',
                                                   encoding="utf-8")
    (tmp_path / "plain.md").write_text("# No front matter\n", encoding="utf-8")
    nav = ["omraden/index.md", "plain.md", "missing.md", {"Start": "index.md"}]
    assert [_titled(entry, tmp_path) for entry in nav] == [
        {"Fokusområden": "omraden/index.md"}, "plain.md", "missing.md", {"Start": "index.md"}]
