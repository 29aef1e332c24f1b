"""Approved comments -> source/<agenda>/responses/kommentarer.yml, appending only what is new.

Existing entries are never rewritten: a maintainer's edits (a disposition, a corrected
organisation name) survive every later export, and so do hand-written replies in other
files of the folder. A comment is known by its `comment_id`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..swedish import SWEDISH_TIME
from ..errors import AgendaError, Problem, display_path
from ..model import Agenda, Body
from .backend import Comment, CommentBackend

EXPORT_FILE = "kommentarer.yml"
HEADER = """\
# Comments exported from the comment server by `agenda comments export`.
# New comments are appended; entries here are never rewritten, so add a disposition
# (accepted, partly-accepted, not-accepted, noted) and its reason directly in this file.
# To keep a comment off the site for good, give it `excluded:` with the reason; do not delete it
# (a deleted entry would be exported again).
responses:
"""


@dataclass
class ExportResult:
    added: list[Comment]
    skipped_known: int
    skipped_other_pages: list[Comment]


def export_comments(agenda: Agenda, backend: CommentBackend, responses_dir: Path,
                    check: Callable[[], object] = lambda: None) -> ExportResult:
    """Append the approved comments not yet in the responses folder (nor excluded there) to kommentarer.yml.

    `check` (reading the agenda again) runs on the file as written; if it fails, the file is put back as it
    was and the problems are raised: an export never leaves a maintainer's file broken."""
    known = {response.comment_id for response in agenda.responses if response.comment_id is not None}
    known |= agenda.excluded_comments
    item_ids = {item.id for item in agenda.items()}
    comments = backend.approved_comments()
    new = [c for c in comments if c.id not in known and c.item_id in item_ids]
    elsewhere = [c for c in comments if c.id not in known and c.item_id not in item_ids]
    bodies = agenda.consultation.bodies if agenda.consultation else []
    if new:
        _append(responses_dir / EXPORT_FILE, [_entry(comment, bodies) for comment in new], check)
    return ExportResult(added=new, skipped_known=len(comments) - len(new) - len(elsewhere), skipped_other_pages=elsewhere)


def verifying_body(comment: Comment, bodies: list[Body]) -> Body | None:
    """The sändlista body the comment names, if its sender's e-mail domain is one of that body's."""
    domain = (comment.email or "").rpartition("@")[2].lower()
    return next((body for body in bodies if body.known_as(comment.author)
                 and domain and domain in {known.lower() for known in body.domains}), None)


def _entry(comment: Comment, bodies: list[Body] | None = None) -> dict[str, object]:
    verified = verifying_body(comment, bodies or []) is not None
    return {
        "id": f"kommentar-{comment.id}",
        "item": comment.item_id,
        "organisation": comment.author.strip() or "Okänd organisation",
        "date": comment.created.astimezone(SWEDISH_TIME).date(),  # the day in Sweden it came in
        "channel": "comment",
        "comment_id": comment.id,
        **({"reply_to": comment.parent} if comment.parent else {}),
        **({"verified": "domain"} if verified else {}),
        "text": comment.text,
    }


class _BlockDumper(yaml.SafeDumper):
    """Multi-line texts as readable `|` blocks (PyYAML falls back to quotes when a block can't hold them)."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _represent_text)


def _append(path: Path, entries: list[dict[str, object]], check: Callable[[], object]) -> None:
    """New entries after the last one, in the layout the file already has; the rest of the file keeps its bytes."""
    original = path.read_bytes() if path.exists() else None
    text = original.decode("utf-8") if original is not None else HEADER
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_with_entries(text, entries, path), encoding="utf-8")
    try:
        check()
    except AgendaError as error:
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)
        raise AgendaError([Problem(display_path(path), None, "the export would have made this file invalid, "
                                                             "so it was left as it was"), *error.problems]) from None


def _with_entries(text: str, entries: list[dict[str, object]], path: Path) -> str:
    items = yaml.dump(entries, Dumper=_BlockDumper, allow_unicode=True, sort_keys=False, width=100)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        raise AgendaError([Problem(display_path(path), None, "not valid YAML; fix it before exporting")]) from None
    listed = _responses_node(root)
    if listed is None or (isinstance(listed, yaml.ScalarNode) and listed.value in ("", "~", "null")):
        indent = 2  # `responses:` with nothing yet, or no file
    elif isinstance(listed, yaml.SequenceNode) and listed.flow_style and not listed.value:
        # `responses: []` becomes a block list (a comment after it stays where it was).
        text = text[:listed.start_mark.index].rstrip(" ") + text[listed.end_mark.index:]
        indent = 2
    elif isinstance(listed, yaml.SequenceNode) and not listed.flow_style:
        indent = listed.start_mark.column if listed.value else 2  # where this file puts its "- "
    else:
        raise AgendaError([Problem(display_path(path), listed.start_mark.line + 1,
                                   "responses: write the list as a block list (one `- id: …` per entry) so that "
                                   "the export can add to it")])
    if root is not None and _keys_after_responses(root):
        raise AgendaError([Problem(display_path(path), None, "responses must be the file's last key for the export "
                                                             "to add to it")])
    if root is None or listed is None and "responses:" not in text:
        text = (text.rstrip("\n") + "\n" if text.strip() else "") + "responses:\n"
    block = "".join(" " * indent + line if line.strip() else line for line in items.splitlines(keepends=True))
    return (text if text.endswith("\n") else text + "\n") + block


def _responses_node(root: yaml.Node | None) -> yaml.Node | None:
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((value for key, value in root.value if key.value == "responses"), None)


def _keys_after_responses(root: yaml.Node) -> bool:
    keys = [key.value for key, _ in root.value] if isinstance(root, yaml.MappingNode) else []
    return "responses" in keys and keys[-1] != "responses"
