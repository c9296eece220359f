"""Normalise a text and map offsets given in the raw text onto the normalised one.

Pre-annotated files give offsets into the text as they wrote it (CRLF, a BOM,
decomposed accents); we store `annotator.core.text.normalise(text)`, so each span must
be moved to cover the same characters there. A boundary that falls inside something
normalisation merges (between a letter and its combining accent) has no image: the
caller rejects that span rather than guess.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from annotator.core.text import BOM


class OffsetMap:
    """Raw offset -> normalised offset, or None where the raw boundary has no image."""

    __slots__ = ("_deleted", "_nfc", "raw_len")

    def __init__(self, raw_len: int, deleted: Sequence[int], nfc: list[int] | None) -> None:
        self.raw_len = raw_len
        self._deleted = deleted  # raw positions of characters dropped (BOM, the CR of CRLF)
        self._nfc = nfc  # intermediate offset -> final offset (-1: inside a merged cluster)

    @property
    def identity(self) -> bool:
        return not self._deleted and self._nfc is None

    def __call__(self, offset: int) -> int | None:
        if offset < 0 or offset > self.raw_len:
            return None
        mid = offset - bisect_left(self._deleted, offset) if self._deleted else offset
        if self._nfc is None:
            return mid
        out = self._nfc[mid]
        return None if out < 0 else out


def normalise_with_map(raw: str) -> tuple[str, OffsetMap]:
    """The stored form of `raw` (exactly `normalise(raw)`) and the map of offsets into it."""
    deleted: list[int] = []
    text = raw
    if text.startswith(BOM):
        deleted.append(0)
        text = text[1:]
    if "\r" in text:
        text, dropped = _unify_newlines(text, len(raw) - len(text))
        deleted.extend(dropped)
    if unicodedata.is_normalized("NFC", text):
        return text, OffsetMap(len(raw), deleted, None)
    final, nfc = _nfc_with_map(text)
    return final, OffsetMap(len(raw), deleted, nfc)


def _unify_newlines(text: str, shift: int) -> tuple[str, list[int]]:
    """CRLF -> LF (the CR is dropped) and lone CR -> LF (replaced in place, no shift)."""
    dropped: list[int] = []
    i = text.find("\r\n")
    while i != -1:
        dropped.append(i + shift)
        i = text.find("\r\n", i + 2)
    return text.replace("\r\n", "\n").replace("\r", "\n"), dropped


def _nfc_with_map(text: str) -> tuple[str, list[int]]:
    """NFC a piece at a time, cutting only where normalisation cannot reach across the cut."""
    out: list[str] = []
    offsets = [-1] * (len(text) + 1)
    done = 0
    for start, end in _segments(text):
        piece = text[start:end]
        norm = unicodedata.normalize("NFC", piece)
        offsets[start] = done
        if norm == piece:
            for k in range(1, end - start):
                offsets[start + k] = done + k
        out.append(norm)
        done += len(norm)
    offsets[len(text)] = done
    final = "".join(out)
    if final != unicodedata.normalize("NFC", text):  # never seen; refuse rather than mis-map
        return unicodedata.normalize("NFC", text), [0] + [-1] * (len(text) - 1) + [len(final)]
    return final, offsets


def _segments(text: str) -> list[tuple[int, int]]:
    """Cut before every character whose decomposition starts with a stable starter."""
    cuts = [0]
    unstable = _non_starters()
    for i in range(1, len(text)):
        ch = text[i]
        if ch not in unstable and _first_decomposed(ch) not in unstable:
            cuts.append(i)
    cuts.append(len(text))
    return [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]


def _first_decomposed(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0]


@lru_cache(maxsize=1)
def _non_starters() -> frozenset[str]:
    """Characters that may combine with what precedes them under NFC.

    Everything with a non-zero combining class, every second half of a canonical pair
    (Indic two-part vowels, for instance, have class 0 yet compose), and the Hangul
    medial vowels and final consonants that compose algorithmically.
    """
    found: set[str] = set()
    for cp in range(0x110000):
        ch = chr(cp)
        if unicodedata.combining(ch):
            found.add(ch)
        parts = unicodedata.decomposition(ch)
        if parts and not parts.startswith("<"):
            codes = parts.split()
            if len(codes) == 2:
                found.add(chr(int(codes[1], 16)))
    found.update(chr(cp) for cp in range(0x1161, 0x1176))  # Hangul V jamo
    found.update(chr(cp) for cp in range(0x11A8, 0x11C3))  # Hangul T jamo
    return frozenset(found)

