"""Speaker resolution, kinds of error met on news nobody tuned on (issue 11, speaker pass two, examples/dev2):
relative 'that' cues, titles running into names, short names and acronyms, names inside reported words,
descriptions of someone already in the story."""

from __future__ import annotations

from quote_support import Quotes, only


def test_a_relative_that_cue_speaks_for_the_noun_it_hangs_on(quotes_of: Quotes) -> None:
    text = "Mr Brown rejected a memo by an economist with Barclays that said the bank was losing clients."
    q = only(quotes_of(text), "the bank was losing")
    assert q["speaker"] != "Mr Brown" and q["entity"] == "Barclays"


def test_a_title_running_into_a_name_is_that_name(quotes_of: Quotes) -> None:
    text = '"We remain open for business," Tesco Vice President of Communications Laura Whitfield said.'
    q = only(quotes_of(text), "We remain open")
    assert q["speaker"] == "Laura Whitfield"


def test_a_lawyer_for_someone_is_not_that_someone(quotes_of: Quotes) -> None:
    q = only(quotes_of("The lawyer for Peter Hall said his client was at home that night."), "his client")
    assert q["speaker"] != "Peter Hall"


def test_a_first_name_resolves_to_the_name_in_full(quotes_of: Quotes) -> None:
    text = (
        "Finance Minister Anwar Ibrahim Yusof said on Monday that taxes would not rise. "
        "Anwar said the budget would be balanced by next year."
    )
    q = only(quotes_of(text), "the budget would")
    assert q["entity"] == "Anwar Ibrahim Yusof"


def test_an_acronym_resolves_to_the_body_named_in_full(quotes_of: Quotes) -> None:
    text = (
        "The Federal Aviation Administration grounded the jets on Friday. "
        "The FAA said the planes would stay on the ground until the checks were done."
    )
    q = only(quotes_of(text), "the planes would")
    assert (q["entity"] or "").endswith("Federal Aviation Administration")


def test_a_name_inside_reported_words_does_not_take_the_next_pronoun(quotes_of: Quotes) -> None:
    text = (
        "Mary Walsh said she had no idea what Susan Kerr had planned to tell the committee. "
        "She said she would keep working with the board."
    )
    q = only(quotes_of(text), "she would keep")
    assert q["entity"] == "Mary Walsh"


def test_a_description_with_a_name_before_its_role_is_who_just_spoke(quotes_of: Quotes) -> None:
    text = (
        "Striker Tom Okafor said the team deserved the points. "
        '"It was a great night," the 2019 Golden Boot winner told reporters.'
    )
    q = only(quotes_of(text), "It was a great night")
    assert "Tom Okafor" in (q["entity"] or "")


def test_a_former_boss_without_an_article_is_who_just_spoke(quotes_of: Quotes) -> None:
    text = (
        "Coach Diego Ramos praised the young midfielder, adding that he was ready. "
        '"He works harder than anyone," former Porto boss said after the match.'
    )
    q = only(quotes_of(text), "He works harder")
    assert q["entity"] == "Diego Ramos"


def test_a_plain_described_role_with_no_one_speaking_before_stays_unnamed(quotes_of: Quotes) -> None:
    text = 'The weather was cold in Leeds on Saturday. "We were poor," the Leeds captain said.'
    q = only(quotes_of(text), "We were poor")
    assert q["entity"] is None
