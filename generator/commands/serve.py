"""`agenda serve`: generate, serve on 127.0.0.1 with live reload, regenerate when source/ changes."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from mkdocs.commands.serve import serve as mkdocs_serve

from ..errors import AgendaError
from ..source import reference_dir_for
from .build import CONFIG_FILE, _config, generate_pages

POLL_SECONDS = 0.3


def run(agenda_dir: Path, port: int) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    docs_dir = Path(_config().docs_dir)
    agenda, result = generate_pages(agenda_dir, docs_dir)
    print(f"Generated {result.total} files for {agenda.meta.id}; watching {agenda_dir} for changes")
    watcher = SourceWatcher([agenda_dir, reference_dir_for(agenda_dir)], lambda: _regenerate(agenda_dir, docs_dir))
    threading.Thread(target=watcher.run, daemon=True).start()
    mkdocs_serve(str(CONFIG_FILE), livereload=True, dev_addr=f"127.0.0.1:{port}",
                 site_name=agenda.meta.short_title or agenda.meta.title)
    return 0


def _regenerate(agenda_dir: Path, docs_dir: Path) -> None:
    started = time.perf_counter()
    try:
        _, result = generate_pages(agenda_dir, docs_dir)
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
