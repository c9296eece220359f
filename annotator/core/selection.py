"""Spans an editor selects in one stroke, and the article's incremental search: pure text arithmetic.

The desk's keyboard selection grows from a cursor; these give the units an editor most often
wants whole: the sentence, the clause, the quotation between its marks, the phrase or name
at the cursor. Every span is a pair of code-point offsets into the stored text, trimmed of
surrounding whitespace, never crossing a paragraph (a blank line or a newline).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotator.core.models import Span

# A sentence ends at . ! ? (and any closing marks after it) before a space, or at a line end.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s)|\n")
# A full stop after initials or a title ("the U.S. Embassy", "Mr. Lavrov") seldom ends the sentence.
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Jr|Sr|No|vs)\.")
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s[—–]\s")
PAIRS = {"“": "”", "‘": "’", "«": "»", "„": "“", '"': '"', "'": "'", "‹": "›"}


def paragraph_at(text: str, offset: int) -> Span | None:
    """The line (paragraph) holding `offset`, trimmed; None on an empty line."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return _trimmed(text, start, len(text) if end < 0 else end)


def sentence_at(text: str, offset: int) -> Span | None:
    """The sentence holding `offset`: from the previous sentence end to the next, in its paragraph."""
    para = paragraph_at(text, offset)
    if para is None:
        return None
    start = para.start
    for m in _SENTENCE_END.finditer(text, para.start, para.end):
        if _abbreviation_ends(text, m.start(), m.end()):
            continue
        if m.end() > offset:
            return _trimmed(text, start, m.end())
        start = m.end()
    return _trimmed(text, start, para.end)


def _abbreviation_ends(text: str, start: int, end: int) -> bool:
    """The mark at text[start:end] is the full stop of an abbreviation, not a sentence end."""
    if text[start:end] != ".":
        return False
    word_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    found = _ABBREVIATION.search(text, word_start, end)
    return found is not None and found.end() == end


def clause_at(text: str, offset: int) -> Span | None:
    """The clause holding `offset`: the sentence cut at commas, semicolons, colons and dashes."""
    sentence = sentence_at(text, offset)
    if sentence is None:
        return None
    start = sentence.start
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.start() >= offset and m.start() > start:
            return _trimmed(text, start, m.start(), strip=",;:")
        start = m.end()
    return _trimmed(text, start, sentence.end)


def quotations_in(text: str, start: int = 0) -> list[Span]:
    """Every quotation between marks from paragraph `start` on, in text order (the content, without the marks)."""
    out: list[Span] = []
    para_start = text.rfind("\n", 0, start) + 1
    while para_start < len(text):
        end = text.find("\n", para_start)
        end = len(text) if end < 0 else end
        out += [q for s, e in sorted(_pairs(text, para_start, end)) if (q := _trimmed(text, s, e)) is not None]
        para_start = end + 1
    return out


def next_quotation(text: str, offset: int, taken: Iterable[Span] = ()) -> Span | None:
    """The quotation around `offset`, else the first after it, that is not `taken` (already a quote)."""
    skip = set(taken)
    around = quotation_at(text, offset)
    if around is not None and around not in skip:
        return around
    return next((q for q in quotations_in(text, offset) if q.start > offset and q not in skip), None)


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (after opening mark, closing mark) offsets of the quotation mark pairs in text[start:end]."""
    marks = [(i, c) for i in range(start, end) if (c := text[i]) in PAIRS or c in PAIRS.values()]
    stack: list[tuple[int, str]] = []
    found: list[tuple[int, int]] = []
    for i, c in marks:
        if _inside_word(text, i):
            continue
        if stack and PAIRS.get(stack[-1][1]) == c:
            opened, _ = stack.pop()
            found.append((opened + 1, i))
        elif c in PAIRS:
            stack.append((i, c))
    return found


def quotation_at(text: str, offset: int) -> Span | None:
    """The words between the quotation marks around `offset` (innermost pair in its paragraph).

    The content only, without the marks (how the gold and the suggester store a direct quote).
    An apostrophe inside a word (`Russia's`) is not a mark.
    """
    para = paragraph_at(text, offset)
    if para is None:
        return None
    around = [(s, e) for s, e in _pairs(text, para.start, para.end) if s <= offset <= e]
    if not around:
        return None
    s, e = min(around, key=lambda p: p[1] - p[0])
    return _trimmed(text, s, e)


def smallest_around(spans: Iterable[Span], around: Span) -> Span | None:
    """The smallest of `spans` that holds `around` and is larger than it (the next stroke grows)."""
    bigger = [s for s in spans if s.start <= around.start and around.end <= s.end and s != around]
    return min(bigger, key=lambda s: (s.end - s.start, s.start), default=None)


def find(text: str, query: str, offset: int, step: int = 1) -> int | None:
    """Where `query` next occurs (case-insensitively) after `offset` (before it when step < 0), wrapping round."""
    if not query:
        return None
    hay, needle = text.casefold(), query.casefold()
    if len(hay) != len(text):  # casefold changed lengths (ß -> ss): search as written
        hay, needle = text, query
    if step > 0:
        found = hay.find(needle, offset)
        return found if found >= 0 else (hay.find(needle) if hay.find(needle) >= 0 else None)
    found = hay.rfind(needle, 0, max(0, offset))
    return found if found >= 0 else (hay.rfind(needle) if hay.rfind(needle) >= 0 else None)


def _inside_word(text: str, i: int) -> bool:
    return text[i] in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _trimmed(text: str, start: int, end: int, strip: str = "") -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return Span(start=start, end=end) if start < end else None
