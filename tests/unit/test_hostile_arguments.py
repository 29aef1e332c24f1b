"""`agenda new` with hostile names and `--config` with a broken MkDocs configuration: messages, never a
traceback. The configuration is also mutated (tests/mutations.py) and read as every command reads it."""

from __future__ import annotations

import contextlib
import io
import random
from pathlib import Path

import pytest

from generator import cli
from generator.config import DEFAULT_CONFIG, load_site_config
from generator.errors import AgendaError
from generator.source import read_agenda
from tests.minimal import make_agenda
from tests.mutations import Outcome, mutate, record

NOT_EMPTY = "exists and is not empty; choose a new folder"
REGION = ("--region: give the owner's name as one line of plain text (no line breaks, control or bidirectional "
          "characters)")
NAME_TOO_LONG = "x" * 300


def agenda(*args: str) -> tuple[int, str, str]:
    """(exit code, standard output, standard error) of the command line, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("region", ['Region "Öst": #1, [a] & - b', "東京都 ي\u200cک " + "x" * 2000, "yes"])
def test_new_takes_any_one_line_name_and_writes_it_as_given(region: str) -> None:
    assert agenda("new", "ny", "--region", region)[0] == 0
    made = read_agenda(Path("ny"))
    assert (made.meta.owner, made.meta.title, made.actors[0].name) == (region, f"Digital agenda för {region}", region)
    assert made.areas[0].goals[0].initiatives[0].ansvar == region


@pytest.mark.parametrize("region", ["", "   ", "Region\nX", "Region\tX", "Kalmar \u202eläns", "Region\x00"])
def test_new_refuses_a_name_that_is_not_one_plain_line(region: str) -> None:
    assert agenda("new", "ny", "--region", region) == (1, "", f"{REGION}\n1 problem(s) found; nothing was built.\n")
    assert not Path("ny").exists()


@pytest.mark.parametrize("target, message", [
    (".", f".: {NOT_EMPTY}"),
    ("..", f"..: {NOT_EMPTY}"),
    ("fil.txt", f"fil.txt: {NOT_EMPTY}"),
    ("fil.txt/ny", "fil.txt/ny: cannot create the agenda here: Not a directory"),
    (NAME_TOO_LONG, f"{NAME_TOO_LONG}: cannot create the agenda here: File name too long"),
])
def test_new_refuses_a_place_it_cannot_use(target: str, message: str) -> None:
    Path("fil.txt").write_text("en fil", encoding="utf-8")
    assert agenda("new", target) == (1, "", f"{message}\n1 problem(s) found; nothing was built.\n")


@pytest.mark.parametrize("target, agenda_id", [("Östergötland 2030", "ostergotland-2030"), ("東京/-", "ny-agenda"),
                                               ("a/../2030", "2030")])
def test_new_makes_an_id_of_any_folder_name(target: str, agenda_id: str) -> None:
    assert agenda("new", target)[0] == 0
    assert read_agenda(Path(target)).meta.id == agenda_id


@pytest.mark.parametrize("config, message", [
    (b"site_name: [x\n", "mkdocs.yml:2: YAML syntax error: expected ',' or ']', but got '<stream end>'"),
    (b"site_name: x\x07\n", "mkdocs.yml:1: column 13: U+0007 (BEL) is a control character, which YAML does not "
                            "allow: delete it"),
    (b"site_name: \xe5\n", "mkdocs.yml:1: file is not UTF-8 text (byte 0xe5)"),
    (b"- a\n", "mkdocs.yml: expected a mapping of MkDocs options"),
    (b"theme: 5\n", "mkdocs.yml: theme: expected a theme's name, or a mapping of its options with custom_dir a folder"),
    (b"theme: {custom_dir: [a]}\n",
     "mkdocs.yml: theme: expected a theme's name, or a mapping of its options with custom_dir a folder"),
    (b"hooks: [5]\n", "mkdocs.yml: hooks: expected a list of Python files"),
    (b"site_url: [x]\n", "mkdocs.yml: site_url: expected an address, e.g. https://example.se/agenda/"),
    (b"docs_dir: 5\n", "mkdocs.yml: docs_dir: expected a folder"),
    (b"!!python/object/apply:int [x]\n",
     "mkdocs.yml: cannot read the configuration: ValueError: invalid literal for int() with base 10: 'x'"),
    (b"INHERIT: nowhere.yml\n", "mkdocs.yml: Inherited config file 'nowhere.yml' does not exist at 'nowhere.yml'."),
])
def test_a_broken_configuration_is_a_message(tmp_path: Path, config: bytes, message: str) -> None:
    make_agenda(tmp_path)
    Path("mkdocs.yml").write_bytes(config)
    code, _, err = agenda("build", "source/test-agenda", "--config", "mkdocs.yml", "--no-pdf")
    assert (code, err.splitlines()) == (1, [message, "1 problem(s) found; nothing was built."])


def test_mutated_configurations_are_read_or_refused_with_a_message(tmp_path: Path, mutation_count: int) -> None:
    """The tool's own mkdocs.yml, mutated, read as every command reads a project's (load_site_config)."""
    made = read_agenda(make_agenda(tmp_path))
    original = DEFAULT_CONFIG.read_bytes()
    config = tmp_path / "mkdocs.yml"
    outcomes, failures = [], []
    for n in range(mutation_count):
        rng = random.Random(f"config:{n}")
        what, data = mutate(original, rng)
        if n % 3 == 2:
            more, data = mutate(data, rng)
            what = f"{what}; {more}"
        config.write_bytes(data)
        try:
            load_site_config(made, config)
            outcomes.append(Outcome(0, ""))
        except AgendaError as error:
            outcomes.append(Outcome(1, "", located=len(error.problems)))
        except Exception as error:  # what the test is for: anything else is a traceback for the user
            failures.append(f"{what}: {type(error).__name__}: {error}")
            outcomes.append(Outcome(None, "", failure=failures[-1]))
    record("--config mkdocs.yml", outcomes)
    assert not failures, "\n".join(failures[:10])


def test_the_unmutated_configuration_is_read(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_bytes(DEFAULT_CONFIG.read_bytes())
    assert load_site_config(read_agenda(make_agenda(tmp_path)), config).mkdocs["theme"]["name"] == "material"


def test_a_theme_given_by_name_keeps_the_tools_theme_options(tmp_path: Path) -> None:
    """`theme: material` is MkDocs' short form: merged over the tool's theme like a mapping with that name."""
    Path("mkdocs.yml").write_text("theme: material\n", encoding="utf-8")
    theme = load_site_config(read_agenda(make_agenda(tmp_path)), Path("mkdocs.yml")).mkdocs["theme"]
    assert theme["name"] == "material" and theme["language"] == "sv" and theme["custom_dir"].endswith("theme")
