"""Quote alignment across outlets: the same words told differently align; near-misses do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.models import Span
from annotator.stories.quotes import QuoteVersion, group_quotes, same_quotation
from annotator.stories.words import content_words, stem


def stems(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]


def version(doc: str, text: str, kind: str = "direct", speaker: str | None = None) -> QuoteVersion:
    return QuoteVersion(doc, 0, (Span(start=0, end=len(text)),), text, kind, speaker_id=speaker, speaker_name=speaker)


def test_daylight_robbery_aligns_with_robbery_in_broad_daylight() -> None:
    assert same_quotation(stems("daylight robbery"), stems("robbery in broad daylight")) == 1.0


def test_a_statement_reworded_around_the_same_words_aligns() -> None:
    a = "reserves the right to retaliate based on the principle of reciprocity"
    b = "Russia has the right to take retaliatory measures in accordance with the principle of reciprocity"
    assert same_quotation(stems(a), stems(b)) is not None


def test_near_misses_do_not_align() -> None:
    assert same_quotation(stems("retaliatory measures"), stems("practical retaliatory steps")) is None
    assert same_quotation(stems("we will not do it"), stems("we will do it")) is None  # function words only
    assert same_quotation(stems("far away"), stems("the ball is far from the goal")) is None


def test_the_story_s_own_vocabulary_does_not_make_a_quotation() -> None:
    """'Russia' and 'sanctions' are in every outlet's quotes: sharing them is sharing the topic."""
    topical = [
        version("a", "new sanctions against Russia hurt"),
        version("b", "Russia could retaliate against the new sanctions"),
        version("c", "Russia will answer these sanctions"),
    ]
    filler = [version(f"f{i}", f"word{i}a word{i}b word{i}c") for i in range(20)]
    assert group_quotes(topical + filler) == []
    assert len(group_quotes(topical)) == 1  # too few quotes to tell a story's vocabulary: compared in full


def test_groups_flag_speaker_kind_and_wording_conflicts() -> None:
    groups = group_quotes(
        [
            version("a", "daylight robbery", "partial", "Lavrov"),
            version("b", "robbery in broad daylight", "direct", "Minsk"),
            version("c", "We will continue to cooperate", "direct", "Nebenzya"),
        ]
    )
    assert len(groups) == 1
    assert groups[0].conflicts == ["speaker: Lavrov / Minsk", "kind: direct / partial", "words differ"]


def test_the_same_words_from_the_same_speaker_have_no_conflict() -> None:
    [group] = group_quotes(
        [version("a", "daylight robbery", speaker="L"), version("b", "Daylight robbery!", speaker="L")]
    )
    assert group.conflicts == []


def test_one_outlet_repeating_itself_is_not_a_story_quote() -> None:
    assert group_quotes([version("a", "daylight robbery"), version("a", "daylight robbery")]) == []


WORDS = st.lists(
    st.sampled_from(["robbery", "daylight", "broad", "property", "seized", "the", "of", "law"]), max_size=8
)


@given(WORDS, WORDS)
def test_alignment_is_symmetric(a: list[str], b: list[str]) -> None:
    sa, sb = stems(" ".join(a)), stems(" ".join(b))
    assert same_quotation(sa, sb) == same_quotation(sb, sa)


@given(WORDS)
def test_a_quote_of_two_or_more_content_words_aligns_with_itself(a: list[str]) -> None:
    s = stems(" ".join(a))
    assert (same_quotation(s, s) == 1.0) == (len(s) >= 2)
