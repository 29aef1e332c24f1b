"""Markdown helpers: escape plain text, fit a text's headings to the page it lands on."""

from __future__ import annotations

import functools
import html
import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!~])")
_HEADING = re.compile(r"^(#{1,6})(\s)", re.MULTILINE)
_NUMBERED = re.compile(r"^(\s*)(\d+)\.", re.MULTILINE)


@functools.lru_cache(maxsize=1 << 16)  # titles are escaped on every page that lists them
def plain(text: str) -> str:
    """Render untrusted or plain text literally: HTML escaped, Markdown syntax neutralised."""
    escaped = html.escape(text, quote=False)
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
    # A line starting with "1." or "-" would become a list; escape the marker.
    return _NUMBERED.sub(r"\1\2\\.", escaped).replace("\n-", "\n\\-")


def shift_headings(markdown: str, top_level: int) -> str:
    """Texts write their sub-headings as `##`; move them so `##` becomes `top_level`."""
    shift = top_level - 2

    def deeper(match: re.Match[str]) -> str:
        return "#" * min(6, len(match.group(1)) + shift) + match.group(2)

    return _HEADING.sub(deeper, markdown.strip())


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar for front matter."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sentence(text: str) -> str:
    """Text without trailing whitespace, ending in a full stop unless it has its own ending."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", ":")) else f"{text}."


def untrusted(text: str) -> str:
    """Text from outside (a comment, a letter) as one line of inert HTML.

    A raw HTML block is passed through by Markdown untouched, so neither HTML nor any
    Markdown syntax in the text can take effect; everything is escaped and shown as typed.
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    body = "".join("<p>" + html.escape(p.strip(), quote=True).replace("\n", "<br>") + "</p>" for p in paragraphs)
    return f'<div class="agenda-response__text">{body}</div>'


def enumeration(words: list[str]) -> str:
    """"a", "a och b", "a, b och c": a Swedish list in running text."""
    return " och ".join(filter(None, [", ".join(words[:-1]), *words[-1:]]))
