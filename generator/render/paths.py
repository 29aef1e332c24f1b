"""Where each page lives in docs/: built from ids, never from titles, so URLs stay stable."""

from __future__ import annotations

import functools

from ..model import Actor, Area, Goal, Initiative, Item, NationalGoal, Sdg, Section

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
CONSULTATION = "remiss/index.md"
COMPILATION = "remiss/sammanstallning.md"
ABOUT = "om-agendan/index.md"
WHOLE = "hela-agendan/index.md"
DATA = "data/index.md"
ACCESSIBILITY = "tillganglighet.md"  # linked from every page's footer (theme/partials/copyright.html)
DATA_DIR = "data"  # the downloads live beside the Öppna data page: /data/agenda.json


def item_path(item: Item) -> str:
    folder = {Area: "omraden", Goal: "mal", Initiative: "insatser"}[type(item)]
    return f"{folder}/{item.id}.md"


def sdg_path(sdg: Sdg | int) -> str:
    number = sdg if isinstance(sdg, int) else sdg.number
    return f"globala-malen/{number}.md"


def national_path(goal: NationalGoal | str) -> str:
    return f"nationella-mal/{goal if isinstance(goal, str) else goal.id}.md"


def actor_path(actor: Actor | str) -> str:
    return f"aktorer/{actor if isinstance(actor, str) else actor.id}.md"


def section_path(section: Section) -> str:
    return f"om-agendan/{section.id}.md"


def relative(from_page: str, to_page: str) -> str:
    """A link from one docs/ file to another, as MkDocs resolves and validates it.

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
    """A link from one docs/ page to another as the built site has it (`../../mal/1.1/`), for links in raw
    HTML, which MkDocs copies untouched. Pages are served at directory URLs (`use_directory_urls`, which
    `agenda build` requires); tests/site checks every link of the built site."""
    return relative(page_url(from_page) + "index.html", page_url(to_page)) or "./"


def item_anchor(item: Item) -> str:
    """The item's anchor on the whole-agenda page, from its id: `insats-1-1-1`."""
    kind = {Area: "omrade", Goal: "mal", Initiative: "insats"}[type(item)]
    return f"{kind}-{item.id.replace('.', '-')}"


@functools.lru_cache(maxsize=1 << 16)  # asked for both ends of every link between pages
def page_url(page: str, site_url: str | None = None) -> str:
    """The address a docs/ page is served at: `insatser/1.1.1/`, absolute when the site's address is known."""
    folder, _, name = page.rpartition("/")
    url = f"{folder}/" if name == "index.md" else f"{page.removesuffix('.md')}/"
    url = url.lstrip("/")
    return f"{site_url.rstrip('/')}/{url}" if site_url else url
