"""How a build publishes: the PDF switch, and downloads written like pages (only when they change)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.export import Publication
from generator.render.site import generate, render_all
from generator.source import read_agenda
from tests.conftest import run_agenda
from tests.minimal import REPO, make_agenda


def test_pdf_link_only_when_the_build_prints_the_pdf(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))
    without, with_pdf = (render_all(agenda, publication=Publication(pdf=False)),
                         render_all(agenda, publication=Publication(pdf=True)))
    for page in ("index.md", "data/index.md", "hela-agendan/index.md"):
        assert "agenda.pdf" not in without[page], page
        assert "agenda.pdf" in with_pdf[page], page
    assert "data/agenda.pdf" not in with_pdf  # printed into the built site, never into docs/


def test_downloads_are_rewritten_only_when_they_change(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))
    docs = tmp_path / "docs"
    first = generate(agenda, docs)
    assert {"data/agenda.json", "data/insatser.csv", "data/dcat.jsonld"} <= set(first.written)
    assert (docs / "data" / "insatser.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert generate(agenda, docs).written == []
    assert "data/agenda.json" in (docs / ".generated").read_text(encoding="utf-8").splitlines()


def test_pdf_requested_without_chromium_fails_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENDA_CHROMIUM", str(tmp_path / "no-chromium"))
    site = tmp_path / "site"
    result = run_agenda("build", str(make_agenda(tmp_path)), "--site-dir", str(site), "--pdf")
    assert result.returncode == 1
    assert "--pdf: cannot print the PDF: no Chromium at" in result.stderr
    assert "Traceback" not in result.stderr
    assert not site.exists()


def test_a_configuration_without_directory_urls_is_refused(tmp_path: Path) -> None:
    """The pages' HTML links (lists, tables, breadcrumbs) are written as directory URLs."""
    config = tmp_path / "config" / "mkdocs.yml"
    (config.parent / "docs").mkdir(parents=True)
    config.write_text((REPO / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "use_directory_urls: true", "use_directory_urls: false").replace(
        "custom_dir: generator/theme", f"custom_dir: {REPO / 'generator' / 'theme'}"), encoding="utf-8")
    result = run_agenda("build", str(make_agenda(tmp_path)), "--config", str(config), "--no-pdf")
    assert result.returncode == 1
    assert "use_directory_urls: the generated pages need true" in result.stderr
    assert "Traceback" not in result.stderr
