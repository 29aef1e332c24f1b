"""What the browser tests share: where Chromium and axe-core are, the static file server, the request guard."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests.minimal import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
LIGHTHOUSE = REPO / "node_modules" / "lighthouse"
LIGHTHOUSE_RUNNER = Path(__file__).with_name("lighthouse.mjs")
LOCAL_HOST = "127.0.0.1"
# Every page the tests open is shown without transitions or animations: what a test measures (colours,
# focus rings, what is on screen) is then the page at rest the moment it is asked, with no waiting.
STILL = """document.addEventListener("DOMContentLoaded", () => {
  const still = document.createElement("style");
  still.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
  document.head.appendChild(still);
});"""


# What a static host compresses: text, not images or PDFs (already compressed).
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml",
                "application/ld+json", "application/rdf+xml")


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the site's files as a static host does: text gzip-compressed for a browser that accepts it
    (Lighthouse counts an uncompressed site against it)."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if ("gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file()
                or not self.guess_type(str(path)).startswith(COMPRESSIBLE)):
            return super().send_head()  # also a folder's redirect to its address with "/" and every 404
        body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@functools.lru_cache(maxsize=512)
def _gzipped(path: Path, modified: int) -> bytes:  # modified: a file rewritten since is compressed again
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)
        # else: the browser hung up mid-response because it navigated on; nothing to report


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """A built site over real HTTP, on 127.0.0.1 and a free port, as a static host serves it: its base URL."""
    server = SiteServer((LOCAL_HOST, 0), functools.partial(QuietHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass
class RequestGuard:
    """Lets requests to 127.0.0.1 through; aborts and records every other one."""

    page_path: str = ""
    blocked: list[str] = field(default_factory=list)

    def handle(self, route, request) -> None:  # type: ignore[no-untyped-def]
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about") or parts.hostname == LOCAL_HOST:
            route.continue_()
        else:
            self.blocked.append(f"{self.page_path}: {request.resource_type} {request.url}")
            route.abort("blockedbyclient")


def search_for(page, query: str) -> None:  # type: ignore[no-untyped-def]
    """Put `query` in Material's search field and wait for its results (not those of an earlier query).

    Material reads the field on each key released, so a query typed key by key is searched letter by
    letter and an earlier answer may arrive last. The whole query goes in at once and one key (End) is
    released: one search, whose answer is the first to fill the emptied result count.
    """
    field = page.locator(".md-search__input")
    if not field.is_visible():  # narrow screens: the search opens from its button in the header
        page.locator(".md-header__button[aria-controls='agenda-search']").click()
    page.evaluate("document.querySelector('.md-search-result__meta').textContent = ''")
    field.fill(query)
    field.press("End")
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.trim() !== ''",
                           timeout=15_000)


def run_lighthouse(base_url: str, paths: list[str], categories: list[str], timeout: float = 600) -> dict[str, dict]:
    """Lighthouse (node_modules, pinned in package.json) on `paths` of a served site, in Chromium: for each
    path, each category's score (0-100), the scored audits that did not pass and the performance metrics
    (see lighthouse.mjs)."""
    assert LIGHTHOUSE.is_dir(), f"{LIGHTHOUSE} is missing: `make test` installs it (npm ci)"
    completed = subprocess.run(["node", str(LIGHTHOUSE_RUNNER), base_url, ",".join(categories), *paths],
                               capture_output=True, text=True, timeout=timeout, cwd=REPO,
                               env={**os.environ, "CHROME_PATH": str(CHROMIUM)})
    if completed.returncode != 0:
        raise AssertionError(f"Lighthouse failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout)
