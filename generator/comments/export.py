"""Approved comments -> source/<agenda>/responses/kommentarer.yml, appending only what is new.

Existing entries are never rewritten: a maintainer's edits (a disposition, a corrected
organisation name) survive every later export, and so do hand-written replies in other
files of the folder. A comment is known by its `comment_id`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..swedish import SWEDISH_TIME
from ..model import Agenda
from .backend import Comment, CommentBackend

EXPORT_FILE = "kommentarer.yml"
HEADER = """\
# Comments exported from the comment server by `agenda comments export`.
# New comments are appended; entries here are never rewritten, so add a disposition
# (accepted, partly-accepted, not-accepted, noted) and its reason directly in this file.
responses:
"""


@dataclass
class ExportResult:
    added: list[Comment]
    skipped_known: int
    skipped_other_pages: list[Comment]


def export_comments(agenda: Agenda, backend: CommentBackend, responses_dir: Path) -> ExportResult:
    known = {response.comment_id for response in agenda.responses if response.comment_id is not None}
    item_ids = {item.id for item in agenda.items()}
    comments = backend.approved_comments()
    new = [c for c in comments if c.id not in known and c.item_id in item_ids]
    elsewhere = [c for c in comments if c.id not in known and c.item_id not in item_ids]
    if new:
        _append(responses_dir / EXPORT_FILE, [_entry(comment) for comment in new])
    return ExportResult(added=new, skipped_known=len(comments) - len(new) - len(elsewhere), skipped_other_pages=elsewhere)


def _entry(comment: Comment) -> dict[str, object]:
    return {
        "id": f"kommentar-{comment.id}",
        "item": comment.item_id,
        "organisation": comment.author.strip() or "Okänd organisation",
        "date": comment.created.astimezone(SWEDISH_TIME).date(),  # the day in Sweden it came in
        "channel": "comment",
        "comment_id": comment.id,
        **({"reply_to": comment.parent} if comment.parent else {}),
        "text": comment.text,
    }


class _BlockDumper(yaml.SafeDumper):
    """Multi-line texts as readable `|` blocks (PyYAML falls back to quotes when a block can't hold them)."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _represent_text)


def _append(path: Path, entries: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(entries, Dumper=_BlockDumper, allow_unicode=True, sort_keys=False, width=100)
    indented = "".join(f"  {line}" if line.strip() else line for line in text.splitlines(keepends=True))
    existing = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if existing and not existing.endswith("\n"):
        existing += "\n"
    path.write_text(existing + indented, encoding="utf-8")
