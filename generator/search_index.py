"""One search result per page, its title with an excerpt under it (the hooks call this after each build).

Material's search indexes a page in sections, one per heading with an id, and what comes before the
first heading as the page itself. The breadcrumbs (and an SDG page's banner) come before the h1, so each
page got an entry of its own with no text, titled as the page, and the h1 its own section titled the same:
a search listed the page's title twice, the second time under "1 till på denna sida", and showed its text
only there. The page's entry takes the text of its h1 section, which is dropped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

INDEX = Path("search") / "search_index.json"


def merge_page_headings(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The index's entries with each page's h1 section merged into the page's own entry.

    The h1 section is the section right after the page's entry when that entry has no text of its own
    (only excluded breadcrumbs came before it) or is titled as the section (the h1 nested in a banner).
    """
    merged: list[dict[str, Any]] = []
    for doc in docs:
        page = merged[-1] if merged else None
        if page is not None and _is_heading_of(doc, page):
            page["text"] = " ".join(part for part in (page["text"], doc["text"]) if part)
            continue
        merged.append(doc)
    return merged


def tidy(site_dir: Path) -> None:
    """Rewrite the built site's search index (if the site has one) with `merge_page_headings`."""
    path = site_dir / INDEX
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index["docs"] = merge_page_headings(index["docs"])
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _is_heading_of(section: dict[str, Any], page: dict[str, Any]) -> bool:
    if "#" in page["location"] or not section["location"].startswith(page["location"] + "#"):
        return False
    return not page["text"] or " ".join(section["title"].split()) == " ".join(page["title"].split())
