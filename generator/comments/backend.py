"""What the rest of the tool needs from a comment server; Isso is the one implementation today."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Protocol

from .. import urls


@dataclass(frozen=True)
class Comment:
    id: int
    thread: str            # e.g. "/insatser/1.1.1/"
    author: str
    text: str
    created: datetime.datetime
    email: str | None = None  # for the registrator's eyes only: never exported or published
    parent: int | None = None  # the comment this one answers (on the same page)

    @property
    def item_id(self) -> str | None:
        """The agenda item the thread belongs to, or None for a thread on another page."""
        return urls.item_id_of_thread(self.thread)


class CommentBackend(Protocol):
    def approved_comments(self) -> list[Comment]:
        """Every comment the registrator has approved, oldest first."""
        ...
