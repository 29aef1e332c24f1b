"""`agenda serve`: the site on 127.0.0.1 with live reload, regenerated when the agenda's files change.

MkDocs' own server watches the agenda folder besides the docs folder; before each rebuild its hook
(`serve_hook.py`) asks the `Preview` to regenerate. The preview keeps one memo store between
regenerations, so only the files that changed are parsed, only the pages whose inputs changed are
rendered and only the files whose content changed are written; MkDocs' dirty rebuild then builds
only those pages. A saved edit shows within a second or two at any agenda size. The preview is not
strict and its search index is approximate after an edit: `agenda build` is the full build.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

from mkdocs.commands.serve import serve as mkdocs_serve

from .. import memo, urls
from ..comments.isso import STATE_DIR, IssoSettings, start_server
from ..config import SiteConfig, load_site_config
from ..errors import AgendaError
from ..model import Agenda
from ..publish import generate
from ..source import read_agenda
from .build import docs_folder

HOOK = Path(__file__).with_name("serve_hook.py")


class Preview:
    """The agenda as last generated for the server, and the caches that make regenerating it cheap."""

    def __init__(self, agenda_dir: Path, site: SiteConfig, docs_dir: Path) -> None:
        self.agenda_dir = agenda_dir
        self.site = site
        self.docs_dir = docs_dir
        self.store = memo.Store()
        self.agenda: Agenda | None = None
        self.pages: list[str] = []

    def regenerate(self) -> None:
        """Generate again; with problems in the agenda, report them and keep the last good pages."""
        started = time.perf_counter()
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
        print(f"Regenerated in {time.perf_counter() - started:.2f} s: {len(result.written)} file(s) changed"
              f"{': ' + ', '.join(result.written[:5]) if result.written else ''}", flush=True)

    def configure(self, config: Any) -> Any:
        """MkDocs' configuration of the coming rebuild, after regenerating: the navigation and the site's
        name follow the agenda as it is now."""
        self.regenerate()
        if self.agenda is not None:
            config.nav = urls.navigation(self.pages, self.agenda.meta.terms)
            config.site_name = self.agenda.meta.short_title or self.agenda.meta.title
        return config


_preview: Preview | None = None


def current_preview() -> Preview | None:
    """The preview this process serves (the hook, loaded by MkDocs from its file, finds it here)."""
    return _preview


def run(agenda_dir: Path, port: int, comments_port: int | None, comments_dir: Path | None = None,
        config_file: Path | None = None) -> int:
    global _preview
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    agenda = read_agenda(agenda_dir)
    site = load_site_config(agenda, config_file)
    comment_server = _comment_server(agenda, port, comments_port, comments_dir)
    if comment_server:
        site = site.with_comments(f"{comment_server[1]}/")
    signal.signal(signal.SIGTERM, _stop)  # end like Ctrl-C, so the comment server is stopped too
    try:
        with docs_folder(site) as docs_dir:
            _preview = Preview(agenda_dir, site, docs_dir)
            _preview.regenerate()
            options = site.mkdocs_options(agenda, _preview.pages, docs_dir)
            options.pop("site_dir")  # the server builds into a folder of its own
            options["hooks"] = [*options.get("hooks", []), str(HOOK)]
            mkdocs_serve(**site.mkdocs_source(), livereload=True, build_type="dirty", dev_addr=f"127.0.0.1:{port}",
                         watch=[str(agenda_dir)], **{**options, "strict": False})
    finally:
        _preview = None
        if comment_server:
            comment_server[0].terminate()
            comment_server[0].wait()
    return 0


def _comment_server(agenda: Agenda, port: int, comments_port: int | None,
                    comments_dir: Path | None) -> tuple[subprocess.Popen[bytes], str] | None:
    """Isso on 127.0.0.1 beside the site while the consultation is open: the process and its address."""
    if not (comments_port and agenda.consultation and agenda.consultation.status == "open"):
        return None
    listen = f"http://127.0.0.1:{comments_port}"
    settings = IssoSettings(agenda_id=agenda.meta.id, site_origins=[f"http://127.0.0.1:{port}"], listen=listen,
                            ratelimit=60, state_dir=comments_dir or STATE_DIR)
    process = start_server(settings, capture_output=False)
    print(f"Comment server (Isso) on {listen}; approve comments at {listen}/admin/ "
          f"(password in {settings.state_dir}/{agenda.meta.id}.admin-password)")
    return process, listen


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
