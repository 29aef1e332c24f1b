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
    position: Position
    wording: Text = ""  # ändringsförslag: the wording the body proposes instead


class Response(Strict):
    """One response from one organisation, on one item or (item: null) on the agenda as a whole."""

    id: Annotated[str, Field(strict=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    item: ItemId | None = None
    organisation: Title
    date: datetime.date
    channel: Channel = "comment"
    kind: Literal["answer", "declined"] = "answer"  # declined: the body says it will not answer
    text: Text = ""
    comment_id: Annotated[int, Field(strict=True)] | None = None
    reply_to: Annotated[int, Field(strict=True)] | None = None  # the comment_id of the comment this one answers
    disposition: Disposition | None = None
    reason: Text = ""  # why the disposition was made
    excluded: Title | None = None  # why this response is kept off the site (spam, personal data); it stays here
    # A formal answer (remissvar), as the registrator files it:
    decided_by: Title | None = None        # the nämnd or delegate who decided it
    sender_reference: Title | None = None  # the sender's own diarienummer
    registration: Title | None = None      # where it is registered under the remiss's diarienummer
    document: DocumentFile | None = None   # the signed answer, a PDF in the responses folder
    positions: list[ItemPosition] = []
    # A web comment counts as the organisation's answer once verified: its sender's e-mail domain is one of
    # the organisation's (set by the export), or the registrator has confirmed it.
    verified: Verified | None = None

    @property
    def from_organisation(self) -> bool:
        """Filed by the registrator (a letter, an e-mail) or a verified web comment."""
        return self.channel != "comment" or self.verified is not None


class ResponsesFile(Strict):
    responses: list[Response] = []
