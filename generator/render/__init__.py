"""Markdown pages for MkDocs, written from the model only."""

from .site import generate

__all__ = ["generate"]
