"""Markdown pages for MkDocs, written from the model only."""

from __future__ import annotations

from typing import Any

__all__ = ["generate"]


def __getattr__(name: str) -> Any:
    # `generate` is loaded on first use, not on import: the export package imports `render.paths`,
    # and `render.site` imports the export package (the Öppna data page lists the downloads).
    if name == "generate":
        from .site import generate
        return generate
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
