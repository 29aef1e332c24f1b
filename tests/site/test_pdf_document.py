"""The PDF as a document in its own right: links that work from a PDF reader, bookmarks as the headings
say them, a contents list with page numbers, and metadata that names it (XMP, PDF/UA, this tool)."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from tests.conftest import run_agenda
from tests.minimal import make_agenda
from tests.site.html import BuiltPage

ADDRESS = "https://agenda.example.se/"


def link_targets(pdf: pikepdf.Pdf) -> tuple[list[str], list[str]]:
    """The addresses (URI actions) and named destinations of every link annotation."""
    addresses, destinations = [], []
    for page in pdf.pages:
        for annotation in page.get("/Annots", []):
            action = annotation.get("/A")
            if action is not None and "/URI" in action:
                addresses.append(str(action.URI))
            elif "/Dest" in annotation:
                destinations.append(str(annotation.Dest)[1:])
    return addresses, destinations


def bookmarks(pdf: pikepdf.Pdf) -> list[str]:
    found: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            found.append(item.title)
            walk(list(item.children))

    with pdf.open_outline() as outline:
        walk(list(outline.root))
    return found


@pytest.fixture(scope="module")
def kalmar_pdf(kalmar_site: Path) -> pikepdf.Pdf:
    return pikepdf.open(kalmar_site / "data" / "agenda.pdf")


def test_links_lead_into_the_document_never_to_the_build_folder(kalmar_pdf: pikepdf.Pdf) -> None:
    """Built without a public address: links to pages the document shows go to their place in it; the
    rest are no links at all (and no address is printed after them)."""
    addresses, destinations = link_targets(kalmar_pdf)
    assert not [address for address in addresses if address.startswith("file:")]
    assert addresses == []
    assert len(destinations) > 200 and {"forord", "insats-6-1-1", "omrade-1"} <= set(destinations)
    names = {str(name)[1:] for name in kalmar_pdf.Root.Dests.keys()}
    assert set(destinations) <= names


def test_bookmarks_say_what_the_headings_say(kalmar_pdf: pikepdf.Pdf, kalmar_site: Path) -> None:
    marks = bookmarks(kalmar_pdf)
    assert marks[0] == "Uppdaterad digital agenda för Kalmar län 2019–2020"
    assert "Mål 1.1 Öka vuxna medborgares digitala kompetens och möjliggöra ett digitalt innanförskap" in marks
    page = BuiltPage(kalmar_site, kalmar_site / "hela-agendan" / "index.html")
    headings = {" ".join(h.get_text(" ").replace("¶", " ").split())
                for h in page.soup.find("article").find_all(re.compile("^h[1-6]$"))}
    assert len(marks) > 90 and set(marks) <= headings


def test_the_contents_give_the_page_of_each_part(kalmar_site: Path) -> None:
    reader = PdfReader(kalmar_site / "data" / "agenda.pdf")
    contents = reader.pages[1].extract_text()
    assert contents.startswith("Innehåll") or "Innehåll" in contents
    numbers = dict(re.findall(r"^(Förord|Område 1 Kompetens|Inledning)\s*(\d+)$", contents, re.MULTILINE))
    assert set(numbers) == {"Förord", "Område 1 Kompetens", "Inledning"}
    for title, number in numbers.items():
        assert title in reader.pages[int(number) - 1].extract_text(), (title, number)


def test_metadata_names_the_document_its_language_and_this_tool(kalmar_pdf: pikepdf.Pdf) -> None:
    info = kalmar_pdf.docinfo
    assert str(info["/Title"]) == "Uppdaterad digital agenda för Kalmar län 2019–2020"
    assert str(info["/Creator"]).startswith("digital-agenda ") and "digital-agenda" in str(info["/Producer"])
    assert str(info["/Keywords"]) == "Remissversion"
    with kalmar_pdf.open_metadata() as xmp:
        assert xmp["dc:title"] == "Uppdaterad digital agenda för Kalmar län 2019–2020"
        assert list(xmp["dc:language"]) == ["sv"]
        assert xmp["{http://www.aiim.org/pdfua/ns/id/}part"] == "1"
        assert str(xmp["xmp:CreatorTool"]).startswith("digital-agenda ")
    assert str(kalmar_pdf.Root.Lang) == "sv" and "/StructTreeRoot" in kalmar_pdf.Root


def test_with_a_public_address_links_to_other_pages_are_absolute(tmp_path: Path) -> None:
    agenda_dir = make_agenda(tmp_path)
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_url: {ADDRESS}\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run_agenda("build", str(agenda_dir), "--config", str(config), "--site-dir", str(site), "--pdf")
    assert result.returncode == 0, result.stderr
    pdf = pikepdf.open(site / "data" / "agenda.pdf")
    addresses, destinations = link_targets(pdf)
    assert addresses and all(address.startswith(ADDRESS) for address in addresses), addresses
    assert f"{ADDRESS}globala-malen/4/" in addresses or any("nationella-mal" in a for a in addresses)
    assert "insats-1-1-1" in destinations  # the item itself is in the document
    text = " ".join(page.extract_text() for page in PdfReader(site / "data" / "agenda.pdf").pages)
    assert f"({ADDRESS}" in " ".join(text.split())  # printed after the links, for paper
