"""Consultation responses: exported comments and written replies, each with a disposition."""

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


class ResponsesFile(Strict):
    responses: list[Response] = []
