"""Consultation responses: exported comments and formal answers (remissvar), each with a disposition."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import Field

from .common import ItemId, Strict, Text, Title

Disposition = Literal["accepted", "partly-accepted", "not-accepted", "noted"]
# How a remissammanställning words each disposition, in this order.
DISPOSITION_LABELS: dict[str, str] = {"accepted": "beaktas", "partly-accepted": "delvis beaktad",
                                      "not-accepted": "beaktas ej", "noted": "noteras"}
DISPOSITIONS: tuple[str, ...] = tuple(DISPOSITION_LABELS)
Channel = Literal["comment", "email", "letter"]
CHANNEL_LABELS: dict[str, str] = {"comment": "kommentar", "email": "e-post", "letter": "brev"}
Position = Literal["supports", "supports-with-changes", "opposes", "no-objection", "comments"]
# The words a remissvar uses for its position on a part of the proposal.
POSITION_LABELS: dict[str, str] = {"supports": "tillstyrker", "supports-with-changes": "tillstyrker med ändringar",
                                   "opposes": "avstyrker", "no-objection": "ingen erinran", "comments": "synpunkter"}
Verified = Literal["domain", "registrator"]
VERIFIED_LABELS: dict[str, str] = {"domain": "avsändarens e-postdomän hör till organisationen",
                                   "registrator": "bekräftad av registratorn"}
# A document beside the responses files: a name without folders, a PDF.
DocumentFile = Annotated[str, Field(strict=True, pattern=r"^[\w-][\w.-]*\.pdf$")]


class ItemPosition(Strict):
    """A formal answer's position on one part of the proposal (or, with item null, on the whole)."""

    item: ItemId | None = None
    """Id för det område, mål eller den insats ställningstagandet gäller, som måste finnas i agendan; null:
    agendan som helhet."""
    position: Position
    """Ställningstagandet: `supports` (tillstyrker), `supports-with-changes` (tillstyrker med ändringar),
    `opposes` (avstyrker), `no-objection` (ingen erinran) eller `comments` (synpunkter)."""
    wording: Text = ""
    """Ändringsförslag: den lydelse organisationen föreslår i stället; kan vara tom."""


class Response(Strict):
    """One response from one organisation, on one item or (item: null) on the agenda as a whole."""

    id: Annotated[str, Field(strict=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    """Svarets id: bokstäver, siffror, punkt, understreck och bindestreck (t.ex. "kommentar-12", som
    `agenda comments export` skriver); unikt bland alla filer i responses/."""
    item: ItemId | None = None
    """Id för det område, mål eller den insats svaret gäller, som måste finnas i agendan; null: agendan som
    helhet."""
    organisation: Title
    """Organisationen svaret kommer från, i vars namn det ges: en rad utan radbrytningar, högst 200 tecken."""
    date: datetime.date
    """Dagen svaret kom in, ÅÅÅÅ-MM-DD."""
    channel: Channel = "comment"
    """Hur svaret kom in: `comment` (kommentar på webbplatsen, standard), `email` (e-post) eller `letter`
    (brev)."""
    kind: Literal["answer", "declined"] = "answer"
    """`answer` (ett svar, standard) eller `declined` (organisationen avstår från att svara)."""
    text: Text = ""
    """Svarets text som den kom in; visas exakt som den skrevs, aldrig som HTML."""
    comment_id: Annotated[int, Field(strict=True)] | None = None
    """Kommentarsserverns id för en exporterad kommentar, ett heltal; null för svar som inte kom som
    kommentar."""
    reply_to: Annotated[int, Field(strict=True)] | None = None
    """För en exporterad kommentar som svarar på en annan: den kommentarens `comment_id`."""
    disposition: Disposition | None = None
    """Hur svaret har behandlats: `accepted` (beaktas), `partly-accepted` (delvis beaktad), `not-accepted`
    (beaktas ej) eller `noted` (noteras); null: ännu inte behandlat."""
    reason: Text = ""
    """Varför svaret behandlades så (`disposition`); visas som svarets Motivering."""
    excluded: Title | None = None
    """Varför svaret hålls borta från webbplatsen (reklam, personuppgifter); svaret ligger kvar i filen så att
    nästa export inte lägger till det igen, men publiceras inte (finns aldrig i agenda.json)."""
    # A formal answer (remissvar), as the registrator files it:
    decided_by: Title | None = None
    """Ett formellt remissvar: nämnden eller delegaten som beslutade det."""
    sender_reference: Title | None = None
    """Ett formellt remissvar: avsändarens eget diarienummer."""
    registration: Title | None = None
    """Ett formellt remissvar: var det är registrerat under remissens diarienummer (t.ex.
    "D 2018/126-536:12")."""
    document: DocumentFile | None = None
    """Ett formellt remissvar: det undertecknade svaret, namnet (utan mappar) på en PDF-fil i mappen
    responses/, som måste finnas där och vara en PDF."""
    positions: list[ItemPosition] = []
    """Ett formellt remissvar: dess ställningstaganden, per del av förslaget."""
    verified: Verified | None = None
    """En webbkommentar räknas som organisationens svar när den är bekräftad: `domain` (avsändarens
    e-postdomän hör till organisationen på sändlistan; sätts av exporten) eller `registrator` (registratorn
    har bekräftat den); null: obekräftad."""

    @property
    def from_organisation(self) -> bool:
        """Filed by the registrator (a letter, an e-mail) or a verified web comment."""
        return self.channel != "comment" or self.verified is not None


class ResponsesFile(Strict):
    """One file in responses/: exported comments or the formal answers the registrator files."""

    responses: list[Response] = []
    """Svaren i filen; `agenda comments export` lägger till nya kommentarer sist."""
