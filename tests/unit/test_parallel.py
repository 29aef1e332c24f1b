"""Rendering on every core: the same pages, in the same order, as rendering in one process.

The checks run in a fresh Python process, as `agenda build` does: pytest's own process runs
other tests' server threads, and a process with threads does not fork (on purpose).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from generator.render import parallel
from tests.minimal import REPO

needs_two_cores = pytest.mark.skipif(parallel._cores() < 2, reason="renders in one process on one core")

RENDER_NUMBERS = """
import json, os
from generator.render import parallel
parallel.PAGES_PER_PROCESS = {per_process}
pages = parallel.render_in_parallel(list(range(45)), lambda spec: f"{{spec}}:{{os.getpid()}}")
print(json.dumps({{"parent": os.getpid(), "pages": pages}}))
"""


def _python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}).stdout


def _numbers(per_process: int) -> tuple[int, list[str]]:
    result = json.loads(_python(RENDER_NUMBERS.format(per_process=per_process)))
    return result["parent"], result["pages"]


@needs_two_cores
def test_pages_render_in_several_processes_and_come_back_in_order() -> None:
    parent, pages = _numbers(per_process=10)
    assert [int(page.split(":")[0]) for page in pages] == list(range(45))
    processes = {page.split(":")[1] for page in pages}
    assert len(processes) >= 2 and str(parent) in processes  # this process renders a share too


def test_small_agendas_render_in_this_process() -> None:
    parent, pages = _numbers(per_process=parallel.PAGES_PER_PROCESS)  # 45 pages: far below it
    assert pages == [f"{spec}:{parent}" for spec in range(45)]


@needs_two_cores
def test_kalmar_renders_the_same_on_every_core() -> None:
    code = """
from pathlib import Path
from generator.render import parallel
from generator.source import read_agenda
from tests.minimal import published
kalmar = read_agenda(Path("source/kalmar-2019"))
alone = published(kalmar)
parallel.PAGES_PER_PROCESS = 10
assert parallel._can_fork()
print(published(kalmar) == alone, len(alone))
"""
    same, pages = _python(code).split()
    assert same == "True" and int(pages) > 100
