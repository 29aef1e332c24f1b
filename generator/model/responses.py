"""Consultation responses: exported comments and written replies, each with a disposition."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import Field

from .common import ItemId, Strict, Text, Title

Disposition = Literal["beaktas", "delvis beaktad", "beaktas ej", "noteras"]
DISPOSITIONS: tuple[str, ...] = ("beaktas", "delvis beaktad", "beaktas ej", "noteras")


class Response(Strict):
    """One response from one organisation, on one item or (item: null) on the agenda as a whole."""

    id: Annotated[str, Field(strict=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    item: ItemId | None = None
    organisation: Title
    date: datetime.date
    channel: Literal["kommentar", "e-post", "brev"] = "kommentar"
    kind: Literal["svar", "avstår"] = "svar"
    text: Text = ""
    comment_id: Annotated[int, Field(strict=True)] | None = None
    disposition: Disposition | None = None
    motivering: Text = ""


class ResponsesFile(Strict):
    responses: list[Response] = []
