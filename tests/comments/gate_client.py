"""Requests to the real comment server (Isso behind the tool's gate) on 127.0.0.1, as a browser or an attacker
sends them: shared by the gate's tests and its fuzz."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator

from generator.comments.isso import IssoSettings, start_server
from tests.comments.isso_client import SITE_ORIGIN

THREAD = "/insatser/1.1.1/"
ORGANISATION = "Borgholms kommun"


def send(settings: IssoSettings, method: str, path: str, body: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, object], dict[str, str]]:
    """(status, JSON answer, response headers) of one request."""
    request = urllib.request.Request(f"{settings.listen}{path}", data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, raw, answer_headers = response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        status, raw, answer_headers = error.code, error.read(), dict(error.headers)
    try:
        answer = json.loads(raw) if raw else {}
    except ValueError:
        answer = {"raw": raw.decode("utf-8", errors="replace")}
    return status, answer if isinstance(answer, dict) else {"list": answer}, answer_headers


def post(settings: IssoSettings, payload: object = None, *, thread: str = THREAD, raw: bytes | None = None,
         origin: str | None = SITE_ORIGIN, content_type: str | None = "application/json",
         extra: dict[str, str] | None = None) -> tuple[int, dict[str, object], dict[str, str]]:
    if payload is None:
        payload = {"text": "Vi tillstyrker insatsen.", "author": ORGANISATION, "email": "registrator@example.se",
                   "title": "Insats 1.1.1"}
    headers = {**({"Origin": origin} if origin else {}), **({"Content-Type": content_type} if content_type else {}),
               **(extra or {})}
    body = raw if raw is not None else json.dumps(payload).encode("utf-8")
    return send(settings, "POST", f"/new?uri={thread}", body, headers)


def serving(settings: IssoSettings) -> Iterator[IssoSettings]:
    process = start_server(settings)
    try:
        yield settings
    finally:
        process.terminate()
        process.wait(timeout=10)
