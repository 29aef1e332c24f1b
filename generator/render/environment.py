"""The one template environment, where escaping is decided once.

Page templates (`templates/pages/*.md.j2`) write Markdown: every value they print that is not
already markup is made literal for Markdown (`text.markdown_literal`). The HTML library
(`templates/html.j2`, macros, given to every page as `html`) writes HTML with autoescape on. What a macro returns is markup,
so it passes into a page as it is; the agenda's own Markdown texts go through one filter,
`markdown`. No template chooses an escaping of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .. import urls
from ..swedish import swedish_date
from .diff import word_diff
from .text import agenda_markdown, enumeration, filesize, markdown_literal, paragraphs, sentence, yaml_string

TEMPLATES = Path(__file__).parent / "templates"
HTML_LIBRARY = "html.j2"


@jinja2.pass_eval_context
def _finalize(eval_context: jinja2.nodes.EvalContext, value: Any) -> Any:
    """Every printed value of a Markdown template that is not markup becomes literal Markdown; the HTML
    library (autoescape on) leaves values to the autoescaping."""
    if eval_context.autoescape or isinstance(value, Markup) or not isinstance(value, str):
        return value
    return markdown_literal(value)


def front_matter(title: str, description: str | None = None, search_exclude: bool = False,
                 hide: tuple[str, ...] = ()) -> Markup:
    """A page's YAML front matter: its title (the navigation and the browser tab show it) and description."""
    lines = ["---", f"title: {yaml_string(title)}"]
    if description is not None:
        lines.append(f"description: {yaml_string(description)}")
    if search_exclude:
        lines += ["search:", "  exclude: true"]
    if hide:
        lines += ["hide:", *(f"  - {part}" for part in hide)]
    return Markup("\n".join(lines + ["---"]))


class MacroLibrary:
    """The HTML library's macros as a page template calls them: each returns markup.

    (A macro called from a template returns markup only if that template autoescapes, which a
    Markdown template does not; called from Python it returns markup, as its own template does.)
    """

    def __init__(self, module: jinja2.environment.TemplateModule) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Callable[..., Markup]:
        macro = getattr(self._module, name)
        call = self.__dict__[name] = lambda *args, **kwargs: macro(*args, **kwargs)  # kept: asked on every page
        return call


@functools.cache
def environment() -> jinja2.Environment:
    """One environment per process: each template is compiled once, not once per page or per regeneration."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([TEMPLATES / "pages", TEMPLATES]),
        auto_reload=False,
        # Compiled templates are kept in the user's temporary folder (keyed by each template's
        # source): a new `agenda build` process does not compile them again.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=lambda name: name == HTML_LIBRARY,
        finalize=_finalize,
    )
    env.globals.update(urls=urls, front=front_matter, word_diff=word_diff)
    env.filters.update(yaml=yaml_string, markdown=agenda_markdown, sentence=sentence, swedish_date=swedish_date,
                       paragraphs=paragraphs, filesize=filesize, enumeration=enumeration, anchor=urls.item_anchor)
    return env
