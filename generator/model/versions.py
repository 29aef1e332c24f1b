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
    title: Title                  # "Förslag", "Remissversion"
    date: datetime.date
    decision: Slug | None = None  # the decision that made this version out of the one before
    notes: list[Note] = []        # changes the decision asked for that are not in the text, and why


class Earlier(Strict):
    """How a goal or a section read in an earlier version: only the fields that changed after it."""

    version: Slug
    title: Title | None = None
    text: Text | None = None


class EarlierArea(Strict):
    version: Slug
    title: Title | None = None
    background: Text | None = None


class EarlierInitiative(Earlier):
    ansvar: Title | None = None
    tidplan: Title | None = None
    resursbehov: Title | None = None


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
