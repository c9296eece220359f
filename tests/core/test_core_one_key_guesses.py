"""The guesses behind the desk's one-key choices: who said a quote, which type a trigger has, where quotations are."""

from __future__ import annotations

from annotator.core.attribution import SpeakerGuess, speaker_guesses
from annotator.core.models import Span
from annotator.core.selection import next_quotation, quotations_in
from annotator.suggest.type_hints import likely_types, word_forms


def at(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


TEXT = (
    'Maria Zakharova, the spokeswoman, said Russia would "respond". '
    'It is "unacceptable", she said, and the ministry warned of "steps".'
)


def test_the_words_beside_a_reporting_verb_and_a_pronoun_with_its_antecedent() -> None:
    maria, russia = at(TEXT, "Maria Zakharova"), at(TEXT, "Russia")
    mentions = {maria: "PERSON", russia: "GPE"}
    she, ministry = at(TEXT, "she"), at(TEXT, "the ministry")
    first = speaker_guesses(TEXT, at(TEXT, "respond"), mentions, [she, ministry])
    assert first[0] == SpeakerGuess(maria, maria, at(TEXT, "said"))  # a named person beats "Russia" beside the verb
    second = speaker_guesses(TEXT, at(TEXT, "unacceptable"), mentions, [she, ministry], named_speakers=[maria])
    assert SpeakerGuess(she, maria, at(TEXT, "said", 1)) == second[0]  # she → the speaker named before
    third = speaker_guesses(TEXT, at(TEXT, "steps"), mentions, [she, ministry])
    assert SpeakerGuess(ministry, None, at(TEXT, "warned")) in third  # a phrase that names nobody


def test_no_reporting_verb_no_guess() -> None:
    assert speaker_guesses("He left. “Fine.”", Span(start=10, end=14), {}) == []


def test_likely_types_from_the_lexicon_and_the_article() -> None:
    assert "seize" in word_forms("seized") and "expel" in word_forms("expelled") and "talk" in word_forms("talks")
    known = ["Transaction.Seize", "Personnel.Expel", "Contact.Meet", "Conflict.Retaliate", "Election.Vote"]
    assert likely_types("seized", [], [], known)[0] == "Transaction.Seize"
    assert likely_types("measures", [], [], known)[0] == "Conflict.Retaliate"  # the head of "counter measures"
    # The type this article already gives the same word comes first, then the lexicon's.
    assert likely_types("talks", ["talk"], [("talks", "Election.Vote")], known)[:2] == ["Election.Vote", "Contact.Meet"]
    assert likely_types("zzz", [], [], known) == []


def test_quotations_in_text_order_and_the_next_one_not_yet_a_quote() -> None:
    text = 'He said "one" and "two".\n\nShe said “three”.'
    one, two, three = at(text, "one"), at(text, "two"), at(text, "three")
    assert quotations_in(text) == [one, two, three]
    assert next_quotation(text, 0) == one
    assert next_quotation(text, one.start) == one  # the focus inside it: that one
    assert next_quotation(text, 0, taken=[one]) == two
    assert next_quotation(text, two.end + 1) == three  # over a paragraph break
    assert next_quotation(text, three.end + 1) is None


def test_a_verb_inside_a_name_is_no_cue_and_the_parse_subject_comes_first() -> None:
    from annotator.core.attribution import CUE_WORDS
    from annotator.suggest.type_hints import reporting_cues

    text = 'It called the law illegal, asserting that the United States is "hostile".'
    us, it = at(text, "United States"), at(text, "It")
    guesses = speaker_guesses(text, at(text, "hostile"), {us: "GPE"}, [it], cues=reporting_cues(CUE_WORDS))
    assert all(g.cue != at(text, "States") for g in guesses)  # "States" of the name is not "states"
    asserting = at(text, "asserting")
    parsed = speaker_guesses(
        text, at(text, "hostile"), {us: "GPE"}, [it], cues=reporting_cues(CUE_WORDS), subjects=lambda cue: [it]
    )
    assert parsed[0] == SpeakerGuess(it, None, asserting)  # the subject the parse gives, however far from the verb
