"""The built Kalmar site's downloads, Öppna data page, whole-agenda page and PDF."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.model import Agenda
from generator.render.text import filesize
from generator.source import read_agenda
from generator.urls import download_path, item_anchor
from tests.minimal import REPO, exported
from tests.site.html import BuiltPage, pages


@pytest.fixture(scope="module")
def kalmar() -> Agenda:
    return read_agenda(REPO / "source" / "kalmar-2019")


@pytest.fixture(scope="module")
def site_pages(kalmar_site: Path) -> dict[str, BuiltPage]:
    return pages(kalmar_site)


@pytest.fixture(scope="module")
def pdf(kalmar_site: Path) -> PdfReader:
    path = kalmar_site / "data" / "agenda.pdf"
    assert path.is_file(), "agenda build prints the PDF when Chromium is installed (make test installs it)"
    return PdfReader(io.BytesIO(path.read_bytes()))


# Made again once the PDFs exist: the zip holds them, the catalogues give their sizes.
REMADE = {"alla-filer.zip", "dcat.rdf", "dcat.jsonld"}


def test_downloads_are_in_the_site_as_exported(kalmar: Agenda, kalmar_site: Path) -> None:
    for filename, content in exported(kalmar, pdf=True).items():
        published = kalmar_site / download_path(filename)
        assert published.is_file(), filename
        if content is not None and filename not in REMADE:
            assert published.read_bytes() == content, filename
    with zipfile.ZipFile(kalmar_site / "data" / "alla-filer.zip") as archive:
        for name in archive.namelist():
            assert archive.read(name) == (kalmar_site / "data" / name).read_bytes(), name
        assert {"agenda.pdf", "agenda.json", "datapackage.json"} <= set(archive.namelist())


def test_open_data_page_lists_files_with_sizes_formats_and_licence(kalmar: Agenda, kalmar_site: Path,
                                                                   site_pages: dict[str, BuiltPage]) -> None:
    page = site_pages["/data/"]
    rows = {row.find("a").get_text(strip=True): [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
            for row in page.soup.select("article table")[0].find_all("tr")[1:]}
    assert set(rows) == {"agenda.json", "agenda.schema.json", "omraden.csv", "mal.csv", "insatser.csv",
                         "insatser-aktorer.csv", "delar.csv", "kopplingar.csv", "remissvar.csv", "datapackage.json",
                         "agenda.pdf", "remissammanstallning.pdf", "alla-filer.zip", "dcat.rdf", "dcat.jsonld"}
    for name, (_, _, file_format, size) in rows.items():
        # Every size as published, those of the files made after the pages (PDFs, zip, catalogues) included.
        assert size == filesize((kalmar_site / "data" / name).stat().st_size), name
        assert file_format in {"JSON", "CSV", "JSON-LD", "PDF", "ZIP", "RDF/XML"}
    text = page.main_text()
    assert "UTF-8 med byte order mark" in text and "semikolon" in text
    licence = page.soup.find("a", href="http://creativecommons.org/publicdomain/zero/1.0/")
    assert licence is not None and "CC0" in licence.get_text()


def test_start_page_links_the_whole_agenda_the_pdf_and_open_data(site_pages: dict[str, BuiltPage]) -> None:
    hrefs = {a["href"] for a in site_pages["/"].soup.select("article a[href]")}
    assert {"hela-agendan/", "data/agenda.pdf", "data/"} <= hrefs
    assert "agenda.pdf" in {a["href"] for a in site_pages["/data/"].soup.select("article a[href]")}


def test_whole_agenda_page_has_every_item_in_order_with_anchors_and_contents(
        kalmar: Agenda, site_pages: dict[str, BuiltPage]) -> None:
    page = site_pages["/hela-agendan/"]
    anchors = [item_anchor(item) for item in kalmar.items()]
    assert "insats-1-1-1" in anchors
    headings = [h["id"] for h in page.soup.select("article h2[id], article h3[id], article h4[id]")]
    assert [h for h in headings if h in anchors] == anchors  # every item, in document order
    contents = [a["href"] for a in page.soup.select("article ul a[href^='#']")]
    assert all(f"#{anchor}" in contents for anchor in anchors)
    areas = page.soup.select("article h2.agenda-break")
    assert [h["id"] for h in areas if h["id"].startswith("omrade-")] == [item_anchor(a) for a in kalmar.areas]


def test_whole_agenda_page_shows_facts_and_notes(kalmar: Agenda, site_pages: dict[str, BuiltPage]) -> None:
    page = site_pages["/hela-agendan/"]
    facts = page.soup.select("article .agenda-facts")
    assert len(facts) == 33
    for block, initiative in zip(facts, kalmar.initiatives, strict=True):
        values = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
                  for dt in block.select("dt")}
        assert values == {"Ansvar": initiative.ansvar, "Tidplan": initiative.tidplan,
                          "Resursbehov": initiative.resursbehov}
    notes = sum(len(item.notes) for item in kalmar.items())
    # Every note, open: the page is printed.
    assert len(page.soup.select("article details.agenda-note[open]")) >= notes > 0
    cover = page.soup.select_one(".agenda-cover").get_text(" ", strip=True)
    assert kalmar.meta.title in cover and "Remissversion, beslutad 7 juni 2018" in cover


def test_pdf_has_cover_and_every_initiative(kalmar: Agenda, pdf: PdfReader) -> None:
    cover = pdf.pages[0].extract_text()
    assert "Remissversion, beslutad 7 juni 2018" in cover and kalmar.meta.owner in cover
    assert "Innehåll" not in cover  # the cover is a page of its own
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    assert "Utreda arbetssätt för regionala samverkansprojekt" in text
    assert "Insats 6.1.3" in text
    for initiative in kalmar.initiatives:
        assert f"Insats {initiative.id}" in text


def test_pdf_metadata_names_the_agenda_in_swedish(kalmar: Agenda, pdf: PdfReader) -> None:
    assert pdf.metadata is not None and pdf.metadata.title == kalmar.meta.title
    catalog = pdf.trailer["/Root"]
    assert catalog["/Lang"] == "sv"
    assert "/StructTreeRoot" in catalog  # tagged, for screen readers
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"]
