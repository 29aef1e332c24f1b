"""Characters that are not text: control characters, and the bidirectional controls that can make a line
read in another order than it is stored (other formatting characters, such as the zero-width
non-joiner of Persian, are text)."""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The short names of the C0 and C1 control characters (ISO 6429), which Unicode gives no name of their own.
_CONTROL_NAMES = dict(zip([*range(0x20), *range(0x7F, 0xA0)], (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS "
    "GS RS US".split() + ["DEL"]
    + "PAD HOP BPH NBH IND NEL SSA ESA HTS HTJ VTS PLD PLU RI SS2 SS3 DCS PU1 PU2 STS CCH MW SPA EPA SOS SGCI "
      "SCI CSI ST OSC PM APC".split())))


def is_control(character: str) -> bool:
    """A control character (NUL, ESC, a line break ...) or a bidirectional control."""
    return unicodedata.category(character) == "Cc" or character in BIDI_CONTROLS


def one_line(text: str) -> bool:
    """Plain text on one line: no control or bidirectional characters."""
    return not any(is_control(character) for character in text)


def character_name(character: str) -> str:
    """"U+0000 (NUL)", "U+202E (RIGHT-TO-LEFT OVERRIDE)": the code point and its name, for messages."""
    code = ord(character)
    name = _CONTROL_NAMES.get(code) or unicodedata.name(character, "")
    return f"U+{code:04X} ({name})" if name else f"U+{code:04X}"
