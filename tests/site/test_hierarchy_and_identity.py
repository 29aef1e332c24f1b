"""What a reader meets first and on every page: an item's text before its notes, each note collapsed to a
line that says what it is about; the remiss page leading with how to respond, or with the outcome once
closed; the start page's status once and its shortcuts; a footer with owner, contact and the day the site
was built; the tab of the section an item belongs to; a 404 page that works under a sub-path."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from generator.source import read_agenda
from generator.swedish import swedish_date
from tests.conftest import KALMAR, run_agenda
from tests.minimal import AREA, make_agenda, published
from tests.site.html import BuiltPage, pages


@pytest.fixture(scope="module")
def site_pages(kalmar_site: Path) -> dict[str, BuiltPage]:
    return pages(kalmar_site)


def article(page: BuiltPage) -> Tag:
    found = page.soup.find("article")
    assert isinstance(found, Tag)
    return found


def test_an_initiatives_text_and_facts_come_before_its_notes(site_pages: dict[str, BuiltPage]) -> None:
    body = article(site_pages["/insatser/6.1.1/"])
    blocks = body.find_all(["p", "h2", "details"], recursive=False)
    first_note = next(n for n, block in enumerate(blocks) if block.name == "details")
    facts = next(n for n, block in enumerate(blocks) if block.name == "h2")
    assert blocks[0].name == "p" and blocks[0].get_text().startswith("En struktur för fortsatt samarbete")
    assert facts < first_note


def test_a_collapsed_note_says_its_kind_and_what_it_is_about(site_pages: dict[str, BuiltPage]) -> None:
    agenda = read_agenda(KALMAR)
    notes = agenda.item("6.1.1").notes
    summaries = [" ".join(summary.get_text(" ", strip=True).split())
                 for summary in article(site_pages["/insatser/6.1.1/"]).select("details.agenda-note > summary")]
    assert len(summaries) == len(notes)
    kinds = {"discrepancy": "Avvikelse i källtexten: ", "editorial": "Redaktionens anmärkning: "}
    for note, summary in zip(notes, summaries):
        assert summary.startswith(kinds[note.kind])
        words = summary.removeprefix(kinds[note.kind]).removesuffix(" …")
        assert len(words) > 20 and " ".join(note.text.split()).startswith(words), summary  # the note's own words
    assert summaries[0] == ("Avvikelse i källtexten: Sammanfattningen (s. 9) formulerar insatsen: ”Inrätta en "
                            "styrgrupp för …")


def test_an_editors_summary_is_shown_instead_of_the_first_words(tmp_path: Path) -> None:
    noted = AREA.replace("        resursbehov: Inom budget\n",
                         "        resursbehov: Inom budget\n        notes:\n          - kind: editorial\n"
                         "            summary: Tidplanen saknas i sammanfattningen\n"
                         "            text: Sammanfattningen på sidan 9 anger ingen tidplan för insatsen.\n")
    assert noted != AREA
    agenda = read_agenda(make_agenda(tmp_path, {"areas/1.yml": noted}))
    page = str(published(agenda)["insatser/1.1.1.md"])
    assert "Redaktionens anmärkning:</span> Tidplanen saknas i sammanfattningen</summary>" in page


def test_the_closed_remiss_leads_with_its_outcome(site_pages: dict[str, BuiltPage]) -> None:
    body = article(site_pages["/remiss/"])
    headings = [h.get_text(" ", strip=True).removesuffix("¶").strip() for h in body.find_all("h2")]
    assert headings[:2] == ["Remissammanställning", "Om remissen"] and headings.count("Remissammanställning") == 1
    assert "Remisstiden gick ut 28 september 2018; nya svar tas inte emot." in body.get_text(" ", strip=True)
    first_note = body.find("details")
    assert first_note is not None and first_note.find_previous("h2").get_text().startswith("Om remissen")


@pytest.mark.parametrize("day, first", [("2018-08-15", "## Så svarar du"), ("2018-06-01", "## Så svarar du"),
                                        ("2018-09-29", "## Remissammanställning")])
def test_the_remiss_page_leads_with_how_to_respond_until_it_closes(tmp_path: Path, day: str, first: str) -> None:
    agenda = read_agenda(make_agenda(tmp_path, {"consultation.yml": "start: 2018-06-07\ndeadline: 2018-09-28\n"
                                                                    "diarienummer: D 1\nhow_to_reply: Skriv till oss.\n"
                                                                    "bodies:\n  - name: Kommunen\n"}))
    page = str(published(agenda, build_date=datetime.date.fromisoformat(day))["remiss/index.md"])
    headings = re.findall(r"^## [^\n{]+", page, re.MULTILINE)
    assert headings[0].strip() == first and "## Om remissen" in headings[1]


def test_the_start_page_says_its_status_once_and_offers_the_main_actions_first(
        site_pages: dict[str, BuiltPage]) -> None:
    body = article(site_pages["/"])
    text = body.get_text(" ", strip=True)
    assert text.count("Under dem finns 33 insatser") == 1 and "Agendan i siffror" not in text
    assert text.count("Remisstiden gick ut 28 september 2018") == 1
    actions = body.select_one("nav.agenda-actions")
    assert actions is not None and actions.find_previous("h2") is None  # before the first heading
    assert [a["href"] for a in actions.find_all("a")] == ["#omraden", "remiss/sammanstallning/", "data/agenda.pdf"]
    assert body.find(id="omraden") is not None


def test_every_page_has_a_footer_with_owner_contact_and_build_date(site_pages: dict[str, BuiltPage]) -> None:
    wrong = []
    for url, page in site_pages.items():
        footer = page.soup.select_one("footer .agenda-footer")
        time = footer.find("time") if footer else None
        if footer is None or not isinstance(time, Tag):
            wrong.append(f"{url}: no footer with a date")
            continue
        day = datetime.date.fromisoformat(str(time["datetime"]))
        text = " ".join(footer.get_text(" ", strip=True).split())
        expected = (f"Digital agenda för Kalmar län 2019–2020 ges ut av Regionförbundet i Kalmar län. "
                    f"Kontakt: Region Kalmar län, info@rfkl.se Senast uppdaterad {swedish_date(day)} .")
        if not text.startswith(expected) or footer.select_one('a[href="mailto:info@rfkl.se"]') is None:
            wrong.append(f"{url}: {text}")
    assert wrong == []


def test_the_footer_is_readable_text_not_material_s_small_print() -> None:
    css = (Path(__file__).parents[2] / "generator/theme/assets/stylesheets/hierarchy.css").read_text(encoding="utf-8")
    footer = re.search(r"\.md-copyright\.agenda-footer \{([^}]*)\}", css)
    assert footer is not None and "font-size: 0.8rem" in footer.group(1)


@pytest.mark.parametrize("url, tab", [("/insatser/6.1.1/", "Insatser"), ("/mal/1.1/", "Områden"),
                                      ("/omraden/1/", "Områden"), ("/globala-malen/9/", "Globala målen"),
                                      ("/nationella-mal/digital-kompetens/", "Nationella mål"),
                                      ("/aktorer/kommunerna/", "Aktörer"), ("/remiss/sammanstallning/", "Remiss"),
                                      ("/om-agendan/forord/", "Om agendan"), ("/hela-agendan/", "Översikter"),
                                      ("/omraden/", "Områden"), ("/", "Start")])
def test_a_page_lights_the_tab_of_its_section(site_pages: dict[str, BuiltPage], url: str, tab: str) -> None:
    active = [item.get_text(strip=True) for item in site_pages[url].soup.select(".md-tabs__item--active")]
    assert active == [tab]


def test_an_actor_page_says_whom_to_ask(site_pages: dict[str, BuiltPage]) -> None:
    body = article(site_pages["/aktorer/kommunerna/"])
    assert "Agendan anger inga kontaktuppgifter till aktören. Frågor om agendan besvaras av Region Kalmar län:" \
        in " ".join(body.get_text(" ", strip=True).split())
    assert body.select_one('a[href="mailto:info@rfkl.se"]') is not None


def test_the_404_page_works_under_a_sub_path(tmp_path: Path) -> None:
    agenda_dir = make_agenda(tmp_path)
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_url: https://example.org/agenda/\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run_agenda("build", str(agenda_dir), "--config", str(config), "--site-dir", str(site), "--no-pdf")
    assert result.returncode == 0, result.stderr
    soup = BeautifulSoup((site / "404.html").read_text(encoding="utf-8"), "html.parser")
    addresses = [str(tag.get("href") or tag.get("src")) for tag in soup.find_all(["a", "link", "script", "img"])
                 if tag.get("href") or tag.get("src")]
    rooted = [address for address in addresses if address.startswith("/")]
    assert len(rooted) > 10 and [address for address in rooted if not address.startswith("/agenda/")] == []
    assert any(address.startswith("/agenda/assets/stylesheets/") for address in rooted)
