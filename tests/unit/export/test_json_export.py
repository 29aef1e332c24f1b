"""agenda.json: valid against the published schema, complete, and read back into the same model."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from generator.export.document import AgendaDocument
from generator.model import Agenda
from generator.model.graph import LinkIndex
from generator.schema import SCHEMAS, schema_texts
from generator.source import read_agenda
from tests.hostile import write_hostile_agenda
from tests.minimal import REPO, exported, make_agenda

from .conftest import SITE_URL

DESCRIBED = 0.9  # the share of a schema's properties that must have a description, at least


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


def properties(schema: dict) -> list[tuple[str, dict]]:
    """Every property definition: the top-level object's and each of $defs' (not the sub-schemas of rules)."""
    return [(f"{model}.{name}", definition) for model, node in [("(top)", schema), *schema.get("$defs", {}).items()]
            for name, definition in node.get("properties", {}).items()]


def described_share(name: str, schema: dict) -> float:
    found = properties(schema)
    undescribed = [path for path, definition in found if not definition.get("description", "").strip()]
    print(f"{name}: {len(found) - len(undescribed)} of {len(found)} properties described; without: {undescribed}")
    assert found, f"{name}: no properties found"
    return (len(found) - len(undescribed)) / len(found)


def test_every_property_of_the_published_schema_is_described(downloads: dict[str, bytes]) -> None:
    schema = json.loads(downloads["agenda.schema.json"])
    assert len(properties(schema)) > 200
    assert described_share("agenda.schema.json", schema) >= DESCRIBED
    assert "agenda.json" in schema["description"] and "digitaliseringsstrategin-2017" in schema["description"]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_property_of_the_source_schemas_is_described(name: str) -> None:
    schema = json.loads(schema_texts()[f"{name}.schema.json"])
    assert described_share(f"{name}.schema.json", schema) >= DESCRIBED
    assert schema["description"]


def test_titles_are_not_made_from_field_names(downloads: dict[str, bytes]) -> None:
    """Descriptions say what a field is; no "Start Year" beside them."""
    schemas = [json.loads(downloads["agenda.schema.json"]), *map(json.loads, schema_texts().values())]
    titled = [path for schema in schemas for path, definition in properties(schema) if "title" in definition]
    assert titled == []
    assert all("title" not in model for schema in schemas for model in schema["$defs"].values())


def test_cross_field_rules_are_stated_where_the_fields_are(downloads: dict[str, bytes]) -> None:
    area = json.loads(schema_texts()["area.schema.json"])["$defs"]
    assert "start_year" in area["Initiative"]["properties"]["end_year"]["description"]
    assert "national_strategy" in area["NationalGoalLink"]["properties"]["goal"]["description"]
    assert "actors.yml" in area["Initiative"]["properties"]["actors"]["description"]
    assert "quote" in area["SdgLink"]["properties"]["provenance"]["description"]
    agenda = json.loads(schema_texts()["agenda.schema.json"])["$defs"]
    assert "versions" in agenda["Earlier"]["properties"]["version"]["description"]
    assert "decisions.yml" in agenda["Version"]["properties"]["decision"]["description"]


def test_schema_id_is_absolute_with_the_site_address_and_the_file_name_without(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))
    site_url = "https://agenda.example.se/test/"
    with_address = json.loads(exported(agenda, site_url=site_url)["agenda.schema.json"] or b"")
    assert with_address["$id"] == "https://agenda.example.se/test/data/agenda.schema.json"
    assert json.loads(exported(agenda)["agenda.schema.json"] or b"")["$id"] == "agenda.schema.json"


def test_schema_knows_only_the_strategys_national_goals_and_the_17_sdgs(
        kalmar: Agenda, data: dict, validator: Draft202012Validator) -> None:
    goal_ids = [goal.id for goal in kalmar.strategy.goals]
    national = next(link for link in data["links"] if link["target_kind"] == "national_goal")
    sdg = next(link for link in data["links"] if link["target_kind"] == "sdg")
    for link, wrong in ((national, "digital-paradis"), (sdg, 18), (sdg, 0)):
        broken = json.loads(json.dumps(data))
        broken["links"][data["links"].index(link)]["target"] = wrong
        assert not validator.is_valid(broken), wrong
    area = json.loads(json.dumps(data["areas"][0]))
    assert area["national_goals"][0]["goal"] in goal_ids
    area["national_goals"][0]["goal"] = "digital-paradis"
    broken = {**data, "areas": [area, *data["areas"][1:]]}
    with pytest.raises(ValidationError, match="is not one of"):
        validator.validate(broken)


def test_schemas_require_a_quote_for_a_source_link_and_a_reason_for_an_editorial_one(
        data: dict, validator: Draft202012Validator) -> None:
    area_schema = Draft202012Validator(json.loads(schema_texts()["area.schema.json"]))
    area = {"id": "1", "title": "Område", "sdgs": [{"goal": 9, "provenance": "source", "quote": "Så står det."},
                                                  {"goal": 4, "provenance": "editorial", "reason": "Därför."}]}
    area_schema.validate(area)
    for link, drop in ((0, "quote"), (1, "reason")):
        broken = json.loads(json.dumps(area))
        del broken["sdgs"][link][drop]
        with pytest.raises(ValidationError, match=f"'{drop}' is a required property"):
            area_schema.validate(broken)
    with pytest.raises(ValidationError, match="18 is greater than the maximum of 17"):
        area_schema.validate({**area, "sdgs": [{"goal": 18, "provenance": "editorial", "reason": "Därför."}]})
    source_link = next(link for link in data["links"] if link["provenance"] == "source")
    broken = json.loads(json.dumps(data))
    broken["links"][data["links"].index(source_link)]["quote"] = None
    with pytest.raises(ValidationError, match="None is not of type 'string'"):
        validator.validate(broken)


def _as_json(value: Any) -> Any:
    """YAML as JSON has it: dates as ISO strings."""
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    return value.isoformat() if isinstance(value, datetime.date) else value


SOURCE_FILES = {"agenda": ["agenda.yml"], "area": ["areas/*.yml"], "actors": ["actors.yml"],
                "consultation": ["consultation.yml"], "decisions": ["decisions.yml"], "responses": ["responses/*.yml"],
                "sdgs": [], "national-strategies": ["strategies.yml"]}
REFERENCE_FILES = {"sdgs": "sdgs.yml", "national-strategies": "national-strategies.yml"}


@pytest.fixture(scope="module")
def agenda_folders(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The committed agendas, and the hostile one (the only one with responses)."""
    hostile = write_hostile_agenda(tmp_path_factory.mktemp("hostile") / "fientlig")
    return [*sorted(path.parent for path in (REPO / "source").glob("*/agenda.yml")), hostile]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_agendas_yaml_files_are_valid_against_the_source_schemas(name: str, agenda_folders: list[Path]) -> None:
    """What the schema states beyond the models (SDGs 1–17, a quote or a reason) rejects no real file."""
    validator = Draft202012Validator(json.loads(schema_texts()[f"{name}.schema.json"]))
    files = [path for folder in agenda_folders for pattern in SOURCE_FILES[name] for path in sorted(folder.glob(pattern))]
    if name in REFERENCE_FILES:
        files.append(REPO / "generator" / "reference" / REFERENCE_FILES[name])
    assert files
    for path in files:
        errors = [error.message for error in validator.iter_errors(_as_json(yaml.safe_load(path.read_text("utf-8"))))]
        assert errors == [], f"{path}: {errors[:3]}"
