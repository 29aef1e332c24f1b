"""`agenda build`: check, generate Markdown, build with MkDocs; a failure leaves site/ untouched."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

import yaml

from mkdocs import exceptions as mkdocs_exceptions
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.utils.yaml import yaml_load

from ..errors import AgendaError, Problem
from ..export import Publication, export_after_build, pdf_unavailable
from ..model import Agenda
from ..render import generate
from ..render.brand import brand_theme
from ..render.writer import WriteResult
from ..source import DEFAULT_AGENDA_DIR, read_agenda
from .check import notes, summary

CONFIG_FILE = Path("mkdocs.yml")


def generate_pages(agenda_dir: Path, docs_dir: Path,
                   publication: Publication = Publication()) -> tuple[Agenda, WriteResult]:
    agenda = read_agenda(agenda_dir)
    return agenda, generate(agenda, docs_dir, publication=publication)


def generate_only(agenda_dir: Path, config_file: Path = CONFIG_FILE) -> int:
    config = _config(config_file)
    agenda, result = generate_pages(agenda_dir, Path(config.docs_dir), Publication(site_url=config.site_url))
    print(f"Generated {result.total} files for {agenda.meta.id} ({len(result.written)} written, "
          f"{len(result.removed)} removed) in {config.docs_dir}")
    return 0


# The navigation: one entry per section index page the agenda has, in this order.
SECTIONS = ["omraden/index.md", "insatser/index.md", "nationella-mal/index.md", "globala-malen/index.md",
            "aktorer/index.md", "oversikt/index.md", "remiss/index.md", "om-agendan/index.md"]


def site_settings(agenda: Agenda, docs_dir: Path, config_file: Path = CONFIG_FILE) -> dict[str, object]:
    """What differs between agendas in the MkDocs configuration."""
    nav: list[object] = [{"Start": "index.md"}]
    nav += [section for section in SECTIONS if (docs_dir / section).exists()]
    settings: dict[str, object] = {"site_name": agenda.meta.short_title or agenda.meta.title,
                                   "site_description": agenda.meta.subtitle or agenda.meta.title, "nav": nav}
    if agenda.meta.brand.logo or agenda.meta.brand.colour:
        # An override replaces mkdocs.yml's whole theme section: start from the file's own.
        with config_file.open(encoding="utf-8") as file:
            settings["theme"] = brand_theme(agenda, yaml_load(file)["theme"])
    return settings


def default_site_dir(agenda: Agenda, configured: str) -> Path:
    """site/ for the default agenda, site-<id>/ for any other, so several agendas give several sites."""
    if agenda.meta.id == read_agenda_id(DEFAULT_AGENDA_DIR):
        return Path(configured)
    return Path(f"{configured.rstrip('/')}-{agenda.meta.id}")


def read_agenda_id(agenda_dir: Path) -> str | None:
    try:
        return str(yaml.safe_load((agenda_dir / "agenda.yml").read_text(encoding="utf-8")).get("id"))
    except (OSError, yaml.YAMLError, AttributeError):
        return None


def run(agenda_dir: Path, site_dir: Path | None, pdf: bool | None = None, config_file: Path = CONFIG_FILE) -> int:
    """`pdf`: True prints the PDF (an error if this machine cannot), False skips it, None prints it if it can.

    `config_file`: the MkDocs configuration; its docs_dir receives the pages (default mkdocs.yml).
    """
    started = time.perf_counter()
    config = _config(config_file)
    docs_dir = Path(config.docs_dir)
    publication = Publication(site_url=config.site_url, pdf=_want_pdf(pdf))
    print(f"Checking {agenda_dir} ...")
    agenda, result = generate_pages(agenda_dir, docs_dir, publication)
    print("\n".join([f"  {summary(agenda)}", *notes(agenda)]))
    print(f"Generating pages and data ... {result.total} files, {len(result.written)} changed, "
          f"{len(result.removed)} removed")
    target = (site_dir or default_site_dir(agenda, config.site_dir)).resolve()
    print(f"Building site with MkDocs (strict) into {target} ...")

    def print_pdf(staging: Path) -> None:
        if publication.pdf:
            print("Printing the whole agenda to PDF with Chromium ...")
            for download in export_after_build(agenda, publication, staging):
                print(f"  {download.exporter.path}: {download.size} bytes")

    settings = site_settings(agenda, docs_dir, config_file)
    pages = build_site(target, finish=print_pdf, config_file=config_file, **settings)
    print(f"Built {pages} pages in {time.perf_counter() - started:.1f} s: {target}")
    return 0


def _want_pdf(pdf: bool | None) -> bool:
    reason = pdf_unavailable() if pdf is not False else None
    if reason and pdf:
        raise AgendaError([Problem(str(CONFIG_FILE), 1, f"--pdf: cannot print the PDF: {reason}")])
    if reason:
        print(f"PDF skipped: {reason}")
    return pdf is not False and reason is None


def build_site(target: Path, finish: Callable[[Path], None] | None = None, config_file: Path = CONFIG_FILE,
               **settings: object) -> int:
    """Build into a fresh folder beside `target`, then swap it in: a failed build changes nothing.

    `finish` adds to the built site before the swap (the PDF is printed from it), so it is all or nothing too.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-building-", dir=target.parent))
    problems: list[Problem] = []
    try:
        config = _config(config_file, site_dir=str(staging), **settings)
        with _warnings_as_problems(problems):
            mkdocs_build(config)
        if problems:
            raise AgendaError(problems)
        if finish:
            finish(staging)
        pages = sum(1 for _ in staging.rglob("index.html"))
        _swap(staging, target)
        return pages
    except (mkdocs_exceptions.MkDocsException, mkdocs_exceptions.Abort) as error:
        raise AgendaError(problems or [Problem(str(config_file), 1, f"MkDocs build failed: {error}")]) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def _swap(staging: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}-old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    if old.exists():
        shutil.rmtree(old)


def _config(config_file: Path = CONFIG_FILE, **overrides: object):  # -> MkDocsConfig
    """The MkDocs configuration; its docs_dir, site_dir and custom_dir are relative to the file."""
    if not config_file.exists():
        raise AgendaError([Problem(str(config_file), 1, f"{config_file} not found; run agenda from the project "
                                                        "folder or give --config")])
    config = load_config(str(config_file), **overrides)
    if not config.use_directory_urls:  # the pages' HTML links are written as the built site's directory URLs
        raise AgendaError([Problem(str(config_file), 1, "use_directory_urls: the generated pages need true "
                                                        "(pages are served at /insatser/1.1.1/)")])
    return config


class _warnings_as_problems:
    """Collect MkDocs warnings (strict mode turns them into a failed build) as problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.handler = _ProblemHandler(problems)

    def __enter__(self) -> None:
        logging.getLogger("mkdocs").addHandler(self.handler)

    def __exit__(self, *exc: object) -> None:
        logging.getLogger("mkdocs").removeHandler(self.handler)


class _ProblemHandler(logging.Handler):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(level=logging.WARNING)
        self.problems = problems

    def emit(self, record: logging.LogRecord) -> None:
        self.problems.append(Problem("docs", 1, f"MkDocs: {record.getMessage()}"))
