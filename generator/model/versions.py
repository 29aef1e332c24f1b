"""Versions of the agenda's text: the versions themselves, an item's or section's earlier wordings, and the
changes between consecutive versions that follow from them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .common import Note, Slug, Strict, Text, Title


class Version(Strict):
    """One version of the agenda: its wording as of `date`, made by `decision` (an id in decisions.yml).
    The agenda lists its versions oldest first; the last is the one the site shows."""

    id: Slug
    """Versionens id: gemena a–z, 0–9 och bindestreck (t.ex. "forslag"); unikt bland versionerna. Punkternas
    och texternas `earlier` pekar ut det."""
    title: Title
    """Versionens namn, t.ex. "Förslag" eller "Remissversion"."""
    date: datetime.date
    """Versionens datum, ÅÅÅÅ-MM-DD; inte före den föregående versionens."""
    decision: Slug | None = None
    """Id för beslutet i decisions.yml som gjorde denna version av den föregående; måste finnas där."""
    notes: list[Note] = []
    """Ändringar som beslutet begärde men som inte syns i texten, och varför."""


class Earlier(Strict):
    """How a goal or a section read in an earlier version: only the fields that changed after it."""

    version: Slug
    """Id för en tidigare version i agenda.yml:s `versions` (inte den sista, aktuella), som lydelsen gällde i;
    högst en gång per punkt eller text. Lydelsen gäller också i de äldre versioner som inte anger en egen. Minst
    ett fält till måste anges."""
    title: Title | None = None
    """Rubriken i den versionen, om den ändrades efter den; ange bara det som skiljer sig från versionen
    efter."""
    text: Text | None = None
    """Texten (Markdown) i den versionen, om den ändrades efter den; ange bara det som skiljer sig från
    versionen efter."""


class EarlierArea(Strict):
    """How an area read in an earlier version: only the fields that changed after it."""

    version: Slug
    """Id för en tidigare version i agenda.yml:s `versions` (inte den sista, aktuella), som lydelsen gällde i;
    högst en gång per område. Lydelsen gäller också i de äldre versioner som inte anger en egen. Minst ett fält
    till måste anges."""
    title: Title | None = None
    """Rubriken i den versionen, om den ändrades efter den; ange bara det som skiljer sig från versionen
    efter."""
    background: Text | None = None
    """Bakgrundstexten (Markdown) i den versionen, om den ändrades efter den; ange bara det som skiljer sig
    från versionen efter."""


class EarlierInitiative(Earlier):
    """How an initiative read in an earlier version: only the fields that changed after it."""

    ansvar: Title | None = None
    """Ansvar i den versionen, om det ändrades efter den; ange bara det som skiljer sig från versionen efter."""
    tidplan: Title | None = None
    """Tidplanen i den versionen, om den ändrades efter den; ange bara det som skiljer sig från versionen
    efter."""
    resursbehov: Title | None = None
    """Resursbehovet i den versionen, om det ändrades efter den; ange bara det som skiljer sig från versionen
    efter."""


AnyEarlier = Earlier | EarlierArea | EarlierInitiative

# The Swedish name of every field that can change between versions.
FIELD_LABELS: dict[str, str] = {"title": "Rubrik", "text": "Text", "background": "Text", "ansvar": "Ansvar",
                                "tidplan": "Tidplan", "resursbehov": "Resursbehov"}


MARKDOWN_FIELDS = frozenset({"text", "background"})


def worded_fields(earlier: AnyEarlier) -> list[str]:
    """The fields an earlier wording gives, in the order they appear on a page."""
    return [name for name in FIELD_LABELS if name in earlier.model_fields_set and getattr(earlier, name) is not None]


@dataclass(frozen=True)
class Change:
    """One field changed from one version to the next."""

    field: str
    before: str
    after: str

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field]

    @property
    def is_markdown(self) -> bool:
        """Whether the field is Markdown text (the rest are plain)."""
        return self.field in MARKDOWN_FIELDS


@dataclass(frozen=True)
class Revision:
    """What one version changed in an item or section, compared with the version before it."""

    previous: Version
    version: Version
    changes: tuple[Change, ...]


class Wordings:
    """The wordings of one item or section (`current`, with its `earlier` ones) in each version.

    A field's wording in a version is the one the first earlier wording at or after that version gives,
    and the current one if none does: an earlier wording stays valid until the version that changed it.
    Earlier wordings naming no known version are left out (the checks report them).
    """

    def __init__(self, versions: list[Version], current: object, earlier: list[AnyEarlier]) -> None:
        self.versions = versions
        self.order = {version.id: n for n, version in enumerate(versions)}
        self.current = current
        self.known = sorted((entry for entry in earlier if entry.version in self.order),
                            key=lambda entry: self.order[entry.version])

    def at(self, field: str, index: int) -> str:
        """The field's wording in the version at `index`."""
        for entry in self.known:
            if self.order[entry.version] >= index and field in worded_fields(entry):
                return str(getattr(entry, field))
        return str(getattr(self.current, field))

    def revisions(self) -> list[Revision]:
        """What each version changed, compared with the one before it, oldest first."""
        fields = sorted({field for entry in self.known for field in worded_fields(entry)},
                        key=list(FIELD_LABELS).index)
        found = []
        for index in range(1, len(self.versions)):
            changes = tuple(Change(field, self.at(field, index - 1), self.at(field, index)) for field in fields
                            if self.at(field, index - 1) != self.at(field, index))
            if changes:
                found.append(Revision(self.versions[index - 1], self.versions[index], changes))
        return found
