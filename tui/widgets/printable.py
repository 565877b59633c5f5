"""Article text made safe to paint: control characters shown, never sent.

Article text comes from the open web. An ESC in it would reach the terminal as
the start of an escape sequence (colours, cursor moves, title changes), a BEL
would ring. Rich `Text` keeps markup inert but passes such characters through,
so everything from the store is passed through `printable` first: each control
character (but newline and tab) becomes its visible Unicode picture (ESC → ␛).
"""
from __future__ import annotations

import unicodedata
from typing import Any

_KEEP = "\n\t"


def _picture(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls (0x80–0x9F)


def printable(value: Any) -> Any:
    """The same structure with every string's control characters made visible."""
    if isinstance(value, str):
        # Only control characters (Cc) act on a terminal; format characters (joiners,
        # direction marks), private-use and unassigned code points are just text.
        if all(ch in _KEEP or unicodedata.category(ch) != "Cc" for ch in value):
            return value
        return "".join(ch if ch in _KEEP or unicodedata.category(ch) != "Cc" else _picture(ch) for ch in value)
    if isinstance(value, dict):
        return {k: printable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(printable(v) for v in value)
    return value
