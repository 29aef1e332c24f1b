"""Rendering a large agenda's pages on every core.

Pages are independent of each other and rendering them is CPU-bound Python, so a full build of
thousands of pages shares them out between this process and forked ones, which inherit the
agenda, the link index and the compiled templates instead of receiving copies. Small agendas,
platforms without `fork` and processes that already run threads (`agenda serve`) render in this
process alone.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import traceback
from multiprocessing.connection import Connection
from typing import Callable, Sequence, TypeVar

Spec = TypeVar("Spec")

# Below this many pages per process, starting the processes costs more than they save
# (measured: Kalmar's 120 pages render in 0.1 s).
PAGES_PER_PROCESS = 300


def render_in_parallel(specs: Sequence[Spec], render: Callable[[Spec], str]) -> list[str]:
    """`render(spec)` for every spec, in order.

    This process renders every n-th page and each of n - 1 forked processes another n-th (so
    the long pages spread out too), sending its pages back through a pipe.
    """
    processes = min(_cores(), len(specs) // PAGES_PER_PROCESS)
    if processes < 2 or not _can_fork():
        return [render(spec) for spec in specs]
    context = multiprocessing.get_context("fork")
    shares = []
    for first in range(1, processes):
        receiver, sender = context.Pipe(duplex=False)
        worker = context.Process(target=_render_share, args=(specs[first::processes], render, sender), daemon=True)
        worker.start()
        sender.close()
        shares.append((first, worker, receiver))
    pages = [""] * len(specs)
    try:
        pages[0::processes] = [render(spec) for spec in specs[0::processes]]
        for first, worker, receiver in shares:
            outcome, value = receiver.recv()
            worker.join()
            if outcome == "error":
                raise RuntimeError(f"rendering pages in a second process failed:\n{value}")
            pages[first::processes] = value
    finally:  # after a failure here, the other processes' pages are of no use
        for _, worker, _ in shares:
            if worker.is_alive():
                worker.terminate()
    return pages


def _render_share(specs: Sequence[Spec], render: Callable[[Spec], str], sender: Connection) -> None:
    try:
        sender.send(("pages", [render(spec) for spec in specs]))
    except BaseException:  # noqa: B036 (any failure goes to the parent, which raises it)
        sender.send(("error", traceback.format_exc()))
    finally:
        sender.close()


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _can_fork() -> bool:
    # Forking a process that runs other threads can deadlock the child (a lock held by a thread
    # that does not exist there), so only a single-threaded process forks.
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
