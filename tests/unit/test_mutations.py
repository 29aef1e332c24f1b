"""`agenda check` on seeded mutations of every committed agenda and of a responses file: never a traceback;
a refusal always points at a line; an agenda it takes is one the model loaded.

`pytest --mutations N` tries N per input path (default in tests/conftest.py); the counts are printed at
the end of the run (tests/mutations.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.minimal import REPO
from tests.mutations import Mutation, Outcome, mutations, record, run_check

# A responses folder as the registrator keeps it: comments as `agenda comments export` appends them
# (block texts, a reply, a verified one) and a formal remissvar with its positions.
RESPONSES = """\
# Comments exported from the comment server by `agenda comments export`.
responses:
- id: kommentar-1
  item: 1.1.1
  organisation: Borgholms kommun
  date: 2018-08-15
  channel: comment
  comment_id: 1
  verified: domain
  text: |-
    Vi tillstyrker insatsen.

    Andra stycket, med "citat" och 'apostrofer': och kolon.
- id: kommentar-2
  item: 1.1.1
  organisation: Emmaboda kommun
  date: 2018-08-16
  comment_id: 2
  reply_to: 1
  text: Vi instämmer.
  disposition: noted
  reason: Ingen ändring behövs.
- id: remissvar-3
  organisation: Hultsfreds kommun
  date: 2018-09-20
  channel: letter
  decided_by: Kommunstyrelsen
  sender_reference: KS 2018/123
  registration: "D 2018/126-536:12"
  positions:
  - item: "2.1"
    position: supports-with-changes
    wording: En ny lydelse.
  - item: null
    position: no-objection
  disposition: partly-accepted
  reason: Delvis beaktad.
"""

SOURCE = REPO / "source"
# Each input path: the agenda folder to copy, extra files to write into it, and the files to mutate.
INPUTS = {
    "kalmar-2019": ("kalmar-2019", {}),
    "ostergotland-2018": ("ostergotland-2018", {}),
    "ostergotland-2014": ("ostergotland-2014", {}),
    "responses": ("kalmar-2019", {"responses/svar.yml": RESPONSES}),
}


def agenda_copy(name: str, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """The input path's agenda copied into tmp_path, and the files its mutations change, by relative path."""
    source, extra = INPUTS[name]
    folder = tmp_path / source
    shutil.copytree(SOURCE / source, folder)
    for relative, text in extra.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    paths = [folder / relative for relative in extra] or sorted(folder.rglob("*.yml"))
    return folder, {path.relative_to(folder).as_posix(): path.read_bytes() for path in paths}


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # messages name the files as a maintainer sees them, relative


@pytest.mark.parametrize("name", INPUTS)
def test_the_unmutated_input_is_accepted(name: str, tmp_path: Path) -> None:
    folder, _ = agenda_copy(name, tmp_path)
    outcome = run_check(folder)
    assert (outcome.code, outcome.failure) == (0, None), outcome.output


@pytest.mark.parametrize("name", INPUTS)
def test_check_gives_messages_never_a_traceback(name: str, tmp_path: Path, mutation_count: int) -> None:
    folder, originals = agenda_copy(name, tmp_path)
    outcomes = []
    failures = []
    for mutation in mutations(originals, name, mutation_count):
        outcome = _tried(folder, mutation, originals)
        outcomes.append(outcome)
        if outcome.failure:
            failures.append(f"{mutation.description}\n{outcome.failure}\n{outcome.output[-2000:]}")
    entry = record(f"agenda check, {name}", outcomes)
    assert entry.rejected * 3 >= entry.tried, "the mutations hardly ever break the agenda: they test little"
    assert not failures, f"{len(failures)} of {len(outcomes)} mutations:\n\n" + "\n\n".join(failures[:5])


def _tried(folder: Path, mutation: Mutation, originals: dict[str, bytes]) -> Outcome:
    for relative, data in mutation.files.items():
        (folder / relative).write_bytes(data)
    try:
        return run_check(folder)
    finally:
        for relative in mutation.files:
            (folder / relative).write_bytes(originals[relative])
