"""Quotation-mark pairing without spaCy: apostrophes, nesting, paragraphs, mixed marks."""

from __future__ import annotations

from annotator.suggest.quote_marks import find_quoted


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


def test_curly_apostrophes_are_not_closing_marks() -> None:
    text = "Russia’s envoy said it “reserves the right” and he’d act. The parties’ talks failed."
    assert contents(text) == ["reserves the right"]


def test_single_curly_quotes_pair_but_possessives_do_not() -> None:
    text = "Russia reserves ‘right to retaliate,’ the ministry says of the diplomats’ homes."
    assert contents(text) == ["right to retaliate,"]


def test_single_quotes_inside_double_quotes_are_part_of_the_quote() -> None:
    text = "\"What kind of principle is it to say 'What's mine is mine' now?\" Lavrov asked."
    assert contents(text) == ["What kind of principle is it to say 'What's mine is mine' now?"]


def test_quote_continues_over_paragraphs_when_the_next_opens_with_a_mark() -> None:
    text = "“First paragraph of the speech.\n\n“Second paragraph,” she said."
    # one span per paragraph, the later one marked as continuing (no mark inside a span)
    assert contents(text) == ["First paragraph of the speech.", "Second paragraph,"]
    assert [q.continued for q in find_quoted(text)] == [False, True]


def test_straight_opening_with_curly_closing() -> None:
    text = "He said, \"But it seems it's not soon.” Then he left."
    assert contents(text) == ["But it seems it's not soon."]


def test_unclosed_quote_runs_to_the_paragraph_end_only() -> None:
    text = "She said “we will not give up\n\nNext paragraph."
    assert contents(text) == ["we will not give up"]


def test_inch_marks_and_stray_marks_are_ignored() -> None:
    assert contents('The screen is 15" wide and the box weighs 2 kg.') == []


def test_a_closing_mark_typed_after_the_space_still_closes_the_quote() -> None:
    """Broken marking seen on a reposted wire story: `..., "says X` closes the quote before it."""
    text = '"The roads are gone, we cannot reach them, "says Ana Lima, a volunteer.'
    (q,) = find_quoted(text)
    assert text[q.start : q.end].strip() == "The roads are gone, we cannot reach them,"
