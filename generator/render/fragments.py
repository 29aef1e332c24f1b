"""Parts of a page or download made from one area, kept between regenerations.

The whole-agenda page and the downloads show every text, so one edit changes them; but
only the edited area's part of them. `agenda serve` keeps a `FragmentCache` (in its
`RenderCache`): each part is made again only when the inputs it was made from change, so
regeneration after an edit costs the edited area, not the whole agenda.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

T = TypeVar("T")


class FragmentCache:
    """The last value of every fragment, with the inputs it was made from (compared with ==)."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], tuple[tuple[Any, ...], Any]] = {}
        self._used: set[tuple[str, str]] = set()
        self._made = 0
        self.made = 0  # fragments made (not found) by the last regeneration

    def get(self, kind: str, key: str, inputs: tuple[Any, ...], make: Callable[[], T]) -> T:
        kept = self._kept.get((kind, key))
        if kept is None or not _same(kept[0], inputs):
            kept = (inputs, make())
            self._kept[(kind, key)] = kept
            self._made += 1
        self._used.add((kind, key))
        return kept[1]

    def prune(self) -> None:
        """At the end of a regeneration: forget the fragments it did not use (a removed area's)."""
        self._kept = {key: value for key, value in self._kept.items() if key in self._used}
        self._used = set()
        self.made, self._made = self._made, 0


def fragment(cache: FragmentCache | None, kind: str, key: str, inputs: tuple[Any, ...], make: Callable[[], T]) -> T:
    """`make()`, or its kept value when `cache` has one made from equal inputs."""
    return make() if cache is None else cache.get(kind, key, inputs, make)


def _same(old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
    # Unchanged source files give the very same objects (SourceCache), so identity settles most.
    return len(old) == len(new) and all(a is b or a == b for a, b in zip(old, new))
