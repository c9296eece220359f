"""Normalisation, hashing and decoding; the raw -> stored offset map imports use, by property."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.text import TextDecodeError, content_hash, decode, normalise
from annotator.export.reading import OffsetMap, RecordError


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("\ufeffTitle", "Title"),
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("Jose\u0301", "José"),
        ("  trailing  \n\n", "  trailing  \n\n"),
        ("mid\ufeffdle", "mid\ufeffdle"),  # only a leading BOM is a BOM
    ],
)
def test_normalise(raw: str, stored: str) -> None:
    assert normalise(raw) == stored
    assert normalise(stored) == stored


def test_hash_identifies_the_normalised_text() -> None:
    assert content_hash(normalise("a\r\nb")) == content_hash("a\nb")
    assert content_hash("a") != content_hash("a ")
    assert len(content_hash("x")) == 64


def test_decode_names_the_line_of_a_bad_byte() -> None:
    assert decode("\ufeffhé".encode("utf-8"), "f.txt") == "hé"
    with pytest.raises(TextDecodeError) as info:
        decode(b"one\ntwo\nthr\xe9e\n", "f.txt")
    assert str(info.value) == "f.txt:3: not valid UTF-8 (byte 0xe9)"


def normalise_with_map(raw: str) -> tuple[str, object]:
    """The import's offset map (the export package's, shared by every reader) as raw -> stored or None."""
    mapping = OffsetMap(raw)

    def image(offset: int) -> int | None:
        if not 0 <= offset <= len(raw):
            return None
        try:
            return mapping(offset, "test")
        except RecordError:
            return None

    image.identity = mapping.identity  # type: ignore[attr-defined]
    return mapping.text, image


def test_offset_map_examples() -> None:
    raw = "\ufeffCafe\u0301\r\nX \u1100\u1161 \u0958"
    text, m = normalise_with_map(raw)
    assert text == normalise(raw) == "Café\nX 가 \u0915\u093c"
    # Between the CR and the LF of a CRLF counts as after the line break (index 7 -> 5).
    assert [m(i) for i in range(len(raw) + 1)] == [0, 0, 1, 2, 3, None, 4, 5, 5, 6, 7, None, 8, 9, 11]
    reordered, r = normalise_with_map("x\u0301\u0323")  # NFC reorders the marks: x itself still maps
    assert reordered == "x\u0323\u0301" and [r(i) for i in range(4)] == [0, 1, None, 3]
    assert m(-1) is None and m(len(raw) + 1) is None
    plain, identity = normalise_with_map("already fine\n")
    assert identity.identity and identity(5) == 5 and plain == "already fine\n"  # type: ignore[attr-defined]


# Characters that normalisation touches, mixed with ordinary ones.
TRICKY = st.sampled_from(
    [
        "a",
        "e",
        " ",
        "\n",
        "\r",
        "\r\n",
        "\ufeff",
        "\u0301",
        "\u0327",
        "\u0323",
        "é",
        "\u1100",
        "\u1161",
        "\u11a8",
        "\uac00",
        "\u0958",
        "\u212b",
        "\u0b47",
        "\u0b3e",
        "\u0f73",
        "😀",
        "\u200d",
        "x\u0301\u0323",
    ]
)
RAW = st.lists(TRICKY, max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(RAW)
def test_mapped_text_is_exactly_what_normalise_stores(raw: str) -> None:
    text, m = normalise_with_map(raw)
    assert text == normalise(raw)
    assert m(0) == 0 and m(len(raw)) == len(text)
    images = [m(i) for i in range(len(raw) + 1)]
    defined = [x for x in images if x is not None]
    assert defined == sorted(defined)  # order is kept


def _splits_crlf(raw: str, i: int) -> bool:
    return 0 < i < len(raw) and raw[i - 1] == "\r" and raw[i] == "\n"


@settings(max_examples=300, deadline=None)
@given(RAW, st.data())
def test_a_mapped_span_covers_the_same_characters(raw: str, data: st.DataObject) -> None:
    text, m = normalise_with_map(raw)
    a = data.draw(st.integers(0, len(raw)))
    b = data.draw(st.integers(a, len(raw)))
    ma, mb = m(a), m(b)
    if ma is None or mb is None or _splits_crlf(raw, a) or _splits_crlf(raw, b):
        return
    piece = raw[a:b]
    if a == 0:
        piece = piece.removeprefix("\ufeff")
    expected = unicodedata.normalize("NFC", piece.replace("\r\n", "\n").replace("\r", "\n"))
    assert text[ma:mb] == expected
