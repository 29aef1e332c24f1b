"""The consultation (remiss) and the decisions that led to and from it."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from .common import ItemId, Note, Slug, Strict, Text, Title


class Body(Strict):
    """An organisation on the sändlista."""

    name: Title
    note: Title | None = None
    aliases: list[Title] = []      # other names its answers may come under ("Kalmar kommun, KLK")
    domains: list[Title] = []      # its e-mail domains: a web comment from one of them is verified as its answer
    # Whom to remind: for the registrator only (agenda comments status), never in the published data.
    contacts: list[Title] = Field(default=[], exclude=True)

    def known_as(self, organisation: str) -> bool:
        """Whether an answer given under `organisation` comes from this body: its name or an alias, in any case
        and spacing, also before a comma ("Kalmar kommun, kommunledningskontoret")."""
        wanted = {_normal(name) for name in (self.name, *self.aliases)}
        given = _normal(organisation)
        return given in wanted or given.split(",")[0].strip() in wanted


def _normal(name: str) -> str:
    return " ".join(name.lower().split())


# One address, as a mailto: link and the DCAT contact point's vcard:hasEmail need it: no spaces, no name.
_EMAIL = re.compile(r"[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:.]+")


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise ValueError(f"invalid e-mail address '{value}' (expected one address, e.g. 'region@example.se')")
    return value


Email = Annotated[str, Field(strict=True, json_schema_extra={"pattern": f"^{_EMAIL.pattern}$"}), AfterValidator(_email)]


class Contact(Strict):
    name: Title | None = None
    email: Email | None = None
    address: Title | None = None
    phone: Title | None = None


class CommentServer(Strict):
    """Where the comment server answers, as the browser reaches it (same origin behind a proxy is best)."""

    server: Literal["isso"] = "isso"
    url: Title  # e.g. "/kommentarer/" or "https://kommentarer.example.se/"


State = Literal["planned", "open", "closed"]


class ConsultationNote(Note):
    """A note on the remiss page: about the remiss (after its facts) or about the sändlista (after it)."""

    about: Literal["sandlista"] | None = None


class Consultation(Strict):
    # The dates say whether the remiss is planned, open or closed; `status` overrides them (to close early
    # or to extend) and is otherwise left out.
    status: State | None = None
    start: datetime.date
    deadline: datetime.date  # the last day answers are taken, to its end (Swedish time)
    diarienummer: Title
    other_diarienummer: list[Title] = []
    senders: list[Title] = []
    how_to_reply: Text = ""
    contact: Contact = Contact()
    bodies: list[Body] = []
    bodies_description: Text = ""
    comments: CommentServer | None = None
    notes: list[ConsultationNote] = []

    def state(self, day: datetime.date) -> State:
        """The remiss on `day` (a Swedish date): planned before the start, open from the start to the end of
        the deadline day, closed after; unless `status` overrides the dates."""
        if self.status is not None:
            return self.status
        if day < self.start:
            return "planned"
        return "open" if day <= self.deadline else "closed"

    def state_by_dates(self, day: datetime.date) -> State:
        """The state the dates alone give."""
        return self.model_copy(update={"status": None}).state(day)


DecisionKind = Literal["memo", "minutes", "minutes-extract", "decision-basis"]
# What each kind of document is called in Swedish administration, as the decision history shows it.
DECISION_KIND_LABELS: dict[str, str] = {"memo": "Tjänsteskrivelse", "minutes": "Protokoll",
                                        "minutes-extract": "Protokollsutdrag", "decision-basis": "Beslutsunderlag"}


class Amendment(Strict):
    item: ItemId
    text: Title


class Decision(Strict):
    id: Slug
    date: datetime.date
    body: Title
    kind: DecisionKind
    title: Title
    diarienummer: Title | None = None
    paragraph: Title | None = None
    text: Text = ""
    amendments: list[Amendment] = []
    notes: list[Note] = []


class DecisionsFile(Strict):
    decisions: list[Decision]
