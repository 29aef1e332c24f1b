"""The owner's logo and colour (agenda.yml `brand`) as files in docs/ and as theme settings."""

from __future__ import annotations

from typing import Any

from ..model import Agenda
from .colours import BrandColours, brand_stylesheet

LOGO_FOLDER = "assets/brand"


def logo_path(agenda: Agenda) -> str | None:
    """Where the logo is published, relative to docs/."""
    return f"{LOGO_FOLDER}/{agenda.meta.brand.logo}" if agenda.meta.brand.logo else None


def brand_files(agenda: Agenda) -> dict[str, bytes]:
    path = logo_path(agenda)
    return {path: agenda.logo} if path and agenda.logo is not None else {}


def brand_rules(agenda: Agenda) -> str:
    """CSS for the brand colour, or nothing (Material's palette from mkdocs.yml applies)."""
    colour = agenda.meta.brand.colour
    return brand_stylesheet(BrandColours.from_colour(colour)) if colour else ""


def brand_theme(agenda: Agenda, theme: dict[str, Any]) -> dict[str, Any]:
    """mkdocs.yml's theme settings with the agenda's logo (also the favicon) and colour."""
    theme = dict(theme)
    path = logo_path(agenda)
    if path:
        theme.update(logo=path, favicon=path)
    if agenda.meta.brand.colour:
        theme["palette"] = [{**scheme, "primary": "custom", "accent": "custom"}
                            for scheme in theme.get("palette") or [{}]]
    return theme
