"""How a string from data is shown on a terminal: control codes made visible, never sent.

Text, titles, names and labels come from a corpus or a user, so they may hold ESC, C1
controls or bidi overrides: sent raw, `ESC ] 52 ; ...` writes the clipboard and `ESC c`
resets the screen. Rich and Textual strip only a few controls (BEL, BS, VT, FF, CR).

Every function here maps one code point to one code point, so a caller may clean a string
that carries offsets (the article pane, a `Content` with styled spans) and keep them all.
Clean text (the common case) comes back as the same object after one regex scan: these run
on every queue row and unit row.
"""

from __future__ import annotations

import math
import re

# C0 controls (U+0000-U+001F) show as the Control Pictures block (ESC as ␛, NUL as ␀).
_PICTURES = {chr(code): chr(0x2400 + code) for code in range(0x20)}
_DEL = {"\x7f": "\u2421"}  # ␡
# C1 controls and bidi overrides / isolates have no picture: the replacement character.
_C1 = {chr(code): "\ufffd" for code in range(0x80, 0xA0)}
_BIDI = {chr(code): "\ufffd" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
# A tab, and the Unicode line breaks a terminal may act on, as spaces.
_SPACES = {ch: " " for ch in "\t\u2028\u2029"}
_SHOWN = {**_PICTURES, **_DEL, **_C1, **_BIDI, **_SPACES}
_ON_ONE_LINE = {**_SHOWN, "\n": " ", "\r": " "}

_BIDI_CLASS = "\u202a-\u202e\u2066-\u2069"
# What each rule replaces (regex substitution with a lookup: several times faster than
# str.translate on an article, and it returns the very same object when nothing matches).
_VISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLOCK = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_BIDI_CLASS}\u2028\u2029]")
_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CLASS}\u2028\u2029]")
# What JSON leaves raw that a terminal acts on (json escapes C0 itself).
_JSON_RAW = re.compile(f"[\x7f-\x9f{_BIDI_CLASS}\u2028\u2029]")


def _shown(match: re.Match[str]) -> str:
    return _SHOWN[match.group()]


def _on_one_line(match: re.Match[str]) -> str:
    return _ON_ONE_LINE[match.group()]


def visible(text: str) -> str:
    """Multi-line text as drawn: controls visible, newline and tab kept (the widget lays them out)."""
    return _VISIBLE.sub(_shown, text)


def one_line(text: str) -> str:
    """A name, title or label on one line: controls and bidi overrides visible, line breaks as spaces."""
    return _ONE_LINE.sub(_on_one_line, text)


def block(text: str) -> str:
    """A message of ours quoting data (an error, a summary): each line as `one_line`, newlines kept."""
    return _BLOCK.sub(_shown, text)


def json_for_terminal(dumped: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) with DEL, C1 and bidi controls as `\\uXXXX`.

    The same JSON to a parser (those characters only occur inside strings), and nothing a
    terminal acts on when it is printed.
    """
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def rounded_down(value: float, places: int) -> str:
    """A score shown to `places` decimals, rounded down: an agreement of 0.996 with a conflict left
    must not read as a perfect 1.00 (nor 0.9996 as 1.000)."""
    scale = 10**places
    return f"{math.floor(value * scale + 1e-9) / scale:.{places}f}"
