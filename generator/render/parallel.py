"""Rendering a large agenda's pages on every core.

Pages are independent of each other and rendering them is CPU-bound Python, so a full build of
thousands of pages shares them out between forked processes, which inherit the agenda, the link
index and the compiled templates instead of receiving copies. Small agendas, platforms without
`fork` and processes that already run threads (`agenda serve`) render in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Callable, Sequence, TypeVar

Spec = TypeVar("Spec")

# Below this many pages per process, starting the processes costs more than they save
# (measured: Kalmar's 120 pages render in 0.1 s).
PAGES_PER_PROCESS = 300

_job: tuple[Sequence, Callable] | None = None  # what the forked processes render: set just before forking


def render_pages(specs: Sequence[Spec], render: Callable[[Spec], str]) -> list[str]:
    """`render(spec)` for every spec, in order."""
    processes = min(_cores(), len(specs) // PAGES_PER_PROCESS)
    if processes < 2 or not _can_fork():
        return [render(spec) for spec in specs]
    global _job
    _job = (specs, render)
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            shares = pool.map(_render_share, [(first, processes) for first in range(processes)])
    finally:
        _job = None
    pages = [""] * len(specs)
    for first, rendered in enumerate(shares):
        pages[first::processes] = rendered  # every n-th page, so the long pages spread out too
    return pages


def _render_share(share: tuple[int, int]) -> list[str]:
    assert _job is not None, "set by render_pages before the fork"
    specs, render = _job
    first, step = share
    return [render(spec) for spec in specs[first::step]]


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _can_fork() -> bool:
    # Forking a process that runs other threads can deadlock the child (a lock held by a thread
    # that does not exist there), so only a single-threaded process forks.
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
