"""Markdown pages for MkDocs, written from the model, the site configuration and the downloads' listing."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from .. import memo, urls
from ..config import SiteConfig
from ..downloads import Download
from ..model import (
    CHANNEL_LABELS, DECISION_KIND_LABELS, DISPOSITION_LABELS, POSITION_LABELS, VERIFIED_LABELS, Agenda, Area, Item,
)
from ..model.graph import LinkIndex
from ..model.licences import find_licence
from ..model.links import PROVENANCE_LABELS
from .brand import assets
from .environment import HTML_LIBRARY, MacroLibrary, environment
from .pages import PageSpec, common_inputs, page_specs
from .parallel import render_in_parallel
from .views import Views, label

__all__ = ["assets", "page_specs", "render_pages"]


def render_pages(agenda: Agenda, site: SiteConfig, links: LinkIndex, downloads: list[Download]) -> dict[str, str]:
    """Every page, by its path in the docs folder. Inside `agenda serve` a page is rendered again only when
    its inputs changed, and a page that shows every area only for the areas that changed."""
    rendering = Rendering(agenda, site, links, downloads)
    specs = page_specs(agenda)
    if memo.current() is None:
        return dict(zip((spec.path for spec in specs), render_in_parallel(specs, rendering.render)))
    return {spec.path: memo.kept("page", spec.path, (spec.template, site, spec.inputs),
                                 lambda: rendering.render(spec))  # noqa: B023 (called at once)
            if spec.inputs is not None else rendering.render(spec) for spec in specs}


class Rendering:
    """One agenda's pages being rendered: the names every page sees, and the page being rendered now,
    from which every link is written. The HTML library is made once and follows the current page."""

    def __init__(self, agenda: Agenda, site: SiteConfig, links: LinkIndex, downloads: list[Download]) -> None:
        self.agenda = agenda
        self.site = site
        self.page = ""
        self.environment = environment()
        self.names: dict[str, Any] = {
            "agenda": agenda, "meta": agenda.meta, "terms": agenda.meta.terms, "site": site, "links": links,
            "views": Views(agenda, links, site), "downloads": downloads, "licence": find_licence(agenda.meta.licence),
            "provenance_labels": PROVENANCE_LABELS, "channel_labels": CHANNEL_LABELS,
            "disposition_labels": DISPOSITION_LABELS, "decision_kind_labels": DECISION_KIND_LABELS,
            "position_labels": POSITION_LABELS, "verified_labels": VERIFIED_LABELS,
            "label": lambda item: label(agenda, item), "url": self.url, "href": self.href,
            "item_link": self.item_link, "print_url": self.print_url, "area_part": self.area_part,
        }
        library = self.environment.get_template(HTML_LIBRARY).make_module(self.names)
        self.names["html"] = MacroLibrary(library)

    def render(self, spec: PageSpec) -> str:
        self.page = spec.path
        return self.environment.get_template(spec.template).render(**self.names, **spec.context)

    def url(self, target: str) -> Markup:
        """An HTML link target: the built site's address from this page (MkDocs copies HTML untouched)."""
        return Markup(urls.url(self.page, target))

    def href(self, target: str) -> Markup:
        """A Markdown link target: the docs path from this page, which MkDocs resolves and checks."""
        return Markup(urls.relative(self.page, target))

    def print_url(self, target: str) -> str:
        """A page's address as printed after a link on paper: the public address, or nothing when it is not
        known (a path such as "/omraden/1/" means nothing on paper)."""
        site_url = self.site.site_url
        return urls.page_url(target, site_url) if site_url else ""

    def item_link(self, item: Item) -> Markup:
        """`<a href="../../mal/1.1/">Mål 1.1 Title</a>`: the most frequent markup of the pages, made in one call
        (as a macro it is four: the URL, the path, the label and the title)."""
        return Markup(f'<a href="{urls.url(self.page, urls.item_path(item))}">{escape(label(self.agenda, item))} '
                      f'{escape(item.title)}</a>')

    def area_part(self, template: str, area: Area) -> Markup:
        """`template` rendered for one area of the page being rendered: kept by `agenda serve` until the area
        changes (a page that shows every area is rendered again after any edit, but only in that area)."""
        page = self.page
        inputs = (area, *common_inputs(self.agenda), self.site)
        return memo.kept(template, f"{page}#{area.id}", inputs,
                         lambda: Markup(self.environment.get_template(template).render(**self.names, area=area)))
