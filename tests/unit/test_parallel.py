"""Rendering on every core: the same pages, in the same order, as rendering in one process."""

from __future__ import annotations

import os

import pytest

from generator.render import parallel
from generator.render.site import render_all
from generator.source import read_agenda
from tests.minimal import REPO


def _page(spec: int) -> str:
    return f"{spec}:{os.getpid()}"


needs_two_cores = pytest.mark.skipif(parallel._cores() < 2, reason="renders in one process on one core")


@needs_two_cores
def test_pages_render_in_several_processes_and_come_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PAGES_PER_PROCESS", 10)
    pages = parallel.render_pages(list(range(45)), _page)
    assert [int(page.split(":")[0]) for page in pages] == list(range(45))
    processes = {page.split(":")[1] for page in pages}
    assert len(processes) >= 2 and str(os.getpid()) not in processes


def test_small_agendas_render_in_this_process() -> None:
    pages = parallel.render_pages(list(range(45)), _page)  # 45 pages: far below PAGES_PER_PROCESS
    assert pages == [f"{spec}:{os.getpid()}" for spec in range(45)]


@needs_two_cores
def test_kalmar_renders_the_same_on_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    kalmar = read_agenda(REPO / "source" / "kalmar-2019")
    alone = render_all(kalmar)
    monkeypatch.setattr(parallel, "PAGES_PER_PROCESS", 10)
    assert parallel._can_fork(), "this process would render Kalmar alone"
    assert render_all(kalmar) == alone
