"""Reading a built site: pages, their links and their ids, with a real HTML parser."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


@dataclass
class BuiltPage:
    site: Path
    file: Path

    @property
    def url(self) -> str:
        """Site-absolute URL path, e.g. /insatser/1.1.1/."""
        relative = self.file.relative_to(self.site).as_posix()
        return "/" + relative.removesuffix("index.html")

    @cached_property
    def soup(self) -> BeautifulSoup:
        return BeautifulSoup(self.file.read_text(encoding="utf-8"), "html.parser")

    @cached_property
    def ids(self) -> set[str]:
        return {str(tag["id"]) for tag in self.soup.find_all(id=True)}

    def internal_links(self) -> list[tuple[str, str]]:
        """(href, resolved site path with optional #fragment) for every link to this site."""
        links = []
        for anchor in self.soup.find_all("a", href=True):
            href = str(anchor["href"])
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:")):
                continue
            path = posixpath.normpath(posixpath.join(self.url, unquote(parts.path))) if parts.path else self.url
            if parts.path.endswith("/") and not path.endswith("/"):
                path += "/"
            links.append((href, path + (f"#{parts.fragment}" if parts.fragment else "")))
        return links

    def main_text(self) -> str:
        article = self.soup.find("article")
        return article.get_text(" ", strip=True) if article else ""


def pages(site: Path) -> dict[str, BuiltPage]:
    return {page.url: page for page in (BuiltPage(site, f) for f in sorted(site.rglob("*.html")))}


def file_for(site: Path, path: str) -> Path | None:
    """The file a site path serves, as a static host would (directory -> index.html)."""
    candidate = site / path.lstrip("/")
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def broken_links(site: Path) -> list[str]:
    """Every internal link or anchor in the site that leads nowhere, as 'page: href (why)'."""
    broken = []
    site_pages = pages(site)
    by_file = {page.file: page for page in site_pages.values()}  # parse each page once
    for url, page in site_pages.items():
        for href, target in page.internal_links():
            path, _, fragment = target.partition("#")
            target_file = file_for(site, path)
            if target_file is None:
                broken.append(f"{url}: {href} (no page)")
            elif fragment and fragment not in by_file.get(target_file, BuiltPage(site, target_file)).ids:
                broken.append(f"{url}: {href} (no anchor #{fragment})")
    return broken
