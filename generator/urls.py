"""The site's URL scheme, spelled once: where every page lives, its address, its anchors, its comment thread.

Pages are named by their file in MkDocs' docs folder ("insatser/1.1.1.md") and served at
directory URLs ("insatser/1.1.1/"). Every address is built from ids, never from titles, so
retitling an item keeps its links and its comment thread. The navigation, MkDocs'
`not_in_nav`, the comment server's thread keys and every link on the pages derive from here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .model import Actor, Area, Goal, Initiative, Item, NationalGoal, Sdg, Section, Terms

HOME = "index.md"
AREAS = "omraden/index.md"
GOALS = "mal/index.md"
INITIATIVES = "insatser/index.md"
SDGS = "globala-malen/index.md"
NATIONAL = "nationella-mal/index.md"
ACTORS = "aktorer/index.md"
OVERVIEWS = "oversikt/index.md"
MATRIX_NATIONAL = "oversikt/nationella-mal.md"
MATRIX_SDG = "oversikt/globala-malen.md"
TIMELINE = "oversikt/tidplan.md"
DECISIONS = "beslut/index.md"
CHANGES = "andringar/index.md"  # every change between the agenda's versions
CONSULTATION = "remiss/index.md"
COMPILATION = "remiss/sammanstallning.md"
ABOUT = "om-agendan/index.md"
WHOLE = "hela-agendan/index.md"
DATA = "data/index.md"
ACCESSIBILITY = "tillganglighet.md"  # linked from every page's footer
DATA_DIR = "data"  # the downloads live beside the Öppna data page: /data/agenda.json
STYLESHEET = "assets/stylesheets/generated.css"  # the SDG colours and the owner's colour
BRAND_DIR = "assets/brand"  # the owner's logo

# The folder of each level's pages, and the word its anchors start with.
_ITEM_FOLDERS = {Area: "omraden", Goal: "mal", Initiative: "insatser"}
_ANCHOR_WORDS = {Area: "omrade", Goal: "mal", Initiative: "insats"}
GENERAL_ANCHOR = "agendan-som-helhet"  # responses on the agenda as a whole, on the compilation page


@dataclass(frozen=True)
class NavSection:
    """A tab of the navigation: a section's index page and its title in the agenda's own words."""

    page: str
    title_of: str  # a Terms field ("areas"), or the title itself

    def title(self, terms: Terms) -> str:
        return str(getattr(terms, self.title_of, self.title_of))


# The navigation, in order, after the start page: one tab per section index page the agenda has.
# Item pages are reached from these pages, breadcrumbs and previous/next links, so the navigation
# stays small (and the build linear) however many items an agenda has.
NAVIGATION = (
    NavSection(AREAS, "areas"), NavSection(INITIATIVES, "initiatives"), NavSection(NATIONAL, "Nationella mål"),
    NavSection(SDGS, "Globala målen"), NavSection(ACTORS, "Aktörer"), NavSection(OVERVIEWS, "Översikter"),
    NavSection(CONSULTATION, "Remiss"), NavSection(ABOUT, "Om agendan"),
)
HOME_TITLE = "Start"


def navigation(pages: set[str] | list[str], terms: Terms) -> list[dict[str, str]]:
    """MkDocs' `nav`: the start page and the section index pages among `pages`, with their titles."""
    present = set(pages)
    return [{HOME_TITLE: HOME}] + [{section.title(terms): section.page} for section in NAVIGATION
                                   if section.page in present]


def not_in_nav(pages: set[str] | list[str]) -> str:
    """MkDocs' `not_in_nav`: every other generated page, as one pattern per folder (a pattern per
    page would be thousands of patterns for MkDocs to match every page against)."""
    folders = sorted({page.rpartition("/")[0] for page in pages} - {""})
    loose = sorted(page for page in pages if "/" not in page and page != HOME)
    return "\n".join([f"/{folder}/*.md" for folder in folders] + [f"/{page}" for page in loose])


# Folders of pages outside the navigation whose tab is another section's: goals sit under the areas, the
# whole agenda and the decision history are overviews, the versions' changes and the data are about the agenda.
_TAB_OF_FOLDER = {"mal": AREAS, "hela-agendan": OVERVIEWS, "beslut": OVERVIEWS, "andringar": ABOUT, "data": ABOUT}


def tab_of(page: str) -> str | None:
    """The section index page whose navigation tab `page` (outside the navigation, e.g. an initiative's
    page) belongs under: its own folder's section, else the one its folder sits under; None for loose pages."""
    folder = page.partition("/")[0] if "/" in page else ""
    own = f"{folder}/index.md"
    if any(section.page == own for section in NAVIGATION):
        return own
    return _TAB_OF_FOLDER.get(folder)


def section_title(page: str, terms: Terms) -> str:
    return next(section.title(terms) for section in NAVIGATION if section.page == page)


def item_path(item: Item) -> str:
    return f"{_ITEM_FOLDERS[type(item)]}/{item.id}.md"


def sdg_path(sdg: Sdg | int) -> str:
    number = sdg if isinstance(sdg, int) else sdg.number
    return f"globala-malen/{number}.md"


def national_path(goal: NationalGoal | str) -> str:
    return f"nationella-mal/{goal if isinstance(goal, str) else goal.id}.md"


def actor_path(actor: Actor | str) -> str:
    return f"aktorer/{actor if isinstance(actor, str) else actor.id}.md"


def section_path(section: Section) -> str:
    return f"om-agendan/{section.id}.md"


def download_path(filename: str) -> str:
    return f"{DATA_DIR}/{filename}"


def document_path(filename: str) -> str:
    """A response's signed document, published beside the compilation: remiss/svar/kalmar-kommun.pdf."""
    return f"remiss/svar/{filename}"


def response_anchor(response_id: str) -> str:
    """A response's own anchor on the compilation page: `svar-brev-1`."""
    return f"svar-{response_id.lower()}"


def logo_path(filename: str) -> str:
    return f"{BRAND_DIR}/{filename}"


def relative(from_page: str, to_page: str) -> str:
    """A link from one docs page to another as MkDocs resolves and validates it (Markdown links).

    Both are docs-relative POSIX paths, so this is string work only (posixpath.relpath asks the
    operating system for the working directory on every call, and pages have hundreds of links).
    """
    start = from_page.split("/")[:-1]
    target = to_page.split("/")
    common = 0
    while common < len(start) and common < len(target) - 1 and start[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:])


def url(from_page: str, to_page: str) -> str:
    """A link from one page to another as the built site has it (`../../mal/1.1/`), for links in HTML,
    which MkDocs copies untouched. Pages are served at directory URLs (`use_directory_urls`, which
    `agenda build` requires); files such as downloads keep their name (`../data/agenda.json`)."""
    target = page_url(to_page) if to_page.endswith(".md") else to_page
    return relative(page_url(from_page) + "index.html", target) or "./"


@functools.lru_cache(maxsize=1 << 16)  # asked for both ends of every link between pages
def page_url(page: str, site_url: str | None = None) -> str:
    """The address a page is served at: `insatser/1.1.1/`, absolute when the site's address is known."""
    folder, _, name = page.rpartition("/")
    address = f"{folder}/" if name == "index.md" else f"{page.removesuffix('.md')}/"
    address = address.lstrip("/")
    return absolute(address, site_url)


def absolute(address: str, site_url: str | None) -> str:
    """A site-relative address (`data/agenda.json`) made absolute when the site's address is known."""
    return f"{site_url.rstrip('/')}/{address}" if site_url else address


def item_anchor(item: Item | None) -> str:
    """An item's anchor on the pages that show many items (the whole agenda, the compilation):
    `insats-1-1-1`; the agenda as a whole (item None) is `agendan-som-helhet`."""
    if item is None:
        return GENERAL_ANCHOR
    return f"{_ANCHOR_WORDS[type(item)]}-{item.id.replace('.', '-')}".lower()


def thread_key(item: Item) -> str:
    """The comment thread of an item's page: its URL path, `/insatser/1.1.1/`."""
    return "/" + page_url(item_path(item))


_THREAD = re.compile(rf"^/(?:{'|'.join(_ITEM_FOLDERS.values())})/([^/]+)/$")


def item_id_of_thread(thread: str) -> str | None:
    """The id of the item whose page a comment thread belongs to, or None for any other page."""
    match = _THREAD.match(thread)
    return match.group(1) if match else None
