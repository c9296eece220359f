"""Issue 11, third pass: rules written from the examples set (tests/suggest/examples, e20-e33 and the
gaps named after the second pass), each on a snippet of an example page. Every test fails on the rules
before this pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from quote_support import Quotes, only

from annotator.importers.text_files import read_text_file
from annotator.suggest.boilerplate import find_boilerplate

Events = Callable[[str], list[dict[str, Any]]]
EXAMPLES = Path(__file__).parent / "examples" / "texts"


def furniture(text: str, title: str | None = None) -> list[str]:
    return [text[b.start : b.end] for b in find_boilerplate(text, title)]


# -- furniture -----------------------------------------------------------------------------------


def test_a_line_repeating_the_title_is_furniture_even_written_as_a_sentence() -> None:
    """e26, e16: the headline printed again above the story, ending in '!' or '.', reads as prose."""
    body = (
        "Babies, bribes & basketball!\n\nBy John Lyons\n\n"
        "As the season draws to a close, managers can look forward to a break from press conferences.\n"
    )
    assert "Babies, bribes & basketball!" in furniture(body, "Babies, bribes & basketball!")
    assert "Babies, bribes & basketball!" not in furniture(body)  # without the title it is not known


def test_the_title_beside_a_site_name_is_furniture() -> None:
    """e21: 'GreenBkk Tech | Cisco CEO apologizes to shareholders'."""
    body = (
        "GreenBkk Tech | Cisco CEO apologizes to shareholders.\n\n"
        "Cisco Systems Inc Chief Executive John Chambers repeatedly apologized to shareholders on Thursday.\n"
    )
    found = furniture(body, "Cisco CEO apologizes to shareholders.")
    assert "GreenBkk Tech | Cisco CEO apologizes to shareholders." in found


def test_a_chrome_title_leaves_the_pages_only_headline_as_article_text() -> None:
    """Sample 004's title is its section ('U.S. News'): the headline is printed once, in the body, and
    is the article's own; with the headline as title, the same line is a repetition (furniture)."""
    body = (
        "Russia threatens retaliatory measures over seized US mansions\n\n"
        "Russia's foreign ministry said on Tuesday that it had not reached a deal with the U.S. administration.\n"
    )
    headline = "Russia threatens retaliatory measures over seized US mansions"
    assert headline not in furniture(body, "U.S. News")
    assert headline in furniture(body, headline)


def test_a_share_bar_printed_as_a_bulleted_list_is_furniture() -> None:
    """e23 (FT): '• Share', '• Print', '• Clip', '• Gift Article', '• Comments'."""
    body = (
        "  • Share\n  • Print\n  • Clip\n  • Gift Article\n  • Comments\n\n"
        "Arun Sarin, chief executive of Vodafone, on Thursday apologised to investors for the failure.\n"
    )
    assert {"Share", "Print", "Clip", "Gift Article", "Comments"} <= set(furniture(body))


def test_a_bulleted_list_of_the_story_stays_text() -> None:
    body = (
        "The council listed its plans.\n\n• Build homes\n• Fix roads\n• Open a library\n\n"
        "The mayor said the plans would be costed by May.\n"
    )
    assert furniture(body) == []


def test_an_ad_slot_framed_by_dashes_is_furniture() -> None:
    """e22: '- FWBP Digital Partners -' and '- Advertisement -' between paragraphs."""
    body = (
        "The CEO began his answer by complaining about leaks from inside the company.\n\n"
        "- FWBP Digital Partners -\n\n"
        "Some investors took his advice and sold the stock on Thursday.\n\n- Advertisement -\n\n"
        "Shares of United Airlines plunged 12 percent in October after the call.\n"
    )
    assert furniture(body) == ["FWBP Digital Partners -", "Advertisement -"]


@pytest.mark.parametrize(
    "line",
    [
        "Access all our premium content from as little as 14p per day!",  # e26
        "Your email address will not be published. Required fields are marked *",  # e30
        "Massive blaze forces evacuation in North Philadelphia | Credits: Fox",  # e25
        "Next Up:",  # e32
    ],
)
def test_more_furniture_lines(line: str) -> None:
    body = f"The fire was under control by 7:30 pm, the department said on Monday.\n\n{line}\n\nNo one was hurt.\n"
    assert line in furniture(body)


def test_a_wire_dateline_with_its_year_is_furniture() -> None:
    """e29: 'UTRECHT, Netherlands, March 18, 2019 (BSS/AFP) –' opens the first paragraph."""
    body = "UTRECHT, Netherlands, March 18, 2019 (BSS/AFP) – Dutch police on Monday arrested the suspect.\n"
    assert furniture(body) == ["UTRECHT, Netherlands, March 18, 2019 (BSS/AFP) –"]


def test_a_paragraph_broken_mid_sentence_is_no_headline() -> None:
    """e24 (News 12): the page breaks its lines inside sentences; the first line above the story is
    not a headline and no line of it is a subhead."""
    body = (read_text_file(EXAMPLES / "e24_news12nj_newark_fire.txt")).text
    long_lines = [f for f in furniture(body) if len(f.split()) >= 3]
    assert long_lines == []


def test_a_caption_above_its_credit_is_furniture_and_a_paragraph_above_a_heading_credit_is_not() -> None:
    """e34: the caption reads as prose; the credit on the next line says what it is. A credit that heads
    the caption below it ('Jane Doe | Reuters') says nothing of the line above."""
    caption = (
        "Senate Majority Leader Chuck Schumer, DN.Y., pushed through a $1.7 trillion spending bill Thursday, "
        "just a day before the partial government shutdown."
    )
    body = f"The Senate approved the bill on Thursday.\n\n{caption}\n(AP Photo/J. Scott Applewhite)\n\nThe House votes next.\n"
    assert caption in furniture(body)
    body = "Markets rallied on Monday after the bank held rates.\nJane Doe | Reuters\nTraders at the exchange.\n"
    assert "Markets rallied on Monday after the bank held rates." not in furniture(body)


def test_a_pull_quote_set_again_on_its_own_line_is_furniture() -> None:
    """A pull quote repeats the story's words in marks on a line of its own; the paragraph keeps them
    (written from what a pull quote is, on e20's statement: no example page prints one as text)."""
    paragraph = "\u201cThe accused is expected to appear in court on 3 November 2014,\u201d the statement said."
    pull = "\u201cThe accused is expected to appear in court on 3 November 2014\u201d"
    body = f"Police said the man was charged.\n\n{pull}\n\n{paragraph}\n"
    found = furniture(body)
    assert pull in found and paragraph not in found


# -- quotes and speakers -------------------------------------------------------------------------


def test_terms_without_a_cue_are_no_longer_suggested(quotes_of: Quotes) -> None:
    """e15: 'plants called "venus flytraps" ...' was suggested as a quote with a 0.11 score."""
    text = 'The gels behave like the plants known as "venus flytraps" in the lab. "We are ready," the minister said.'
    assert [q["content"] for q in quotes_of(text)] == ["We are ready,"]


def test_the_statement_speaks_for_whoever_issued_it(quotes_of: Quotes) -> None:
    """e01/e20: 'Kent Police said in a statement ... The statement said ...'; 'It said ...'."""
    text = (
        'Kent Police said in a statement: "Officers attended the scene." '
        "The statement said officers had found four imitation firearms. "
        "It said the man was in custody."
    )
    found = quotes_of(text)
    assert only(found, "officers had found")["entity"] == "Kent Police"
    assert only(found, "the man was in custody")["entity"] == "Kent Police"


def test_an_organisation_the_model_does_not_tag_is_its_own_speaker(quotes_of: Quotes) -> None:
    """e31: 'Washington State Patrol confirmed ... in a tweet that said ...'."""
    text = 'Washington State Patrol said "the suspect is in custody" on Saturday night.'
    assert only(quotes_of(text), "the suspect is in custody")["entity"] == "Washington State Patrol"


def test_a_pronoun_goes_to_an_untagged_name_that_spoke(quotes_of: Quotes) -> None:
    """e17 (the whole page): 'Vik said that he's never seen flooding like this ... He recalled ... telling his
    wife that "we're in trouble."': 'he' is Vik, whom the model does not tag, not the lieutenant before him."""
    text = read_text_file(EXAMPLES / "e17_ustopnews_fox_ian_rescues.txt").text
    assert only(quotes_of(text), "we\u2019re in trouble")["entity"] == "Vik"


def test_a_name_and_a_colon_attribute_the_quote_after_them(quotes_of: Quotes) -> None:
    """e33: 'Harry Redknapp: "I thought we played some fantastic football."' (a round-up's layout);
    an aside between name and colon is allowed ('Andre Villas-Boas (on Fernando Torres missing ...):')."""
    text = (
        "Tottenham 4-0 Liverpool\n\n"
        "Harry Redknapp: \u201cI thought we played some fantastic football. We absolutely dominated.\u201d\n\n"
        "Andre Villas-Boas (on Fernando Torres missing an open goal): \u201cThe worst things happen to the best "
        "strikers in the world.\u201d\n"
    )
    found = quotes_of(text)
    assert only(found, "I thought we played")["speaker"] == "Harry Redknapp"
    assert only(found, "The worst things")["speaker"] == "Andre Villas-Boas"


def test_a_quote_paragraph_after_reported_speech_keeps_its_speaker(quotes_of: Quotes) -> None:
    """e20: 'It added the correct information ... exaggerated his article.' then a paragraph that is only
    a quote: the statement goes on speaking."""
    text = (
        "Police said in a statement that the man was charged.\n"
        "It added the reporter had exaggerated his article.\n"
        "\u201cInserting fragmented factual occurrences into a misleading article does not make it true.\u201d\n"
    )
    q = only(quotes_of(text), "Inserting fragmented")
    assert q["speaker"] == "It" and q["cue"] == "added"


def test_who_resolves_to_the_unnamed_person_it_describes(quotes_of: Quotes) -> None:
    """e27: 'the bloke who decided to answer his mobile phone ...: "Hi. No, no, I'm just in court."'"""
    text = (
        "Take for example the bloke who decided to answer his mobile phone as he sat in the dock: "
        "\u201cHi. No, no, I\u2019m just in court at the moment.\u201d"
    )
    q = only(quotes_of(text), "Hi. No, no")
    assert q["entity"] == "the bloke"


# -- event arguments -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("The man was arrested at his home on Friday.", "arrested", "his home"),
        ("She died in hospital after the crash.", "died", "hospital"),
    ],
)
def test_a_common_noun_place_is_the_events_place(events_of: Events, text: str, trigger: str, place: str) -> None:
    """e30 ('arrested at a Wal-Mart'), e12: ACE's Place includes facilities named by a common noun."""
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert event.get("Place") == place
