"""Span arithmetic on Python code-point offsets: overlap, containment, token snapping."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from annotator.core.models import Span


def overlaps(a: Span, b: Span) -> bool:
    """True when the two spans share at least one character."""
    return a.start < b.end and b.start < a.end


def contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def overlap_size(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def token_bounds(text: str) -> list[tuple[int, int]]:
    """Whitespace-and-punctuation token offsets, for keyboard selection without spaCy.

    Words are runs of letters, digits, marks and joiners (so "Lavrov's" stays two tokens at
    the apostrophe and an emoji ZWJ sequence stays one); every other non-space character is
    a token of its own.
    """
    bounds: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        j = i + 1
        if _is_word_char(ch):
            while j < n and (_is_word_char(text[j]) or text[j - 1] == ZWJ):
                j += 1
        else:
            if _regional(ch) and j < n and _regional(text[j]):
                j += 1
            while j < n and (_joins(text[j]) or text[j - 1] == ZWJ):
                j += 1
        bounds.append((i, j))
        i = j
    return bounds


ZWJ = "\u200d"


def _regional(ch: str) -> bool:
    """Regional indicator letters: two of them make one flag emoji."""
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or _joins(ch) or ch == "_"


def _joins(ch: str) -> bool:
    """Zero-width joiners, variation selectors and combining marks belong to the previous char."""
    return ch in "\u200d\ufe0f\ufe0e" or unicodedata.category(ch) in ("Mn", "Mc", "Me", "Sk")


def snap(span: Span, bounds: Sequence[tuple[int, int]]) -> Span:
    """Grow a span to whole tokens, so a boundary never cuts a word."""
    start, end = span.start, span.end
    for s, e in bounds:
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    return Span(start=start, end=end)


def sort_key(spans: Iterable[Span]) -> list[Span]:
    """Text order: by start, longer first, so a container precedes what it contains."""
    return sorted(spans, key=lambda s: (s.start, -s.end))
