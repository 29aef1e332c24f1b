"""Colours with WCAG AA contrast: SDG tiles in their official colours, and the owner's brand colour."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Sdg


def _channels(hex_colour: str) -> list[int]:
    """#RRGGBB as its red, green and blue values, 0–255."""
    return [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]


def _luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG 2.1 defines it."""
    channels = [value / 255 for value in _channels(hex_colour)]
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
    return "/* Generated from the reference data (sdgs.yml): official SDG colours, AA text contrast. */\n" + "\n".join(rules) + "\n"


# Backgrounds that links sit on, the lightest and the darkest of each colour scheme: white and
# Material's light grey (#F5F5F5, code and table stripes); Material's slate at hue 225°,
# lightness 14 % (the page) and 18 % (code).
LIGHT_BACKGROUNDS = ("#FFFFFF", "#F5F5F5")
DARK_BACKGROUNDS = ("#1E2129", "#272A35")
AA = 4.5


def mix(colour: str, other: str, share: float) -> str:
    """`colour` moved `share` (0–1) of the way towards `other`, as #RRGGBB."""
    channels = [round(a * (1 - share) + b * share) for a, b in zip(_channels(colour), _channels(other))]
    return "#" + "".join(f"{channel:02X}" for channel in channels)


def readable(colour: str, backgrounds: tuple[str, ...], towards: str) -> str:
    """The colour itself if it reaches AA contrast on every background, else the nearest shade
    towards `towards` (black on light backgrounds, white on dark) that does."""
    for step in range(101):
        shade = mix(colour, towards, step / 100)
        if all(contrast(shade, background) >= AA for background in backgrounds):
            return shade
    return towards


@dataclass(frozen=True)
class BrandColours:
    """The colours the site uses, derived from the owner's one colour (agenda.yml brand.colour)."""

    header: str        # background of the header and the tabs: the owner's colour as given
    header_text: str   # black or white, whichever contrasts more with it
    link_light: str    # links and the current page in the navigation, light scheme
    link_dark: str     # the same in the dark scheme

    @classmethod
    def from_colour(cls, colour: str) -> BrandColours:
        colour = colour.upper()
        return cls(header=colour, header_text=text_colour(colour),
                   link_light=readable(colour, LIGHT_BACKGROUNDS, "#000000"),
                   link_dark=readable(colour, DARK_BACKGROUNDS, "#FFFFFF"))


def brand_stylesheet(colours: BrandColours) -> str:
    """Material's "custom" primary and accent colours (mkdocs.yml palette, set by `agenda build`)."""
    header, text = colours.header, colours.header_text
    return f"""/* Generated from agenda.yml brand.colour {header}: links are shades of it that reach 4.5:1. */
[data-md-color-primary=custom] {{
  --md-primary-fg-color: {header};
  --md-primary-fg-color--light: {mix(header, "#FFFFFF", 0.15)};
  --md-primary-fg-color--dark: {mix(header, "#000000", 0.15)};
  --md-primary-bg-color: {text};
  --md-primary-bg-color--light: {text};
  --md-typeset-a-color: {colours.link_light};
}}
[data-md-color-accent=custom] {{
  --md-accent-fg-color: {colours.link_light};
  --md-accent-fg-color--transparent: {colours.link_light}1A;
  --md-accent-bg-color: {text_colour(colours.link_light)};
  --md-accent-bg-color--light: {text_colour(colours.link_light)};
}}
[data-md-color-scheme=slate][data-md-color-primary=custom] {{ --md-typeset-a-color: {colours.link_dark}; }}
[data-md-color-scheme=slate][data-md-color-accent=custom] {{
  --md-accent-fg-color: {colours.link_dark};
  --md-accent-fg-color--transparent: {colours.link_dark}1A;
  --md-accent-bg-color: {text_colour(colours.link_dark)};
}}
"""
