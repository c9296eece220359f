"""Quotation marks in news text: pair them into quoted spans, without spaCy.

Straight and curly double marks, and single marks outside double-quoted text. A curly or
straight apostrophe between letters (Russia’s, he’d) is never a closing mark, and a
possible closing single mark only counts when an opening one is pending on the same line,
so elisions and plural possessives do not open or close quotes (textacy trips on exactly that).
A quote left open at the end of a paragraph continues when the next paragraph opens with
a quotation mark (the news convention for quotes over several paragraphs, double or, in
British papers, single): each paragraph is a span of its own, the later ones `continued`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = re.compile(r"[\"“”„]")
SINGLE = re.compile(r"['‘’]")
OPENERS_BEFORE = set(" \t\n\u00a0([{—–-/:") | {"“", "‘", '"', "'"}
MAX_SINGLE = 250  # a single-quoted phrase is short; further than this it was an apostrophe


@dataclass(frozen=True)
class Quoted:
    """One quoted stretch: the marks at `open` and `close` (close may be the paragraph end)."""

    open: int
    close: int
    double: bool = True
    continued: bool = False  # a later paragraph of a quote whose earlier paragraph was left open

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "“„‘":
        return True
    if ch in "”’":
        return False
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return before in OPENERS_BEFORE and not after.isspace()


def find_quoted(text: str) -> list[Quoted]:
    """All quoted spans in text order; single-quoted ones only outside double-quoted text."""
    doubles = _pair_doubles(text)
    singles = [q for q in _pair_singles(text) if not any(d.open <= q.open < d.close for d in doubles)]
    return sorted(doubles + singles, key=lambda q: q.open)


def _pair_doubles(text: str) -> list[Quoted]:
    out: list[Quoted] = []
    open_at: int | None = None
    cont = False
    for m in DOUBLE.finditer(text):
        i = m.start()
        if open_at is not None and _misplaced_close(text, open_at, i):
            out.append(Quoted(open_at, i - 1, continued=cont))
            open_at, cont = None, False
            continue
        if _opens(text, i):
            if open_at is not None and _continues(text, open_at, i):
                out.append(Quoted(open_at, _line_end(text, open_at), continued=cont))
                open_at, cont = i, True
            elif open_at is not None:
                out.extend(_unclosed(text, open_at, cont))
                open_at, cont = i, False
            else:
                open_at, cont = i, False
            continue
        if open_at is not None:
            if i > open_at + 1:
                out.append(Quoted(open_at, i, continued=cont))
            open_at, cont = None, False
    if open_at is not None:
        out.extend(_unclosed(text, open_at, cont))
    return out


def _misplaced_close(text: str, open_at: int, i: int) -> bool:
    """`"... the bodies, "says Dawa Kairi`: a straight mark typed after the space that follows the
    quote's last comma closes it, though it looks like an opener (lower-case words follow)."""
    return (
        text[i] == '"'
        and i >= 2
        and text[i - 1] == " "
        and text[i - 2] in ",.!?"
        and i + 1 < len(text)
        and text[i + 1].islower()
        and "\n" not in text[open_at:i]
    )


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _continues(text: str, open_at: int, reopen: int) -> bool:
    """A new paragraph opening with a mark while a quote is open continues that quote."""
    between = text[open_at:reopen]
    return "\n" in between and text[text.rfind("\n", 0, reopen) + 1 : reopen].strip() == ""


def _unclosed(text: str, open_at: int, continued: bool = False) -> list[Quoted]:
    """A quote never closed runs to its paragraph end, if it looks like words and not a stray mark."""
    end = _line_end(text, open_at)
    content = text[open_at + 1 : end].strip()
    if text[open_at] == '"' and len(content.split()) < 2:
        return []
    return [Quoted(open_at, end, continued=continued)] if content else []


def _pair_singles(text: str) -> list[Quoted]:
    out: list[Quoted] = []
    open_at: int | None = None
    cont = False
    for m in SINGLE.finditer(text):
        i = m.start()
        before = text[i - 1] if i else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: Russia’s, don't
        if open_at is not None and "\n" in text[open_at:i] and _opens(text, i) and _continues(text, open_at, i):
            # British paragraph style: 'one paragraph, no closing mark / 'the next one opens again
            out.append(Quoted(open_at, _line_end(text, open_at), double=False, continued=cont))
            open_at, cont = i, True
            continue
        if open_at is not None and ("\n" in text[open_at:i] or i - open_at > MAX_SINGLE):
            open_at, cont = None, False
        if open_at is None:
            if _opens(text, i) and after.isalpha() and text[i] != "’":
                open_at, cont = i, False
            continue
        if not after.isalnum() and not before.isspace():
            if i > open_at + 1:
                out.append(Quoted(open_at, i, double=False, continued=cont))
            open_at, cont = None, False
    return out
