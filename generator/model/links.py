"""Links from agenda items to national goals and SDGs, each with its provenance."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, model_validator
from pydantic.config import JsonDict

from .common import Slug, Strict, Title

Provenance = Literal["source", "editorial"]
# How pages and downloads say it, in Swedish.
PROVENANCE_LABELS: dict[str, str] = {"source": "anges i agendans text", "editorial": "tillagd av redaktionen"}


# The rule `_provenance_is_explained` checks, for editors' schema checks too (the validator gives the message).
EXPLAINED_PROVENANCE: JsonDict = {"allOf": [
    {"if": {"properties": {"provenance": {"const": provenance}}, "required": ["provenance"]},
     "then": {"properties": {field: {"type": "string"}}, "required": [field]}}
    for provenance, field in (("source", "quote"), ("editorial", "reason"))]}


class Link(Strict):
    """Stated in the agenda text (`source`, with the quote) or added by the editors (`editorial`, with a reason)."""

    model_config = ConfigDict(json_schema_extra=EXPLAINED_PROVENANCE)

    provenance: Provenance
    """Varifrån kopplingen kommer: `source` (den anges i agendans text; kräver `quote`) eller `editorial`
    (redaktionen har lagt till den; kräver `reason`)."""
    quote: Title | None = None
    """Orden i agendans text som anger kopplingen, ordagrant; krävs när `provenance` är `source`."""
    reason: Title | None = None
    """Varför redaktionen har lagt till kopplingen; krävs när `provenance` är `editorial`."""

    @model_validator(mode="after")
    def _provenance_is_explained(self) -> Link:
        if self.provenance == "source" and self.quote is None:
            raise ValueError("a link with provenance 'source' needs a 'quote' from the agenda text")
        if self.provenance == "editorial" and self.reason is None:
            raise ValueError("a link with provenance 'editorial' needs a 'reason'")
        return self


class NationalGoalLink(Link):
    goal: Slug
    """Id för ett mål i agendans nationella strategi (`national_strategy` i agenda.yml), t.ex.
    "digital-kompetens"; måste finnas bland strategins mål."""


# The range is for schema checks only: the checks compare the number with sdgs.yml, and give the message.
SDG_RANGE: JsonDict = {"minimum": 1, "maximum": 17}
SdgNumber = Annotated[int, Field(strict=True, json_schema_extra=SDG_RANGE)]


class SdgLink(Link):
    goal: SdgNumber
    """Numret på ett av de 17 globala målen för hållbar utveckling (Agenda 2030), 1–17."""


class Linked(Strict):
    """Anything that may link to national goals and SDGs."""

    national_goals: list[NationalGoalLink] = []
    """Kopplingar till mål i agendans nationella strategi. Mål och insatser ärver sitt områdes kopplingar (och
    en insats sitt måls); ange här bara de som tillkommer. Agendans egna gäller agendan som helhet och ärvs
    inte."""
    sdgs: list[SdgLink] = []
    """Kopplingar till de globala målen (1–17). Mål och insatser ärver sitt områdes kopplingar (och en insats
    sitt måls); ange här bara de som tillkommer. Agendans egna gäller agendan som helhet och ärvs inte."""
