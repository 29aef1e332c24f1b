"""`agenda serve`: generate, serve on 127.0.0.1 with live reload, regenerate when source/ changes."""

from __future__ import annotations

import logging
import signal
import threading
import time
from pathlib import Path

from ..comments.isso import STATE_DIR, IssoSettings, start_server
from ..errors import AgendaError
from ..render import generate
from ..render.site import RenderCache
from ..source import SourceCache, read_agenda, reference_dir_for
from .build import _config, site_settings
from .preview import serve_site

POLL_SECONDS = 0.3


def run(agenda_dir: Path, port: int, comments_port: int | None, comments_dir: Path | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    docs_dir = Path(_config().docs_dir)
    agenda = read_agenda(agenda_dir)
    comment_server = None
    comment_url = None
    if comments_port and agenda.consultation and agenda.consultation.status == "open":
        listen = f"http://127.0.0.1:{comments_port}"
        settings = IssoSettings(agenda_id=agenda.meta.id, site_origins=[f"http://127.0.0.1:{port}"], listen=listen,
                                ratelimit=60, state_dir=comments_dir or STATE_DIR)
        comment_server = start_server(settings, capture_output=False)
        comment_url = f"{listen}/"
        print(f"Comment server (Isso) on {listen}; approve comments at {listen}/admin/ "
              f"(password in {settings.state_dir}/{agenda.meta.id}.admin-password)")
    signal.signal(signal.SIGTERM, _stop)  # end like Ctrl-C, so the comment server is stopped too
    caches = (SourceCache(), RenderCache())  # kept between saves: only what changed is parsed and rendered again
    regenerate = lambda: _regenerate(agenda_dir, docs_dir, comment_url, *caches)  # noqa: E731
    regenerate()
    watcher = SourceWatcher([agenda_dir, reference_dir_for(agenda_dir)], regenerate)
    threading.Thread(target=watcher.run, daemon=True).start()
    try:
        serve_site(port, site_settings(agenda, docs_dir))
    finally:
        if comment_server:
            comment_server.terminate()
            comment_server.wait()
    return 0


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _regenerate(agenda_dir: Path, docs_dir: Path, comment_url: str | None, sources: SourceCache | None = None,
                pages: RenderCache | None = None) -> None:
    started = time.perf_counter()
    try:
        agenda = read_agenda(agenda_dir, cache=sources)
        result = generate(agenda, docs_dir, comment_url, cache=pages)
    except AgendaError as error:
        for problem in error.problems:
            print(problem, flush=True)
        print(f"{len(error.problems)} problem(s); the site keeps its last good pages.", flush=True)
        return
    print(f"Regenerated in {time.perf_counter() - started:.2f} s: {len(result.written)} file(s) changed"
          f"{': ' + ', '.join(result.written[:5]) if result.written else ''}", flush=True)


class SourceWatcher:
    """Polls YAML files for changes; polling needs no extra dependency and is cheap at this size."""

    def __init__(self, folders: list[Path], on_change) -> None:  # on_change: Callable[[], None]
        self.folders = folders
        self.on_change = on_change
        self.seen = self._snapshot()

    def _snapshot(self) -> dict[Path, float]:
        return {path: path.stat().st_mtime for folder in self.folders if folder.is_dir()
                for path in folder.rglob("*.yml")}

    def run(self) -> None:
        while True:
            time.sleep(POLL_SECONDS)
            current = self._snapshot()
            if current != self.seen:
                self.seen = current
                self.on_change()
