"""What `agenda serve` keeps between rebuilds: the agenda as last generated, and the memo store that
makes regenerating it cheap. MkDocs' server calls the hooks module before each rebuild, and the hooks
find the preview here."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import memo, urls
from .config import SiteConfig
from .errors import AgendaError
from .model import Agenda
from .publish import generate
from .source import read_agenda


class Preview:
    """The agenda as last generated for the server, and the caches that make regenerating it cheap."""

    def __init__(self, agenda_dir: Path, site: SiteConfig, docs_dir: Path,
                 today: Callable[[], datetime.date] | None = None, on_closed: Callable[[], None] = lambda: None) -> None:
        """`today`: where the day comes from when it is not fixed (a server that runs past midnight tells the
        truth for the new day); `on_closed` is called when the remiss has closed since the last regeneration."""
        self.agenda_dir = agenda_dir
        self.site = site
        self.docs_dir = docs_dir
        self.today = today
        self.on_closed = on_closed
        self.store = memo.Store()
        self.agenda: Agenda | None = None
        self.pages: list[str] = []

    def regenerate(self) -> None:
        """Generate again; with problems in the agenda, report them and keep the last good pages."""
        started = time.perf_counter()
        if self.today is not None and self.today() != self.site.build_date:
            self.site = replace(self.site, build_date=self.today())
        try:
            with memo.active(self.store):
                agenda = read_agenda(self.agenda_dir)
                publication, result = generate(agenda, self.site, self.docs_dir)
        except AgendaError as error:
            if self.agenda is None:
                raise
            for problem in error.problems:
                print(problem, flush=True)
            print(f"{len(error.problems)} problem(s); the site keeps its last good pages.", flush=True)
            return
        self.agenda, self.pages = agenda, publication.pages
        if self.site.comment_url and (agenda.consultation is None
                                      or agenda.consultation.state(self.site.build_date) != "open"):
            self.on_closed()  # the comment server stops taking comments, and the pages say so
            self.site = self.site.with_comments(None)
            publication, result = generate(agenda, self.site, self.docs_dir)
        print(f"Regenerated in {time.perf_counter() - started:.2f} s: {len(result.written)} file(s) changed"
              f"{': ' + ', '.join(result.written[:5]) if result.written else ''}", flush=True)

    def hand_written(self) -> list[Path]:
        """What in the docs folder the generator does not write: pages and files someone put there."""
        generated = {page.split("/")[0] for page in self.pages} | {urls.STYLESHEET.split("/")[0],
                                                                     urls.DATA_DIR}
        return [path for path in sorted(self.docs_dir.iterdir())
                if path.name not in generated and not path.name.startswith(".")]

    def configure(self, config: Any) -> Any:
        """MkDocs' configuration of the coming rebuild, after regenerating: the navigation and the site's
        name follow the agenda as it is now."""
        self.regenerate()
        if self.agenda is not None:
            config.nav = urls.navigation(self.pages, self.agenda.meta.terms)
            config.site_name = self.agenda.meta.short_title or self.agenda.meta.title
        return config


_serving: Preview | None = None


def serving() -> Preview | None:
    """The preview this process serves, if it serves one."""
    return _serving


def serve(preview: Preview | None) -> None:
    global _serving
    _serving = preview
