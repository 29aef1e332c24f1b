"""Run a child process and measure its wall time and peak memory (RSS)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

from .workspace import REPO


@dataclass
class Run:
    wall: float
    peak_rss_mb: float
    data: dict[str, Any] = field(default_factory=dict)


def run_child(*args: str) -> Run:
    """`python -m benchmarks.child <args>`; fails loudly with the child's output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "benchmarks.child", *args], cwd=REPO, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise SystemExit(f"benchmark child {' '.join(args)} failed ({process.returncode}):\n{stdout}\n{stderr}")
    return Run(wall, usage.ru_maxrss / 1024, json.loads(stdout.strip().splitlines()[-1]))
