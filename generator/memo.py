"""The caches of `agenda serve`, behind one door.

Reading, rendering and exporting are pure functions of the agenda. Where part of their work
is worth keeping between two regenerations (a parsed file, a rendered page, one area's share
of a download, the file last written), they call `kept()` with the inputs the part is made
from. Outside `agenda serve` no store is active and `kept()` simply makes the value. `agenda
serve` keeps one `Store` and activates it around each regeneration: a part is made again only
when its inputs changed (compared with `==`, identity first: an unchanged file gives the very
same model objects), and parts a regeneration did not use (a removed area's) are forgotten.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")


class Store:
    """The last value of every part, with the inputs it was made from."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], tuple[tuple[Any, ...], Any]] = {}
        self._used: set[tuple[str, str]] = set()
        # Pairs compared in this regeneration, keyed by identity; both values are held so no id is reused.
        self._compared: dict[tuple[int, int], tuple[Any, Any, bool]] = {}
        self.made: Counter[str] = Counter()  # parts made (not found) by the last regeneration, per kind
        self.written: dict[str, tuple[str | bytes, tuple[int, int] | None]] = {}  # the writer's record

    def get(self, kind: str, key: str, inputs: tuple[Any, ...], make: Callable[[], T]) -> T:
        kept = self._kept.get((kind, key))
        if kept is None or not self._same(kept[0], inputs):
            kept = (inputs, make())
            self._kept[(kind, key)] = kept
            self.made[kind] += 1
        self._used.add((kind, key))
        return kept[1]  # type: ignore[no-any-return]

    def _same(self, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
        return len(old) == len(new) and all(self._equal(a, b) for a, b in zip(old, new))

    def _equal(self, old: Any, new: Any) -> bool:
        if old is new:
            return True
        # Many pages share one inputs value (every overview page depends on all items): compare each pair once.
        pair = (id(old), id(new))
        if pair not in self._compared:
            self._compared[pair] = (old, new, old == new)
        return self._compared[pair][2]

    def begin(self) -> None:
        self.made = Counter()

    def end(self) -> None:
        """Forget the parts this regeneration did not use, and the comparisons it made."""
        self._kept = {key: value for key, value in self._kept.items() if key in self._used}
        self._used = set()
        self._compared = {}


_active: ContextVar[Store | None] = ContextVar("agenda_memo_store", default=None)


@contextmanager
def active(store: Store) -> Iterator[Store]:
    """Keep parts in `store` for the duration of one regeneration."""
    token = _active.set(store)
    store.begin()
    try:
        yield store
    finally:
        store.end()
        _active.reset(token)


def current() -> Store | None:
    return _active.get()


def kept(kind: str, key: str, inputs: tuple[Any, ...], make: Callable[[], T]) -> T:
    """`make()`, or the value kept from equal inputs when a store is active."""
    store = _active.get()
    return make() if store is None else store.get(kind, key, inputs, make)
