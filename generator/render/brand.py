"""The files beside the pages: the stylesheet of the SDG colours and the owner's colour, the owner's logo, and
the responses' signed documents."""

from __future__ import annotations

from .. import urls
from ..model import Agenda
from .colours import BrandColours, brand_stylesheet, sdg_stylesheet


def assets(agenda: Agenda) -> dict[str, str | bytes]:
    """The generated stylesheet (Material's palette from the configuration applies without a brand colour),
    the logo named in agenda.yml and the responses' documents."""
    colour = agenda.meta.brand.colour
    files: dict[str, str | bytes] = {
        urls.STYLESHEET: sdg_stylesheet(agenda.sdgs) + (brand_stylesheet(BrandColours.from_colour(colour)) if colour else "")}
    if agenda.meta.brand.logo and agenda.logo is not None:
        files[urls.logo_path(agenda.meta.brand.logo)] = agenda.logo
    files.update({urls.document_path(name): content for name, content in agenda.documents.items()})
    return files
