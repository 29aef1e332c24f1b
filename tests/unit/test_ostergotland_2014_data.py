"""The Östergötland proposal of 2013 (insatsområden for 2014–2020): an agenda of areas only,
undated, under the 2011 national digital agenda, saying what the presentation says."""

from __future__ import annotations

import pytest

from generator.model import Agenda
from generator.source import read_agenda
from tests.minimal import REPO
from tests.seeds import missing_sentences, seed_file, words


@pytest.fixture(scope="module")
def agenda() -> Agenda:
    return read_agenda(REPO / "source" / "ostergotland-2014")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return words(seed_file("002").read_text(encoding="utf-8"))


def test_five_insatsomraden_and_nothing_invented(agenda: Agenda) -> None:
    assert [area.title for area in agenda.areas] == [
        "Bredbandsinfrastruktur", "Digital kompetens och delaktighet", "Digitala tjänster i offentlig verksamhet",
        "Digitalt stöd i offentlig verksamhet", "IT för företagande och entreprenörskap"]
    assert agenda.goals == [] and agenda.initiatives == [] and agenda.actors == []
    assert agenda.consultation is None and agenda.decisions == []
    assert all(not area.national_goals and not area.sdgs for area in agenda.areas)


def test_metadata(agenda: Agenda) -> None:
    meta = agenda.meta
    assert meta.date is None  # the presentation is undated
    assert meta.period is not None and (meta.period.start, meta.period.end) == (2014, 2020)
    assert (meta.status, meta.terms.area) == ("draft", "Insatsområde")
    # Nothing in the presentation names an owner: the three organisations of slide 3, with a note quoting it.
    assert meta.owner == "Regionförbundet Östsam, Länsstyrelsen och Landstinget i Östergötland"
    assert meta.publishers == [] and meta.subtitle == "" and meta.short_title is None
    notes = " ".join(note.text for note in meta.notes)
    for inferred in ("Presentationen anger ingen ägare", "Perioden 2014–2020 är den som rubriken på bild 3 anger",
                     "Presentationen har inget datum"):
        assert inferred in notes
    # Slides 6 and 7 follow the areas in the presentation, and on the site.
    assert [section.id for section in meta.closing] == ["uppdrag-fran-kommunchefsnatverket", "handlingsplan"]
    assert agenda.strategy.id == "digital-agenda-2011" and agenda.strategy.goals == []
    assert meta.intro == "en-regional-digital-agenda"


def test_every_sentence_is_in_the_source(agenda: Agenda, seed_text: str) -> None:
    texts = [(area.id, area.title) for area in agenda.areas]
    texts += [(area.id, area.background) for area in agenda.areas]
    texts += [(section.id, section.title) for section in agenda.meta.texts]
    texts += [(section.id, section.text) for section in agenda.meta.texts]
    texts += [("strategy", agenda.strategy.description)]
    assert missing_sentences(texts, seed_text, words) == []
    for area in agenda.areas:  # titles and the short backgrounds are shorter than a checked sentence
        assert area.title in seed_text and area.background in seed_text
