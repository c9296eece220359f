"""Span arithmetic: overlap, containment, tokens and snapping to them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.models import Span
from annotator.core.spans import contains, overlap_size, overlaps, snap, sort_key, token_bounds


def test_overlap_and_containment() -> None:
    a, b, c = Span(start=0, end=5), Span(start=4, end=8), Span(start=5, end=9)
    assert overlaps(a, b) and not overlaps(a, c)  # half-open: touching is not overlapping
    assert overlap_size(a, b) == 1 and overlap_size(a, c) == 0
    assert contains(Span(start=0, end=9), b) and not contains(a, b)
    assert sort_key([c, b, Span(start=4, end=9)]) == [Span(start=4, end=9), b, c]


def test_tokens_keep_words_and_combining_marks() -> None:
    text = "Lavrov's Jose\u0301 said!"
    tokens = [text[s:e] for s, e in token_bounds(text)]
    assert tokens == ["Lavrov", "'", "s", "Jose\u0301", "said", "!"]


def test_tokens_keep_an_emoji_zwj_sequence_whole() -> None:
    text = "coder 👩\u200d💻! 👍🏽 🇺🇸🇷🇺 x"
    tokens = [text[s:e] for s, e in token_bounds(text)]
    assert tokens == ["coder", "👩\u200d💻", "!", "👍🏽", "🇺🇸", "🇷🇺", "x"]


def test_snap_grows_to_whole_tokens() -> None:
    text = "Sergei Lavrov said"
    bounds = token_bounds(text)
    assert snap(Span(start=9, end=11), bounds) == Span(start=7, end=13)
    assert snap(Span(start=7, end=13), bounds) == Span(start=7, end=13)


@given(st.text(alphabet="ab .,\u0301é", max_size=30), st.data())
def test_snap_never_shrinks_and_lands_on_boundaries(text: str, data: st.DataObject) -> None:
    if len(text) < 1:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    bounds = token_bounds(text)
    snapped = snap(Span(start=start, end=end), bounds)
    assert contains(snapped, Span(start=start, end=end))
    assert all(not (s < snapped.start < e) and not (s < snapped.end < e) for s, e in bounds)
