"""Untrusted strings made safe to print: control characters shown, never sent to the terminal.

Plain `print` parses no markup; this makes ESC, C1 controls and the rest visible as
escapes (FACTS.md: Rich strips only a few). A shared display function in `annotator.core`
is planned; this is the stand-in the model commands use until it lands.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def visible(value: object) -> str:
    """`value` as text with every control character written as an escape (tab and newline kept)."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(value))


def one_line(value: object) -> str:
    """`visible`, on one line."""
    return " ".join(visible(value).split())
