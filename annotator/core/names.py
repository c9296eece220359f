"""The one rule for an annotator's name, shared by the identity screen and every command.

A name labels layers (`annotator:NAME`), file names of exports and every table row, so it
is kept to one short word: letters and digits (any script), then also `.`, `_`, `@`, `-`.
"""

from __future__ import annotations

import re
import unicodedata

from annotator.core.display import one_line
from annotator.core.errors import UserError

MAX_NAME = 64
NAME_HINT = "letters and digits, then also . _ @ - (no spaces)"
# [^\W_] is a letter or digit of any script; \w alone would also let "_" start a name.
_NAME = re.compile(rf"[^\W_][\w.@-]{{0,{MAX_NAME - 1}}}")


def name_problem(name: str) -> str | None:
    """Why `name` cannot be an annotator's name, or None when it can."""
    if not name:
        return "a name is needed"
    if len(name) > MAX_NAME:
        return f"too long ({len(name)} characters; at most {MAX_NAME})"
    if _NAME.fullmatch(unicodedata.normalize("NFC", name)) is None:
        return f"use {NAME_HINT}"
    return None


def check_name(name: str, where: str) -> str:
    """The name (in NFC, as stored), or a UserError saying where it came from and what is wrong."""
    problem = name_problem(name)
    if problem is not None:
        shown = one_line(name if len(name) <= 40 else name[:39] + "…")
        raise UserError(f"{where} {shown!r}: not a valid annotator name: {problem}")
    return unicodedata.normalize("NFC", name)
