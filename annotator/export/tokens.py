"""Tokens for the token-based formats (Prodigy, spaCy, CoNLL): spaCy's, split where a span needs it.

Every span must start and end on a token boundary in those formats. spaCy's English
tokenizer (`spacy.blank("en")`, no model) is the base; wherever an annotation boundary
falls inside a token, that token is split there, so no unit is moved or lost. Tokens
are (start, end, ws) triples: code point offsets and whether one space follows.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

Token = tuple[int, int, bool]


@lru_cache(maxsize=1)
def blank_nlp() -> Any:
    """spacy.blank("en"), loaded once per process (spaCy is imported only here, on first use)."""
    import spacy

    return spacy.blank("en")


def tokenize(text: str, starts: Iterable[int] = (), ends: Iterable[int] = ()) -> tuple[list[Token], int]:
    """spaCy's tokens of `text`, split so that every given start and end is a token boundary.

    Returns the tokens and how many extra splits were needed. A span that starts on the
    single space spaCy keeps after a token (or ends just after it) makes that space a
    token of its own.
    """
    starts, ends = set(starts), set(ends)
    cuts = sorted(starts | ends)
    out: list[Token] = []
    splits = 0
    for s, e, ws in _joined(text, blank_nlp().make_doc(text)):
        inner = _between(cuts, s, e)
        for c in inner:
            out.append((s, c, False))
            s = c
        splits += len(inner)
        if ws and (e in starts or (e + 1) in ends):
            out.append((s, e, False))
            out.append((e, e + 1, False))
            splits += 1
        else:
            out.append((s, e, ws))
    return out, splits


def _joined(text: str, doc: Any) -> list[Token]:
    """spaCy's tokens, with joiners glued back: an emoji ZWJ sequence or a letter and its
    combining mark is one token (spaCy splits "👨\u200d👩" into three).

    Offsets come from one `to_array` call: reading them token by token from Python costs
    more than the tokenizer itself.
    """
    out: list[Token] = []
    for s, length, ws in doc.to_array(["IDX", "LENGTH", "SPACY"]).tolist():
        e = s + length
        if out and not out[-1][2] and out[-1][1] == s and (_joins(text[s]) or text[s - 1] == ZWJ):
            out[-1] = (out[-1][0], e, bool(ws))
        else:
            out.append((s, e, bool(ws)))
    return out


ZWJ = "\u200d"


def _joins(ch: str) -> bool:
    """A character that belongs to the one before it: ZWJ, variation selectors, combining marks."""
    return ch in "\u200d\ufe0e\ufe0f" or unicodedata.category(ch) in ("Mn", "Mc", "Me", "Sk")


def _between(cuts: list[int], lo: int, hi: int) -> list[int]:
    """The cuts strictly inside (lo, hi), in order."""
    return cuts[bisect_right(cuts, lo) : bisect_left(cuts, hi)]


class TokenIndex:
    """Character offset -> token index, for spans that start and end on token boundaries."""

    def __init__(self, tokens: list[Token]) -> None:
        self.by_start = {s: i for i, (s, _, _) in enumerate(tokens)}
        self.by_end = {e: i for i, (_, e, _) in enumerate(tokens)}

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """(token_start, token_end) with token_end inclusive, or None if not aligned."""
        first = self.by_start.get(start)
        last = self.by_end.get(end)
        if first is None or last is None or last < first:
            return None
        return first, last


def spacy_doc(text: str, tokens: list[Token]) -> Any:
    """A spaCy Doc with exactly these tokens (its text is `text`, character for character)."""
    from spacy.tokens import Doc

    words = [text[s:e] for s, e, _ in tokens]
    spaces = [ws for _, _, ws in tokens]
    return Doc(blank_nlp().vocab, words=words, spaces=spaces)


def resolve_overlaps(spans: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], int]:
    """Keep a set of non-overlapping spans: longest first, then earliest, then first listed.

    The rule of `spacy.util.filter_spans`. Returns the kept spans in text order and how
    many were left out.
    """
    order = sorted(range(len(spans)), key=lambda i: (-(spans[i][1] - spans[i][0]), spans[i][0], i))
    taken: list[tuple[int, int]] = []
    kept: list[tuple[int, int, str]] = []
    for i in order:
        s, e, label = spans[i]
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        kept.append((s, e, label))
    kept.sort()
    return kept, len(spans) - len(kept)
