"""Links from agenda items to national goals and SDGs, each with its provenance."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from .common import Slug, Strict, Title

Provenance = Literal["source", "editorial"]
# How pages and downloads say it, in Swedish.
PROVENANCE_LABELS: dict[str, str] = {"source": "anges i agendans text", "editorial": "tillagd av redaktionen"}


class Link(Strict):
    """Stated in the agenda text (`source`, with the quote) or added by the editors (`editorial`, with a reason)."""

    provenance: Provenance
    quote: Title | None = None
    reason: Title | None = None

    @model_validator(mode="after")
    def _provenance_is_explained(self) -> Link:
        if self.provenance == "source" and self.quote is None:
            raise ValueError("a link with provenance 'source' needs a 'quote' from the agenda text")
        if self.provenance == "editorial" and self.reason is None:
            raise ValueError("a link with provenance 'editorial' needs a 'reason'")
        return self


class NationalGoalLink(Link):
    goal: Slug


class SdgLink(Link):
    goal: Annotated[int, Field(strict=True)]


class Linked(Strict):
    """Anything that may link to national goals and SDGs."""

    national_goals: list[NationalGoalLink] = []
    sdgs: list[SdgLink] = []
