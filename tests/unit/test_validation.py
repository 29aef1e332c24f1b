"""Every validation rule: a broken input and the exact `file:line: message` it produces."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import AgendaError
from generator.source import read_agenda
from tests.minimal import AGENDA, AREA, LOGO_SVG as SVG, make_agenda, problems_for

AREA_FILE = "source/test-agenda/areas/1.yml"
AGENDA_FILE = "source/test-agenda/agenda.yml"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in tmp_path so reported paths are short and relative, as a maintainer sees them."""
    monkeypatch.chdir(tmp_path)


def test_minimal_agenda_is_valid(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))
    assert [initiative.id for initiative in agenda.initiatives] == ["1.1.1"]


def test_yaml_syntax_error() -> None:
    broken = AREA.replace("title: Kompetens", "title: [Kompetens")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:3: YAML syntax error: expected ',' or ']', but got ':'"
    ]


def test_file_that_is_not_utf8() -> None:
    broken = AREA.replace("Kompetens", "Kompetens \xe5").encode("latin-1")
    assert problems_for({"areas/1.yml": broken}) == [f"{AREA_FILE}:2: file is not UTF-8 text (byte 0xe5)"]


def test_top_level_that_is_not_a_mapping() -> None:
    assert problems_for({"areas/1.yml": "- just\n- a list\n"}) == [
        f"{AREA_FILE}:1: expected a mapping of fields at the top level, got a list"
    ]


def test_missing_required_field() -> None:
    broken = AREA.replace("        ansvar: Regionen\n", "")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:12: goals[0].initiatives[0]: missing required field 'ansvar' (initiative 1.1.1)"
    ]


def test_empty_ansvar() -> None:
    broken = AREA.replace("ansvar: Regionen", 'ansvar: "  "')
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:15: goals[0].initiatives[0].ansvar: must not be empty (initiative 1.1.1)"
    ]


def test_unknown_key_suggests_the_right_one() -> None:
    broken = AREA.replace("ansvar: Regionen", "ansvaar: Regionen")
    problems = problems_for({"areas/1.yml": broken})
    assert problems == [
        f"{AREA_FILE}:12: goals[0].initiatives[0]: missing required field 'ansvar' (initiative 1.1.1)",
        f"{AREA_FILE}:15: unknown field 'ansvaar' (initiative 1.1.1) (expected one of: actors, ansvar, earlier, end_year, "
        "id, national_goals, notes, resursbehov, sdgs, start_year, text, tidplan, title); did you mean 'ansvar'?",
    ]


def test_duplicate_yaml_key() -> None:
    broken = AREA.replace("background: Bakgrund.\n", "background: Bakgrund.\nbackground: Igen.\n")
    assert problems_for({"areas/1.yml": broken}) == [f"{AREA_FILE}:4: duplicate key 'background' (first given on line 3)"]


def test_duplicate_id_across_files() -> None:
    second = AREA.replace('id: "1"', 'id: "2"').replace('"1.1"', '"2.1"').replace('"1.1.1"', '"1.1.1"')
    assert problems_for({"areas/2.yml": second}) == [
        "source/test-agenda/areas/2.yml:12: duplicate id '1.1.1' (first defined at source/test-agenda/areas/1.yml:12)",
        "source/test-agenda/areas/2.yml:12: initiative id '1.1.1' does not belong under goal '2.1' (expected '2.1.<number>')",
    ]


def test_duplicate_actor_id() -> None:
    actors = "actors:\n  - id: regionen\n    name: Regionen\n  - id: regionen\n    name: Regionen igen\n"
    assert problems_for({"actors.yml": actors}) == [
        "source/test-agenda/actors.yml:4: duplicate actor id 'regionen' (first defined at source/test-agenda/actors.yml:2)"
    ]


def test_goal_under_the_wrong_area() -> None:
    broken = AREA.replace('id: "1.1"', 'id: "2.1"').replace('"1.1.1"', '"2.1.1"')
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:9: goal id '2.1' does not belong under area '1' (expected '1.<number>')"
    ]


def test_unquoted_id() -> None:
    broken = AREA.replace('id: "1.1"', "id: 1.1")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:9: goals[0].id: id 1.1 must be a quoted string, e.g. \"1.1\" (goal 1.1)"
    ]


def test_malformed_id() -> None:
    broken = AREA.replace('id: "1.1.1"', 'id: "1.1 .1"')
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:12: goals[0].initiatives[0].id: invalid id '1.1 .1' (expected letters or digits separated "
        "by dots, e.g. '1.2.3') (initiative 1.1 .1)"
    ]


def test_unknown_national_goal() -> None:
    broken = AREA.replace("goal: digital-kompetens", "goal: digital-kompetensen")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:5: national_goals[0].goal: unknown national goal 'digital-kompetensen' (expected one of: "
        "digital-kompetens, digital-trygghet, digital-innovation, digital-ledning, digital-infrastruktur)"
    ]


def test_sdg_18() -> None:
    broken = AREA.replace("goals:\n  - id", "sdgs:\n  - goal: 18\n    provenance: editorial\n    reason: Fel.\ngoals:\n  - id")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:9: sdgs[0].goal: SDG 18 does not exist (expected a number from 1 to 17)"
    ]


def test_source_link_without_quote() -> None:
    broken = AREA.replace("    quote: Tydlig koppling.\n", "")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:5: national_goals[0]: a link with provenance 'source' needs a 'quote' from the agenda text"
    ]


def test_unknown_provenance() -> None:
    broken = AREA.replace("provenance: source", "provenance: guessed")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:6: national_goals[0].provenance: 'guessed' is not allowed (expected 'source' or 'editorial')"
    ]


def test_unknown_actor() -> None:
    broken = AREA.replace("actors: [regionen]", "actors: [regionen, landstinget]")
    assert problems_for({"areas/1.yml": broken}) == [
        f"{AREA_FILE}:16: actors[1]: unknown actor 'landstinget' (not in actors.yml)"
    ]


def test_end_year_before_start_year() -> None:
    broken = AREA.replace("end_year: 2019", "end_year: 2018")
    assert problems_for({"areas/1.yml": broken}) == [f"{AREA_FILE}:19: end_year 2018 is before start_year 2019"]


def test_invalid_date() -> None:
    broken_consultation = "status: open\nstart: 2018-02-30\ndeadline: 2018-09-28\ndiarienummer: D 1\n"
    assert problems_for({"consultation.yml": broken_consultation}) == [
        "source/test-agenda/consultation.yml:2: start: invalid date '2018-02-30' (expected a date written YYYY-MM-DD)"
    ]


def test_deadline_before_start() -> None:
    broken_consultation = "status: open\nstart: 2018-06-07\ndeadline: 2018-05-01\ndiarienummer: D 1\n"
    assert problems_for({"consultation.yml": broken_consultation}) == [
        "source/test-agenda/consultation.yml:3: deadline 2018-05-01 is before start 2018-06-07"
    ]


def test_empty_title() -> None:
    broken = AREA.replace("title: Kompetens", 'title: ""')
    assert problems_for({"areas/1.yml": broken}) == [f"{AREA_FILE}:2: title: must not be empty"]


def test_missing_agenda_file() -> None:
    assert problems_for({"agenda.yml": None}) == ["source/test-agenda/agenda.yml: required file is missing"]


def test_empty_agenda() -> None:
    assert problems_for({"areas/1.yml": None}) == [
        "source/test-agenda/areas: the agenda has no areas (expected at least one areas/<id>.yml)"
    ]


def test_unknown_amendment_item() -> None:
    decisions = ("decisions:\n  - id: beslut\n    date: 2018-06-07\n    body: Styrelsen\n    kind: minutes\n"
                 "    title: Beslut\n    amendments:\n      - item: \"9.9.9\"\n        text: Ny text.\n")
    assert problems_for({"decisions.yml": decisions}) == [
        "source/test-agenda/decisions.yml:8: amendments[0].item: unknown item '9.9.9'"
    ]


def test_every_problem_is_reported_in_one_run() -> None:
    broken = (AREA.replace("ansvar: Regionen", "ansvaar: Regionen")
              .replace("goal: digital-kompetens", "goal: okand")
              .replace('id: "1.1.1"', 'id: "1.2.1"'))
    broken_consultation = "status: open\nstart: 2018-06-07\ndeadline: 2018-05-01\ndiarienummer: D 1\n"
    second_area = AREA.replace('id: "1"', 'id: "2"').replace('"1.1"', '"2.1"').replace('"1.1.1"', '"2.1.1"')
    second_area = second_area.replace("goal: digital-kompetens", "goal: okand").replace("end_year: 2019", "end_year: 2000")
    problems = problems_for({"areas/1.yml": broken, "areas/2.yml": second_area, "consultation.yml": broken_consultation})
    # Schema problems of one file, cross-reference problems of another and a date rule of a third.
    assert problems == [
        f"{AREA_FILE}:12: goals[0].initiatives[0]: missing required field 'ansvar' (initiative 1.2.1)",
        f"{AREA_FILE}:15: unknown field 'ansvaar' (initiative 1.2.1) (expected one of: actors, ansvar, earlier, end_year, "
        "id, national_goals, notes, resursbehov, sdgs, start_year, text, tidplan, title); did you mean 'ansvar'?",
        "source/test-agenda/areas/2.yml:5: national_goals[0].goal: unknown national goal 'okand' (expected one of: "
        "digital-kompetens, digital-trygghet, digital-innovation, digital-ledning, digital-infrastruktur)",
        "source/test-agenda/areas/2.yml:19: end_year 2000 is before start_year 2019",
        "source/test-agenda/consultation.yml:3: deadline 2018-05-01 is before start 2018-06-07",
    ]


BRANDED = "brand:\n  colour: '#005AA0'\n  logo: logo.svg\n"


def test_brand_logo_is_read(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path, {"agenda.yml": AGENDA + BRANDED, "logo.svg": SVG}))
    assert agenda.logo == SVG.encode() and agenda.meta.brand.colour == "#005AA0"


def test_brand_colour_that_is_not_hex() -> None:
    broken = AGENDA + BRANDED.replace("'#005AA0'", "blå")
    assert problems_for({"agenda.yml": broken, "logo.svg": SVG}) == [
        f"{AGENDA_FILE}:10: brand.colour: invalid colour 'blå' (expected #RRGGBB)"
    ]


def test_brand_logo_in_another_folder() -> None:
    broken = AGENDA + BRANDED.replace("logo.svg", "../logo.svg")
    assert problems_for({"agenda.yml": broken}) == [
        f"{AGENDA_FILE}:11: brand.logo: invalid logo '../logo.svg' (expected the name of an .svg or .png file "
        "beside agenda.yml, e.g. 'logo.svg')"
    ]


def test_brand_logo_missing() -> None:
    assert problems_for({"agenda.yml": AGENDA + BRANDED}) == [
        f"{AGENDA_FILE}:11: brand.logo: file 'logo.svg' not found beside agenda.yml"
    ]


def test_brand_logo_png_that_is_not_a_png() -> None:
    png = AGENDA + BRANDED.replace("logo.svg", "logo.png")
    assert problems_for({"agenda.yml": png, "logo.png": SVG}) == [
        f"{AGENDA_FILE}:11: brand.logo: 'logo.png' is not a PNG image"
    ]


def test_brand_logo_svg_that_is_not_an_svg() -> None:
    assert problems_for({"agenda.yml": AGENDA + BRANDED, "logo.svg": b"\x89PNG\r\n\x1a\n"}) == [
        f"{AGENDA_FILE}:11: brand.logo: 'logo.svg' is not an SVG image (no <svg> element at its start)"
    ]


SECTIONS = "sections:\n  - id: inledning\n    title: Inledning\n    text: Text.\n"


def test_intro_that_names_no_section() -> None:
    assert problems_for({"agenda.yml": AGENDA + SECTIONS + "intro: forord\n"}) == [
        f"{AGENDA_FILE}:13: intro: unknown section 'forord' (expected one of: inledning)"
    ]


def test_duplicate_section_id() -> None:
    twice = AGENDA + SECTIONS + "  - id: inledning\n    title: Igen\n    text: Text.\n"
    assert problems_for({"agenda.yml": twice}) == [
        f"{AGENDA_FILE}:13: duplicate section id 'inledning' (first defined at {AGENDA_FILE}:10)"
    ]


OWN_STRATEGY = """\
strategies:
  - id: {id}
    name: Länets egen digitaliseringsstrategi
    year: 2021
    publisher: Testregionen
    overall_goal: Ett digitalt län.
    source: Testregionens strategi, 2021.
    goals:
      - id: oppna-data
        name: Öppna data
        text: Länets data ska vara öppna.
        source: Strategin, s. 3.
"""


def test_an_agenda_may_link_to_a_strategy_of_its_own(tmp_path: Path) -> None:
    agenda_dir = make_agenda(tmp_path, {
        "strategies.yml": OWN_STRATEGY.format(id="lansstrategi"),
        "agenda.yml": AGENDA.replace("digitaliseringsstrategin-2017", "lansstrategi"),
        "areas/1.yml": AREA.replace("goal: digital-kompetens", "goal: oppna-data"),
    })
    agenda = read_agenda(agenda_dir)
    assert agenda.strategy.name == "Länets egen digitaliseringsstrategi"
    assert [goal.id for goal in agenda.strategy.goals] == ["oppna-data"]


def test_an_own_strategy_may_not_take_a_shipped_strategys_id() -> None:
    assert problems_for({"strategies.yml": OWN_STRATEGY.format(id="digitaliseringsstrategin-2017")}) == [
        "source/test-agenda/strategies.yml:2: duplicate strategy id 'digitaliseringsstrategin-2017' "
        "(first defined at the strategies shipped with the tool)"
    ]


def test_unknown_strategy_names_the_shipped_ones() -> None:
    broken = AGENDA.replace("digitaliseringsstrategin-2017", "strategin")
    assert problems_for({"agenda.yml": broken}) == [
        f"{AGENDA_FILE}:8: national_strategy: unknown strategy 'strategin' (expected one of: "
        "digitaliseringsstrategin-2017, digital-agenda-2011, or one of the agenda's own in strategies.yml)"
    ]


def test_a_folder_without_an_agenda(tmp_path: Path) -> None:
    with pytest.raises(AgendaError) as caught:
        read_agenda(tmp_path)
    assert [str(problem) for problem in caught.value.problems] == [
        ".: no agenda here (expected agenda.yml and areas/; `agenda new` makes a folder to start from)"]


# The owner as the data portals know it, and the places and contact the DCAT catalogue names.

def test_organisation_number_in_the_wrong_form() -> None:
    broken = AGENDA + 'organisation_number: "2321000073"\n'
    assert problems_for({"agenda.yml": broken}) == [
        f"{AGENDA_FILE}:9: organisation_number: invalid organisationsnummer '2321000073' (expected NNNNNN-NNNN, "
        "e.g. '232100-0073')"
    ]


def test_organisation_number_with_a_mistyped_digit() -> None:
    broken = AGENDA + 'organisation_number: "232100-0037"\n'
    assert problems_for({"agenda.yml": broken}) == [
        f"{AGENDA_FILE}:9: organisation_number: organisationsnummer '232100-0037': the check digit does not match "
        "(a digit mistyped?)"
    ]


def test_unknown_owner_type() -> None:
    broken = AGENDA + "owner_type: Region\n"
    problems = problems_for({"agenda.yml": broken})
    assert len(problems) == 1 and problems[0].startswith(
        f"{AGENDA_FILE}:9: owner_type: 'Region' is not allowed (expected 'RegionalAuthority', 'LocalAuthority'")


def test_place_not_in_a_known_vocabulary() -> None:
    broken = AGENDA + ("spatial:\n  - http://data.europa.eu/nuts/code/SE213\n"
                       "  - https://data.europa.eu/nuts/code/SE123\n")
    assert problems_for({"agenda.yml": broken}) == [
        f"{AGENDA_FILE}:11: spatial[1]: unknown kind of place 'https://data.europa.eu/nuts/code/SE123' (expected an "
        "address like one of: http://data.europa.eu/nuts/code/SE213, https://sws.geonames.org/2685867/, "
        "http://publications.europa.eu/resource/authority/country/SWE)"
    ]


def test_contact_email_that_is_not_one_address() -> None:
    broken = AGENDA + "contact:\n  name: Regionen\n  email: Regionen <region@example.se>\n"
    assert problems_for({"agenda.yml": broken}) == [
        f"{AGENDA_FILE}:11: contact.email: invalid e-mail address 'Regionen <region@example.se>' (expected one "
        "address, e.g. 'region@example.se')"
    ]


def test_a_valid_organisation_number_owner_type_and_place(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path, {"agenda.yml": AGENDA + 'organisation_number: "232100-0073"\n'
                                               "owner_type: LocalAuthority\n"
                                               "spatial: [http://data.europa.eu/nuts/code/SE213]\n"}))
    meta = agenda.meta
    assert (meta.organisation_number, meta.owner_type, meta.spatial) == (
        "232100-0073", "LocalAuthority", ["http://data.europa.eu/nuts/code/SE213"])


NO_EMAIL_NOTE = ("no contact e-mail address (contact.email, here or in consultation.yml): the DCAT catalogue names no "
                 "contact point, which DCAT-AP-SE wants for dataportal.se; give the address a source gives")


NO_CHANNEL_NOTE = ("no way to reach the owner (contact.email, contact.phone or contact.address, here or in "
                   "consultation.yml): the accessibility statement must say how to report shortcomings (lag 2018:1937), "
                   "and says that it cannot; give the contact a source gives")


def test_without_a_contact_the_agenda_builds_with_notes_at_the_owner(tmp_path: Path) -> None:
    from generator.commands.check import notes

    make_agenda(tmp_path)
    agenda = read_agenda(Path("source/test-agenda"))
    assert [str(warning) for warning in agenda.warnings] == [f"{AGENDA_FILE}:3: {NO_CHANNEL_NOTE}",
                                                             f"{AGENDA_FILE}:3: {NO_EMAIL_NOTE}"]
    assert f"  note: {AGENDA_FILE}:3: {NO_CHANNEL_NOTE}" in notes(agenda, agenda.consultation.start)


def test_a_contact_with_a_name_only_is_noted_at_the_contact(tmp_path: Path) -> None:
    make_agenda(tmp_path, {"agenda.yml": AGENDA + "contact:\n  name: Regionen\n"})
    agenda = read_agenda(Path("source/test-agenda"))
    assert [str(warning) for warning in agenda.warnings] == [f"{AGENDA_FILE}:9: {NO_CHANNEL_NOTE}",
                                                             f"{AGENDA_FILE}:9: {NO_EMAIL_NOTE}"]


def test_a_contact_with_a_phone_number_is_a_way_to_report_but_no_contact_point(tmp_path: Path) -> None:
    make_agenda(tmp_path, {"agenda.yml": AGENDA + "contact:\n  name: Regionen\n  phone: 010-000 00 00\n"})
    agenda = read_agenda(Path("source/test-agenda"))
    assert [str(warning) for warning in agenda.warnings] == [f"{AGENDA_FILE}:9: {NO_EMAIL_NOTE}"]


@pytest.mark.parametrize("files", [
    {"agenda.yml": AGENDA + "contact:\n  email: region@example.se\n"},
    {"consultation.yml": "start: 2018-06-07\ndeadline: 2018-09-28\ndiarienummer: D 1\n"
                         "contact: {name: Kansliet, email: kansliet@example.se}\n"},
])
def test_a_contact_email_here_or_in_the_consultation_needs_no_note(tmp_path: Path, files: dict[str, str]) -> None:
    make_agenda(tmp_path, files)
    assert read_agenda(Path("source/test-agenda")).warnings == []
