"""The real Kalmar agenda: complete, and saying what the source document says."""

from __future__ import annotations

import re

import pytest

from generator.model import Agenda
from generator.schema import schema_texts
from generator.source import read_agenda
from tests.minimal import REPO
from tests.seeds import missing_sentences, seed_file, words


def normalise(text: str) -> str:
    """Words only; also the en dashes the text extraction dropped and hyphens it broke at line ends."""
    text = words(text).replace("–", " ").replace("”", '"').replace("“", '"')
    return re.sub(r"\s+", " ", re.sub(r"(\w)- (\w)", r"\1-\2", text)).strip()


@pytest.fixture(scope="module")
def kalmar() -> Agenda:
    return read_agenda(REPO / "source" / "kalmar-2019")


@pytest.fixture(scope="module")
def seed_text() -> str:
    lines = seed_file("003").read_text(encoding="utf-8").splitlines()
    # Each line is a page; drop the page number that ends it so sentences join across pages.
    return normalise(" ".join(re.sub(r"\s\d{1,2}$", "", line) for line in lines))


def test_counts(kalmar: Agenda) -> None:
    assert [area.title for area in kalmar.areas] == [
        "Kompetens", "Näringsliv", "E-hälsa", "Infrastruktur", "Kommunal e-utveckling", "Gemensamt"]
    assert len(kalmar.goals) == 19
    assert len(kalmar.initiatives) == 33
    assert [goal.id for goal in kalmar.areas[0].goals] == ["1.1", "1.2", "1.3", "1.4", "1.5"]


@pytest.mark.parametrize("initiative_id, ansvar, tidplan, resursbehov", [
    ("1.1.1", "Regionbiblioteket i samverkan med kommunernas biblioteksverksamheter",
     "Handlingsprogram 2018, genomförande 2018-2020", None),
    ("2.3.3", "IUC Kalmar län AB", "2018–2021", "7,4 MSEK (ansökan, beslut juni 2018)"),
    ("4.3.2", "Länsstyrelsen i samverkan med länets regionala bredbandskoordinator", "2018–2020", "Inom befintliga ramar"),
    ("5.1.2", "Kommunchef med delegation till IT-chef eller motsvarande", "Årligen", None),
    ("6.1.3", "Regionförbundet/regional utveckling", "2019", "Inom befintlig budget"),
])
def test_spot_checked_fields(kalmar: Agenda, initiative_id: str, ansvar: str, tidplan: str, resursbehov: str | None) -> None:
    initiative = next(i for i in kalmar.initiatives if i.id == initiative_id)
    assert initiative.ansvar == ansvar
    assert initiative.tidplan == tidplan
    if resursbehov:
        assert initiative.resursbehov == resursbehov


def test_fields_appear_in_the_source(kalmar: Agenda, seed_text: str) -> None:
    for initiative in kalmar.initiatives:
        for label, value in (("Ansvar", initiative.ansvar), ("Tidplan", initiative.tidplan)):
            assert normalise(value) in seed_text, f"{initiative.id} {label}: {value!r} is not in the source"


def test_every_sentence_of_the_agenda_is_in_the_source(kalmar: Agenda, seed_text: str) -> None:
    """Transcribe, don't paraphrase: each sentence of every text and title occurs verbatim in 003."""
    texts = [(item.id, item.title) for item in kalmar.items()]
    texts += [(area.id, area.background) for area in kalmar.areas]
    texts += [(item.id, item.text) for item in kalmar.goals + kalmar.initiatives]
    texts += [(section.id, section.text) for section in kalmar.meta.sections]
    missing = missing_sentences(texts, seed_text, normalise)
    assert missing == []


def test_links_record_their_provenance(kalmar: Agenda) -> None:
    area_links = {area.id: [link.goal for link in area.national_goals] for area in kalmar.areas}
    assert area_links["1"] == ["digital-kompetens", "digital-trygghet"]
    assert area_links["4"] == ["digital-infrastruktur"]
    assert all(link.provenance == "source" for area in kalmar.areas for link in area.national_goals)
    assert [link.goal for link in kalmar.meta.sdgs] == [3, 4, 9, 11, 12, 16]
    area_4_sdg = kalmar.areas[3].sdgs[0]
    assert (area_4_sdg.goal, area_4_sdg.provenance) == (9, "source")


def test_discrepancies_are_recorded_not_fixed(kalmar: Agenda) -> None:
    initiative = next(i for i in kalmar.initiatives if i.id == "6.1.1")
    assert initiative.title == "Styrgrupp för länets regionala digitala agenda"
    assert any("Inrätta en styrgrupp" in note.text for note in initiative.notes if note.kind == "discrepancy")
    assert kalmar.consultation is not None
    assert kalmar.consultation.deadline.isoformat() == "2018-09-28"
    assert any("7 september" in note.text for note in kalmar.consultation.notes)


def test_consultation_and_decisions(kalmar: Agenda) -> None:
    assert kalmar.consultation is not None
    assert len(kalmar.consultation.bodies) == 23
    assert kalmar.consultation.bodies[0].name == "ABF Östra Småland/Öland"
    amendments = [a.item for decision in kalmar.decisions for a in decision.amendments]
    assert "6.1.1" in amendments
    assert [d.date.isoformat() for d in kalmar.decisions][:2] == ["2018-05-02", "2018-05-22"]


def test_committed_json_schema_matches_the_models() -> None:
    for name, text in schema_texts().items():
        committed = REPO / "source" / "schema" / name
        assert committed.read_text(encoding="utf-8") == text, f"{name} is stale: run `agenda schema source/schema`"


def test_the_summary_is_the_sources_list(kalmar: Agenda, seed_text: str) -> None:
    """Pp. 7–9: every area, goal and initiative once, in order, each line verbatim with its own label."""
    [section] = [section for section in kalmar.meta.sections if section.summary]
    assert section.id == "sammanfattning"
    assert [entry.item for entry in section.summary] == [item.id for item in kalmar.items()]
    for entry in section.summary:
        line = normalise(f"{entry.label} {entry.text}".replace("e-hälsoområdet", "e- hälsoområdet"))
        assert line in seed_text, entry.item
    # Its wordings are its own: 6.1.1's differs from the heading, as the note on 6.1.1 says.
    entry = next(entry for entry in section.summary if entry.item == "6.1.1")
    assert (entry.label, entry.text) == ("Insats 6.1.1)", "Inrätta en styrgrupp för länets regionala digitala agenda.")


def test_6_1_1_is_the_remiss_wording_with_the_forslag_in_its_history(kalmar: Agenda, seed_text: str) -> None:
    initiative = kalmar.item("6.1.1")
    assert "Styrgruppen utses av Region Kalmar län och arbetar på uppdrag av densamma." in initiative.text
    assert "regionförbundets styrelse/regionala utvecklingsnämnden" not in initiative.text
    [earlier] = initiative.earlier
    assert earlier.version == "forslag"
    assert "Styrgruppen utses av regionförbundets styrelse/regionala utvecklingsnämnden" in earlier.text
    assert missing_sentences([("6.1.1 förslag", earlier.text)], seed_text, normalise) == []
    assert [(version.id, version.date.isoformat(), version.decision) for version in kalmar.meta.versions] == [
        ("forslag", "2018-04-25", None), ("remissversion", "2018-06-07", "rf-styrelsen-2018-06-07")]
    assert kalmar.meta.version == "Remissversion"
    [(version, changes)] = kalmar.changes()
    assert [(worded.id, [change.field for change in revision.changes]) for worded, revision in changes] == [
        ("6.1.1", ["text"])]


QUOTE = re.compile(r"”([^”]+)”")


def test_every_quote_in_a_note_is_in_a_source(kalmar: Agenda, seed_text: str) -> None:
    """What a note quotes (”…”) the sources say, word for word: the agenda and its decisions (003), or the
    presentation and the web page about them (000, 001). An ellipsis (…) or a bracket joins parts."""
    sources = [seed_text] + [normalise(seed_file(prefix).read_text(encoding="utf-8")) for prefix in ("000", "001")]
    notes = [note for part in (kalmar.meta, *kalmar.items(), kalmar.consultation, *kalmar.decisions,
                               *kalmar.meta.texts, *kalmar.meta.versions) if part is not None for note in part.notes]
    unquoted = []
    for note in notes:
        for quote in QUOTE.findall(note.text):
            for part in re.split(r"\s*(?:…|\[[^\]]*\])\s*", quote):
                if len(part) > 3 and not any(normalise(part) in source for source in sources):
                    unquoted.append(part)
    assert unquoted == []
