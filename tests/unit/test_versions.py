"""Versions of the text: every rule with a broken input and its exact message, the changes that follow
from earlier wordings, the word-level comparison, and the pages that show them."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.render.diff import readable, word_diff
from generator.source import read_agenda
from tests.minimal import AGENDA, AREA, make_agenda, problems_for, published

AGENDA_FILE = "source/test-agenda/agenda.yml"
AREA_FILE = "source/test-agenda/areas/1.yml"

VERSIONS = AGENDA.replace("version: Förslag 1\ndate: 2018-04-25\n", """\
versions:
  - id: forslag
    title: Förslag
    date: 2018-04-25
  - id: remissversion
    title: Remissversion
    date: 2018-06-07
    decision: styrelsen
    notes:
      - kind: editorial
        text: Benämningarna ändras efter remissen.
""")
DECISIONS = """\
decisions:
  - id: styrelsen
    date: 2018-06-07
    body: Styrelsen
    kind: minutes
    title: Remiss
"""
EARLIER = AREA.replace("        resursbehov: Inom budget\n", """\
        resursbehov: Inom budget
        earlier:
          - version: forslag
            text: Gammal text.
            tidplan: "2018"
""")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def versioned(tmp_path: Path, area: str = EARLIER) -> Path:
    return make_agenda(tmp_path / "ok", {"agenda.yml": VERSIONS, "decisions.yml": DECISIONS, "areas/1.yml": area})


def test_the_current_version_is_the_last(tmp_path: Path) -> None:
    meta = read_agenda(versioned(tmp_path)).meta
    assert (meta.version, meta.date.isoformat()) == ("Remissversion", "2018-06-07")


def test_earlier_wordings_give_the_changes_of_each_version(tmp_path: Path) -> None:
    agenda = read_agenda(versioned(tmp_path))
    [revision] = agenda.revisions(agenda.item("1.1.1"))
    assert (revision.previous.id, revision.version.id) == ("forslag", "remissversion")
    assert [(change.label, change.before, change.after) for change in revision.changes] == [
        ("Text", "Gammal text.", "Text."), ("Tidplan", "2018", "2019")]
    assert [(version.id, [worded.id for worded, _ in changes]) for version, changes in agenda.changes()] == [
        ("remissversion", ["1.1.1"])]


def test_a_wording_stays_until_the_version_that_changed_it(tmp_path: Path) -> None:
    """Three versions, the text changed in the second only: the first and second read alike."""
    three = VERSIONS.replace("  - id: remissversion", "  - id: utkast\n    title: Utkast\n    date: 2018-05-01\n"
                                                     "  - id: remissversion")
    area = EARLIER.replace("          - version: forslag\n            text: Gammal text.\n            tidplan: \"2018\"\n",
                           "          - version: utkast\n            text: Gammal text.\n")
    agenda = read_agenda(make_agenda(tmp_path / "three", {"agenda.yml": three, "decisions.yml": DECISIONS,
                                                          "areas/1.yml": area}))
    [revision] = agenda.revisions(agenda.item("1.1.1"))
    assert (revision.previous.id, revision.version.id) == ("utkast", "remissversion")


def test_version_and_versions_both_given() -> None:
    both = VERSIONS.replace("owner: Testregionen\n", "owner: Testregionen\nversion: Förslag 1\n")
    assert problems_for({"agenda.yml": both, "decisions.yml": DECISIONS}) == [
        f"{AGENDA_FILE}:4: version: leave it out when 'versions' is given (the current version is the last of "
        "them, 'Remissversion')"]


def test_neither_version_nor_versions() -> None:
    assert problems_for({"agenda.yml": AGENDA.replace("version: Förslag 1\n", "")}) == [
        f"{AGENDA_FILE}:1: missing required field 'version' (or 'versions', the agenda's versions oldest first)"]


def test_versions_out_of_date_order_with_an_unknown_decision_and_a_repeated_id() -> None:
    broken = VERSIONS.replace("    date: 2018-06-07\n    decision: styrelsen", "    date: 2018-01-01\n    decision: okand")
    broken = broken.replace("  - id: remissversion", "  - id: forslag")
    assert problems_for({"agenda.yml": broken, "decisions.yml": DECISIONS}) == [
        f"{AGENDA_FILE}:9: duplicate version id 'forslag' (first defined at {AGENDA_FILE}:6)",
        f"{AGENDA_FILE}:11: versions[1].date: 2018-01-01 is before the date of version 'forslag' (2018-04-25)",
        f"{AGENDA_FILE}:12: versions[1].decision: unknown decision 'okand' (not in decisions.yml)"]


def test_earlier_wording_of_an_unknown_version() -> None:
    broken = EARLIER.replace("version: forslag", "version: utkast")
    assert problems_for({"agenda.yml": VERSIONS, "decisions.yml": DECISIONS, "areas/1.yml": broken}) == [
        f"{AREA_FILE}:22: initiative 1.1.1: earlier[0].version: unknown version 'utkast' (expected an "
        "earlier one: forslag)"]


def test_earlier_wording_of_the_current_version() -> None:
    broken = EARLIER.replace("version: forslag", "version: remissversion")
    assert problems_for({"agenda.yml": VERSIONS, "decisions.yml": DECISIONS, "areas/1.yml": broken}) == [
        f"{AREA_FILE}:22: initiative 1.1.1: earlier[0].version: 'remissversion' is the current version, "
        "whose wording is the text itself (expected an earlier one: forslag)"]


def test_earlier_wording_without_versions() -> None:
    assert problems_for({"areas/1.yml": EARLIER}) == [
        f"{AREA_FILE}:22: initiative 1.1.1: earlier[0].version: unknown version 'forslag' (agenda.yml "
        "lists no versions)"]


def test_earlier_wording_given_twice_empty_or_unchanged() -> None:
    broken = EARLIER.replace('            tidplan: "2018"\n', '            tidplan: "2019"\n'
                                                                '          - version: forslag\n'
                                                                '            text: Annan text.\n'
                                                                '          - version: forslag\n')
    assert problems_for({"agenda.yml": VERSIONS, "decisions.yml": DECISIONS, "areas/1.yml": broken}) == [
        f"{AREA_FILE}:24: initiative 1.1.1: earlier[0].tidplan: the same as in the version after it; "
        "give only what changed",
        f"{AREA_FILE}:25: initiative 1.1.1: earlier[1].version: 'forslag' is given twice",
        f"{AREA_FILE}:27: initiative 1.1.1: earlier[2].version: 'forslag' is given twice",
        f"{AREA_FILE}:27: initiative 1.1.1: earlier[2]: gives no earlier wording (expected at least one "
        "of: title, text, ansvar, tidplan, resursbehov)"]


def test_earlier_wording_of_a_field_the_level_does_not_have() -> None:
    broken = AREA.replace("background: Bakgrund.\n", "background: Bakgrund.\nearlier:\n  - version: forslag\n"
                                                        "    text: Gammal.\n")
    assert problems_for({"agenda.yml": VERSIONS, "decisions.yml": DECISIONS, "areas/1.yml": broken}) == [
        f"{AREA_FILE}:6: unknown field 'text' (expected one of: background, title, version)"]


def test_a_summary_names_real_items() -> None:
    summary = AGENDA + ("sections:\n  - id: sammanfattning\n    title: Sammanfattning\n    text: ''\n"
                        "    summary:\n      - {item: '1.1.1', label: 'Insats 1.1.1)'}\n"
                        "      - {item: '9.9', label: 'Mål 9.9'}\n")
    assert problems_for({"agenda.yml": summary}) == [
        f"{AGENDA_FILE}:15: sections[0].summary[1].item: unknown item '9.9'"]


def test_word_diff_marks_deletions_and_insertions_in_text_as_well_as_tags() -> None:
    html = word_diff("Styrgruppen utses av styrelsen.\n\nSlut.", "Styrgruppen utses av regionen.\n\nSlut.")
    soup = BeautifulSoup(html, "html.parser")
    assert [p.get_text() for p in soup.find_all("p")] == [
        "Styrgruppen utses av borttaget: styrelsen. (slut på borttaget) tillagt: regionen. (slut på tillagt)",
        "Slut."]
    assert soup.find("del").get_text() == "borttaget: styrelsen. (slut på borttaget)"
    assert soup.find("ins").get_text() == "tillagt: regionen. (slut på tillagt)"


def test_word_diff_escapes_what_it_compares() -> None:
    html = word_diff("<script>alert(1)</script> a", "<b>b</b> a")
    assert "<script>" not in html and "<b>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_markdown_texts_are_compared_as_they_read() -> None:
    """Emphasis, entities and list marks are not words a reader sees; HTML in a text stays text."""
    assert readable("Ett *viktigt* &amp; <b>fett</b> ord.\n\n- punkt\n\n## Rubrik") == (
        "Ett viktigt & <b>fett</b> ord.\n\npunkt\n\nRubrik")
    html = word_diff("Ett *viktigt* ord.", "Ett **nytt** ord.", is_markdown=True)
    assert "*" not in html and "<del><span class=\"agenda-visually-hidden\">borttaget: </span>viktigt" in html


def test_word_diff_shows_a_removed_paragraph_break() -> None:
    html = word_diff("Ett.\n\nTvå.", "Ett. Två.")
    assert "<del><span class=\"agenda-visually-hidden\">borttaget: </span>¶" in html


def test_pages_show_the_versions_and_every_change(tmp_path: Path) -> None:
    pages = published(read_agenda(versioned(tmp_path)))
    initiative = str(pages["insatser/1.1.1.md"])
    assert "## Versioner { #versioner }" in initiative
    assert "Remissversion (7 juni 2018): text, tidplan ändrad" in initiative
    assert "<del>" in initiative and "Gammal text." in initiative
    changes = str(pages["andringar/index.md"])
    assert "Agendan finns i 2 versioner. Webbplatsen visar den senaste, Remissversion (7 juni 2018)." in changes
    assert "### [Insats 1.1.1 En insats](../insatser/1.1.1.md#versioner)" in changes
    assert "Benämningarna ändras efter remissen." in changes
    # An agenda of one version has no changes page and no Versioner section.
    single = published(read_agenda(make_agenda(tmp_path / "single")))
    assert "andringar/index.md" not in single and "Versioner" not in str(single["insatser/1.1.1.md"])
