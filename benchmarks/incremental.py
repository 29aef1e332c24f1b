"""Incremental rebuilds: edit one initiative's text and see what is rewritten, and how fast
`agenda serve` shows the edit."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

from .process import run_child
from .synth import _Quoted, dump
from .workspace import REPO


def edit_initiative(agenda_dir: Path, area_id: str, marker: str) -> str:
    """Append a sentence to the first initiative of area `area_id`; return the initiative's id."""
    path = agenda_dir / "areas" / f"{area_id}.yml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    initiative = data["goals"][0]["initiatives"][0]
    initiative["text"] = initiative.get("text", "").rstrip("\n") + f"\n\n{marker}\n"
    data["id"] = _Quoted(data["id"])
    for goal in data["goals"]:
        goal["id"] = _Quoted(goal["id"])
        for item in goal.get("initiatives", []):
            item["id"] = _Quoted(item["id"])
    path.write_text(dump(data), encoding="utf-8")
    return initiative["id"]


def snapshot(docs: Path) -> dict[str, int]:
    return {str(path.relative_to(docs)): path.stat().st_mtime_ns for path in docs.rglob("*") if path.is_file()}


@dataclass
class Regeneration:
    initiative: str
    files: int
    rendered: int               # pages rendered again (the rest came from the render cache)
    written: list[str]          # files the writer rewrote
    touched: list[str]          # files whose mtime changed (must be the same)
    seconds: float              # check + generate in a running process with its caches (what `agenda serve` does)
    check_seconds: float
    process_seconds: float      # a fresh `agenda generate`-like process after an edit, interpreter start included


def regenerate_after_edit(agenda_dir: Path, config: Path, area_id: str) -> Regeneration:
    warm = run_child("incremental", str(agenda_dir), str(config), area_id).data
    edit_initiative(agenda_dir, area_id, f"Ändrad igen {time.time_ns()}.")
    cold = run_child("regenerate", str(agenda_dir), str(config))
    return Regeneration(warm["initiative"], warm["files"], warm["rendered"], warm["written"], warm["touched"],
                        warm["check"] + warm["generate"], warm["check"], cold.wall)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


@dataclass
class ServeLatency:
    startup: float
    seconds: list[float]
    log: str


def serve_latency(agenda_dir: Path, workspace: Path, area_id: str, edits: int = 3) -> ServeLatency:
    """Start `agenda serve` (in `workspace`, with its mkdocs.yml), edit the YAML, and time until the
    served initiative page shows the new text."""
    port = _free_port()
    log_path = workspace / "serve.log"
    with open(log_path, "wb") as log:
        started = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "generator", "serve", str(agenda_dir), "--port", str(port),
                                   "--no-comments", "--config", str(workspace / "mkdocs.yml")],
                                  cwd=workspace, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                  env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO)})
        try:
            base = f"http://127.0.0.1:{port}/"
            while _get(base) is None:
                if server.poll() is not None or time.perf_counter() - started > 300:
                    raise SystemExit(f"agenda serve did not start:\n{log_path.read_text()}")
                time.sleep(0.1)
            startup = time.perf_counter() - started
            latencies = []
            for attempt in range(edits):
                time.sleep(1.5)  # let the server settle between edits
                marker = f"Serve-mätning {attempt} {time.time_ns()}."
                edited = time.perf_counter()
                initiative = edit_initiative(agenda_dir, area_id, marker)
                url = f"{base}insatser/{initiative}/"
                while marker not in (page := _get(url) or ""):
                    if time.perf_counter() - edited > 120:
                        raise SystemExit(f"the edit never appeared at {url}:\n{log_path.read_text()}")
                    time.sleep(0.02)
                latencies.append(time.perf_counter() - edited)
                tabs = [re.sub(r"\s+", " ", tab).strip() for tab in re.findall(r'class="md-tabs__link">(.*?)</a>', page, re.S)]
                if not tabs or "None" in tabs:
                    raise SystemExit(f"the rebuilt page has a broken navigation: {tabs}")
        finally:
            _stop(server)
    return ServeLatency(startup, latencies, log_path.read_text(encoding="utf-8"))


def _stop(server: subprocess.Popen[bytes]) -> None:
    """End the server we started (its own process group: mkdocs' watcher threads included)."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGINT)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def copy_agenda(agenda_dir: Path, target_root: Path) -> Path:
    """A private copy of the agenda (serve edits it)."""
    if target_root.exists():
        shutil.rmtree(target_root)
    shutil.copytree(agenda_dir, target_root / agenda_dir.name)
    return target_root / agenda_dir.name
