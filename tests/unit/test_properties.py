"""Properties of the pure parts, for any input Hypothesis makes up: text shows literally on the page, ids
parse and sort, dates read in Swedish, colours reach their contrast, `agenda new` makes valid ids, and any
cell survives the CSV files.

The runs are deterministic (derandomized, no example database written into the checkout) and bounded.
"""

from __future__ import annotations

import csv
import datetime
import io
import re

import markdown
import yaml
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.yaml import yaml_load
from pydantic import TypeAdapter, ValidationError

from generator import urls
from generator.commands.new import slug
from generator.config import DEFAULT_CONFIG
from generator.export.csv_export import DELIMITER, ENCODING, LINE_TERMINATOR, _csv_text, _inert
from generator.model import Area
from generator.model.common import ItemId
from generator.render.colours import AA, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS, BrandColours, contrast, text_colour
from generator.render.environment import environment
from generator.render.text import paragraphs, yaml_string
from generator.source import natural_key
from generator.swedish import MONTHS, SWEDISH_TIME, swedish_date, swedish_time

PROPERTIES = settings(derandomize=True, max_examples=100, deadline=None, database=None)

# Text as the agenda's files can hold it: any character YAML takes (so no control characters but tab and
# line break, and no surrogates, which UTF-8 cannot carry).
TEXT_CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
MARKDOWN_NOISE = st.sampled_from(list("\\`*_[]{}#|!<>&-+.:=()\"' \n1") + ["1. ", "- ", "# ", "> ", "    ", "&amp;",
                                                                         "<script>", "{ #x }", "[a](b)", "\n\n"])
LINE = st.lists(st.one_of(TEXT_CHARACTERS, MARKDOWN_NOISE.filter(lambda s: "\n" not in s)), max_size=30).map("".join)
TEXT = st.lists(st.one_of(TEXT_CHARACTERS, MARKDOWN_NOISE, st.sampled_from(["\t", "\n"])), max_size=40).map("".join)


def _site_markdown() -> markdown.Markdown:
    """Python-Markdown with the extensions and settings of the tool's MkDocs configuration, as the site builds."""
    with DEFAULT_CONFIG.open("rb") as file:
        extensions = yaml_load(file)["markdown_extensions"]
    names = [next(iter(entry)) if isinstance(entry, dict) else entry for entry in extensions]
    configs = {name: options for entry in extensions if isinstance(entry, dict) for name, options in entry.items()}
    return markdown.Markdown(extensions=names, extension_configs=configs)


SITE_MARKDOWN = _site_markdown()


def shown(markdown_text: str) -> BeautifulSoup:
    SITE_MARKDOWN.reset()
    soup = BeautifulSoup(SITE_MARKDOWN.convert(markdown_text), "html.parser")
    for permalink in soup.select("a.headerlink"):
        permalink.decompose()
    return soup


def words(text: str) -> str:
    return " ".join(text.split())


@PROPERTIES
@given(LINE)
def test_plain_text_shows_literally_wherever_a_page_puts_it(text: str) -> None:
    """Titles and names, through the page templates' escaping (finalize) and the site's Markdown."""
    page = environment().from_string(
        "## {{ t }}\n\nFöre {{ t }} efter\n\n- [{{ t }}](/x/)\n\n| Kolumn |\n|---|\n| {{ t }} |\n").render(t=text)
    soup = shown(page)
    expected = words(text)
    assert words(soup.h2.get_text()) == expected
    assert words(soup.p.get_text()) == words(f"Före {text} efter")
    assert words(soup.li.a.get_text()) == expected and soup.li.a["href"] == "/x/"
    assert words(soup.td.get_text()) == expected
    assert not soup.find(["script", "strong", "em", "code", "h1", "h3", "blockquote", "ol"])


@PROPERTIES
@given(TEXT)
def test_outside_text_shows_as_typed_paragraphs(text: str) -> None:
    """A comment or a letter (`paragraphs`): its words in order, no markup of its own."""
    soup = shown(f"Före\n\n{paragraphs(text)}\n\nEfter\n")
    shown_paragraphs = soup.find_all("p")[1:-1]
    assert words(" ".join(p.get_text(" ") for p in shown_paragraphs)) == words(text)
    assert all(not p.find(lambda tag: tag.name != "br") for p in shown_paragraphs)


@PROPERTIES
@given(st.text(TEXT_CHARACTERS, max_size=40))
def test_front_matter_titles_read_back_as_written(text: str) -> None:
    assert yaml.safe_load(f"title: {yaml_string(text)}\n") == {"title": text}


ITEM_ID = st.lists(st.text("0123456789ABZabz", min_size=1, max_size=3), min_size=1, max_size=4).map(".".join)


@PROPERTIES
@given(ITEM_ID)
def test_item_ids_parse_and_name_their_comment_thread(item_id: str) -> None:
    assert TypeAdapter(ItemId).validate_python(item_id) == item_id
    area = Area.model_validate({"id": item_id, "title": "Område"})
    assert urls.item_id_of_thread(urls.thread_key(area)) == item_id


@PROPERTIES
@given(st.text("09aZ..-_ /é²\n\u0661", max_size=8).filter(lambda text: not re.fullmatch(r"[A-Za-z0-9]+(\.[A-Za-z0-9]+)*", text)))
def test_anything_else_is_not_an_item_id(text: str) -> None:
    try:
        TypeAdapter(ItemId).validate_python(text)
    except ValidationError:
        return
    raise AssertionError(f"{text!r} taken for an item id")


@PROPERTIES
@given(st.lists(ITEM_ID, max_size=12))
def test_ids_sort_by_number_then_text_in_one_total_order(ids: list[str]) -> None:
    ordered = sorted(ids, key=natural_key)  # never compares a number with a text
    assert sorted(reversed(ordered), key=natural_key) == ordered
    numeric = [item_id for item_id in ordered if all(part.isdigit() for part in item_id.split("."))]
    assert numeric == sorted(numeric, key=lambda item_id: [int(part) for part in item_id.split(".")])
    for first, second in zip(ordered, ordered[1:]):
        assert natural_key(first) <= natural_key(second)


@PROPERTIES
@given(st.dates())
def test_swedish_dates_read_back_as_the_same_day(day: datetime.date) -> None:
    written = swedish_date(day)
    match = re.fullmatch(r"([1-9]\d?) ([a-z]+) (\d+)", written)
    assert match, written
    assert datetime.date(int(match[3]), MONTHS.index(match[2]) + 1, int(match[1])) == day


@PROPERTIES
@given(st.datetimes(min_value=datetime.datetime(1971, 1, 1), max_value=datetime.datetime(2200, 1, 1),
                    timezones=st.sampled_from([datetime.timezone.utc, SWEDISH_TIME,
                                               datetime.timezone(datetime.timedelta(hours=-11))])))
def test_times_are_told_in_swedish_time(moment: datetime.datetime) -> None:
    local = moment.astimezone(SWEDISH_TIME)
    assert swedish_time(moment) == f"{swedish_date(local.date())} kl. {local.hour:02d}.{local.minute:02d}"


COLOUR = st.integers(0, 0xFFFFFF).map(lambda value: f"#{value:06X}")


@PROPERTIES
@given(COLOUR, COLOUR)
def test_contrast_is_a_symmetric_ratio_from_1_to_21(first: str, second: str) -> None:
    assert contrast(first, second) == contrast(second, first)
    assert 1 <= contrast(first, second) <= 21.0000001
    assert contrast(first, first) == 1


@PROPERTIES
@given(COLOUR)
def test_any_brand_colour_gives_readable_text_and_links(colour: str) -> None:
    assert contrast(colour, text_colour(colour)) >= AA
    derived = BrandColours.from_colour(colour.lower())
    assert derived.header == colour and contrast(derived.header, derived.header_text) >= AA
    assert all(contrast(derived.link_light, background) >= AA for background in LIGHT_BACKGROUNDS)
    assert all(contrast(derived.link_dark, background) >= AA for background in DARK_BACKGROUNDS)


@PROPERTIES
@given(st.text(max_size=40))
def test_new_agendas_get_ids_the_model_takes(name: str) -> None:
    made = slug(name)
    assert made == "" or re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", made)
    assert slug(made) == made
    if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
        assert made == name


CELL = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@PROPERTIES
@given(st.lists(st.lists(CELL, min_size=1, max_size=4), min_size=1, max_size=4))
def test_any_cell_reads_back_from_the_csv_files(rows: list[list[str]]) -> None:
    """As a program reads the files with the dialect the Öppna data page documents: UTF-8 with a byte order
    mark, `;` between fields, CRLF between rows; a cell that could run as a formula gets an apostrophe."""
    cells = [[_inert(cell) for cell in row] for row in rows]
    data = _csv_text(cells).encode(ENCODING)
    read = list(csv.reader(io.StringIO(data.decode(ENCODING), newline=""), delimiter=DELIMITER,
                           lineterminator=LINE_TERMINATOR))
    assert read == [[cell for cell in row] for row in cells]
    for cell, inert in zip(sum(rows, []), sum(cells, [])):
        assert inert in (cell, f"'{cell}") and not inert.startswith(("=", "+", "-", "@", "\t", "\r"))
