"""One-stroke selection spans and the article's search, on real sentence shapes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.models import Span
from annotator.core.selection import clause_at, find, paragraph_at, quotation_at, sentence_at, smallest_around

TEXT = (
    "Moscow has threatened to expel US diplomats. Maria Zakharova, a spokeswoman, said Russia would "
    "“have to take counter measures against the US.”\n\nShe said the embassy's staff could be cut."
)


def at(word: str) -> int:
    return TEXT.index(word)


def words(span: Span | None) -> str:
    assert span is not None
    return span.text_of(TEXT)


def test_sentence_clause_and_paragraph() -> None:
    assert words(sentence_at(TEXT, at("expel"))) == "Moscow has threatened to expel US diplomats."
    assert words(sentence_at(TEXT, at("Zakharova"))).startswith("Maria Zakharova, a spokeswoman")
    assert words(sentence_at(TEXT, at("embassy"))) == "She said the embassy's staff could be cut."
    assert words(clause_at(TEXT, at("spokeswoman"))) == "a spokeswoman"
    assert words(clause_at(TEXT, at("Maria"))) == "Maria Zakharova"
    assert paragraph_at(TEXT, at("\n\n") + 1) is None


def test_quotation_is_the_words_between_the_marks() -> None:
    assert words(quotation_at(TEXT, at("counter"))) == "have to take counter measures against the US."
    assert quotation_at(TEXT, at("embassy")) is None  # the apostrophe in embassy's is no mark
    straight = 'He said "we will go" and left.'
    got = quotation_at(straight, straight.index("will"))
    assert got is not None and got.text_of(straight) == "we will go"


def test_smallest_around_grows_one_step() -> None:
    name, phrase = Span(start=0, end=5), Span(start=0, end=12)
    assert smallest_around([phrase, name], Span(start=0, end=2)) == name
    assert smallest_around([phrase, name], name) == phrase
    assert smallest_around([phrase, name], phrase) is None


def test_find_wraps_and_goes_back() -> None:
    assert find(TEXT, "said", 0) == at("said")
    second = TEXT.index("said", at("said") + 1)
    assert find(TEXT, "SAID", at("said") + 1) == second
    assert find(TEXT, "said", second + 1) == at("said")  # wraps round
    assert find(TEXT, "said", second, -1) == at("said")
    assert find(TEXT, "nowhere", 0) is None


@given(st.text(alphabet=st.sampled_from(list("ab .,;“”\"'\n")), max_size=60), st.integers(0, 60))
def test_spans_always_lie_inside_the_text(text: str, offset: int) -> None:
    offset = min(offset, len(text))
    for fn in (sentence_at, clause_at, quotation_at, paragraph_at):
        span = fn(text, offset)
        if span is not None:
            assert 0 <= span.start < span.end <= len(text)
            assert "\n" not in span.text_of(text)


def test_a_full_stop_after_initials_or_a_title_does_not_end_the_sentence() -> None:
    text = "Russia told the U.S. Embassy to cut staff. Mr. Lavrov agreed. It was over."
    for needle, sentence in (
        ("Embassy", "Russia told the U.S. Embassy to cut staff."),
        ("Lavrov", "Mr. Lavrov agreed."),
    ):
        found = sentence_at(text, text.index(needle))
        assert found is not None and found.text_of(text) == sentence
