"""The data licence in agenda.yml: a known SPDX id or an address, checked with the rest of the agenda."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.errors import AgendaError
from generator.source import read_agenda
from tests.minimal import AGENDA, exported, make_agenda


def test_unknown_licence_is_reported_at_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    agenda_dir = make_agenda(tmp_path, {"agenda.yml": AGENDA + "licence: MIT-ish\n"})
    with pytest.raises(AgendaError) as caught:
        read_agenda(Path(os.path.relpath(agenda_dir)))
    assert [str(problem) for problem in caught.value.problems] == [
        "source/test-agenda/agenda.yml:9: licence: unknown licence 'MIT-ish' (expected one of: CC0-1.0, "
        "CC-BY-4.0, CC-BY-SA-4.0, or the licence's http(s) address)"
    ]


@pytest.mark.parametrize(("licence", "uri"), [
    (None, "http://creativecommons.org/publicdomain/zero/1.0/"),   # the default: CC0 for data
    ("CC-BY-4.0", "http://creativecommons.org/licenses/by/4.0/"),
    ("https://example.org/licens", "https://example.org/licens"),
])
def test_the_licence_reaches_the_dcat_metadata(tmp_path: Path, licence: str | None, uri: str) -> None:
    text = AGENDA + (f"licence: {licence}\n" if licence else "")
    agenda = read_agenda(make_agenda(tmp_path, {"agenda.yml": text}))
    dcat = exported(agenda)["dcat.jsonld"]
    assert dcat is not None and f'"license": "{uri}"' in dcat.decode("utf-8")
