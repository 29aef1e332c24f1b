"""Write generated files only when their content changed, and remove the ones no longer made.

Unchanged files keep their bytes and mtime, so MkDocs' dirty rebuild (`agenda serve`) rebuilds
only what an edit touched. The list of generated files is kept in the docs folder's
`.generated`; files the generator did not write (hand-written pages) are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import memo

MANIFEST = ".generated"


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.written) + len(self.unchanged)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def _known_unchanged(written: dict[str, tuple[str | bytes, tuple[int, int] | None]], relative: str,
                     content: str | bytes, target: Path) -> bool:
    """The very content object written (or found equal) last time, in a file nobody touched since: `agenda
    serve` does not read such a file back to compare."""
    seen = written.get(relative)
    return seen is not None and seen[0] is content and _stamp(target) == seen[1]


def write_files(docs_dir: Path, files: dict[str, str | bytes]) -> WriteResult:
    """Pages come as text (written as UTF-8), data downloads as the exact bytes to publish."""
    result = WriteResult()
    store = memo.current()
    written = store.written if store is not None else {}
    for relative, content in sorted(files.items()):
        target = docs_dir / relative
        if _known_unchanged(written, relative, content, target):
            result.unchanged.append(relative)
            continue
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        if target.exists() and target.read_bytes() == data:
            result.unchanged.append(relative)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            result.written.append(relative)
        if store is not None:
            written[relative] = (content, _stamp(target))
    manifest = docs_dir / MANIFEST
    previous = manifest.read_text(encoding="utf-8").splitlines() if manifest.exists() else []
    for stale in sorted(set(previous) - set(files)):
        path = docs_dir / stale
        if path.exists():
            path.unlink()
            result.removed.append(stale)
    _remove_empty_folders(docs_dir, result.removed)
    new_manifest = "\n".join(sorted(files)) + "\n"
    if not manifest.exists() or manifest.read_text(encoding="utf-8") != new_manifest:
        manifest.write_text(new_manifest, encoding="utf-8")
    return result


def _remove_empty_folders(docs_dir: Path, removed: list[str]) -> None:
    for folder in sorted({(docs_dir / path).parent for path in removed}, key=lambda p: len(p.parts), reverse=True):
        if folder != docs_dir and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
