"""Moderation from the command line, in Swedish: what waits, approving and rejecting, and a log of each decision.

Approving and rejecting go through the running server's own signed moderation links (the key
is read from its database), so Isso stays the one writer of its database. Every decision is
appended to an audit log beside the database (who, when, what, why); `agenda comments export`
copies it into the agenda's responses folder, so the record of the remiss keeps it.
"""

from __future__ import annotations

import datetime
import getpass
import json
import urllib.error
import urllib.request
from pathlib import Path

from ..characters import is_control
from ..errors import user_error
from ..swedish import SWEDISH_TIME, swedish_time
from ..model import Body
from .backend import Comment
from .export import verifying_body
from .isso import IssoDatabase

AUDIT_FILE = "moderering.jsonl"  # in the agenda's responses folder, once exported


def shown(text: str) -> str:
    """Text as a terminal may show it: control and bidirectional characters written out (`\\x1b`, `\\u202e`),
    line breaks and tabs kept."""
    return "".join(character if character in "\n\t" or not is_control(character)
                   else character.encode("unicode_escape").decode("ascii") for character in text)


def describe(comment: Comment, bodies: list[Body] | None = None) -> str:
    """A waiting comment as the registrator reads it before deciding: with whether its sender's e-mail domain
    shows it comes from the sändlista body it names."""
    text = "\n".join(f"    {line}" for line in shown(comment.text).splitlines() or [""])
    body = verifying_body(comment, bodies or [])
    sender = (f" (e-postdomänen hör till {shown(body.name)} på sändlistan)" if body else
              " (avsändaren är inte verifierad)" if bodies else "")
    return "\n".join([
        f"Synpunkt {comment.id} på {shown(comment.thread)}",
        f"  Organisation: {shown(comment.author)}{sender}",
        f"  Inkom: {swedish_time(comment.created)}",
        f"  E-post: {shown(comment.email) if comment.email else '(ingen)'}",
        "  Text:",
        text,
        f"  Godkänn: agenda comments approve --ids {comment.id}   "
        f'Avvisa: agenda comments reject --ids {comment.id} --reason "…"',
    ])


class Moderator:
    """Decisions on waiting comments, through the running server, each one written to the audit log."""

    def __init__(self, database: IssoDatabase, server: str, audit_log: Path) -> None:
        self.database = database
        self.server = server.rstrip("/")
        self.audit_log = audit_log

    def approve(self, comment_id: int) -> Comment:
        return self._decide(comment_id, "activate", "approved", None)

    def reject(self, comment_id: int, reason: str) -> Comment:
        return self._decide(comment_id, "delete", "rejected", reason)

    def _decide(self, comment_id: int, link: str, action: str, reason: str | None) -> Comment:
        waiting = {comment.id: comment for comment in self.database.pending_comments()}
        if comment_id not in waiting:
            raise user_error(f"synpunkt {comment_id} väntar inte på granskning (se agenda comments pending)")
        key = self.database.moderation_key(comment_id)
        request = urllib.request.Request(f"{self.server}/id/{comment_id}/{link}/{key}", method="POST")
        try:
            urllib.request.urlopen(request, timeout=10).close()
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            raise user_error(f"kommentarsservern på {self.server} svarade inte ({error}); är den igång?") from None
        comment = waiting[comment_id]
        self._log(action, comment, reason)
        return comment

    def _log(self, action: str, comment: Comment, reason: str | None) -> None:
        entry = {"time": datetime.datetime.now(SWEDISH_TIME).isoformat(timespec="seconds"), "who": getpass.getuser(),
                 "action": action, "comment": comment.id, "thread": comment.thread, "organisation": comment.author}
        if reason:
            entry["reason"] = reason
        self.audit_log.parent.mkdir(parents=True, exist_ok=True)
        with self.audit_log.open("a", encoding="utf-8") as log:
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")


def keep_audit_log(audit_log: Path, responses_dir: Path) -> int:
    """Copy the decisions not yet in the agenda's responses folder there; returns how many were added."""
    if not audit_log.exists():
        return 0
    target = responses_dir / AUDIT_FILE
    kept = set(target.read_text(encoding="utf-8").splitlines()) if target.exists() else set()
    new = [line for line in audit_log.read_text(encoding="utf-8").splitlines() if line and line not in kept]
    if new:
        responses_dir.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as file:
            file.write("".join(f"{line}\n" for line in new))
    return len(new)
