"""The parse's role fillers and reported clauses the desk offers in one key (real model: they walk its parse)."""

from __future__ import annotations

from typing import Any

from annotator.core.models import Span
from annotator.suggest.reported import next_reported, reported_clauses
from annotator.suggest.role_hints import refinements, role_phrases

ROLES = ["Agent", "Patient", "Recipient", "Time", "Place"]


def at(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start=start, end=start + len(needle))


def texts(text: str, spans: list[Span]) -> list[str]:
    return [s.text_of(text) for s in spans]


def test_the_subject_acts_and_the_object_undergoes_in_their_whole_extents(nlp: Any) -> None:
    text = "Moscow has threatened to expel hundreds of US diplomats and their families."
    found = role_phrases(nlp(text), at(text, "expel"), "Personnel.Expel", ROLES)
    assert texts(text, found["Agent"])[0] == "Moscow"  # the subject of the verb "expel" hangs on
    assert "hundreds of US diplomats and their families" in texts(text, found["Patient"])
    assert "Time" not in found and "Place" not in found  # roles a name fills come from the mentions


def test_a_filler_cut_short_or_long_is_offered_its_other_extents(nlp: Any) -> None:
    text = "The Obama administration imposed sanctions against the US and its allies. Trump's son agreed."
    doc = nlp(text)
    assert "the US and its allies" in texts(text, refinements(doc, at(text, "US")))
    assert "the US" in texts(text, refinements(doc, at(text, "US")))
    assert "son" in texts(text, refinements(doc, at(text, "Trump's son")))


def test_reported_clauses_leave_out_that_and_the_afterthought(nlp: Any) -> None:
    text = (
        "Putin said at the time that he would refrain from retaliating, saying he hoped for better ties. "
        '"We will wait," he said.'
    )
    clauses = texts(text, reported_clauses(nlp(text)))
    assert "he would refrain from retaliating" in clauses
    assert not any("We will wait" in c for c in clauses)  # a direct quote is between its marks, not here


def test_next_reported_skips_what_a_quote_already_covers() -> None:
    a, b = Span(start=10, end=20), Span(start=30, end=40)
    assert next_reported([a, b], 0, []) == a
    assert next_reported([a, b], 0, [Span(start=12, end=18)]) == b
    assert next_reported([a, b], 15, []) == a  # the one at the focus first
    assert next_reported([a, b], 35, [b]) is None


def test_the_speaker_of_a_verb_is_its_subject_or_its_head_verbs(nlp: Any) -> None:
    from annotator.suggest.reported import speaker_of

    text = "Kremlin spokesman Dmitry Peskov told reporters the move was illegal. The ministry said it would act."
    doc = nlp(text)
    assert texts(text, speaker_of(doc, at(text, "told"))) == ["Dmitry Peskov"]  # the name, not the title
    assert texts(text, speaker_of(doc, at(text, "said"))) == ["The ministry"]


def test_reported_clauses_the_parser_hung_elsewhere_or_joined_by_but(nlp: Any) -> None:
    joined = "He said Russia had waited for months to see any changes in the US policy but it was all in vain."
    assert texts(joined, reported_clauses(nlp(joined))) == [joined[joined.index("Russia") : -1]]
    elsewhere = (
        "At the time, Putin surprised many people by declining to retaliate -- a gesture to Trump, who was due to"
        " take office in weeks and repeatedly indicated during the presidential campaign he would seek to improve"
        " ties with Moscow."
    )
    assert "he would seek to improve ties with Moscow" in texts(elsewhere, reported_clauses(nlp(elsewhere)))
