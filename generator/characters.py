"""Characters that are not text: control characters, and the bidirectional controls that can make a line
read in another order than it is stored (other formatting characters, such as the zero-width
non-joiner of Persian, are text)."""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_control(character: str) -> bool:
    """A control character (NUL, ESC, a line break ...) or a bidirectional control."""
    return unicodedata.category(character) == "Cc" or character in BIDI_CONTROLS


def one_line(text: str) -> bool:
    """Plain text on one line: no control or bidirectional characters."""
    return not any(is_control(character) for character in text)
