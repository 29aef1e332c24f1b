"""Responses in YAML: checked like the rest of the agenda, compiled into the remissammanställning."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from generator.errors import AgendaError
from generator.source import read_agenda
from tests.conftest import run_agenda
from tests.minimal import REPO, make_agenda

RESPONSES = """\
responses:
  - id: brev-1
    item: "1.1.1"
    organisation: Kommunen
    date: 2018-09-01
    channel: letter
    text: Vi instämmer.
"""


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def problems(tmp_path: Path, responses: str) -> list[str]:
    agenda_dir = make_agenda(tmp_path, {"responses/brev.yml": responses})
    with pytest.raises(AgendaError) as caught:
        read_agenda(Path("source/test-agenda"))
    assert agenda_dir.exists()
    return [str(problem) for problem in caught.value.problems]


def test_valid_response(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path, {"responses/brev.yml": RESPONSES}))
    assert [response.organisation for response in agenda.responses] == ["Kommunen"]


def test_unknown_item(tmp_path: Path) -> None:
    assert problems(tmp_path, RESPONSES.replace('"1.1.1"', '"9.9"')) == [
        "source/test-agenda/responses/brev.yml:3: responses[0].item: unknown item '9.9'"]


def test_unknown_disposition(tmp_path: Path) -> None:
    assert problems(tmp_path, RESPONSES + "    disposition: kanske\n") == [
        "source/test-agenda/responses/brev.yml:8: responses[0].disposition: 'kanske' is not allowed "
        "(expected 'accepted', 'partly-accepted', 'not-accepted' or 'noted')"]


def test_missing_organisation(tmp_path: Path) -> None:
    assert problems(tmp_path, RESPONSES.replace("    organisation: Kommunen\n", "")) == [
        "source/test-agenda/responses/brev.yml:2: responses[0]: missing required field 'organisation'"]


def test_duplicate_response_id(tmp_path: Path) -> None:
    twice = RESPONSES + RESPONSES.removeprefix("responses:\n")
    assert problems(tmp_path, twice) == [
        "source/test-agenda/responses/brev.yml:8: duplicate response id 'brev-1' "
        "(first defined at source/test-agenda/responses/brev.yml:2)"]


HOSTILE = '<script>alert("xss")</script>\n\n# Rubrik\n\n[klicka](javascript:alert(1)) **fet** <img src=x onerror=alert(1)>'


def test_compiled_site_shows_responses_as_text(tmp_path: Path) -> None:
    """A closed remiss with responses: compilation page, per-item links, hostile text inert everywhere."""
    agenda_dir = tmp_path / "source" / "kalmar-2019"
    shutil.copytree(REPO / "source" / "kalmar-2019", agenda_dir)
    consultation = agenda_dir / "consultation.yml"
    consultation.write_text(consultation.read_text(encoding="utf-8").replace("status: open", "status: closed"), "utf-8")
    (agenda_dir / "responses").mkdir()
    (agenda_dir / "responses" / "svar.yml").write_text(yaml.safe_dump({"responses": [
        {"id": "kommentar-1", "item": "1.1.1", "organisation": "Kalmar kommun", "date": "2018-09-01",
         "comment_id": 1, "text": HOSTILE, "disposition": "partly-accepted", "reason": "Delvis.",
         "verified": "registrator"},
        {"id": "kommentar-2", "item": "1.1.1", "organisation": "Mörbylånga kommun", "date": "2018-09-02",
         "comment_id": 2, "text": "Okänd avsändare."},
        {"id": "brev-2", "organisation": "Länsstyrelsen Kalmar län", "date": "2018-09-20", "channel": "letter",
         "text": "السلام عليكم — synpunkt på agendan som helhet.", "disposition": "noted"},
        {"id": "avstar-1", "organisation": "Tieto", "date": "2018-09-10", "kind": "declined"},
    ]}, allow_unicode=True).replace("'2018-09-01'", "2018-09-01").replace("'2018-09-20'", "2018-09-20")
        .replace("'2018-09-10'", "2018-09-10"), "utf-8")
    site = tmp_path / "site"
    result = run_agenda("build", str(agenda_dir), "--site-dir", str(site))
    assert result.returncode == 0, result.stderr

    compilation = BeautifulSoup((site / "remiss" / "sammanstallning" / "index.html").read_text("utf-8"), "html.parser")
    initiative = BeautifulSoup((site / "insatser" / "1.1.1" / "index.html").read_text("utf-8"), "html.parser")
    for page in (compilation, initiative):
        article = page.find("article")
        assert article is not None
        assert article.find("script") is None and article.find("img") is None
        assert not article.select('a[href^="javascript"]')
        assert '<script>alert("xss")</script>' in article.get_text()
        assert "**fet**" in article.get_text()
    text = compilation.get_text(" ", strip=True)
    assert "Kalmar kommun" in text and "Delvis beaktad" in text
    statuses = {row.find_all("td")[0].get_text(strip=True): row.find_all("td")[1].get_text(strip=True)
                for row in compilation.select("table tr") if len(row.find_all("td")) == 2}
    assert "Av 23 remissinstanser på sändlistan har 2 svarat, 1 avstått och 20 inte svarat." in text
    assert statuses["Kalmar kommun"] == "Har svarat"
    assert statuses["Tieto"] == "Avstår"
    assert statuses["Borgholms kommun"] == "Inget svar"
    assert statuses["Mörbylånga kommun"] == "Inget svar"  # an unverified comment is no body's answer
    others = compilation.find(id="ovriga-synpunkter")
    assert others is not None and "Mörbylånga kommun" in others.find_next("ul").get_text()
    assert statuses["Delvis beaktad"] == "1" and statuses["Noteras"] == "1"
    assert compilation.find(id="insats-1-1-1") is not None
    link = initiative.find("a", href=lambda href: bool(href) and "sammanstallning/#insats-1-1-1" in href)
    assert link is not None, "the initiative page links to its responses"
    assert "Remissen är avslutad" in initiative.get_text()


@pytest.mark.parametrize("name, message", [
    ('"Kalmar kommun\\n- Hittepå"', "responses[0].organisation: expected one line of plain text (no line breaks, "
                                    "control or bidirectional characters)"),
    # An escaped control character (ESC); an escaped bidirectional control: tests/unit/test_invisible_characters.py
    ('"Kalmar \\ekommun"', "responses[0].organisation: expected one line of plain text (no line breaks, "
                            "control or bidirectional characters)"),
    ("x" * 201, "responses[0].organisation: at most 200 characters (got 201)"),
])
def test_organisation_names_are_one_plain_line(tmp_path: Path, name: str, message: str) -> None:
    assert problems(tmp_path, RESPONSES.replace("organisation: Kommunen", f"organisation: {name}")) == [
        f"source/test-agenda/responses/brev.yml:4: {message}"]


@pytest.mark.parametrize("extra, files, message", [
    ("    positions: [{item: \"9.9\", position: opposes}]\n", {},
     "source/test-agenda/responses/brev.yml:8: responses[0].positions[0].item: unknown item '9.9'"),
    ("    positions: [{item: \"1.1.1\", position: kanske}]\n", {},
     "source/test-agenda/responses/brev.yml:8: responses[0].positions[0].position: 'kanske' is not allowed "
     "(expected 'supports', 'supports-with-changes', 'opposes', 'no-objection' or 'comments')"),
    ("    document: svar.pdf\n", {},
     "source/test-agenda/responses/brev.yml:8: responses[0].document: file 'svar.pdf' not found in "
     "source/test-agenda/responses"),
    ("    document: svar.pdf\n", {"responses/svar.pdf": b"<html>not a pdf</html>"},
     "source/test-agenda/responses/brev.yml:8: responses[0].document: 'svar.pdf' is not a PDF"),
    ("    document: ../agenda.yml\n", {},
     "source/test-agenda/responses/brev.yml:8: responses[0].document: invalid document '../agenda.yml' (expected the "
     "name of a .pdf file in the responses folder, e.g. 'kalmar-kommun.pdf')"),
    ("    verified: probably\n", {},
     "source/test-agenda/responses/brev.yml:8: responses[0].verified: 'probably' is not allowed "
     "(expected 'domain' or 'registrator')"),
])
def test_formal_answer_fields_are_checked(tmp_path: Path, extra: str, files: dict[str, bytes], message: str) -> None:
    agenda_dir = make_agenda(tmp_path, {"responses/brev.yml": RESPONSES + extra, **files})
    with pytest.raises(AgendaError) as caught:
        read_agenda(Path(os.path.relpath(agenda_dir)))
    assert [str(problem) for problem in caught.value.problems] == [message]
