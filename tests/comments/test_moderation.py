"""Moderation from the command line against the real server on 127.0.0.1: what waits, shown in full and
safely, approving and rejecting in Swedish, and the log of every decision that the export keeps."""

from __future__ import annotations

import datetime
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.comments.backend import Comment
from generator.comments.isso import IssoDatabase, IssoSettings, start_server
from generator.comments.moderation import describe, shown
from tests.comments.isso_client import isso_settings, post_comment, public_comments
from generator.source import read_agenda
from tests.conftest import KALMAR, run_agenda

HOSTILE = "Första raden\x1b[2J och \u202eett bakvänt ord.\nAndra raden."


@pytest.fixture
def isso(tmp_path: Path) -> Iterator[IssoSettings]:
    settings = isso_settings(tmp_path / "comments")
    process = start_server(settings)
    yield settings
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def agenda_copy(tmp_path: Path) -> Path:
    shutil.copytree(KALMAR, tmp_path / "kalmar-2019")
    return tmp_path / "kalmar-2019"


def comments(isso: IssoSettings, agenda_dir: Path, *args: str) -> tuple[int, str, str]:
    result = run_agenda("comments", *args, str(agenda_dir), "--database", str(isso.database))
    return result.returncode, result.stdout, result.stderr


def test_pending_shows_each_comment_in_full(isso: IssoSettings, agenda_copy: Path) -> None:
    comment_id = post_comment(isso, "/insatser/1.1.1/", "Borgholms kommun", HOSTILE)
    code, out, _ = comments(isso, agenda_copy, "pending")
    assert code == 0
    block = out.split("\n\n")[0].splitlines()
    assert block[:3] == [f"Synpunkt {comment_id} på /insatser/1.1.1/",
                         "  Organisation: Borgholms kommun (avsändaren är inte verifierad)",
                         block[2]] and block[2].startswith("  Inkom: ") and " kl. " in block[2]
    assert block[3] == "  E-post: registrator@example.se"
    # The gate took the control characters out before the comment was stored.
    assert block[5:7] == ["    Första raden[2J och ett bakvänt ord.", "    Andra raden."]
    assert "\x1b" not in out and "\u202e" not in out
    assert out.strip().endswith("1 synpunkt(er) väntar på granskning.")


def test_what_reaches_the_terminal_has_its_control_characters_written_out() -> None:
    """Comments stored some other way (an older database, an import) are shown safely too."""
    comment = Comment(id=7, thread="/insatser/1.1.1/\x07", author="Kalmar\u202e kommun", text=HOSTILE,
                      created=datetime.datetime(2018, 9, 27, 22, 30, tzinfo=datetime.timezone.utc))
    lines = describe(comment).splitlines()
    assert lines[:3] == ["Synpunkt 7 på /insatser/1.1.1/\\x07", "  Organisation: Kalmar\\u202e kommun",
                         "  Inkom: 28 september 2018 kl. 00.30"]  # Swedish time: the deadline day, not the day before
    assert lines[5:7] == ["    Första raden\\x1b[2J och \\u202eett bakvänt ord.", "    Andra raden."]
    assert shown("tabb\toch\nrad") == "tabb\toch\nrad"


def test_approve_and_reject_are_logged_and_the_export_keeps_the_log(isso: IssoSettings, agenda_copy: Path) -> None:
    kept = post_comment(isso, "/insatser/1.1.1/", "Kalmar kommun", "Vi tillstyrker.")
    refused = post_comment(isso, "/insatser/1.1.1/", "Reklam AB", "Köp våra tjänster.")
    server = ("--server", isso.listen)
    code, out, _ = comments(isso, agenda_copy, "approve", "--ids", str(kept), *server)
    assert (code, out) == (0, f"Synpunkt {kept} från Kalmar kommun är godkänd och publicerad.\n")
    code, out, _ = comments(isso, agenda_copy, "reject", "--ids", str(refused), "--reason", "Reklam.", *server)
    assert (code, out) == (0, f"Synpunkt {refused} från Reklam AB är avvisad och borttagen.\n")
    assert [c["id"] for c in public_comments(isso, "/insatser/1.1.1/")] == [kept]
    assert IssoDatabase(isso.database).pending_comments() == []

    log = [json.loads(line) for line in (isso.state_dir / "kalmar-2019.moderation.jsonl").read_text("utf-8").splitlines()]
    assert [(entry["action"], entry["comment"], entry.get("reason")) for entry in log] == [
        ("approved", kept, None), ("rejected", refused, "Reklam.")]
    assert all(entry["who"] and entry["time"].endswith(("+01:00", "+02:00")) for entry in log)

    code, out, _ = comments(isso, agenda_copy, "export")
    assert code == 0 and "Kept 2 new moderation decision(s)" in out
    assert (agenda_copy / "responses" / "moderering.jsonl").read_text("utf-8").splitlines() == [
        json.dumps(entry, ensure_ascii=False) for entry in log]
    assert "Kept 0 new" in comments(isso, agenda_copy, "export")[1]  # nothing twice


def test_decisions_on_comments_that_do_not_wait_are_messages(isso: IssoSettings, agenda_copy: Path) -> None:
    code, _, err = comments(isso, agenda_copy, "approve", "--ids", "999", "--server", isso.listen)
    assert code == 1 and err.startswith("synpunkt 999 väntar inte på granskning")
    comment_id = post_comment(isso, "/mal/1.1/", "Nybro kommun", "En synpunkt.")
    code, _, err = comments(isso, agenda_copy, "approve", "--ids", str(comment_id), "--server", "http://127.0.0.1:9")
    assert code == 1 and err.startswith("kommentarsservern på http://127.0.0.1:9 svarade inte")
    code, _, err = comments(isso, agenda_copy, "reject", "--ids", str(comment_id), "--reason", "  ")
    assert code == 1 and err.startswith("ange skälet")
    assert "Traceback" not in err


def test_a_comment_from_a_domain_of_the_body_it_names_is_verified(isso: IssoSettings, agenda_copy: Path) -> None:
    consultation = agenda_copy / "consultation.yml"
    consultation.write_text(consultation.read_text(encoding="utf-8").replace(
        "  - name: Borgholms kommun\n", "  - name: Borgholms kommun\n    domains: [borgholm.se]\n"), encoding="utf-8")
    verified = post_comment(isso, "/insatser/1.1.1/", "Borgholms kommun, kommunledningen", "Vi tillstyrker.",
                            email="registrator@BORGHOLM.se")
    unverified = post_comment(isso, "/insatser/1.1.1/", "Borgholms kommun", "Vi också.", email="x@example.se")
    out = comments(isso, agenda_copy, "pending")[1]
    assert "  Organisation: Borgholms kommun, kommunledningen (e-postdomänen hör till Borgholms kommun på " \
           "sändlistan)" in out
    assert "  Organisation: Borgholms kommun (avsändaren är inte verifierad)" in out
    for comment_id in (verified, unverified):
        assert comments(isso, agenda_copy, "approve", "--ids", str(comment_id), "--server", isso.listen)[0] == 0
    assert comments(isso, agenda_copy, "export")[0] == 0
    by_comment = {response.comment_id: response for response in read_agenda(agenda_copy).responses}
    assert by_comment[verified].verified == "domain" and by_comment[unverified].verified is None
    assert "registrator@" not in (agenda_copy / "responses" / "kommentarer.yml").read_text(encoding="utf-8")


def test_status_lists_the_sandlista_for_reminders(agenda_copy: Path) -> None:
    consultation = agenda_copy / "consultation.yml"
    consultation.write_text(consultation.read_text(encoding="utf-8").replace(
        "  - name: Borgholms kommun\n", "  - name: Borgholms kommun\n    contacts: [registrator@borgholm.se]\n"),
        encoding="utf-8")
    (agenda_copy / "responses").mkdir()
    (agenda_copy / "responses" / "svar.yml").write_text(
        "responses:\n  - id: brev-1\n    organisation: Kalmar kommun\n    date: 2018-09-20\n    channel: letter\n"
        "    text: Vi tillstyrker.\n  - id: avstar-1\n    organisation: Tieto\n    date: 2018-09-10\n"
        "    kind: declined\n  - id: kommentar-7\n    organisation: Nybro kommun\n    date: 2018-09-11\n"
        "    comment_id: 7\n    text: Okänd avsändare.\n", encoding="utf-8")
    result = run_agenda("comments", "status", str(agenda_copy), "--as-of", "2018-09-27")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("Remissen D 2018/126-536 pågår (7 juni 2018 till och med 28 september 2018), "
                        "som den 27 september 2018.")
    assert lines[2:4] == ["Har svarat (1):", "  Kalmar kommun"] and lines[5:7] == ["Avstår (1):", "  Tieto"]
    assert "Inget svar ännu (21):" in lines and "  Borgholms kommun (kontakt: registrator@borgholm.se)" in lines
    assert "  Nybro kommun (kommentar-7): bekräfta med verified: registrator" in lines


def test_purge_removes_addresses_once_the_remiss_is_over(isso: IssoSettings, agenda_copy: Path) -> None:
    comment_id = post_comment(isso, "/insatser/1.1.1/", "Kalmar kommun", "Vi tillstyrker.")
    refused = run_agenda("comments", "purge", str(agenda_copy), "--database", str(isso.database),
                         "--as-of", "2018-09-28")
    assert refused.returncode == 1 and refused.stderr.startswith("remissen är inte avslutad")
    done = run_agenda("comments", "purge", str(agenda_copy), "--database", str(isso.database), "--as-of", "2018-10-01")
    assert done.returncode == 0 and done.stdout == "Tog bort e-post- och nätverksadresser ur 1 synpunkt(er).\n"
    (waiting,) = IssoDatabase(isso.database).pending_comments()
    assert waiting.id == comment_id and waiting.email is None and waiting.text == "Vi tillstyrker."
