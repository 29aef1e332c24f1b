"""Markdown pages for MkDocs, written from the model, the site configuration and the downloads' listing."""

from __future__ import annotations

from typing import Any

import jinja2
from markupsafe import Markup, escape

from .. import memo, urls
from ..config import SiteConfig
from ..downloads import Download
from ..model import Agenda, Area, Item
from ..model.graph import LinkIndex
from ..model.licences import find_licence
from ..model import CHANNEL_LABELS, DECISION_KIND_LABELS, DISPOSITION_LABELS
from ..model.links import PROVENANCE_LABELS
from .brand import assets
from .environment import environment
from .pages import PageSpec, common_inputs, page_specs
from .parallel import render_in_parallel
from .views import Views, label

__all__ = ["assets", "page_specs", "render_pages"]


def render_pages(agenda: Agenda, site: SiteConfig, links: LinkIndex, downloads: list[Download]) -> dict[str, str]:
    """Every page, by its path in the docs folder. Inside `agenda serve` a page is rendered again only when
    its inputs changed, and a page that shows every area only for the areas that changed."""
    shared = _shared(agenda, site, links, downloads)
    env = environment()

    def render(spec: PageSpec) -> str:
        return env.get_template(spec.template).render(page=spec.path, **shared, **spec.context)

    def area_part(template: str, page: str, area: Area) -> Markup:
        """`template` rendered for one area of the page being rendered: kept by `agenda serve` until the area
        changes (a page that shows every area is rendered again after any edit, but only in that area)."""
        inputs = (area, *common_inputs(agenda), site)
        return memo.kept(template, f"{page}#{area.id}", inputs,
                         lambda: Markup(env.get_template(template).render(page=page, area=area, **shared)))

    shared["area_part"] = jinja2.pass_context(lambda context, template, area: area_part(template, context["page"], area))
    specs = page_specs(agenda)
    if memo.current() is None:
        return dict(zip((spec.path for spec in specs), render_in_parallel(specs, render)))
    return {spec.path: memo.kept("page", spec.path, (spec.template, site, spec.inputs), lambda: render(spec))
            if spec.inputs is not None else render(spec) for spec in specs}


def _shared(agenda: Agenda, site: SiteConfig, links: LinkIndex, downloads: list[Download]) -> dict[str, Any]:
    """The names every page of one agenda sees besides its own."""
    return {
        "agenda": agenda,
        "meta": agenda.meta,
        "terms": agenda.meta.terms,
        "site": site,
        "links": links,
        "views": Views(agenda, links),
        "downloads": downloads,
        "licence": find_licence(agenda.meta.licence),
        "provenance_labels": PROVENANCE_LABELS,
        "channel_labels": CHANNEL_LABELS,
        "disposition_labels": DISPOSITION_LABELS,
        "decision_kind_labels": DECISION_KIND_LABELS,
        "label": lambda item: label(agenda, item),
        # A page's address as printed after a link on paper: absolute when the site's address is known.
        "print_url": lambda page: urls.page_url(page, site.site_url) if site.site_url else "/" + urls.page_url(page),
        "item_link": jinja2.pass_context(lambda context, item: _item_link(agenda, context["page"], item)),
    }


def _item_link(agenda: Agenda, page: str, item: Item) -> Markup:
    """`<a href="../../mal/1.1/">Mål 1.1 Title</a>`: the most frequent markup of the pages, made in one call
    (as a macro it is four: the URL, the path, the label and the title)."""
    return Markup(f'<a href="{urls.url(page, urls.item_path(item))}">{escape(label(agenda, item))} '
                  f'{escape(item.title)}</a>')
