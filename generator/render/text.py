"""Text on the pages: plain text made literal for Markdown, the agenda's Markdown made safe, Swedish formats.

Plain text (titles, names, everything not written as Markdown) is escaped once, by the template
environment, in whichever language the template writes: HTML in the macro library, Markdown in the
page templates (`markdown_literal`). The agenda's own Markdown texts go through one filter
(`agenda_markdown`), which keeps their Markdown and makes any HTML in them show as text.
"""

from __future__ import annotations

import functools
import html
import re

from markupsafe import Markup

from ..characters import is_control

# What Python-Markdown lets a backslash escape; `<`, `>` and `&` are HTML-escaped instead.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!])")
_LINE_START = re.compile(r"^(\s*)(\d+)\.|^(\s*)([-+])", re.MULTILINE)
_HEADING = re.compile(r"^(#{1,6})(\s)", re.MULTILINE)
# An HTML tag (or comment) in an agenda text; `<https://…>` autolinks are Markdown, not HTML.
_TAG = re.compile(r"<(?!(?:https?://|mailto:)[^>\s]+>)")


@functools.lru_cache(maxsize=1 << 16)  # titles are escaped on every page that lists them
def markdown_literal(text: str) -> Markup:
    """Plain text that Markdown shows exactly as written: Markdown syntax and HTML characters escaped,
    and nothing at the start of a line that would make it a list, a quote or a heading."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    return Markup(_LINE_START.sub(lambda m: f"{m[1]}{m[2]}\\." if m[2] else f"{m[3]}\\{m[4]}", escaped))


def agenda_markdown(text: str, top_level: int | None = None, indent: int = 0) -> Markup:
    """One of the agenda's Markdown texts, ready to stand in a page: sub-headings moved so that `##` becomes
    `top_level`, lines indented by `indent` (inside an admonition), and any HTML shown as text."""
    text = _TAG.sub("&lt;", text.strip())
    if top_level is not None:
        text = shift_headings(text, top_level)
    if indent:
        text = re.sub(r"\n(?=[^\n])", "\n" + " " * indent, text)
    return Markup(text)


def shift_headings(markdown: str, top_level: int) -> str:
    """Texts write their sub-headings as `##`; move them so `##` becomes `top_level`."""
    shift = top_level - 2

    def deeper(match: re.Match[str]) -> str:
        return "#" * min(6, len(match.group(1)) + shift) + match.group(2)

    return _HEADING.sub(deeper, markdown)


def yaml_string(text: str) -> Markup:
    """A double-quoted YAML scalar for front matter."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return Markup('"' + escaped + '"')


def paragraphs(text: str) -> Markup:
    """Plain text as HTML paragraphs (blank lines between them, line breaks kept), shown exactly as typed.

    For text from outside (a comment, a letter) too: a raw HTML block is passed through by Markdown
    untouched, so neither HTML nor any Markdown syntax in the text can take effect; control and
    bidirectional characters (invalid in HTML, or reordering what is read) are left out.
    """
    text = "".join(character for character in text if character in "\n\t" or not is_control(character))
    parts = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return Markup("".join("<p>" + html.escape(p.strip(), quote=True).replace("\n", "<br>") + "</p>"
                          for p in parts))


def sentence(text: str) -> str:
    """Text without trailing whitespace, ending in a full stop unless it has its own ending."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", ":")) else f"{text}."


def enumeration(words: list[str]) -> str:
    """"a", "a och b", "a, b och c": a Swedish list in running text."""
    return " och ".join(filter(None, [", ".join(words[:-1]), *words[-1:]]))


def filesize(size: int) -> str:
    """A byte count as Swedish readers write it: "850 byte", "12,3 kB", "1,2 MB"."""
    if size < 1000:
        return f"{size} byte"
    value, unit = (size / 1e3, "kB") if size < 1e6 else (size / 1e6, "MB")
    return f"{value:.1f}".replace(".", ",") + f"\u00a0{unit}"
