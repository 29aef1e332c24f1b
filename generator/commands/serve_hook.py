"""MkDocs hook of `agenda serve` (MkDocs loads it from this file): before each build, regenerate the
pages from the agenda as it is now. It does nothing in a process that is not serving an agenda."""

from __future__ import annotations

from typing import Any

from generator.commands.serve import current_preview


def on_config(config: Any) -> Any:
    preview = current_preview()
    return preview.configure(config) if preview else config
