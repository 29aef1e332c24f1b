"""agenda.json: valid against the published schema, complete, and read back into the same model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from generator.export.document import AgendaDocument
from generator.model import Agenda
from generator.model.graph import LinkIndex
from generator.source import read_agenda
from tests.minimal import exported, make_agenda

from .conftest import SITE_URL


@pytest.fixture(scope="module")
def data(downloads: dict[str, bytes]) -> dict:
    return json.loads(downloads["agenda.json"])


@pytest.fixture(scope="module")
def validator(downloads: dict[str, bytes]) -> Draft202012Validator:
    schema = json.loads(downloads["agenda.schema.json"])
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_json_is_valid_against_the_published_schema(data: dict, validator: Draft202012Validator) -> None:
    validator.validate(data)
    assert data["$schema"] == "agenda.schema.json"


def test_schema_rejects_an_initiative_without_ansvar(data: dict, validator: Draft202012Validator) -> None:
    broken = json.loads(json.dumps(data))
    del broken["areas"][0]["goals"][0]["initiatives"][0]["ansvar"]
    with pytest.raises(ValidationError, match="'ansvar' is a required property"):
        validator.validate(broken)


def test_json_round_trips_into_the_model(kalmar: Agenda, downloads: dict[str, bytes]) -> None:
    again = AgendaDocument.model_validate_json(downloads["agenda.json"]).to_agenda()
    assert again == kalmar
    # The agenda read back exports to the very same bytes, effective links included.
    files = exported(again)
    assert files["agenda.json"] == downloads["agenda.json"]


def test_json_holds_every_initiative_with_its_facts(kalmar: Agenda, data: dict) -> None:
    initiatives = [i for area in data["areas"] for goal in area["goals"] for i in goal["initiatives"]]
    assert len(initiatives) == 33
    for record, initiative in zip(initiatives, kalmar.initiatives, strict=True):
        assert record["id"] == initiative.id
        assert (record["ansvar"], record["tidplan"], record["resursbehov"]) == (
            initiative.ansvar, initiative.tidplan, initiative.resursbehov)
        assert record["actors"] == initiative.actors
        assert record["url"] == f"insatser/{initiative.id}/"
    assert len(data["actors"]) == len(kalmar.actors)
    assert data["consultation"]["diarienummer"] == "D 2018/126-536"
    assert len(data["decisions"]) == len(kalmar.decisions)
    assert any(note["kind"] == "discrepancy" for i in initiatives for note in i["notes"])


def test_json_holds_the_versions_the_summary_and_every_earlier_wording(data: dict) -> None:
    meta = data["meta"]
    assert [(version["id"], version["date"]) for version in meta["versions"]] == [
        ("forslag", "2018-04-25"), ("remissversion", "2018-06-07")]
    assert (meta["version"], meta["date"]) == ("Remissversion", "2018-06-07")
    initiatives = {i["id"]: i for area in data["areas"] for goal in area["goals"] for i in goal["initiatives"]}
    [earlier] = initiatives["6.1.1"]["earlier"]
    assert earlier["version"] == "forslag" and "regionförbundets styrelse" in earlier["text"]
    [summary] = [section for section in meta["sections"] if section["summary"]]
    assert len(summary["summary"]) == 6 + 19 + 33


def test_links_are_effective_with_provenance_and_inheritance_marked(kalmar: Agenda, data: dict) -> None:
    index = LinkIndex(kalmar)
    expected = sum(len(index.national_of(item)) + len(index.sdgs_of(item)) for item in kalmar.items())
    assert len(data["links"]) == expected
    inherited = [link for link in data["links"]
                 if link["item"] == "4.2.1" and link["target_kind"] == "sdg" and link["target"] == 9]
    assert inherited and inherited[0]["inherited"] is True and inherited[0]["declared_on"] == "4"
    own = [link for link in data["links"] if link["item"] == "4" and link["target"] == 9]
    assert own[0]["inherited"] is False and own[0]["provenance"] == "source" and own[0]["quote"]


def test_urls_are_absolute_when_the_site_address_is_configured(published: dict[str, bytes]) -> None:
    data = json.loads(published["agenda.json"])
    assert data["areas"][0]["goals"][0]["initiatives"][0]["url"] == f"{SITE_URL}insatser/1.1.1/"
    assert data["$schema"] == f"{SITE_URL}data/agenda.schema.json"
    assert json.loads(published["agenda.schema.json"])["$id"] == data["$schema"]


def test_compiled_responses_round_trip_too(tmp_path: Path) -> None:
    responses = ('responses:\n  - id: brev-1\n    item: "1.1.1"\n    organisation: Kommunen\n'
                 '    date: 2018-09-01\n    channel: letter\n    text: Vi instämmer.\n    disposition: noted\n')
    agenda = read_agenda(make_agenda(tmp_path, {"responses/brev.yml": responses}))
    content = exported(agenda)["agenda.json"]
    assert content is not None
    assert json.loads(content)["responses"][0]["disposition"] == "noted"
    assert AgendaDocument.model_validate_json(content).to_agenda() == agenda
