"""The real Isso server on 127.0.0.1: post, approve, export into YAML, export again, keep edits."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from generator.comments.export import EXPORT_FILE, export_comments
from generator.comments.isso import IssoDatabase, IssoSettings, start_server
from generator.source import read_agenda
from tests.comments.isso_client import approve, isso_settings, post_comment, public_comments
from tests.minimal import REPO

SCRIPT = '<script>alert("xss")</script> Vi tillstyrker. <img src=x onerror=alert(1)> [länk](javascript:alert(1))'
ARABIC = "نحن ندعم هذه المبادرة بالكامل"
LONG = ("Lång synpunkt med å, ä och ö. " * 700)[:20000]


@pytest.fixture
def agenda_copy(tmp_path: Path) -> Path:
    """A private copy of the Kalmar agenda, so exports never touch the repository's source/."""
    shutil.copytree(REPO / "source" / "kalmar-2019", tmp_path / "source" / "kalmar-2019")
    return tmp_path / "source" / "kalmar-2019"


@pytest.fixture
def isso(tmp_path: Path) -> Iterator[IssoSettings]:
    settings = isso_settings(tmp_path / "comments")
    process = start_server(settings)
    yield settings
    process.terminate()
    process.wait(timeout=10)


def exported(agenda_dir: Path) -> list[dict[str, object]]:
    data = yaml.safe_load((agenda_dir / "responses" / EXPORT_FILE).read_text(encoding="utf-8"))
    return list(data["responses"])


def test_comments_are_moderated_exported_once_and_edits_survive(isso: IssoSettings, agenda_copy: Path) -> None:
    ids = {
        "script": post_comment(isso, "/insatser/1.1.1/", "Kalmar kommun", SCRIPT),
        "arabic": post_comment(isso, "/mal/3.1/", "Föreningen بيت", ARABIC),
        "long": post_comment(isso, "/omraden/4/", "IP-Only & Co", LONG),
        "pending": post_comment(isso, "/insatser/6.1.1/", "Tieto", "Ännu inte granskad."),
    }
    assert public_comments(isso, "/insatser/1.1.1/") == []  # nothing is public before approval
    for name in ("script", "arabic", "long"):
        approve(isso, ids[name])
    assert len(public_comments(isso, "/insatser/1.1.1/")) == 1

    database = IssoDatabase(isso.database)
    result = export_comments(read_agenda(agenda_copy), database, agenda_copy / "responses")
    assert len(result.added) == 3
    entries = {entry["comment_id"]: entry for entry in exported(agenda_copy)}
    assert set(entries) == {ids["script"], ids["arabic"], ids["long"]}  # the unapproved one stays out
    assert entries[ids["script"]]["text"] == SCRIPT
    assert entries[ids["script"]]["item"] == "1.1.1"
    assert entries[ids["arabic"]]["organisation"] == "Föreningen بيت"
    assert entries[ids["arabic"]]["text"] == ARABIC
    assert entries[ids["long"]]["organisation"] == "IP-Only & Co"
    assert entries[ids["long"]]["text"] == LONG and len(str(entries[ids["long"]]["text"])) == 20000
    assert "email" not in entries[ids["script"]]

    # Exporting again adds nothing.
    again = export_comments(read_agenda(agenda_copy), database, agenda_copy / "responses")
    assert again.added == [] and again.skipped_known == 3
    assert len(exported(agenda_copy)) == 3

    # A maintainer gives a disposition; a later export with a new comment keeps that edit.
    path = agenda_copy / "responses" / EXPORT_FILE
    text = path.read_text(encoding="utf-8")
    marker = f"comment_id: {ids['script']}\n"
    path.write_text(text.replace(marker, marker + "    disposition: accepted\n    reason: Tas med.\n"), "utf-8")
    approve(isso, ids["pending"])
    last = export_comments(read_agenda(agenda_copy), database, agenda_copy / "responses")
    assert [comment.id for comment in last.added] == [ids["pending"]]
    agenda = read_agenda(agenda_copy)
    by_comment = {response.comment_id: response for response in agenda.responses}
    assert by_comment[ids["script"]].disposition == "accepted"
    assert by_comment[ids["script"]].reason == "Tas med."
    assert len(agenda.responses) == 4


def test_export_without_a_database_is_a_message(agenda_copy: Path, tmp_path: Path) -> None:
    from tests.conftest import run_agenda

    result = run_agenda("comments", "export", str(agenda_copy), "--database", str(tmp_path / "none.db"))
    assert result.returncode == 1
    assert "no comment database here" in result.stderr and "Traceback" not in result.stderr


def test_a_reply_keeps_the_comment_it_answers(isso: IssoSettings, agenda_copy: Path) -> None:
    first = post_comment(isso, "/insatser/2.1.1/", "Kalmar kommun", "Vi tillstyrker.")
    reply = post_comment(isso, "/insatser/2.1.1/", "Nybro kommun", "Vi instämmer med Kalmar.", parent=first)
    for comment_id in (first, reply):
        approve(isso, comment_id)
    export_comments(read_agenda(agenda_copy), IssoDatabase(isso.database), agenda_copy / "responses")
    entries = {entry["comment_id"]: entry for entry in exported(agenda_copy)}
    assert entries[reply]["reply_to"] == first and "reply_to" not in entries[first]
    assert read_agenda(agenda_copy).responses[1].reply_to == first
