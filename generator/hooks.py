"""The tool's MkDocs hooks (MkDocs loads this file by its path; every build and `agenda serve` register it).

The theme prints the site's name, its description, navigation titles and each page's title and
description as they are, into HTML and attributes. Those texts come from the agenda and may hold
`<`, `&` or `"`: they are handed to the theme HTML-escaped, as markup, so they show exactly as
written wherever the theme puts them (and the theme's own `| e` leaves them alone). Before each
rebuild of `agenda serve` the pages are generated again from the agenda as it is now.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from generator import search_index, urls
from generator.preview import serving


def on_config(config: Any) -> Any:
    preview = serving()
    if preview is not None:
        preview.configure(config)
    config.site_name = escape(config.site_name)
    if config.site_description:
        config.site_description = escape(config.site_description)
    config.nav = _escaped_nav(config.nav)
    return config


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """The preview writes the pages itself before each build. Were the docs folder watched, those writes
    would ask for a second build, and MkDocs holds every page request until the last build asked for is
    done: only what people write by hand in the docs folder is watched."""
    preview = serving()
    if preview is not None:
        server.unwatch(config.docs_dir)
        for path in preview.hand_written():
            server.watch(str(path))
    return server


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = escape(page.meta[key])
    return markdown


# The navigation page lit up for the page being built, to be put out again once it is written.
_lit_tab: list[Any] = []


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """A page outside the navigation (an initiative, a goal, an SDG) marks the tab of the section it belongs
    to as current, as the section's own pages do; MkDocs marks only pages in the navigation."""
    wanted = urls.tab_of(page.file.src_uri)
    tab = next((entry for entry in nav.pages if entry.file.src_uri == wanted), None)
    if tab is not None and tab is not page:
        tab.active = True
        _lit_tab.append(tab)
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    while _lit_tab:
        _lit_tab.pop().active = False
    return output


def on_post_build(config: Any) -> None:
    """After Material's search plugin has written its index (plugins run before hooks): one entry per page."""
    search_index.tidy(Path(config.site_dir))


def _escaped_nav(nav: Any) -> Any:
    """`[{"Områden": "omraden/index.md"}, "x.md"]` with every title escaped."""
    if isinstance(nav, list):
        return [_escaped_nav(entry) for entry in nav]
    if isinstance(nav, dict):
        return {escape(title) if not isinstance(title, Markup) else title: _escaped_nav(value)
                for title, value in nav.items()}
    return nav
