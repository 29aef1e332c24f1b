"""How a build publishes: the PDF switch, the site configuration, and downloads written like pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import load_site_config
from generator.errors import AgendaError
from generator.publish import generate
from generator.source import read_agenda
from tests.conftest import run_agenda
from tests.minimal import REPO, make_agenda, published, site_config


def test_pdf_link_only_when_the_build_prints_the_pdf(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))
    without, with_pdf = published(agenda, pdf=False), published(agenda, pdf=True)
    for page in ("index.md", "data/index.md", "hela-agendan/index.md"):
        assert "agenda.pdf" not in without[page], page
        assert "agenda.pdf" in with_pdf[page], page
    assert "data/agenda.pdf" not in with_pdf  # printed into the built site, never into docs/


def test_downloads_are_rewritten_only_when_they_change(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))
    docs = tmp_path / "docs"
    site = site_config(agenda)
    _, first = generate(agenda, site, docs)
    assert {"data/agenda.json", "data/insatser.csv", "data/dcat.jsonld"} <= set(first.written)
    assert (docs / "data" / "insatser.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert generate(agenda, site, docs)[1].written == []
    assert "data/agenda.json" in (docs / ".generated").read_text(encoding="utf-8").splitlines()


def test_the_project_configuration_is_merged_over_the_tools_own(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))
    config = tmp_path / "project" / "mkdocs.yml"
    config.parent.mkdir()
    config.write_text("docs_dir: sidor\nsite_url: https://agenda.example.se/\ntheme:\n  features: []\n"
                      "extra:\n  analytics: false\n", encoding="utf-8")
    site = load_site_config(agenda, config)
    assert site.docs_dir == config.parent / "sidor" and site.site_url == "https://agenda.example.se/"
    assert site.comment_url is None and site.pdf is False
    options = site.mkdocs_options(agenda, ["index.md", "omraden/index.md", "omraden/1.md"], tmp_path / "docs")
    assert options["theme"]["name"] == "material" and options["theme"]["features"] == []  # lists are replaced
    assert Path(options["theme"]["custom_dir"]).is_dir()  # the tool's theme, wherever it is installed
    extra = options["extra"]
    assert (extra["generator"], extra["analytics"], extra["agenda"]["accessibility"]) == (False, False, "tillganglighet/")
    footer = extra["agenda"]["footer"]  # the agenda's owner and contact, and the build's day, on every page
    assert (footer["owner"], footer["updated"]) == ("Testregionen", site.build_date.isoformat())
    assert options["site_name"] == "Testagenda"
    assert options["nav"] == [{"Start": "index.md"}, {"Områden": "omraden/index.md"}]


def test_a_configuration_that_is_not_a_mapping_is_reported_with_its_file(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path))
    config = tmp_path / "mkdocs.yml"
    config.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(AgendaError) as caught:
        load_site_config(agenda, config)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{config}: expected a mapping of MkDocs options"]


def test_pdf_requested_without_chromium_fails_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENDA_CHROMIUM", str(tmp_path / "no-chromium"))
    site = tmp_path / "site"
    result = run_agenda("build", str(make_agenda(tmp_path)), "--site-dir", str(site), "--pdf")
    assert result.returncode == 1
    assert result.stderr.startswith(f"--pdf: cannot print the PDF: no Chromium at {tmp_path / 'no-chromium'}")
    assert "Traceback" not in result.stderr
    assert not site.exists()


def test_a_missing_configuration_is_a_plain_message(tmp_path: Path) -> None:
    result = run_agenda("build", str(make_agenda(tmp_path)), "--config", str(tmp_path / "nowhere.yml"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"--config: {tmp_path / 'nowhere.yml'} does not exist"


def test_a_configuration_without_directory_urls_is_refused(tmp_path: Path) -> None:
    """The pages' HTML links (lists, tables, breadcrumbs) are written as directory URLs."""
    config = tmp_path / "config" / "mkdocs.yml"
    config.parent.mkdir()
    config.write_text(f"INHERIT: {REPO / 'mkdocs.yml'}\nuse_directory_urls: false\n", encoding="utf-8")
    result = run_agenda("build", str(make_agenda(tmp_path)), "--config", str(config), "--no-pdf")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (f"{config}: use_directory_urls: the generated pages need true "
                                             "(pages are served at /insatser/1.1.1/)")
    assert "Traceback" not in result.stderr
