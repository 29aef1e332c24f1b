"""`agenda build` and `agenda generate`: check, publish the pages and downloads, build with MkDocs.

A build happens in a fresh folder beside the target and is swapped in only when it succeeded, so a
failure leaves the previous site as it was. Without a docs folder in the configuration the pages are
generated into a temporary folder, which the build removes again.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from mkdocs import exceptions as mkdocs_exceptions
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from ..config import SiteConfig, load_site_config
from ..errors import AgendaError, Problem, user_error
from ..export import pdf_unavailable
from ..publish import generate, publish_after_build
from ..source import read_agenda
from .check import notes, summary


def run(agenda_dirs: list[Path], site_dir: Path | None, pdf: bool | None, config_file: Path | None,
        as_of: datetime.date | None = None) -> int:
    """Build one site per agenda: into `site_dir`, else the configured site folder (one agenda) or a
    folder per agenda beside it (`site-<id>`, several). `pdf`: True prints the PDF (an error if this
    machine cannot), False skips it, None prints it when it can. `as_of`: the day the site tells the
    truth for (default today)."""
    want_pdf = _want_pdf(pdf)
    for agenda_dir in agenda_dirs:
        build_one(agenda_dir, site_dir, want_pdf, config_file, as_of, one_of_several=len(agenda_dirs) > 1)
    return 0


def build_one(agenda_dir: Path, site_dir: Path | None, pdf: bool, config_file: Path | None,
              as_of: datetime.date | None = None, one_of_several: bool = False) -> Path:
    started = time.perf_counter()
    print(f"Checking {agenda_dir} ...")
    agenda = read_agenda(agenda_dir)
    site = load_site_config(agenda, config_file, pdf=pdf, site_dir=site_dir, build_date=as_of)
    print("\n".join([f"  {summary(agenda)}", *notes(agenda, site.build_date)]))
    if not site.site_url:
        print("  note: no site_url in the configuration: the downloads' links are relative to the site, and the "
              "404 page's start at the host's root (set site_url to serve the site under a sub-path)")
    target = site.site_dir if site_dir or not one_of_several else _beside(site.site_dir, agenda.meta.id)
    with docs_folder(site) as docs_dir:
        publication, result = generate(agenda, site, docs_dir)
        print(f"Generating pages and data ... {result.total} files, {len(result.written)} changed, "
              f"{len(result.removed)} removed")
        print(f"Building site with MkDocs (strict) into {target} ...")

        def print_pdf(staging: Path) -> None:
            if site.pdf:
                print("Printing the whole agenda to PDF with Chromium ...")
                for download in publish_after_build(agenda, site, staging):
                    print(f"  {download.path}: {download.size} bytes")

        pages = build_site(site, site.mkdocs_options(agenda, publication.pages, docs_dir), target, print_pdf)
    print(f"Built {pages} pages in {time.perf_counter() - started:.1f} s: {target}")
    return target


def generate_only(agenda_dir: Path, config_file: Path | None, as_of: datetime.date | None = None) -> int:
    """`agenda generate`: the pages and downloads into the configured docs folder, without building."""
    agenda = read_agenda(agenda_dir)
    site = load_site_config(agenda, config_file, build_date=as_of)
    if site.docs_dir is None:
        raise user_error("agenda generate writes into the configuration's docs_dir, and there is none: "
                         "give --config with a mkdocs.yml that names one")
    _, result = generate(agenda, site, site.docs_dir)
    print(f"Generated {result.total} files for {agenda.meta.id} ({len(result.written)} written, "
          f"{len(result.removed)} removed) in {site.docs_dir}")
    return 0


@contextlib.contextmanager
def docs_folder(site: SiteConfig) -> Iterator[Path]:
    """The configured docs folder, or a temporary one that is removed afterwards."""
    if site.docs_dir is not None:
        yield site.docs_dir
        return
    with tempfile.TemporaryDirectory(prefix="agenda-docs-") as folder:
        yield Path(folder)


def _beside(site_dir: Path, agenda_id: str) -> Path:
    return site_dir.with_name(f"{site_dir.name}-{agenda_id}")


def _want_pdf(pdf: bool | None) -> bool:
    reason = pdf_unavailable() if pdf is not False else None
    if reason and pdf:
        raise user_error(f"--pdf: cannot print the PDF: {reason}")
    if reason:
        print(f"PDF skipped: {reason}")
    return pdf is not False and reason is None


def build_site(site: SiteConfig, options: dict[str, Any], target: Path,
               finish: Callable[[Path], None] | None = None) -> int:
    """Build into a fresh folder beside `target`, then swap it in: a failed build changes nothing.

    `finish` adds to the built site before the swap (the PDF is printed from it), so it is all or nothing too.
    """
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-building-", dir=target.parent))
    problems: list[Problem] = []
    try:
        with _mkdocs_messages(problems):
            mkdocs_build(load_config(**site.mkdocs_source(), **{**options, "site_dir": str(staging)}))
        if problems:
            raise AgendaError(problems)
        if finish:
            finish(staging)
        pages = sum(1 for _ in staging.rglob("index.html"))
        _swap(staging, target)
        return pages
    except (mkdocs_exceptions.MkDocsException, mkdocs_exceptions.Abort) as error:
        raise AgendaError(problems or [Problem(None, None, f"MkDocs build failed: {error}")]) from None
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


@contextlib.contextmanager
def _mkdocs_messages(problems: list[Problem]) -> Iterator[None]:
    """Collect MkDocs' warnings and errors (strict mode turns warnings into a failed build) as problems."""
    handler = _ProblemHandler(problems)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


class _ProblemHandler(logging.Handler):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(level=logging.WARNING)
        self.problems = problems

    def emit(self, record: logging.LogRecord) -> None:
        self.problems.append(Problem(None, None, f"MkDocs: {record.getMessage()}"))

