"""No sentence about an agenda's content is the template's: on every agenda's start page, SDG pages and
national-goal pages, each sentence is either the agenda's own text (or the reference data), or one of
the tool's frames below with the data cut out. A frame says how to read the page, never what an agenda
says: a new sentence in a template has to be added here, and so read for that, before it can ship."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.source import read_agenda
from tests.conftest import run_agenda
from tests.minimal import REPO
from tests.site.frames import data_strings, frames

# The tool's own sentences on these pages, with the agenda's data cut out (…) and numbers as N.
FRAMES = {
    # The start page
    "Vad är agendan?", "Utkast",
    "Det här är ett förslag som har skickats på remiss (…, beslutad …).",
    "Det här är ett utkast som ännu inte är beslutat (…, daterad …).",
    "Det här är ett utkast som ännu inte är beslutat (…, odaterad).",
    "Ägare är ….", "Läs mer om agendan .",
    "Agendan gäller …–N och har N områden med N mål.",
    "Under dem finns N insatser, var och en med ansvar, tidplan och resursbehov.",
    "Utkastet föreslår N fokusområden.", "Utkastet föreslår N insatsområden.",
    "N mål, N insatser.",
    "Så läser du agendan ¶", "Varje område, mål och insats har en egen sida.", "Varje fokusområde har en egen sida.",
    "Varje insatsområde har en egen sida.",
    "Överst på sidan ser du var i agendan du är, och längst ned kommer du till föregående och nästa del.",
    "Varje insats anger ansvar , tidplan och resursbehov .",
    "Sidorna visar kopplingar till målen i … och de globala målen .", "Sidorna visar kopplingar till … och de globala målen .",
    "Det står alltid om en koppling anges i agendans text eller har lagts till av redaktionen.",
    "Där källtexten motsäger sig själv visas det som en markerad anmärkning.",
    "Översikter visar hela agendan mot målen och tidplanen, och beslutshistoriken hur den har behandlats.",
    "Översikter visar hela agendan mot målen, och beslutshistoriken hur den har behandlats.",
    "Hela agendan och öppna data ¶", "Hela agendan på en sida , att läsa i ett svep eller skriva ut.",
    "Öppna data :", "agendan som JSON och CSV, fri att använda.",
    "Remisstiden gick ut ….", "Remissen öppnar ….", "Remissen :", "period, sändlista och hur den besvaras.",
    "period, sändlista och resultat.",
    # The start page's shortcuts, and the lists of goals, initiatives and actors
    "Läs agendan område för område", "Läs agendan fokusområde för fokusområde",
    "Läs agendan insatsområde för insatsområde", "Så lämnar du synpunkter på remissen",
    "Remissens resultat:", "remissammanställningen", "Om remissen och hur du svarar", "Hela agendan på en sida",
    "Hela agendan som PDF", "Förteckningar:", "… , Ansvariga aktörer .", "Ansvariga aktörer .",
    # A collapsed editorial note: its kind, then its summary or first words (data)
    "Redaktionens anmärkning:", "Avvikelse i källtexten:",
    # SDG and national-goal pages
    "Globalt mål N:", "Nationellt mål … ¶", "Ett av målen i … (N):", "Källa:", "Motivering:",
    "Redaktionens anmärkning", "Agendan som helhet ¶",
    "Agendans text kopplar agendan som helhet till målet:",
    "Ingen del av agendan kopplas till det här målet, varken i agendans text eller av redaktionen.",
    "Inga enskilda delar av agendan kopplas till målet.",
    "anges i agendans text.", "tillagd av redaktionen.",
    "via område N (anges i agendans text).", "via område N (tillagd av redaktionen).",
    # Headings and list entries that are all data: a title, a label with its number
    "N", "¶", "… ¶", "… N:", "…N:",
}

AGENDAS = ("kalmar-2019", "ostergotland-2018", "ostergotland-2014")


@pytest.fixture(scope="module", params=AGENDAS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    name = request.param
    site = tmp_path_factory.mktemp(name) / "site"
    result = run_agenda("build", str(REPO / "source" / name), "--site-dir", str(site), "--no-pdf",
                        "--as-of", "2026-11-30")
    assert result.returncode == 0, result.stderr
    return name, site


def pages_about_goals(site: Path) -> list[Path]:
    return [site / "index.html", *sorted(site.glob("globala-malen/*/index.html")),
            *sorted(site.glob("nationella-mal/*/index.html"))]


def test_every_sentence_is_the_agendas_or_a_frame_of_the_tool(built: tuple[str, Path]) -> None:
    name, site = built
    strings = data_strings(read_agenda(REPO / "source" / name))
    unexplained = sorted({f"{page.relative_to(site).parent}: {frame}" for page in pages_about_goals(site)
                          for frame in frames(page.read_text(encoding="utf-8"), strings) if frame not in FRAMES})
    assert unexplained == []


def test_a_sentence_the_agenda_does_not_say_is_found(built: tuple[str, Path]) -> None:
    """The check itself: a sentence about all global goals (once the SDG template's), added to a page, is
    caught on every agenda, Kalmar's too, whose own text words it differently."""
    name, site = built
    page = site / "globala-malen" / "1" / "index.html"
    claim = "Agendan säger att den digitala omställningen berör samtliga globala mål."
    html = page.read_text(encoding="utf-8").replace("</article>", f"<p>{claim}</p></article>")
    assert claim in frames(html, data_strings(read_agenda(REPO / "source" / name))) and claim not in FRAMES
