"""Every page of the site: which template renders it, at which path, with what."""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import jinja2

from ..export import Publication, export_files
from ..model import DISPOSITIONS, Agenda, Area, Item
from ..model.graph import LinkIndex, ResolvedLink
from ..model.links import PROVENANCE_LABELS
from . import paths
from .brand import brand_files, brand_rules
from .colours import sdg_stylesheet, text_colour
from .fragments import FragmentCache, fragment
from .parallel import render_pages
from .publication import filesize, publication_globals
from .text import enumeration, plain, sentence, shift_headings, untrusted, yaml_string
from .writer import WriteMemo, WriteResult, write_files

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "assets/stylesheets/generated.css"


@dataclass
class PageSpec:
    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    # Everything the page shows is a function of these values (compared with ==), so a
    # RenderCache may reuse its last output while they are unchanged. None: always render.
    inputs: tuple[Any, ...] | None = None


# Item fields that only the item's own page (and the whole-agenda page) shows. An edit to them
# renders that page again, not the overview pages (lists, matrices, SDG and actor pages),
# which are keyed on the other fields. tests/unit/test_incremental.py checks this against the
# real templates.
PAGE_ONLY_FIELDS = frozenset({"text", "background", "resursbehov", "notes"})
_CHILDREN = frozenset({"goals", "initiatives"})


def generate(agenda: Agenda, docs_dir: Path, comment_url: str | None = None,
             publication: Publication = Publication(), cache: RenderCache | None = None) -> WriteResult:
    """Render every page and download into docs_dir, writing only files whose content changed.

    `comment_url` overrides the comment server named in consultation.yml (`agenda serve`
    points the pages at the Isso server it starts locally). With a `cache` (kept by
    `agenda serve`) only pages whose inputs changed since the last call are rendered.
    """
    return write_files(docs_dir, render_all(agenda, comment_url, publication, cache), cache.written if cache else None)


def render_all(agenda: Agenda, comment_url: str | None = None, publication: Publication = Publication(),
               cache: RenderCache | None = None) -> dict[str, str | bytes]:
    if comment_url is None and agenda.consultation and agenda.consultation.comments:
        comment_url = agenda.consultation.comments.url
    templates = _templates_stamp()
    environment = _environment(templates)
    fragments = cache.fragments if cache else None
    links = LinkIndex(agenda)
    downloads = export_files(agenda, publication, fragments, links)
    shared = {**_agenda_globals(agenda, comment_url, links), **publication_globals(agenda, publication, downloads)}

    @jinja2.pass_context
    def area_part(context: jinja2.runtime.Context, template: str, area: Area) -> str:
        """`template` rendered for one area of the page being rendered; with a cache, kept until its inputs change
        (the pages that show every area, such as the whole agenda, are rendered again after any edit)."""
        page = context["page"]
        inputs = (area, *_common(agenda), templates, comment_url, publication)
        return fragment(fragments, template, f"{page}#{area.id}", inputs,
                        lambda: environment.get_template(template).render(page=page, area=area, **shared))

    shared["area_part"] = area_part

    def render(spec: PageSpec) -> str:
        return environment.get_template(spec.template).render(page=spec.path, **shared, **spec.context)

    specs = page_specs(agenda)
    files: dict[str, str | bytes] = {}
    if cache is None:
        files.update(zip((spec.path for spec in specs), render_pages(specs, render)))
    else:
        files.update(cache.render(specs, render, templates, comment_url, publication))
        cache.fragments.prune()
    files[STYLESHEET] = sdg_stylesheet(agenda.sdgs) + brand_rules(agenda)
    files.update(brand_files(agenda))
    files.update({download.exporter.path: download.content for download in downloads if download.content})
    return files


class RenderCache:
    """The last output of every page with the inputs it was rendered from.

    `agenda serve` keeps one between regenerations: after an edit of one initiative's text
    only that initiative's page (and the pages that show every text: the whole agenda, the
    downloads) is rendered again, and of those only the edited area's part (`fragments`).
    Pages without declared inputs are always rendered; a change to any template renders everything.
    """

    def __init__(self) -> None:
        self._pages: dict[str, tuple[tuple[Any, ...], str]] = {}
        self.rendered = 0  # pages rendered by the last call (the rest came from the cache)
        self.written = WriteMemo()  # lets the writer skip reading back pages that came from the cache
        self.fragments = FragmentCache()  # each area's part of the whole-agenda page and of the downloads

    def render(self, specs: list[PageSpec], render: Callable[[PageSpec], str], *extra: Any) -> dict[str, str]:
        """`extra`: what every page depends on besides its inputs (templates, comment server, publication)."""
        pages: dict[str, tuple[tuple[Any, ...], str]] = {}
        self.rendered = 0
        same: dict[tuple[int, int], bool] = {}  # overview pages share one inputs tuple: compare it once
        for spec in specs:
            key = (spec.template, extra, spec.inputs)
            cached = self._pages.get(spec.path)
            if spec.inputs is None or cached is None or not self._same(cached[0], key, same):
                cached = (key, render(spec))
                self.rendered += 1
            pages[spec.path] = cached
        self._pages = pages
        return {path: output for path, (_, output) in pages.items()}

    @staticmethod
    def _same(old: tuple[Any, ...], new: tuple[Any, ...], same: dict[tuple[int, int], bool]) -> bool:
        if old[:2] != new[:2]:
            return False
        pair = (id(old[2]), id(new[2]))  # both are alive for the whole call, so ids are unique
        if pair not in same:
            same[pair] = old[2] == new[2]
        return same[pair]


def _outline(item: Item) -> tuple[Any, ...]:
    """What pages other than the item's own show of it: every field except PAGE_ONLY_FIELDS
    (children are items of their own; their order and ids give the structure)."""
    return (type(item).__name__, *(getattr(item, name) for name in type(item).model_fields
                                   if name not in PAGE_ONLY_FIELDS and name not in _CHILDREN))


def _common(agenda: Agenda) -> tuple[Any, ...]:
    """The inputs every page may use besides its own: agenda.yml, actors, consultation, reference data."""
    return agenda.meta, agenda.actors, agenda.consultation, agenda.strategy, agenda.sdgs


def page_specs(agenda: Agenda) -> list[PageSpec]:
    items = agenda.items()
    common = _common(agenda)
    # Overview pages show all items (but not their PAGE_ONLY_FIELDS), decisions and responses.
    whole = (*common, agenda.decisions, agenda.responses, [_outline(item) for item in items])
    specs = [
        PageSpec(paths.HOME, "home.md.j2", inputs=whole),
        PageSpec(paths.AREAS, "areas.md.j2", inputs=whole),
        PageSpec(paths.SDGS, "sdgs.md.j2", inputs=whole),
        PageSpec(paths.NATIONAL, "national_goals.md.j2", inputs=whole),
        PageSpec(paths.OVERVIEWS, "overviews.md.j2", inputs=whole),
        PageSpec(paths.DECISIONS, "decisions.md.j2", inputs=whole),
        PageSpec(paths.ABOUT, "about.md.j2", inputs=whole),
        PageSpec(paths.ACCESSIBILITY, "accessibility.md.j2", inputs=whole),
        PageSpec(paths.WHOLE, "whole.md.j2"),  # every text, and the downloads: always rendered
        PageSpec(paths.DATA, "data.md.j2"),
    ]
    if agenda.goals:
        specs.append(PageSpec(paths.GOALS, "goals.md.j2", inputs=whole))
    if agenda.strategy.goals:
        specs.append(PageSpec(paths.MATRIX_NATIONAL, "matrix_national.md.j2", inputs=whole))
    # Pages about initiatives and their actors exist only when the agenda has initiatives.
    if agenda.initiatives:
        specs += [PageSpec(paths.INITIATIVES, "initiatives.md.j2", inputs=whole),
                  PageSpec(paths.MATRIX_SDG, "matrix_sdg.md.j2", inputs=whole),
                  PageSpec(paths.TIMELINE, "timeline.md.j2", inputs=whole)]
    if agenda.actors:
        specs.append(PageSpec(paths.ACTORS, "actors.md.j2", inputs=whole))
    if agenda.consultation:
        specs.append(PageSpec(paths.CONSULTATION, "consultation.md.j2", inputs=whole))
    if agenda.consultation or agenda.responses:
        specs.append(PageSpec(paths.COMPILATION, "compilation.md.j2", inputs=whole))
    for position, item in enumerate(items):
        template = {"Area": "area.md.j2", "Goal": "goal.md.j2", "Initiative": "initiative.md.j2"}[type(item).__name__]
        neighbours = {"previous": items[position - 1] if position else None,
                      "next": items[position + 1] if position + 1 < len(items) else None}
        # The item (with its children), its parents (whose links it inherits), its neighbours
        # in the pager and the responses on it.
        inputs = (*common, item, *agenda.parents(item), *neighbours.values(), agenda.responses_to(item))
        specs.append(PageSpec(paths.item_path(item), template, {"item": item, **neighbours}, inputs))
    specs += [PageSpec(paths.sdg_path(sdg), "sdg.md.j2", {"sdg": sdg}, whole) for sdg in agenda.sdgs]
    specs += [PageSpec(paths.national_path(goal), "national_goal.md.j2", {"goal": goal}, whole)
              for goal in agenda.strategy.goals]
    specs += [PageSpec(paths.actor_path(actor), "actor.md.j2", {"actor": actor}, whole) for actor in agenda.actors]
    specs += [PageSpec(paths.section_path(section), "section.md.j2", {"section": section}, (agenda.meta,))
              for section in agenda.meta.sections + agenda.meta.appendices]
    return specs


def _templates_stamp() -> tuple[tuple[str, int], ...]:
    return tuple(sorted((path.name, path.stat().st_mtime_ns) for path in TEMPLATES.glob("*.j2")))


@functools.lru_cache(maxsize=1)
def _environment(templates: tuple[tuple[str, int], ...]) -> jinja2.Environment:
    """One environment while the templates are unchanged: each template is compiled once, not once
    per page or per regeneration (`agenda serve` regenerates on every save), and not checked for
    changes on every include. Agenda-specific names come from `_agenda_globals`."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        auto_reload=False,  # `templates` (names and mtimes) is the key of this cache instead
        # Compiled templates are kept in the user's temporary folder (keyed by each template's
        # source): a new `agenda build` process does not compile them again.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # output is Markdown; plain text goes through the `plain` filter
    )
    environment.globals.update(paths=paths, text_colour=text_colour, DISPOSITIONS=DISPOSITIONS,
                               provenance=provenance, grouped=grouped)
    environment.filters.update(plain=plain, headings=shift_headings, yaml=yaml_string, sentence=sentence,
                               swedish_date=swedish_date, untrusted=untrusted, anchor=item_anchor, filesize=filesize,
                               enumeration=enumeration, of_kind=of_kind)
    environment.globals["href"] = jinja2.pass_context(lambda context, target: paths.relative(context["page"], target))
    # Repeated structures (lists, tables, breadcrumbs, fact sheets) are written as HTML, which Markdown passes
    # through at the cost of reading it: a third of what the same list costs as Markdown, links included.
    environment.globals["url"] = jinja2.pass_context(lambda context, target: paths.url(context["page"], target))
    environment.tests["lower_in"] = lambda name, names: name.lower() in names
    return environment


def _agenda_globals(agenda: Agenda, comment_url: str | None, links: LinkIndex) -> dict[str, Any]:
    """Names every template of one agenda sees (passed with each render; includes inherit them)."""
    return {
        "agenda": agenda,
        "meta": agenda.meta,
        "terms": agenda.meta.terms,
        "links": links,
        "initiatives_of_actor": _initiatives_by_actor(agenda),
        "comment_url": comment_url,
        "label": lambda item: item_label(agenda, item),
        "levels": levels(agenda),
        "item_link": jinja2.pass_context(lambda context, item: item_link(agenda, context["page"], item)),
    }


def levels(agenda: Agenda) -> list[tuple[str, str]]:
    """The agenda's words (singular, plural) for the levels it has: areas always, goals and initiatives if any."""
    terms = agenda.meta.terms
    present = [(terms.area, terms.areas, True), (terms.goal, terms.goals, bool(agenda.goals)),
               (terms.initiative, terms.initiatives, bool(agenda.initiatives))]
    return [(one, many) for one, many, there in present if there]


def item_link(agenda: Agenda, page: str, item: Item) -> str:
    """`<a href="../../mal/1.1/">Mål 1.1 Title</a>`: the most frequent markup of the pages, made in one call
    (in a template it is four: the URL, the path, the label and the escaped title)."""
    return f'<a href="{paths.url(page, paths.item_path(item))}">{item_label(agenda, item)} {html.escape(item.title)}</a>'


def item_label(agenda: Agenda, item: Item) -> str:
    """"Insats 1.1.1" in the agenda's own words."""
    terms = agenda.meta.terms
    word = {"Area": terms.area, "Goal": terms.goal, "Initiative": terms.initiative}[type(item).__name__]
    return f"{word} {item.id}"


def item_anchor(item: Item | None) -> str:
    """Anchor of an item's section on the compilation page, e.g. `insats-1-1-1`."""
    return "agendan-som-helhet" if item is None else paths.item_anchor(item).lower()


def grouped(resolved_links: list[ResolvedLink]) -> list[list[ResolvedLink]]:
    """Links declared together (same item, same quote or reason) as one group, in first-seen order."""
    groups: dict[tuple[str, str, str | None], list[ResolvedLink]] = {}
    for resolved in resolved_links:
        key = (resolved.declared_on.id, resolved.link.provenance, resolved.link.quote or resolved.link.reason)
        groups.setdefault(key, []).append(resolved)
    return list(groups.values())


def of_kind(resolved_links: list[ResolvedLink], kind: str) -> list[ResolvedLink]:
    """The links of one level's items ("Area", "Goal", "Initiative"); a `selectattr` on the class name costs
    several times more, and the national goal and SDG pages list every item."""
    return [resolved for resolved in resolved_links if type(resolved.item).__name__ == kind]


def provenance(resolved: ResolvedLink) -> str:
    return PROVENANCE_LABELS[resolved.link.provenance]


MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def swedish_date(value: Any) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _initiatives_by_actor(agenda: Agenda) -> dict[str, list[Any]]:
    result: dict[str, list[Any]] = {actor.id: [] for actor in agenda.actors}
    for initiative in agenda.initiatives:
        for actor_id in initiative.actors:
            result[actor_id].append(initiative)
    return result
