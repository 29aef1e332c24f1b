"""The door in front of Isso: what the remiss allows is checked before Isso sees a request.

Isso is a WSGI application; this module wraps it in `CommentGate` and serves both in one
process (`python -m generator.comments.gate SETTINGS.json`, which `start_server` runs).
Reading comments is always allowed. A new comment must come while the remiss is open, from a
page of the site (its `Origin`), as JSON, with a body Isso can take and an organisation name
of one plain line; everything else is refused with a message in Swedish, never passed on to
fail inside Isso. Comments cannot be edited or deleted once sent: they are the organisation's
answer to a remiss, and an approved answer must not change after the registrator has read it.
Forwarding headers are removed unless a trusted proxy is configured, so a client cannot choose
the address Isso's rate limit counts.
"""

from __future__ import annotations

import datetime
import io
import json
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from .. import urls
from ..characters import is_control, one_line
from ..swedish import swedish_today

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

MAX_BODY = 64 * 1024  # a comment of 20,000 characters is well within it
MAX_AUTHOR = 200
MAX_TEXT = 20_000
# Headers by which a client could claim another address or host, unless a trusted proxy sets them.
FORWARDING = ("HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP", "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PROTO",
              "HTTP_X_FORWARDED_PREFIX", "HTTP_X_FORWARDED_PORT", "HTTP_FORWARDED", "HTTP_X_SCRIPT_NAME")
# Isso's moderation links, signed with its key: what `agenda comments approve/reject` calls.
MODERATION = re.compile(r"^/id/\d+/(activate|delete)/[^/]+$")
READS = ("/count", "/preview")  # POSTs that change nothing
ACCEPTED = ("text", "author", "email", "website", "title", "parent", "notification")  # what Isso takes of a comment
@dataclass(frozen=True)
class Window:
    """When the remiss takes comments: from `start` to the end of `deadline` (Swedish dates), unless
    `status` overrides the dates; `as_of` fixes the day (a preview of another day)."""

    start: datetime.date
    deadline: datetime.date
    status: str | None = None
    as_of: datetime.date | None = None

    def state(self) -> str:
        if self.status:
            return self.status
        today = self.as_of or swedish_today()
        return "planned" if today < self.start else "open" if today <= self.deadline else "closed"


class Refusal(Exception):
    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class CommentGate:
    def __init__(self, app: WsgiApp, window: Window, origins: list[str], database: Path,
                 trusted_proxy: bool = False) -> None:
        self.app = app
        self.window = window
        self.origins = {origin.rstrip("/") for origin in origins}
        self.database = database
        self.trusted_proxy = trusted_proxy

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if not self.trusted_proxy:
            for header in FORWARDING:
                environ.pop(header, None)
        try:
            self._check(environ)
        except Refusal as refusal:
            return self._refuse(environ, start_response, refusal)
        if environ["REQUEST_METHOD"] == "GET":
            return self._without_hashes(environ, start_response)
        return self.app(environ, start_response)

    def _without_hashes(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """What anyone may read, without the hash of each sender's e-mail address that Isso adds (it links one
        sender's comments across organisations; the pages show no avatars, which is what it is for)."""
        answer: dict[str, Any] = {}

        def keep(status: str, headers: list[tuple[str, str]], exc_info: object = None) -> Callable[[bytes], None]:
            answer.update(status=status, headers=headers)
            return lambda data: None

        result = self.app(environ, keep)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        headers = answer["headers"]
        if any(name.lower() == "content-type" and "json" in value for name, value in headers):
            body = json.dumps(_unhashed(json.loads(body)), ensure_ascii=False).encode("utf-8")
            headers = [(name, value) for name, value in headers if name.lower() != "content-length"]
            headers.append(("Content-Length", str(len(body))))
        start_response(answer["status"], headers)
        return [body]

    def _check(self, environ: dict[str, Any]) -> None:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        if not all(_isso_reads_address(environ.get(header)) for header in ("HTTP_ORIGIN", "HTTP_REFERER")):
            raise Refusal("400 Bad Request", "Förfrågan har en ogiltig adress i Origin eller Referer.")
        if method == "POST" and path in READS:
            _check_read(path, _json_body(environ))
            return
        if method in ("GET", "HEAD", "OPTIONS") or MODERATION.match(path):
            return
        if path.startswith("/id/") and method in ("PUT", "DELETE"):
            raise Refusal("403 Forbidden", "En synpunkt kan inte ändras eller tas bort när den har skickats. "
                                           "Skicka en ny synpunkt, eller kontakta registratorn.")
        if not (method == "POST" and path == "/new"):
            raise Refusal("403 Forbidden", "Det här går inte att göra via kommentarsfunktionen.")
        state = self.window.state()
        if state == "planned":
            raise Refusal("403 Forbidden", f"Remissen har inte öppnat ännu; den öppnar {self.window.start}.")
        if state == "closed":
            raise Refusal("410 Gone", f"Remissen är avslutad; remisstiden gick ut {self.window.deadline}. "
                                      "Nya synpunkter tas inte emot.")
        if environ.get("HTTP_ORIGIN", "").rstrip("/") not in self.origins:
            raise Refusal("403 Forbidden", "Synpunkter tas bara emot från remissens egna sidor.")
        if environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower() != "application/json":
            raise Refusal("415 Unsupported Media Type", "Synpunkten måste skickas som JSON.")
        thread = parse_qs(environ.get("QUERY_STRING", "")).get("uri", [""])[0]
        if urls.item_id_of_thread(thread) is None:
            raise Refusal("400 Bad Request", "Synpunkter kan bara lämnas på agendans områden, mål och insatser.")
        _put_back(environ, self._checked_body(_json_body(environ), thread))

    def _checked_body(self, data: Any, thread: str) -> bytes:
        if not isinstance(data, dict):
            raise Refusal("400 Bad Request", "Synpunkten kunde inte läsas (förväntade ett JSON-objekt).")
        data = {key: value for key, value in data.items() if key in ACCEPTED}  # Isso drops the others too
        for key in ("text", "author", "email", "website", "title"):
            if data.get(key) is not None and not isinstance(data[key], str):
                raise Refusal("400 Bad Request", f"Fältet {key} måste vara text.")
        if data.get("notification") not in (None, 0, 1):  # True and False are 1 and 0 here too
            raise Refusal("400 Bad Request", "Fältet notification måste vara 0 eller 1.")
        data["author"] = organisation_name(data.get("author"))
        data["text"] = comment_text(data.get("text"))
        parent = data.get("parent")
        if parent is not None:
            if not isinstance(parent, int) or isinstance(parent, bool) or not 0 < parent < 2**31:
                raise Refusal("400 Bad Request", "Synpunkten svarar på en synpunkt som inte finns.")
            if self._thread_of(parent) != thread:
                raise Refusal("400 Bad Request", "Ett svar måste gälla en synpunkt på samma sida.")
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    def _thread_of(self, comment_id: int) -> str | None:
        if not self.database.exists():
            return None
        connection = sqlite3.connect(f"file:{self.database.resolve()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT threads.uri FROM comments JOIN threads ON comments.tid = threads.id "
                                     "WHERE comments.id = ?", (comment_id,)).fetchone()
        finally:
            connection.close()
        return str(row[0]) if row else None

    def _refuse(self, environ: dict[str, Any], start_response: Callable[..., Any],
                refusal: Refusal) -> Iterable[bytes]:
        body = json.dumps({"message": refusal.message}, ensure_ascii=False).encode("utf-8")
        headers = [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(body)))]
        origin = environ.get("HTTP_ORIGIN", "").rstrip("/")
        if origin in self.origins:  # the page's script may read why
            headers += [("Access-Control-Allow-Origin", origin), ("Access-Control-Allow-Credentials", "true")]
        start_response(refusal.status, headers)
        return [body]


def _unhashed(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _unhashed(value) for key, value in data.items() if key != "hash"}
    if isinstance(data, list):
        return [_unhashed(value) for value in data]
    return data


def _isso_reads_address(value: str | None) -> bool:
    """Whether Isso can parse the address of an Origin or Referer header as it does (scheme optional), which
    it does for every request: a port that is no number would make it fail with a 500."""
    if value is None:
        return True
    try:
        urlparse(value if value.startswith(("http://", "https://")) else f"http://{value}").port
    except ValueError:
        return False
    return True


def _check_read(path: str, data: Any) -> None:
    """The bodies of the POSTs that change nothing, as Isso needs them: it does not check them itself."""
    if path == "/count" and not (isinstance(data, list) and all(isinstance(thread, str) for thread in data)):
        raise Refusal("400 Bad Request", "Förväntade en lista med sidornas adresser.")
    if path == "/preview" and not (isinstance(data, dict) and isinstance(data.get("text"), str)):
        raise Refusal("400 Bad Request", "Skriv en synpunkt.")


def _json_body(environ: dict[str, Any]) -> Any:
    """The request's body as JSON, put back for Isso to read again."""
    raw = _read_body(environ)
    _put_back(environ, raw)
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        raise Refusal("400 Bad Request", "Synpunkten kunde inte läsas (ogiltig JSON).") from None


def _put_back(environ: dict[str, Any], body: bytes) -> None:
    environ["wsgi.input"] = io.BytesIO(body)
    environ["CONTENT_LENGTH"] = str(len(body))


def _read_body(environ: dict[str, Any]) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise Refusal("400 Bad Request", "Ogiltig längd på förfrågan.") from None
    if length > MAX_BODY:
        raise Refusal("413 Content Too Large", f"Synpunkten är för lång (högst {MAX_TEXT} tecken).")
    return environ["wsgi.input"].read(length) if length > 0 else b""


def organisation_name(value: object) -> str:
    """The name an answer is given in: one line of visible text, 1–200 characters."""
    if not isinstance(value, str) or not value.strip():
        raise Refusal("400 Bad Request", "Ange vilken organisation som svarar.")
    if not one_line(value):
        raise Refusal("400 Bad Request", "Organisationens namn får bara vara en rad vanlig text.")
    name = value.strip()
    if len(name) > MAX_AUTHOR:
        raise Refusal("400 Bad Request", f"Organisationens namn får vara högst {MAX_AUTHOR} tecken.")
    return name


def comment_text(value: object) -> str:
    """The comment as typed, without control characters and bidirectional controls (line breaks and tabs stay)."""
    if not isinstance(value, str):
        raise Refusal("400 Bad Request", "Skriv en synpunkt.")
    text = "".join(character for character in value if character in "\n\t" or not is_control(character))
    if len(text.strip()) < 3:
        raise Refusal("400 Bad Request", "Synpunkten måste vara minst 3 tecken.")
    if len(text) > MAX_TEXT:
        raise Refusal("413 Content Too Large", f"Synpunkten är för lång (högst {MAX_TEXT} tecken).")
    return text


def main(argv: list[str]) -> None:
    """Serve Isso behind the gate, as `agenda comments serve` and `agenda serve` start it."""
    import logging
    import os

    from isso import config as isso_config
    from isso import make_app
    from werkzeug.serving import run_simple

    os.umask(0o077)  # the database (e-mail addresses) and anything else made here: the owner's only
    # Isso logs each new comment in full, e-mail address included, with its moderation links (whose keys
    # never expire): none of that goes to a console or a log file; `agenda comments pending` shows them.
    logging.getLogger("isso").setLevel(logging.WARNING)
    settings = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    conf = isso_config.load(isso_config.default_file(), settings["isso_config"])
    window = Window(datetime.date.fromisoformat(settings["start"]), datetime.date.fromisoformat(settings["deadline"]),
                    settings.get("status"),
                    datetime.date.fromisoformat(settings["as_of"]) if settings.get("as_of") else None)
    gate = CommentGate(make_app(conf), window, settings["origins"], Path(settings["database"]),
                       settings.get("trusted_proxy", False))
    host, _, port = settings["listen"].removeprefix("http://").rpartition(":")
    run_simple(host, int(port), gate, threaded=True)


if __name__ == "__main__":
    main(sys.argv[1:])
