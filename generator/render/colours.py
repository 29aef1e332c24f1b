"""SDG tiles in their official colours with a text colour that passes WCAG AA contrast."""

from __future__ import annotations

from ..model import Sdg


def _luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG 2.1 defines it."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever contrasts more (one of them always reaches 4.58:1)."""
    return "#000000" if contrast(background, "#000000") >= contrast(background, "#FFFFFF") else "#FFFFFF"


def sdg_stylesheet(sdgs: list[Sdg]) -> str:
    # A tile is a link: name it with .md-typeset a too, or Material's link colours (including
    # hover and focus) win over the text colour chosen here and the contrast is lost.
    rules = [f".sdg-{n}, .md-typeset a.sdg-{n}, .md-typeset a.sdg-{n}:hover, .md-typeset a.sdg-{n}:focus "
             f"{{ background-color: {sdg.colour}; color: {text_colour(sdg.colour)}; }}"
             for sdg in sdgs for n in [sdg.number]]
    return "/* Generated from source/reference/sdgs.yml: official SDG colours, AA text contrast. */\n" + "\n".join(rules) + "\n"
