"""The Östergötland strategy draft (remissutkast 2018): complete, and saying what the source says."""

from __future__ import annotations

import re

import pytest

from generator.model import Agenda
from generator.source import read_agenda
from tests.minimal import REPO
from tests.seeds import missing_sentences, seed_file, words


@pytest.fixture(scope="module")
def ostergotland() -> Agenda:
    return read_agenda(REPO / "source" / "ostergotland-2018")


def normalise(text: str) -> str:
    """Words only; also the beslutsunderlag's footnote mark, a plain "1" in the text version."""
    return words(text.replace("¹", " 1"))


@pytest.fixture(scope="module")
def seed_text() -> str:
    text = seed_file("004").read_text(encoding="utf-8").split("Transkript:", 1)[1]
    # Each line is a page: drop the running heads so that sentences join across pages.
    text = re.sub(r"(?m)^\d{1,2}/16 ", "", text)
    text = re.sub(r"BESLUTSUNDERLAG \d/2 Ledningsstaben Niklas Guss 2018-08-22 Dnr: RS 2018-365 ", "", text)
    text = text.replace("a t t ", "att ")  # the decision's letter-spaced "att"
    return normalise(text)


def test_counts(ostergotland: Agenda) -> None:
    assert [area.title for area in ostergotland.areas] == [
        "Digital kompetens", "Digital trygghet", "Digital innovation", "Digital ledning", "Digital infrastruktur"]
    assert [area.id for area in ostergotland.areas] == ["1", "2", "3", "4", "5"]
    # The draft lists no målsättningar as items of their own: no goal level (they stay in the areas' text).
    assert ostergotland.goals == []
    assert ostergotland.initiatives == []
    assert ostergotland.actors == []
    assert ostergotland.consultation is None
    assert [decision.kind for decision in ostergotland.decisions] == ["decision-basis"]
    assert ostergotland.decisions[0].diarienummer == "RS 2018-365"


def test_metadata_and_terms(ostergotland: Agenda) -> None:
    meta = ostergotland.meta
    assert (meta.owner, meta.status, meta.date.isoformat()) == ("Region Östergötland", "draft", "2018-08-22")
    assert meta.national_strategy == "digitaliseringsstrategin-2017"
    assert (meta.terms.area, meta.terms.areas) == ("Fokusområde", "Fokusområden")
    assert "goal" not in meta.terms.model_fields_set
    # The document's order: eight sections, the five focus areas, then four closing sections (pp. 13–16).
    assert [section.id for section in meta.sections] == [
        "regional-digitaliseringsstrategi", "bakgrund", "varfor-digitalisering", "varfor-tar-vi-till-oss-digitalisering",
        "vision", "en-modell-for-hur-det-hanger-ihop", "hur", "fran-varfor-till-hur"]
    assert [section.id for section in meta.closing] == [
        "vagen-framat", "samma-varfor-samma-hur", "samverkansbeskrivning", "processarbete"]
    assert meta.appendices == []
    # The format has no field for these; the notes must say so rather than leave them out.
    notes = " ".join(note.text for note in meta.notes)
    for fact in ("ingen period", "ingen remisstid", "illustrationer", "ställer inte upp eller numrerar målsättningarna"):
        assert fact in notes


def test_every_sentence_is_in_the_source(ostergotland: Agenda, seed_text: str) -> None:
    """Transcribe, don't paraphrase: each sentence of every text and title occurs verbatim in 004."""
    texts = [(item.id, item.title) for item in ostergotland.items()]
    texts += [(area.id, area.background) for area in ostergotland.areas]
    texts += [(section.id, section.title) for section in ostergotland.meta.texts]
    texts += [(section.id, section.text) for section in ostergotland.meta.texts]
    texts += [(decision.id, decision.text) for decision in ostergotland.decisions]
    assert missing_sentences(texts, seed_text, normalise) == []


def test_source_spelling_is_kept(ostergotland: Agenda) -> None:
    areas = {area.id: area for area in ostergotland.areas}
    assert "Såväl högra krav på säkerhet" in areas["2"].background
    assert "hela det näringslivet" in areas["3"].background
    assert "modernt utbildningsystem" in areas["1"].background
    vision = next(s for s in ostergotland.meta.sections if s.id == "varfor-tar-vi-till-oss-digitalisering")
    assert "Ytterst handlar det som demokrati." in vision.text


def test_one_national_goal_per_focus_area(ostergotland: Agenda, seed_text: str) -> None:
    for area in ostergotland.areas:
        assert [link.goal for link in area.national_goals] == [area.title.lower().replace(" ", "-")]
        # The areas' own text never names the national strategy: the link is the editors', and its reason
        # quotes the section Hur? that says the focus areas come from it.
        link = area.national_goals[0]
        assert link.provenance == "editorial" and link.reason
        assert "den nationella digitaliseringsstrategin" in link.reason
        # Each focus area opens with the national goal, "Östergötland" in place of "Sverige".
        national = ostergotland.national_goal(link.goal)
        first_paragraph = area.background.strip().split("\n\n")[0]
        assert first_paragraph == national.text.replace("Sverige", "Östergötland")


def test_sdg_links_are_editorial_and_explained(ostergotland: Agenda) -> None:
    # The draft never mentions the global goals: every SDG link is the editors', with a reason.
    linked = {(item.id, link.goal) for item in ostergotland.items() for link in item.sdgs}
    assert linked == {("1", 5), ("1", 4), ("5", 9)}
    assert ostergotland.meta.sdgs == []
    for item in ostergotland.items():
        for link in item.sdgs:
            assert link.provenance == "editorial" and link.reason


def test_no_invented_numbering_and_discrepancies_are_recorded(ostergotland: Agenda, seed_text: str) -> None:
    area_1, area_2 = ostergotland.areas[0], ostergotland.areas[1]
    notes = " ".join(note.text for area in ostergotland.areas for note in area.notes)
    assert "numren" not in notes  # no numbering of målsättningar to explain: there are none
    # The målsättningar stand where the draft has them: in the text, after the sentence announcing them.
    announced = "För att uppnå visionen om digital kompetens så har vi formulerat ett antal målsättningar."
    assert announced + " Att alla ska ha förmåga" in " ".join(area_1.background.split())
    assert "är viktiga målsättningar. Till detta kommer målsättningar om" in " ".join(area_2.background.split())
    assert any("visionen om kompetens och kunskap" in note.text for note in area_1.notes if note.kind == "discrepancy")