"""A remiss is planned, open or closed by its dates (to the end of the deadline day), unless `status`
overrides them; every page tells the truth for the day the site is built."""

from __future__ import annotations

import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.commands.check import consultation_notes
from generator.model import Consultation
from generator.source import read_agenda
from tests.conftest import KALMAR
from tests.minimal import make_agenda, published

START, DEADLINE = datetime.date(2018, 6, 7), datetime.date(2018, 9, 28)


def consultation(**changes: object) -> Consultation:
    return Consultation.model_validate({"start": START, "deadline": DEADLINE, "diarienummer": "D 1", **changes})


@pytest.mark.parametrize("day, state", [
    (datetime.date(2018, 6, 6), "planned"), (START, "open"), (datetime.date(2018, 8, 15), "open"),
    (DEADLINE, "open"), (datetime.date(2018, 9, 29), "closed"), (datetime.date(2026, 11, 30), "closed"),
])
def test_the_dates_give_the_state(day: datetime.date, state: str) -> None:
    assert consultation().state(day) == state


def test_status_overrides_the_dates_and_check_says_so() -> None:
    extended = consultation(status="open")
    assert extended.state(datetime.date(2018, 10, 5)) == "open"
    agenda_notes = consultation_notes(SimpleNamespace(consultation=extended), datetime.date(2018, 10, 5))  # type: ignore[arg-type]
    assert agenda_notes == [
        "consultation.yml: the remiss is open as of 2018-10-05 (2018-06-07 to the end of 2018-09-28)",
        "consultation.yml: status: open overrides the dates, which say closed"]
    assert consultation(status="closed").state(datetime.date(2018, 8, 15)) == "closed"


@pytest.fixture(scope="module")
def agenda(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return read_agenda(make_agenda(tmp_path_factory.mktemp("lifecycle")))


def text_of(files: dict[str, str | bytes], page: str) -> str:
    content = files[page]
    assert isinstance(content, str)
    return content


@pytest.mark.parametrize("day, home, item, remiss", [
    ("2018-06-01", "Remissen öppnar 7 juni 2018", "Remissen har inte börjat. Den öppnar 7 juni 2018",
     "Remissen har inte börjat"),
    ("2018-08-15", "Remissen pågår från 7 juni 2018 till och med **28 september 2018**",
     "Remissen pågår till och med 28 september 2018", "Remissen pågår"),
    ("2018-09-28", "till och med **28 september 2018**", "Remissen pågår till och med 28 september 2018",
     "Remissen pågår"),
    ("2018-09-29", "Remisstiden gick ut 28 september 2018", "Remissen är avslutad; remisstiden gick ut",
     "Remissen är avslutad"),
])
def test_every_page_tells_the_truth_for_the_build_date(agenda, day: str, home: str, item: str,  # type: ignore[no-untyped-def]
                                                       remiss: str) -> None:
    files = published(agenda, build_date=datetime.date.fromisoformat(day))
    assert home in text_of(files, "index.md")
    assert item in text_of(files, "insatser/1.1.1.md")
    assert remiss in text_of(files, "remiss/index.md")
    preliminary = "Preliminär sammanställning" in text_of(files, "remiss/sammanstallning.md")
    assert preliminary == (day <= "2018-09-28")
    assert ("Remissen pågår" in text_of(files, "insatser/1.1.1.md")) == ("2018-06-07" <= day <= "2018-09-28")


def test_the_comment_form_only_while_open_and_only_with_a_server(agenda) -> None:  # type: ignore[no-untyped-def]
    server = "/kommentarer/"
    during = published(agenda, build_date=datetime.date(2018, 8, 15), comment_url=server)
    after = published(agenda, build_date=datetime.date(2018, 10, 1), comment_url=server)
    assert 'id="isso-thread"' in text_of(during, "insatser/1.1.1.md")
    assert "kommentarsfunktionen kräver JavaScript" in text_of(during, "tillganglighet.md")
    assert 'id="isso-thread"' not in text_of(after, "insatser/1.1.1.md")
    assert "kommentarsfunktionen" not in text_of(after, "tillganglighet.md")


def test_kalmar_built_today_is_closed_on_every_page() -> None:
    kalmar = read_agenda(KALMAR)
    files = published(kalmar)  # as of tests.minimal.BUILD_DATE, in 2026
    pages = {path: content for path, content in files.items() if path.endswith(".md")}
    assert [path for path, content in pages.items() if "Remissen pågår" in str(content)] == []
    assert "Remisstiden gick ut 28 september 2018" in text_of(files, "remiss/index.md")


def test_a_comment_is_dated_by_the_swedish_day_it_came_in() -> None:
    from generator.comments.backend import Comment
    from generator.comments.export import _entry

    just_after_midnight = datetime.datetime(2018, 9, 27, 22, 30, tzinfo=datetime.timezone.utc)  # 00:30 in Sweden
    comment = Comment(id=1, thread="/insatser/1.1.1/", author="Kalmar kommun", text="Sent.", created=just_after_midnight)
    assert _entry(comment)["date"] == DEADLINE


def test_a_response_after_the_deadline_is_marked_late(agenda) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from generator.model import Response
    late = Response(id="brev-1", item="1.1.1", organisation="Kommunen", date=datetime.date(2018, 10, 1),
                    channel="letter", text="Sent svar.")
    on_time = late.model_copy(update={"id": "brev-2", "date": DEADLINE})
    files = published(dataclasses.replace(agenda, responses=[late, on_time]), build_date=datetime.date(2018, 10, 2))
    compilation = text_of(files, "remiss/sammanstallning.md")
    assert "1 oktober 2018 (brev), inkom efter remisstiden" in compilation
    assert "28 september 2018 (brev), inkom efter remisstiden" not in compilation


def test_a_preview_running_past_the_deadline_closes_the_comments(tmp_path: Path) -> None:
    """`agenda serve` without --as-of tells the truth for each day it runs: past the deadline its pages lose
    the comment form and its comment server is stopped."""
    from generator.preview import Preview
    from tests.minimal import site_config

    days = iter([datetime.date(2018, 9, 28), datetime.date(2018, 9, 29)])
    day = next(days)
    stopped: list[bool] = []
    agenda_dir = make_agenda(tmp_path)
    site = site_config(read_agenda(agenda_dir), build_date=day, comment_url="http://127.0.0.1:9/")
    preview = Preview(agenda_dir, site, tmp_path / "docs", today=lambda: day, on_closed=lambda: stopped.append(True))
    preview.regenerate()
    page = (tmp_path / "docs" / "insatser" / "1.1.1.md").read_text(encoding="utf-8")
    assert 'id="isso-thread"' in page and stopped == []
    day = next(days)
    preview.regenerate()
    page = (tmp_path / "docs" / "insatser" / "1.1.1.md").read_text(encoding="utf-8")
    assert 'id="isso-thread"' not in page and "Remissen är avslutad" in page
    assert stopped == [True] and preview.site.comment_url is None


def test_the_comment_form_says_what_is_kept_and_for_how_long(agenda) -> None:  # type: ignore[no-untyped-def]
    files = published(agenda, build_date=datetime.date(2018, 8, 15), comment_url="/kommentarer/")
    page = text_of(files, "insatser/1.1.1.md")
    assert "Om personuppgifter: kommentarsfunktionen sparar organisationens namn, den e-postadress du anger" in page
    assert "E-postadressen publiceras aldrig" in page and "tas bort när remissammanställningen är klar" in page
    assert "Frågor om personuppgifterna besvarar Testregionen." in page
