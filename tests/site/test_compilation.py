"""A remiss with three organisations, built for real: a verified web comment, an unverified one, and a formal
answer with its PDF and positions on two items. The compilation page, its PDF and the responses CSV show the
positions, who is verified and what came late."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader, PdfWriter

from generator.source import read_agenda
from tests.conftest import run_agenda
from tests.minimal import AREA, CONSULTATION, make_agenda
from tests.site.html import BuiltPage, broken_links, pages

SECOND_INITIATIVE = """\
      - id: "1.1.2"
        title: En andra insats
        text: Text.
        ansvar: Regionen
        tidplan: "2020"
        resursbehov: Inom budget
"""

BODIES = """\
  - name: Kalmar kommun
    domains: [kalmar.se]
    contacts: [registrator@kalmar.se]
  - name: Nybro kommun
  - name: Torsås kommun
"""

RESPONSES = [
    {"id": "kommentar-1", "item": "1.1.1", "organisation": "Kalmar kommun, kommunledningen", "date": "2018-09-01",
     "comment_id": 1, "verified": "domain", "text": "Vi tillstyrker insatsen.", "disposition": "accepted"},
    {"id": "kommentar-2", "item": "1.1.1", "organisation": "Nybro kommun", "date": "2018-09-02", "comment_id": 2,
     "text": "Någon som säger sig vara Nybro."},
    {"id": "brev-1", "organisation": "Torsås kommun", "date": "2018-10-01", "channel": "letter",
     "decided_by": "Kommunstyrelsens arbetsutskott", "sender_reference": "KS 2018/77",
     "registration": "D 1:3", "document": "torsas.pdf", "text": "Se bifogat remissvar.",
     "positions": [{"item": "1.1.1", "position": "supports-with-changes", "wording": "Insatsen ska gälla alla."},
                   {"item": "1.1.2", "position": "opposes"}]},
]


def a_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("compilation")
    responses = yaml.safe_dump({"responses": RESPONSES}, allow_unicode=True, sort_keys=False)
    for day in ("2018-09-01", "2018-09-02", "2018-10-01"):
        responses = responses.replace(f"'{day}'", day)
    agenda_dir = make_agenda(root, {
        "areas/1.yml": AREA + SECOND_INITIATIVE,
        "consultation.yml": CONSULTATION.replace("bodies:\n  - name: Kommunen\n", "bodies:\n" + BODIES),
        "responses/svar.yml": responses,
        "responses/torsas.pdf": a_pdf(),
    })
    assert [r.id for r in read_agenda(agenda_dir).responses] == ["kommentar-1", "kommentar-2", "brev-1"]
    result = run_agenda("build", str(agenda_dir), "--site-dir", str(root / "site"), "--pdf", "--as-of", "2018-10-15")
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="module")
def compilation(built: Path) -> BuiltPage:
    return pages(built)["/remiss/sammanstallning/"]


def test_the_sandlista_counts_only_verified_and_filed_answers(compilation: BuiltPage) -> None:
    statuses = {row.find_all("td")[0].get_text(strip=True): row.find_all("td")[1].get_text(strip=True)
                for row in compilation.soup.select("article table tr") if len(row.find_all("td")) == 2}
    assert statuses["Kalmar kommun"] == "Har svarat"   # its e-mail domain, matched under another wording
    assert statuses["Torsås kommun"] == "Har svarat"   # a formal answer filed by the registrator
    assert statuses["Nybro kommun"] == "Inget svar"    # an unverified comment is no body's answer
    others = compilation.soup.find(id="ovriga-synpunkter").find_next("ul").get_text(" ", strip=True)
    assert "Nybro kommun" in others and "Kalmar" not in others


def test_each_answer_has_its_anchor_positions_late_mark_and_document(compilation: BuiltPage, built: Path) -> None:
    letter = compilation.soup.find(id="svar-brev-1")
    text = " ".join(letter.get_text(" ").split())
    assert "1 oktober 2018 (brev), inkom efter remisstiden" in text
    assert "Beslutat av Kommunstyrelsens arbetsutskott. Avsändarens diarienummer KS 2018/77. Registrerat som D 1:3" \
           in text
    positions = [" ".join(li.get_text(" ").split()) for li in letter.select(".agenda-response__positions > li")]
    assert positions == ["Insats 1.1.1 En insats : tillstyrker med ändringar . Ändringsförslag: Insatsen ska gälla alla.",
                         "Insats 1.1.2 En andra insats : avstyrker"]
    document = letter.find("a", string="Remissvaret som PDF")
    assert document["href"] == "../svar/torsas.pdf" and (built / "remiss" / "svar" / "torsas.pdf").is_file()
    verified = " ".join(compilation.soup.find(id="svar-kommentar-1").get_text(" ").split())
    assert "avsändarens e-postdomän hör till organisationen" in verified
    unverified = " ".join(compilation.soup.find(id="svar-kommentar-2").get_text(" ").split())
    assert "avsändaren är inte verifierad" in unverified
    assert broken_links(built) == []


def test_an_item_page_points_to_positions_filed_elsewhere(built: Path) -> None:
    page = pages(built)["/insatser/1.1.2/"]
    link = page.soup.select_one(".agenda-response__elsewhere a")
    assert link is not None and link["href"] == "../../remiss/sammanstallning/#svar-brev-1"
    assert "Torsås kommuns remissvar : avstyrker" in " ".join(link.parent.get_text(" ").split())


def test_the_responses_csv_has_a_row_per_answer_and_position(built: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((built / "data" / "remissvar.csv").read_text(encoding="utf-8-sig")),
                               delimiter=";"))
    assert [(row["Id"], row["Del"], row["Ställningstagande"], row["Sent"], row["Verifierad"]) for row in rows] == [
        ("kommentar-1", "1.1.1", "", "nej", "ja"), ("kommentar-2", "1.1.1", "", "nej", "nej"),
        ("brev-1", "1.1.1", "tillstyrker med ändringar", "ja", ""), ("brev-1", "1.1.2", "avstyrker", "ja", "")]
    assert rows[2]["Ändringsförslag"] == "Insatsen ska gälla alla." and rows[2]["Dokument"] == "remiss/svar/torsas.pdf"
    assert "registrator@kalmar.se" not in (built / "data" / "agenda.json").read_text(encoding="utf-8")


def test_the_compilation_as_a_pdf(built: Path) -> None:
    reader = PdfReader(io.BytesIO((built / "data" / "remissammanstallning.pdf").read_bytes()))
    assert reader.metadata is not None and reader.metadata.title == "Remissammanställning: Testagenda"
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "tillstyrker med ändringar" in text and "inkom efter remisstiden" in text and "Övriga synpunkter" in text
    assert reader.trailer["/Root"]["/Lang"] == "sv" and "/StructTreeRoot" in reader.trailer["/Root"]
