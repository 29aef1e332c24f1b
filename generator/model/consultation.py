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
    """Organisationens namn, som sändlistan skriver det."""
    note: Title | None = None
    """Sändlistans egen anmärkning vid namnet, ordagrant (t.ex. "Västerviks kommun?"); null när den saknas."""
    aliases: list[Title] = []
    """Andra namn som organisationens svar kan komma under (t.ex. "Kalmar kommun, KLK")."""
    domains: list[Title] = []
    """Organisationens e-postdomäner (t.ex. "kalmar.se"): en webbkommentar från en av dem räknas som
    organisationens svar."""
    # For the registrator only (agenda comments status).
    contacts: list[Title] = Field(default=[], exclude=True)
    """Vilka som ska påminnas om remissen; bara för registratorn, publiceras aldrig (finns inte i
    agenda.json)."""

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
    """Whom to ask, and how; every field may be left out."""

    name: Title | None = None
    """Kontaktens namn: en person, en funktion eller en organisation."""
    email: Email | None = None
    """En e-postadress, utan namn och mellanslag (t.ex. "region@example.se"); dataportalernas kontaktpunkt."""
    address: Title | None = None
    """Postadress."""
    phone: Title | None = None
    """Telefonnummer, som det ska visas."""


class CommentServer(Strict):
    """Where the comment server answers, as the browser reaches it (same origin behind a proxy is best)."""

    server: Literal["isso"] = "isso"
    """Kommentarsserverns programvara; bara `isso` finns."""
    url: Title
    """Kommentarsserverns adress som webbläsaren når den, t.ex. "/kommentarer/" (helst samma ursprung som
    webbplatsen) eller "https://kommentarer.example.se/"."""


State = Literal["planned", "open", "closed"]


class ConsultationNote(Note):
    """A note on the remiss page: about the remiss (after its facts) or about the sändlista (after it)."""

    about: Literal["sandlista"] | None = None
    """`sandlista`: anteckningen gäller sändlistan och står efter den; null: den gäller remissen och står
    efter remissens uppgifter."""


class Consultation(Strict):
    """The remiss (consultation.yml): its period, the sändlista, how to reply."""

    status: State | None = None
    """Utelämnas normalt: datumen avgör om remissen är planerad (före `start`), öppen (från `start` till och
    med `deadline`) eller stängd (därefter). `planned`, `open` eller `closed` här gäller i stället för datumen,
    för att stänga tidigt eller förlänga."""
    start: datetime.date
    """Dagen remissen skickades ut, ÅÅÅÅ-MM-DD."""
    deadline: datetime.date
    """Sista svarsdag, ÅÅÅÅ-MM-DD: svar tas emot till dagens slut (svensk tid). Inte före `start`."""
    diarienummer: Title
    """Remissens diarienummer (t.ex. "D 2018/126-536")."""
    other_diarienummer: list[Title] = []
    """Remissens diarienummer hos andra avsändare."""
    senders: list[Title] = []
    """Organisationerna som skickar remissen."""
    how_to_reply: Text = ""
    """Hur man svarar på remissen, Markdown."""
    contact: Contact = Contact()
    """Vem som svarar på frågor om remissen; dataportalernas kontaktpunkt när agenda.yml:s `contact` saknar
    e-postadress."""
    bodies: list[Body] = []
    """Sändlistan: organisationerna remissen skickas till, i listans ordning."""
    bodies_description: Text = ""
    """Text som inleder sändlistan på remissidan."""
    comments: CommentServer | None = None
    """Kommentarsservern som tar emot synpunkter på webbplatsens sidor; null: webbplatsen tar inte emot
    kommentarer."""
    notes: list[ConsultationNote] = []
    """Redaktionella anteckningar om remissen eller sändlistan."""

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
    """A change to the agenda text that a decision asked for."""

    item: ItemId
    """Id för det område, mål eller den insats ändringen gäller; måste finnas i agendan."""
    text: Title
    """Ändringen, ordagrant som beslutet skriver den."""


class Decision(Strict):
    """One document of the decision history: a memo, minutes or an extract of them, a decision basis."""

    id: Slug
    """Beslutets id: gemena a–z, 0–9 och bindestreck (t.ex. "ls-au-2018-05-22"); versionernas `decision` i
    agenda.yml pekar ut det, och det är beslutets ankare på sidan Beslutshistorik."""
    date: datetime.date
    """Beslutets eller handlingens datum, ÅÅÅÅ-MM-DD."""
    body: Title
    """Organet som beslutade eller skrev handlingen (t.ex. "Landstingsstyrelsens arbetsutskott")."""
    kind: DecisionKind
    """Slag av handling: `memo` (tjänsteskrivelse), `minutes` (protokoll), `minutes-extract`
    (protokollsutdrag) eller `decision-basis` (beslutsunderlag)."""
    title: Title
    """Ärendets rubrik, ordagrant."""
    diarienummer: Title | None = None
    """Handlingens diarienummer; null när det saknas."""
    paragraph: Title | None = None
    """Protokollsparagrafen (t.ex. "§ 103"); null när den saknas."""
    text: Text = ""
    """Beslutet och dess motivering, Markdown, ordagrant."""
    amendments: list[Amendment] = []
    """Ändringar i agendans text som beslutet begärde."""
    notes: list[Note] = []
    """Redaktionella anteckningar om beslutet."""


class DecisionsFile(Strict):
    """decisions.yml: the decision history."""

    decisions: list[Decision]
    """Beslutshistorikens beslut och handlingar, helst i tidsordning (sidan visar dem i datumordning)."""
