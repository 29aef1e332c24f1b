"""Talking HTTP to a real Isso server on 127.0.0.1, as the comment form in a page does."""

from __future__ import annotations

import datetime
import json
import socket
import urllib.request
from pathlib import Path

from generator.comments.gate import Window
from generator.comments.isso import IssoDatabase, IssoSettings

SITE_ORIGIN = "http://127.0.0.1:8000"
# Kalmar's remiss (7 June to 28 September 2018) as of a day it was open.
OPEN = Window(datetime.date(2018, 6, 7), datetime.date(2018, 9, 28), as_of=datetime.date(2018, 8, 15))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def isso_settings(state_dir: Path, agenda_id: str = "kalmar-2019", site_origin: str = SITE_ORIGIN,
                  window: Window = OPEN, ratelimit: int = 100) -> IssoSettings:
    return IssoSettings(agenda_id=agenda_id, site_origins=[site_origin], listen=f"http://127.0.0.1:{free_port()}",
                        state_dir=state_dir, ratelimit=ratelimit, window=window)


def post_comment(settings: IssoSettings, thread: str, author: str, text: str, parent: int | None = None,
                 email: str = "registrator@example.se") -> int:
    payload = json.dumps({"text": text, "author": author, "email": email, "title": thread,
                          **({"parent": parent} if parent else {})}).encode("utf-8")
    request = urllib.request.Request(f"{settings.listen}/new?uri={thread}", data=payload, method="POST",
                                     headers={"Content-Type": "application/json", "Origin": SITE_ORIGIN})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = json.loads(response.read())
    assert body["mode"] == 2, "moderation is on: a new comment waits for approval"
    return int(body["id"])


def approve(settings: IssoSettings, comment_id: int) -> None:
    key = IssoDatabase(settings.database).moderation_key(comment_id)
    request = urllib.request.Request(f"{settings.listen}/id/{comment_id}/activate/{key}", method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def public_comments(settings: IssoSettings, thread: str) -> list[dict[str, object]]:
    with urllib.request.urlopen(f"{settings.listen}/?uri={thread}", timeout=10) as response:
        return list(json.loads(response.read())["replies"])
