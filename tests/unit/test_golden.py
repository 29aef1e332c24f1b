"""Golden files: the generated Markdown pages and downloads of every committed agenda, byte for byte.

A change to the generator that changes what a reader sees shows up here as a diff of the pages.
After checking that the diff is what was meant, update the files with one command:

    make golden        # = pytest tests/unit/test_golden.py --update-golden
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from generator.publish import publish
from generator.source import read_agenda
from tests.hostile import write_hostile_agenda
from tests.minimal import REPO, site_config

GOLDEN = REPO / "tests" / "golden"
# The committed agendas, and the agenda of hostile texts with a closed remiss and its responses.
AGENDAS = ["kalmar-2019", "ostergotland-2018", "ostergotland-2014", "hostile"]


def agenda_dir(agenda_name: str) -> Path:
    if agenda_name == "hostile":
        return write_hostile_agenda(Path(tempfile.mkdtemp(prefix="agenda-hostile-")) / "fientlig")
    return REPO / "source" / agenda_name


def generated(agenda_name: str) -> dict[str, bytes]:
    """Every file the generator writes into docs/ for this agenda, as a build with the PDF announces it."""
    folder = agenda_dir(agenda_name)
    agenda = read_agenda(folder)
    if agenda_name == "hostile":
        shutil.rmtree(folder.parent)
    files = publish(agenda, site_config(agenda, pdf=True)).files
    return {path: content if isinstance(content, bytes) else content.encode("utf-8")
            for path, content in files.items()}


def stored(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def write(folder: Path, files: dict[str, bytes]) -> None:
    for path in folder.rglob("*") if folder.exists() else []:
        if path.is_file() and path.relative_to(folder).as_posix() not in files:
            path.unlink()
    for relative, content in files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != content:
            target.write_bytes(content)


@pytest.mark.parametrize("agenda_name", AGENDAS)
def test_generated_files_match_the_golden_files(agenda_name: str, request: pytest.FixtureRequest) -> None:
    folder = GOLDEN / agenda_name
    files = generated(agenda_name)
    if request.config.getoption("update_golden"):
        write(folder, files)
    golden = stored(folder)
    assert sorted(files) == sorted(golden), "files added or removed: run `make golden` if that was meant"
    changed = [path for path in files if files[path] != golden[path]]
    assert changed == [], f"{len(changed)} file(s) differ from tests/golden/{agenda_name}: " \
                          f"{', '.join(changed[:10])} (diff them; `make golden` accepts the change)"


def test_generation_is_deterministic() -> None:
    first, second = generated("kalmar-2019"), generated("kalmar-2019")
    assert first == second and len(first) > 100
