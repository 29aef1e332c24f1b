"""The real Isso behind the tool's gate on 127.0.0.1, tried as an attacker would: every attack from
issue 15, with what the server answers now."""

from __future__ import annotations

import datetime
import json
import sqlite3
import stat
from pathlib import Path

import pytest
from isso.utils.hash import PBKDF2

from generator.comments.gate import Window
from generator.comments.isso import IssoDatabase, IssoSettings
from tests.comments.gate_client import ORGANISATION, THREAD, post, send, serving
from tests.comments.isso_client import OPEN, SITE_ORIGIN, approve, isso_settings, public_comments


def test_an_ordinary_post_from_the_page_is_taken_for_moderation(isso: IssoSettings) -> None:
    status, answer, _ = post(isso)
    assert status == 202 and answer["mode"] == 2


@pytest.mark.parametrize("day, status, message", [
    (datetime.date(2018, 6, 6), 403, "Remissen har inte öppnat ännu; den öppnar 2018-06-07."),
    (datetime.date(2018, 9, 29), 410, "Remissen är avslutad; remisstiden gick ut 2018-09-28. "
                                      "Nya synpunkter tas inte emot."),
])
def test_no_post_outside_the_remiss(tmp_path: Path, day: datetime.date, status: int, message: str) -> None:
    window = Window(OPEN.start, OPEN.deadline, as_of=day)
    for settings in serving(isso_settings(tmp_path, window=window)):
        assert post(settings)[:2] == (status, {"message": message})
        assert IssoDatabase(settings.database).pending_comments() == [] if settings.database.exists() else True


def test_a_cross_site_post_without_json_is_refused(isso: IssoSettings) -> None:
    """fetch(url, {mode: "no-cors", body: new Blob([json])}) from another site: no Content-Type, its own Origin."""
    assert post(isso, origin="https://evil.example", content_type=None)[:2] == (
        403, {"message": "Synpunkter tas bara emot från remissens egna sidor."})
    assert post(isso, content_type=None)[:2] == (415, {"message": "Synpunkten måste skickas som JSON."})
    assert post(isso, content_type="text/plain")[0] == 415
    assert post(isso, origin=None)[0] == 403


def test_a_posted_comment_cannot_be_edited_or_deleted(isso: IssoSettings) -> None:
    status, answer, headers = post(isso)
    assert status == 202
    cookie = headers["Set-Cookie"].split(";")[0]  # Isso's edit right, as the poster's browser keeps it
    edited = json.dumps({"text": "Ändrad i efterhand.", "website": "https://spam.example"}).encode("utf-8")
    for method, body in (("PUT", edited), ("DELETE", None)):
        refused = send(isso, method, f"/id/{answer['id']}", body,
                       {"Cookie": cookie, "Origin": SITE_ORIGIN, "Content-Type": "application/json"})
        assert refused[:2] == (403, {"message": "En synpunkt kan inte ändras eller tas bort när den har "
                                                "skickats. Skicka en ny synpunkt, eller kontakta registratorn."})
    approve(isso, int(str(answer["id"])))
    assert [c["text"] for c in public_comments(isso, THREAD) if c["id"] == answer["id"]] == [
        "<p>Vi tillstyrker insatsen.</p>"]


@pytest.mark.parametrize("raw, message", [
    (b"[1, 2, 3]", "Synpunkten kunde inte läsas (förväntade ett JSON-objekt)."),
    (b"{not json", "Synpunkten kunde inte läsas (ogiltig JSON)."),
    (b"\xff\xfe{}", "Synpunkten kunde inte läsas (ogiltig JSON)."),
    (json.dumps({"text": "Hej hej", "author": ORGANISATION, "parent": 10**30}).encode(),
     "Synpunkten svarar på en synpunkt som inte finns."),
    (json.dumps({"text": "Hej hej", "author": ORGANISATION, "parent": "1"}).encode(),
     "Synpunkten svarar på en synpunkt som inte finns."),
    (json.dumps({"text": ["a", "b"], "author": ORGANISATION}).encode(), "Fältet text måste vara text."),
    (json.dumps({"text": "Hej hej", "author": {"namn": "x"}}).encode(), "Fältet author måste vara text."),
    (json.dumps({"author": ORGANISATION}).encode(), "Skriv en synpunkt."),
    (json.dumps({"text": "ok", "author": ORGANISATION}).encode(), "Synpunkten måste vara minst 3 tecken."),
])
def test_malformed_bodies_get_400_not_500(isso: IssoSettings, raw: bytes, message: str) -> None:
    assert post(isso, raw=raw)[:2] == (400, {"message": message})


def test_comments_only_on_the_agendas_items(isso: IssoSettings) -> None:
    for thread in ("/admin/", "/remiss/", "/insatser/1.1.1/../../x/", ""):
        assert post(isso, thread=thread)[:2] == (
            400, {"message": "Synpunkter kan bara lämnas på agendans områden, mål och insatser."}), thread


def test_a_reply_must_be_on_the_same_page(isso: IssoSettings) -> None:
    status, answer, _ = post(isso, thread="/insatser/2.1.1/")
    assert status == 202
    reply = {"text": "Ett svar.", "author": ORGANISATION, "parent": answer["id"], "title": "Insats 1.1.1"}
    assert post(isso, reply)[:2] == (400, {"message": "Ett svar måste gälla en synpunkt på samma sida."})


@pytest.mark.parametrize("author, message", [
    ("Borgholms kommun\n- Hittepå\n: lista", "Organisationens namn får bara vara en rad vanlig text."),
    ("Kalmar \u202ennummok", "Organisationens namn får bara vara en rad vanlig text."),
    ("Kalmar\x1b[31m kommun", "Organisationens namn får bara vara en rad vanlig text."),
    ("    ", "Ange vilken organisation som svarar."),
    ("x" * 201, "Organisationens namn får vara högst 200 tecken."),
])
def test_organisation_names_are_one_plain_line(isso: IssoSettings, author: str, message: str) -> None:
    payload = {"text": "En synpunkt.", "author": author}
    assert post(isso, payload)[:2] == (400, {"message": message})


def test_control_characters_are_taken_out_of_the_text(isso: IssoSettings) -> None:
    text = "Rad ett\x00\x07 med \x1b[2Jstyrtecken\u202e och bakvänt.\nRad två\tmed tabb."
    status, answer, _ = post(isso, {"text": text, "author": "  Mörbylånga kommun  ", "title": "Insats 4.1.1"},
                             thread="/insatser/4.1.1/")
    assert status == 202
    stored = [c for c in IssoDatabase(isso.database).pending_comments() if c.id == answer["id"]]
    assert [(c.author, c.text) for c in stored] == [
        ("Mörbylånga kommun", "Rad ett med [2Jstyrtecken och bakvänt.\nRad två\tmed tabb.")]


def test_a_long_body_is_refused_before_isso_reads_it(isso: IssoSettings) -> None:
    huge = {"text": "ord " * 30_000, "author": ORGANISATION}
    assert post(isso, huge)[:2] == (413, {"message": "Synpunkten är för lång (högst 20000 tecken)."})


def test_forwarding_headers_cannot_dodge_the_rate_limit(tmp_path: Path) -> None:
    """Reached directly, X-Forwarded-For is dropped: Isso counts the real address (2 comments a minute here)."""
    for settings in serving(isso_settings(tmp_path, ratelimit=2)):
        answers = [post(settings, extra={"X-Forwarded-For": f"10.0.0.{n}"})[0] for n in range(3)]
        assert answers == [202, 202, 403]
        assert send(settings, "GET", "/info")[0] == 200  # and it keeps running


def test_the_server_keeps_running_and_never_answers_500(isso: IssoSettings) -> None:
    assert send(isso, "GET", "/info")[0] == 200
    assert send(isso, "POST", "/admin", b"password=x", {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert send(isso, "POST", "/like", b"{}", {"Origin": SITE_ORIGIN})[0] == 403


def test_secrets_configuration_and_database_are_the_owners_only(isso: IssoSettings) -> None:
    for path in (isso.config_file, isso.database, isso.state_dir / "kalmar-2019.salt",
                 isso.state_dir / "kalmar-2019.gate.json"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert "enabled = false" in isso.config_file.read_text(encoding="utf-8").split("[admin]")[1][:40]


def test_published_comments_carry_no_hash_of_the_senders_address(isso: IssoSettings) -> None:
    email = "hemlig@example.se"
    thread = "/insatser/3.1.1/"  # Isso takes three comments per page from one address (guard direct-reply)
    status, answer, _ = post(isso, {"text": "En synpunkt till.", "author": ORGANISATION, "email": email,
                                    "title": "Insats 3.1.1"}, thread=thread)
    assert status == 202
    approve(isso, int(str(answer["id"])))
    published = [c for c in public_comments(isso, thread) if c["id"] == answer["id"]]
    assert published and "hash" not in published[0] and email not in json.dumps(published)
    assert PBKDF2().uhash(email) not in json.dumps(public_comments(isso, thread))
    salt = (isso.state_dir / "kalmar-2019.salt").read_text(encoding="utf-8").strip()
    assert f"salt = {salt}" in isso.config_file.read_text(encoding="utf-8") and salt != PBKDF2.salt.decode()


def test_the_database_keeps_nothing_the_gate_refused(isso: IssoSettings) -> None:
    connection = sqlite3.connect(f"file:{isso.database}?mode=ro", uri=True)
    try:
        authors = {row[0] for row in connection.execute("SELECT author FROM comments")}
    finally:
        connection.close()
    assert not [author for author in authors if author and ("\n" in author or "\u202e" in author)]
