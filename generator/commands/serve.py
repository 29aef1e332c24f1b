"""`agenda serve`: the site on 127.0.0.1 with live reload, regenerated when the agenda's files change.

MkDocs' own server watches the agenda folder besides the docs folder; before each rebuild the tool's
hooks (`generator/hooks.py`) ask the `Preview` to regenerate. The preview keeps one memo store between
regenerations, so only the files that changed are parsed, only the pages whose inputs changed are
rendered and only the files whose content changed are written; MkDocs' dirty rebuild then builds
only those pages. A saved edit shows within a second or two at any agenda size. The preview is not
strict and its search index is approximate after an edit: `agenda build` is the full build.
"""

from __future__ import annotations

import datetime
import logging
import signal
import subprocess
import tempfile
from pathlib import Path

import yaml
from mkdocs.commands.serve import serve as mkdocs_serve

from ..comments.gate import Window
from ..comments.isso import STATE_DIR, IssoSettings, start_server
from ..config import load_site_config
from ..swedish import swedish_today
from ..model import Agenda
from ..preview import Preview, serve
from ..source import read_agenda
from .build import docs_folder


def run(agenda_dir: Path, port: int, comments_port: int | None, comments_dir: Path | None = None,
        config_file: Path | None = None, as_of: datetime.date | None = None) -> int:
    """`as_of`: serve the site as of that day for as long as it runs; without it, as of each day it runs."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    agenda = read_agenda(agenda_dir)
    site = load_site_config(agenda, config_file, build_date=as_of)
    comment_server = _comment_server(agenda, site.build_date, port, comments_port, comments_dir)
    if comment_server:
        site = site.with_comments(f"{comment_server[1]}/")
    signal.signal(signal.SIGTERM, _stop)  # end like Ctrl-C, so the comment server is stopped too
    try:
        with docs_folder(site) as docs_dir:
            preview = Preview(agenda_dir, site, docs_dir, today=None if as_of else swedish_today,
                              on_closed=lambda: _stop_comments(comment_server))
            preview.regenerate()
            serve(preview)  # the hooks regenerate through it before each rebuild
            options = site.mkdocs_options(agenda, preview.pages, docs_dir)
            options.pop("site_dir")  # the server builds into a folder of its own
            options.update(strict=False, dev_addr=f"127.0.0.1:{port}", watch=[str(agenda_dir.resolve())])
            with tempfile.TemporaryDirectory(prefix="agenda-serve-") as folder:
                # MkDocs loads the configuration again for every rebuild (and changes what it is given while
                # validating it), so it reads it from a file: the options above, written out once.
                config_file = Path(folder) / "mkdocs.yml"
                config_file.write_text(yaml.safe_dump(options, allow_unicode=True, sort_keys=False), encoding="utf-8")
                mkdocs_serve(str(config_file), livereload=True, build_type="dirty")
    finally:
        serve(None)
        _stop_comments(comment_server)
    return 0


def _comment_server(agenda: Agenda, day: datetime.date, port: int, comments_port: int | None,
                    comments_dir: Path | None) -> tuple[subprocess.Popen[bytes], str] | None:
    """Isso on 127.0.0.1 beside the site while the remiss is open on `day`: the process and its address."""
    if not (comments_port and agenda.consultation and agenda.consultation.state(day) == "open"):
        return None
    listen = f"http://127.0.0.1:{comments_port}"
    consultation = agenda.consultation
    window = Window(consultation.start, consultation.deadline, consultation.status, day)
    settings = IssoSettings(agenda_id=agenda.meta.id, site_origins=[f"http://127.0.0.1:{port}"], listen=listen,
                            ratelimit=60, state_dir=comments_dir or STATE_DIR, window=window)
    process = start_server(settings, capture_output=False)
    print(f"Comment server (Isso) on {listen}; list waiting comments with `agenda comments pending`")
    return process, listen


def _stop_comments(comment_server: tuple[subprocess.Popen[bytes], str] | None) -> None:
    if comment_server and comment_server[0].poll() is None:
        comment_server[0].terminate()
        comment_server[0].wait()


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
