"""Building blocks shared by every model: the strict base, ids, texts, notes."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ID_SEGMENT = r"[A-Za-z0-9]+"


class Strict(BaseModel):
    """Base of every model read from YAML: unknown keys are errors, ids are never coerced.

    The string under each field is its description (`use_attribute_docstrings`), in Swedish for the agenda's
    editors: it becomes the field's `description` in the JSON Schemas editors validate the YAML files with
    (source/schema/) and in the published data/agenda.schema.json. Say what the field holds, its form, and
    the rules the checks enforce across fields and files (generator/source/validate.py, versions.py).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


# An item id as the agenda writes it: "1", "1.1", "A.1.2". Always a quoted string in YAML.
ItemId = Annotated[str, Field(strict=True), StringConstraints(pattern=rf"^{ID_SEGMENT}(\.{ID_SEGMENT})*$")]
# A slug for URLs: lowercase ascii words joined by hyphens.
Slug = Annotated[str, Field(strict=True), StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
# A title or name: must have visible text.
Title = Annotated[str, Field(strict=True), StringConstraints(strip_whitespace=False, min_length=1, pattern=r"\S")]
# A colour as CSS writes it in six hex digits, e.g. "#00664F".
HexColour = Annotated[str, Field(strict=True), StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
# A file beside agenda.yml: a name without folders, an SVG or a PNG.
LogoFile = Annotated[str, Field(strict=True), StringConstraints(pattern=r"^[\w-][\w.-]*\.(svg|png)$")]
# Free Markdown text; may be empty.
Text = Annotated[str, Field(strict=True)]


class Note(Strict):
    """An editorial note shown on its item: a source discrepancy, or an editors' remark."""

    kind: Literal["discrepancy", "editorial"]
    """Slag av anteckning: `discrepancy` när källan säger emot sig själv (texten följer det utförliga avsnittet;
    anteckningen citerar båda ställena), `editorial` för redaktionens egen anmärkning."""
    text: Title
    """Anteckningens text, Markdown; visas hopfälld efter det innehåll den gäller."""
    summary: Title | None = None
    """Anteckningen sammanfattad på en rad, vanlig text (t.ex. "Sammanfattningen formulerar insatsen
    annorlunda"); visas efter anteckningens slag när den är hopfälld. Utelämnas den visas textens första ord."""
