"""The URL scheme: HTML links use the built site's directory URLs, Markdown links docs paths; navigation,
anchors and comment threads follow from the ids."""

from __future__ import annotations

import pytest

from generator import urls
from generator.model import Terms
from generator.source import read_agenda
from tests.minimal import REPO


@pytest.mark.parametrize("page, target, expected", [
    ("insatser/1.1.1.md", "mal/1.1.md", "../../mal/1.1/"),
    ("insatser/1.1.1.md", "insatser/1.1.2.md", "../1.1.2/"),
    ("insatser/1.1.1.md", "index.md", "../../"),
    ("insatser/index.md", "insatser/1.1.1.md", "1.1.1/"),
    ("hela-agendan/index.md", "remiss/sammanstallning.md", "../remiss/sammanstallning/"),
    ("index.md", "omraden/1.md", "omraden/1/"),
    ("index.md", "index.md", "./"),
])
def test_html_links_are_relative_directory_urls(page: str, target: str, expected: str) -> None:
    assert urls.url(page, target) == expected


def test_markdown_links_are_docs_paths() -> None:
    assert urls.relative("insatser/1.1.1.md", "mal/1.1.md") == "../mal/1.1.md"


def test_downloads_keep_their_file_name() -> None:
    assert urls.url("index.md", "data/agenda.pdf") == "data/agenda.pdf"
    assert urls.url("insatser/1.1.1.md", "data/agenda.pdf") == "../../data/agenda.pdf"


def test_navigation_names_the_section_pages_an_agenda_has_in_its_own_words() -> None:
    terms = Terms(areas="Fokusområden", initiatives="Aktiviteter")
    pages = ["index.md", "omraden/index.md", "omraden/1.md", "remiss/index.md", "om-agendan/index.md",
             "tillganglighet.md"]
    assert urls.navigation(pages, terms) == [{"Start": "index.md"}, {"Fokusområden": "omraden/index.md"},
                                             {"Remiss": "remiss/index.md"}, {"Om agendan": "om-agendan/index.md"}]
    assert urls.not_in_nav(pages).splitlines() == ["/om-agendan/*.md", "/omraden/*.md", "/remiss/*.md",
                                                   "/tillganglighet.md"]


def test_anchors_and_comment_threads_come_from_ids() -> None:
    kalmar = read_agenda(REPO / "source" / "kalmar-2019")
    initiative = kalmar.item("1.1.1")
    assert urls.item_anchor(initiative) == "insats-1-1-1"
    assert urls.item_anchor(kalmar.item("2")) == "omrade-2"
    assert urls.item_anchor(None) == "agendan-som-helhet"
    assert urls.thread_key(initiative) == "/insatser/1.1.1/"
    assert urls.item_id_of_thread("/insatser/1.1.1/") == "1.1.1"
    assert urls.item_id_of_thread("/mal/A.1/") == "A.1"
    assert urls.item_id_of_thread("/remiss/") is None
    assert urls.item_id_of_thread("/insatser/1.1.1/../../admin/") is None
