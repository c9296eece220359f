"""How a string from data is shown on a terminal: control codes made visible, never sent.

Text, titles, names and labels come from a corpus or a user, so they may hold ESC, C1
controls or bidi overrides: sent raw, `ESC ] 52 ; ...` writes the clipboard and `ESC c`
resets the screen. Rich and Textual strip only a few controls (BEL, BS, VT, FF, CR).

Every function here maps one code point to one code point, so a caller may clean a string
that carries offsets (the article pane, a `Content` with styled spans) and keep them all.
Clean text (the common case) is returned as it is after one regex scan: these run on every
queue row and unit row.
"""

from __future__ import annotations

import re

# C0 controls (U+0000-U+001F) show as the Control Pictures block (ESC as ␛, NUL as ␀).
_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_DEL = {0x7F: "\u2421"}  # ␡
# C1 controls and bidi overrides / isolates have no picture: the replacement character.
_C1 = {code: "\ufffd" for code in range(0x80, 0xA0)}
_BIDI = {code: "\ufffd" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
# Characters that end a line on a terminal or in Python's own line splitting.
_BREAKS = {code: " " for code in (0x09, 0x0A, 0x0D, 0x2028, 0x2029)}

_CONTROLS = {**_PICTURES, **_DEL, **_C1}
_VISIBLE = {k: v for k, v in _CONTROLS.items() if k not in (0x09, 0x0A)}
_BLOCK = {**_CONTROLS, **_BIDI, 0x09: " ", 0x2028: " ", 0x2029: " "}
del _BLOCK[0x0A]
_ONE_LINE = {**_CONTROLS, **_BIDI, **_BREAKS}

_C0_C1 = "\x00-\x1f\x7f-\x9f"
_BIDI_CLASS = "\u202a-\u202e\u2066-\u2069"
_NEEDS_VISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEEDS_BLOCK = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_BIDI_CLASS}\u2028\u2029]")
_NEEDS_ONE_LINE = re.compile(f"[{_C0_C1}{_BIDI_CLASS}\u2028\u2029]")
# What JSON leaves raw that a terminal acts on (json escapes C0 itself).
_JSON_RAW = re.compile(f"[\x7f-\x9f{_BIDI_CLASS}\u2028\u2029]")


def visible(text: str) -> str:
    """Multi-line text as drawn: controls visible, newline and tab kept (the widget lays them out)."""
    if _NEEDS_VISIBLE.search(text) is None:
        return text
    return text.translate(_VISIBLE)


def one_line(text: str) -> str:
    """A name, title or label on one line: controls and bidi overrides visible, line breaks as spaces."""
    if _NEEDS_ONE_LINE.search(text) is None:
        return text
    return text.translate(_ONE_LINE)


def block(text: str) -> str:
    """A message of ours quoting data (an error, a summary): each line as `one_line`, newlines kept."""
    if _NEEDS_BLOCK.search(text) is None:
        return text
    return text.translate(_BLOCK)


def json_for_terminal(dumped: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) with DEL, C1 and bidi controls as `\\uXXXX`.

    The same JSON to a parser (those characters only occur inside strings), and nothing a
    terminal acts on when it is printed.
    """
    if _JSON_RAW.search(dumped) is None:
        return dumped
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
