"""Page weight from the built files: what a browser transfers for one page, no browser needed.

On a first visit a browser fetches the page, the stylesheets, scripts and icons it links, and
(because Material starts its search worker on load) the search worker, the lunr language
files and search/search_index.json. On a repeat visit the assets (fingerprinted, cacheable)
and the search index come from the cache: only the HTML is fetched.
"""

from __future__ import annotations

import gzip
import json
import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path


class _Assets(HTMLParser):
    """Stylesheets, scripts, icons and images a page references (what the browser fetches)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") in ("stylesheet", "icon", "manifest") and attributes.get("href"):
            self.urls.append(attributes["href"] or "")
        elif tag in ("script", "img") and attributes.get("src"):
            self.urls.append(attributes["src"] or "")


@dataclass
class Weight:
    html: int
    html_gzip: int
    assets: int          # CSS, JS, icons the page references, the search worker and lunr's language files
    assets_gzip: int
    search_index: int    # search/search_index.json, fetched by Material's search worker on page load
    search_index_gzip: int

    @property
    def first_visit(self) -> int:
        return self.html + self.assets + self.search_index

    @property
    def first_visit_gzip(self) -> int:
        return self.html_gzip + self.assets_gzip + self.search_index_gzip


def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def page_weight(site: Path, page: Path) -> Weight:
    """`page` is an HTML file in `site`; assets are resolved relative to it."""
    parser = _Assets()
    text = page.read_text(encoding="utf-8")
    parser.feed(text)
    base = posixpath.dirname(page.relative_to(site).as_posix())
    index = site / "search" / "search_index.json"
    urls = list(parser.urls)
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', text, re.S)
    if config and index.exists() and json.loads(config.group(1)).get("search"):
        urls.append(json.loads(config.group(1))["search"])  # the search worker
        for lang in json.loads(index.read_text(encoding="utf-8"))["config"]["lang"]:
            if lang != "en":  # lunr's stemmer support and the language's stemmer
                lunr = posixpath.relpath("assets/javascripts/lunr/min", base or ".")
                urls += [f"{lunr}/lunr.stemmer.support.min.js", f"{lunr}/lunr.{lang}.min.js"]
    assets: set[Path] = set()
    for url in urls:
        if "://" in url or url.startswith(("data:", "//")):
            continue  # a request to another host would be a bug the site tests catch
        path = site / posixpath.normpath(posixpath.join(base, url.split("#")[0].split("?")[0]))
        if path.is_file():
            assets.add(path)
    return Weight(
        html=page.stat().st_size, html_gzip=_gzip_size(page),
        assets=sum(path.stat().st_size for path in assets), assets_gzip=sum(_gzip_size(path) for path in assets),
        search_index=index.stat().st_size if index.exists() else 0,
        search_index_gzip=_gzip_size(index) if index.exists() else 0,
    )


def typical_initiative_page(site: Path) -> tuple[Path, int]:
    """The initiative page of median HTML size, and the largest size."""
    sizes = sorted((path.stat().st_size, path) for path in (site / "insatser").glob("*/index.html"))
    return sizes[len(sizes) // 2][1], sizes[-1][0]
