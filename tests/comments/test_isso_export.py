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
from tests.conftest import run_agenda
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


HAND_FORMATTED = """\
# Svar som kommit in; registratorn bedömer dem här.
responses:
- id: brev-1
  item: "1.1.1"
  organisation: Länsstyrelsen Kalmar län   # kom per brev
  date: 2018-09-20
  channel: letter
  text: Vi tillstyrker.
  disposition: noted
"""


def test_export_keeps_a_hand_formatted_file_and_adds_nothing_twice(isso: IssoSettings, agenda_copy: Path) -> None:
    path = agenda_copy / "responses" / EXPORT_FILE
    path.parent.mkdir()
    path.write_text(HAND_FORMATTED, encoding="utf-8")  # the list at column 0: valid, PyYAML's own layout
    first = post_comment(isso, "/insatser/1.1.1/", "Kalmar kommun", "En synpunkt\növer två rader.")
    approve(isso, first)
    result = run_agenda("comments", "export", str(agenda_copy), "--database", str(isso.database))
    assert result.returncode == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    assert after.startswith(HAND_FORMATTED) and f"- id: kommentar-{first}\n" in after
    assert len(read_agenda(agenda_copy).responses) == 2
    again = run_agenda("comments", "export", str(agenda_copy), "--database", str(isso.database))
    assert again.returncode == 0 and path.read_text(encoding="utf-8") == after


def test_an_excluded_comment_never_comes_back(isso: IssoSettings, agenda_copy: Path) -> None:
    spam = post_comment(isso, "/insatser/1.1.1/", "Reklam AB", "Köp våra tjänster.")
    approve(isso, spam)
    database = IssoDatabase(isso.database)
    export_comments(read_agenda(agenda_copy), database, agenda_copy / "responses")
    path = agenda_copy / "responses" / EXPORT_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(
        f"comment_id: {spam}\n", f"comment_id: {spam}\n    excluded: Reklam, inte en synpunkt på agendan.\n"), "utf-8")
    kept = path.read_text(encoding="utf-8")
    agenda = read_agenda(agenda_copy)
    assert agenda.responses == [] and agenda.excluded_comments == {spam}
    assert export_comments(agenda, database, agenda_copy / "responses").added == []
    assert path.read_text(encoding="utf-8") == kept


@pytest.mark.parametrize("content, expected", [
    ("responses: []\n", "responses:\n  - id: kommentar-"),
    ("# Inga svar ännu.\nresponses: []  # fylls i av exporten\n",
     "# Inga svar ännu.\nresponses:  # fylls i av exporten\n  - id: kommentar-"),
])
def test_export_into_an_empty_list(isso: IssoSettings, agenda_copy: Path, content: str, expected: str) -> None:
    path = agenda_copy / "responses" / EXPORT_FILE
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    approve(isso, post_comment(isso, "/mal/1.1/", "Torsås kommun", "Bra mål."))
    export_comments(read_agenda(agenda_copy), IssoDatabase(isso.database), agenda_copy / "responses",
                    check=lambda: read_agenda(agenda_copy))
    assert path.read_text(encoding="utf-8").startswith(expected)


def test_an_export_that_would_break_the_agenda_leaves_the_file_as_it_was(isso: IssoSettings,
                                                                          agenda_copy: Path) -> None:
    comment = post_comment(isso, "/insatser/1.1.1/", "Emmaboda kommun", "En synpunkt.")
    approve(isso, comment)
    (agenda_copy / "responses").mkdir()
    # A letter the registrator filed under the id the export would give the comment.
    (agenda_copy / "responses" / "brev.yml").write_text(HAND_FORMATTED.replace("brev-1", f"kommentar-{comment}"),
                                                        encoding="utf-8")
    result = run_agenda("comments", "export", str(agenda_copy), "--database", str(isso.database))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == (f"{agenda_copy / 'responses' / EXPORT_FILE}: the export would have made "
                                             "this file invalid, so it was left as it was")
    assert f"duplicate response id 'kommentar-{comment}'" in result.stderr
    assert not (agenda_copy / "responses" / EXPORT_FILE).exists()


def test_a_flow_list_is_not_rewritten(isso: IssoSettings, agenda_copy: Path) -> None:
    path = agenda_copy / "responses" / EXPORT_FILE
    path.parent.mkdir()
    flow = 'responses: [{id: brev-1, organisation: Nybro kommun, date: 2018-09-01, text: "Ja."}]\n'
    path.write_text(flow, encoding="utf-8")
    approve(isso, post_comment(isso, "/mal/1.2/", "Nybro kommun", "Ett mål till."))
    result = run_agenda("comments", "export", str(agenda_copy), "--database", str(isso.database))
    assert result.returncode == 1 and "write the list as a block list" in result.stderr
    assert path.read_text(encoding="utf-8") == flow
