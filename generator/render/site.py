"""Every page of the site: which template renders it, at which path, with what."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from ..export import Publication, export_files
from ..model import DISPOSITIONS, Agenda, Item
from ..model.graph import LinkIndex, ResolvedLink
from ..model.links import PROVENANCE_LABELS
from . import paths
from .colours import sdg_stylesheet, text_colour
from .publication import add_publication
from .text import plain, sentence, shift_headings, untrusted, yaml_string
from .writer import WriteResult, write_files

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "assets/stylesheets/generated.css"


@dataclass
class PageSpec:
    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def generate(agenda: Agenda, docs_dir: Path, comment_url: str | None = None,
             publication: Publication = Publication()) -> WriteResult:
    """Render every page and download into docs_dir, writing only files whose content changed.

    `comment_url` overrides the comment server named in consultation.yml (`agenda serve`
    points the pages at the Isso server it starts locally).
    """
    return write_files(docs_dir, render_all(agenda, comment_url, publication))


def render_all(agenda: Agenda, comment_url: str | None = None,
               publication: Publication = Publication()) -> dict[str, str | bytes]:
    if comment_url is None and agenda.consultation and agenda.consultation.comments:
        comment_url = agenda.consultation.comments.url
    environment = _environment(agenda, comment_url)
    downloads = export_files(agenda, publication)
    add_publication(environment, agenda, publication, downloads)
    files: dict[str, str | bytes] = {
        spec.path: environment.get_template(spec.template).render(page=spec.path, **spec.context)
        for spec in page_specs(agenda)}
    files[STYLESHEET] = sdg_stylesheet(agenda.sdgs)
    files.update({download.exporter.path: download.content for download in downloads if download.content})
    return files


def page_specs(agenda: Agenda) -> list[PageSpec]:
    items = agenda.items()
    specs = [
        PageSpec(paths.HOME, "home.md.j2"),
        PageSpec(paths.AREAS, "areas.md.j2"),
        PageSpec(paths.GOALS, "goals.md.j2"),
        PageSpec(paths.SDGS, "sdgs.md.j2"),
        PageSpec(paths.NATIONAL, "national_goals.md.j2"),
        PageSpec(paths.OVERVIEWS, "overviews.md.j2"),
        PageSpec(paths.MATRIX_NATIONAL, "matrix_national.md.j2"),
        PageSpec(paths.DECISIONS, "decisions.md.j2"),
        PageSpec(paths.ABOUT, "about.md.j2"),
        PageSpec(paths.WHOLE, "whole.md.j2"),
        PageSpec(paths.DATA, "data.md.j2"),
    ]
    # Pages about initiatives and their actors exist only when the agenda has initiatives.
    if agenda.initiatives:
        specs += [PageSpec(paths.INITIATIVES, "initiatives.md.j2"), PageSpec(paths.MATRIX_SDG, "matrix_sdg.md.j2"),
                  PageSpec(paths.TIMELINE, "timeline.md.j2")]
    if agenda.actors:
        specs.append(PageSpec(paths.ACTORS, "actors.md.j2"))
    if agenda.consultation:
        specs.append(PageSpec(paths.CONSULTATION, "consultation.md.j2"))
    if agenda.consultation or agenda.responses:
        specs.append(PageSpec(paths.COMPILATION, "compilation.md.j2"))
    for position, item in enumerate(items):
        template = {"Area": "area.md.j2", "Goal": "goal.md.j2", "Initiative": "initiative.md.j2"}[type(item).__name__]
        neighbours = {"previous": items[position - 1] if position else None,
                      "next": items[position + 1] if position + 1 < len(items) else None}
        specs.append(PageSpec(paths.item_path(item), template, {"item": item, **neighbours}))
    specs += [PageSpec(paths.sdg_path(sdg), "sdg.md.j2", {"sdg": sdg}) for sdg in agenda.sdgs]
    specs += [PageSpec(paths.national_path(goal), "national_goal.md.j2", {"goal": goal}) for goal in agenda.strategy.goals]
    specs += [PageSpec(paths.actor_path(actor), "actor.md.j2", {"actor": actor}) for actor in agenda.actors]
    specs += [PageSpec(paths.section_path(section), "section.md.j2", {"section": section})
              for section in agenda.meta.sections + agenda.meta.appendices]
    return specs


def _environment(agenda: Agenda, comment_url: str | None) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # output is Markdown; plain text goes through the `plain` filter
    )
    links = LinkIndex(agenda)
    environment.globals.update(
        agenda=agenda,
        meta=agenda.meta,
        terms=agenda.meta.terms,
        links=links,
        paths=paths,
        initiatives_of_actor=_initiatives_by_actor(agenda),
        text_colour=text_colour,
        comment_url=comment_url,
        DISPOSITIONS=DISPOSITIONS,
    )
    environment.filters.update(plain=plain, headings=shift_headings, yaml=yaml_string, sentence=sentence,
                               swedish_date=swedish_date, untrusted=untrusted, anchor=item_anchor)
    environment.globals["href"] = jinja2.pass_context(lambda context, target: paths.relative(context["page"], target))
    environment.globals["label"] = lambda item: item_label(agenda, item)
    environment.globals["provenance"] = provenance
    environment.globals["grouped"] = grouped
    environment.tests["lower_in"] = lambda name, names: name.lower() in names
    return environment


def item_label(agenda: Agenda, item: Item) -> str:
    """"Insats 1.1.1" in the agenda's own words."""
    terms = agenda.meta.terms
    word = {"Area": terms.area, "Goal": terms.goal, "Initiative": terms.initiative}[type(item).__name__]
    return f"{word} {item.id}"


def item_anchor(item: Item | None) -> str:
    """Anchor of an item's section on the compilation page, e.g. `insats-1-1-1`."""
    if item is None:
        return "agendan-som-helhet"
    kind = {"Area": "omrade", "Goal": "mal", "Initiative": "insats"}[type(item).__name__]
    return f"{kind}-{item.id.replace('.', '-').lower()}"


def grouped(resolved_links: list[ResolvedLink]) -> list[list[ResolvedLink]]:
    """Links declared together (same item, same quote or reason) as one group, in first-seen order."""
    groups: dict[tuple[str, str, str | None], list[ResolvedLink]] = {}
    for resolved in resolved_links:
        key = (resolved.declared_on.id, resolved.link.provenance, resolved.link.quote or resolved.link.reason)
        groups.setdefault(key, []).append(resolved)
    return list(groups.values())


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
