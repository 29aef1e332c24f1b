"""What the browser tests share: where Chromium and axe-core are, the static file server, the request guard."""

from __future__ import annotations

import functools
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
LOCAL_HOST = "127.0.0.1"
# Every page the tests open is shown without transitions or animations: what a test measures (colours,
# focus rings, what is on screen) is then the page at rest the moment it is asked, with no waiting.
STILL = """document.addEventListener("DOMContentLoaded", () => {
  const still = document.createElement("style");
  still.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
  document.head.appendChild(still);
});"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        pass


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
