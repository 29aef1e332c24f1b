"""A seeded fuzz of the comment server's requests (Isso behind the gate, on 127.0.0.1): bodies of every JSON
type, huge numbers, deep nesting, bytes that are not UTF-8, missing and doubled fields, wrong and missing
headers, lengths that lie. Every answer is a 4xx with a message (or a comment taken for moderation),
never a 5xx, and the server keeps running.

`pytest --mutations N` sends N requests (default in tests/conftest.py); the count is in the run's record.
"""

from __future__ import annotations

import json
import random
import socket
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from generator.comments.isso import IssoSettings
from tests.comments.gate_client import ORGANISATION, THREAD, post, send
from tests.comments.isso_client import SITE_ORIGIN
from tests.mutations import Outcome, record

FIELDS = ("text", "author", "email", "website", "title", "parent", "notification", "mode", "id", "created", "likes")
SCALARS = (None, True, False, 0, -1, 1, 2**31, 2**63, 10**30, 1.5, -0.0, float("inf"), float("nan"), "", " ", "ok",
           "Vi tillstyrker.", "x" * 300, "ord " * 6000, "\u202e\x00\x1b[2J", "<script>alert(1)</script>",
           "http://", "javascript:alert(1)", "a@b", "@" * 300, "1", "/insatser/1.1.1/")
PATHS = ("/new", "/new", "/new", "/new", "/count", "/preview", "/id/1", "/id/x/activate/y", "/id/1/like", "/feed",
         "/latest", "/config", "/admin", "/login", "/", "/info", "/demo", "/id/1/unsubscribe/a/b")
METHODS = ("POST",) * 8 + ("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")
CONTENT_TYPES = ("application/json",) * 6 + (
    "application/json; charset=latin-1", "APPLICATION/JSON", "application/json-patch+json", "text/plain",
    "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "", "application/json;;;")
ORIGINS = (SITE_ORIGIN,) * 6 + ("https://evil.example", "null", "", SITE_ORIGIN + "/", SITE_ORIGIN + ".evil",
                                "http://127.0.0.1:99999", "127.0.0.1:8000", "http://[::1", "\u00e5.example")
THREADS = (THREAD,) * 6 + ("", "/insatser/9.9.9/", "/insatser/1.1.1/../x/", "/admin/", "%00", "/mal/1.1/",
                           "/insatser/" + "1." * 500 + "1/", "/omraden/\u202e/")
LENGTHS = ("9" * 20, "-1", "abc", "1e3", "0", "70000", " 12 ")


def _value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(6)
    if depth > 3 or kind < 3:
        return rng.choice(SCALARS)
    if kind == 3:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if kind == 4:
        return {rng.choice(FIELDS): _value(rng, depth + 1) for _ in range(rng.randrange(4))}
    return "".join(rng.choice("aåö\u202e\x00\n\t\"\\{}[]") for _ in range(rng.randrange(50)))


def _payload(rng: random.Random) -> dict[str, object]:
    payload: dict[str, object] = {"text": "Vi tillstyrker insatsen.", "author": ORGANISATION,
                                  "email": "registrator@example.se", "title": "Insats 1.1.1"}
    for _ in range(rng.randrange(1, 4)):
        field = rng.choice(FIELDS)
        if rng.random() < 0.2:
            payload.pop(field, None)
        else:
            payload[field] = _value(rng)
    return payload


def _nested(rng: random.Random) -> bytes:
    depth = rng.choice((50, 1_000, 5_000, 30_000))
    opening, closing = rng.choice(((b"[", b"]"), (b'{"text":', b"}")))
    inner = opening * depth + b"1" + closing * depth
    return b'{"author": "Kommunen", "text": ' + inner + b"}" if rng.random() < 0.5 else inner


def _body(rng: random.Random) -> bytes:
    choice = rng.randrange(10)
    if choice < 4:
        return json.dumps(_payload(rng), ensure_ascii=rng.random() < 0.5).encode("utf-8")
    if choice == 4:
        return _nested(rng)
    if choice == 5:
        return json.dumps(rng.choice((_value(rng, depth=2), ["/insatser/1.1.1/"] * 3000, list(range(3000))))).encode()
    if choice == 6:  # numbers JSON can write but no program should take
        return rng.choice((b'{"text": "Hej hej", "author": "K", "parent": ' + b"9" * 5000 + b"}",
                           b'{"text": "Hej hej", "author": "K", "parent": 1e400}',
                           b'{"text": "Hej hej", "author": "K", "parent": NaN, "notification": -Infinity}'))
    if choice == 7:  # not UTF-8: Latin-1, a lone continuation byte, a surrogate written as UTF-8
        good = json.dumps(_payload(rng), ensure_ascii=False).encode("utf-8")
        at = rng.randrange(len(good))
        return good[:at] + rng.choice((b"\xe5", b"\x80", b"\xed\xa0\x80", b"\xff\xfe")) + good[at:]
    if choice == 8:  # cut off, or a key given twice
        good = json.dumps(_payload(rng)).encode("utf-8")
        return rng.choice((good[:rng.randrange(len(good))], b'{"text": "Hej hej", "author": "K", "author": 5}'))
    return b""


@dataclass(frozen=True)
class Fuzzed:
    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def describe(self) -> str:
        return f"{self.method} {self.target[:80]} {dict(self.headers)} {self.body[:120]!r}"


def fuzzed(seed: str, count: int) -> list[Fuzzed]:
    requests = []
    for n in range(count):
        rng = random.Random(f"{seed}:{n}")
        path = rng.choice(PATHS)
        headers = [("Content-Type", rng.choice(CONTENT_TYPES)), ("Origin", rng.choice(ORIGINS)),
                   ("Referer", rng.choice(ORIGINS) if rng.random() < 0.2 else "")]
        headers = [(name, value) for name, value in headers if value or rng.random() < 0.5]
        body = _body(rng)
        length = rng.choice(LENGTHS) if rng.random() < 0.15 else str(len(body))
        if rng.random() < 0.05:  # a length the body never reaches: the client stops sending
            length = str(len(body) + rng.choice((1, 1000)))
        query = f"?uri={rng.choice(THREADS)}" if rng.random() < 0.9 else rng.choice(("", "?uri=a&uri=b", "?%zz"))
        requests.append(Fuzzed(rng.choice(METHODS), path + query, (*headers, ("Content-Length", length)), body))
    return requests


def raw_request(settings: IssoSettings, request: Fuzzed) -> tuple[int, bytes]:
    """Send exactly these bytes (headers as given, the length however wrong), stop sending, read the answer."""
    address = urlsplit(settings.listen)
    head = [f"{request.method} {request.target} HTTP/1.1", f"Host: {address.netloc}", "Connection: close",
            *(f"{name}: {value}" for name, value in request.headers)]
    data = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + request.body
    with socket.create_connection((address.hostname, address.port), timeout=20) as connection:
        connection.sendall(data)
        connection.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    _, _, body = rest.partition(b"\r\n\r\n")
    return int(status_line.split()[1]), body


def test_fuzzed_requests_get_a_4xx_with_a_message_never_a_5xx(isso: IssoSettings, mutation_count: int) -> None:
    outcomes, failures, statuses = [], [], Counter[str]()
    for request in fuzzed("gate", mutation_count):
        status, body = raw_request(isso, request)
        statuses[f"HTTP {status}"] += 1
        failure = None
        if status >= 500 or status < 200:
            failure = f"{status} {body[:300]!r}"
        elif 400 <= status < 500 and request.method != "HEAD" and not body.strip():
            failure = f"{status} without a message"
        if failure:
            failures.append(f"{failure} for {request.describe()}")
        outcomes.append(Outcome(int(status >= 400), "", located=int(status >= 400), failure=failure))
    record("comment gate, HTTP requests", outcomes).kinds.update(statuses)
    assert send(isso, "GET", "/info")[0] == 200, "the server keeps running"
    assert post(isso, thread="/insatser/2.1.1/")[0] == 202, "and takes an ordinary comment"
    assert not failures, f"{len(failures)} of {mutation_count} ({dict(statuses)}):\n" + "\n".join(failures[:10])


@pytest.mark.parametrize("path, body, headers, message", [
    ("/new", b"[" * 5000 + b"]" * 5000, {}, "Synpunkten kunde inte läsas (ogiltig JSON)."),
    ("/new", b'{"text": "Hej hej", "author": "K", "notification": {"a": 1}}', {},
     "Fältet notification måste vara 0 eller 1."),
    ("/preview", b'{"text": [1, 2]}', {}, "Skriv en synpunkt."),
    ("/preview", b"[" * 5000 + b"]" * 5000, {}, "Synpunkten kunde inte läsas (ogiltig JSON)."),
    ("/count", b"5", {}, "Förväntade en lista med sidornas adresser."),
    ("/count", b'[["/insatser/1.1.1/"]]', {}, "Förväntade en lista med sidornas adresser."),
    ("/new", b"{}", {"Origin": SITE_ORIGIN + ".evil"}, "Förfrågan har en ogiltig adress i Origin eller Referer."),
    ("/count", b"[]", {"Referer": "http://127.0.0.1:99999/"},
     "Förfrågan har en ogiltig adress i Origin eller Referer."),
], ids=["deep-comment", "notification", "preview-text", "deep-preview", "count-number", "count-nested", "origin-port",
        "referer-port"])
def test_what_isso_would_fail_on_is_refused_with_a_message(isso: IssoSettings, path: str, body: bytes,
                                                          headers: dict[str, str], message: str) -> None:
    headers = {"Origin": SITE_ORIGIN, "Content-Type": "application/json", **headers}
    assert send(isso, "POST", f"{path}?uri={THREAD}", body, headers)[:2] == (400, {"message": message})
