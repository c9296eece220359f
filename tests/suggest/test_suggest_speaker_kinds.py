"""Speaker resolution, kinds of error from the former dev set (issue 11, speaker pass): descriptions
to the body the passage is about, hearers who never speak, pronouns that stay inside their story."""

from __future__ import annotations

from quote_support import Quotes, only


def test_a_generic_body_word_goes_to_the_body_the_passage_is_about(quotes_of: Quotes) -> None:
    text = (
        "Brightwell said sales fell, blaming the strike at the Northern Rail Authority. "
        "The company said that its profit would be lower."
    )
    q = only(quotes_of(text), "its profit")
    assert (q["speaker"], q["entity"]) == ("The company", "Brightwell")


def test_a_passive_hearer_is_no_speaker(quotes_of: Quotes) -> None:
    q = only(quotes_of("Leeds Crown Court was told that the driver had been drinking."), "the driver")
    assert q["speaker"] is None


def test_a_passive_hearer_leaves_the_speaker_to_the_agent(quotes_of: Quotes) -> None:
    q = only(quotes_of("The jury was told by Mary Smith that the driver had been drinking."), "the driver")
    assert q["speaker"] == "Mary Smith"


def test_a_pronoun_inside_the_reported_words_never_speaks_for_them(quotes_of: Quotes) -> None:
    q = only(quotes_of("The man had drugs in his system when he died, a lab technician said Tuesday."), "The man")
    assert q["speaker"] != "he"


def test_a_medical_examiner_speaks_as_an_unnamed_role(quotes_of: Quotes) -> None:
    q = only(quotes_of("The driver had been drinking when he crashed, a medical examiner said."), "The driver")
    assert (q["speaker"], q["entity"]) == ("a medical examiner", None)


def test_a_participle_cue_is_said_by_the_noun_it_hangs_on(quotes_of: Quotes) -> None:
    text = "The nurse was suspended last week, with a manager saying she had ignored the rules."
    q = only(quotes_of(text), "she had ignored")
    assert q["speaker"] == "a manager"


def test_a_statement_saying_speaks_for_whoever_issued_it(quotes_of: Quotes) -> None:
    text = "Police issued a statement saying two men had been arrested in Leeds."
    q = only(quotes_of(text), "two men")
    assert q["speaker"] == "Police"


def test_a_pronoun_follows_a_bare_surname_subject_the_model_left_untagged(quotes_of: Quotes) -> None:
    text = (
        "John Young, 45, was jailed on Monday. Judge Peter Hale told the court the case was grave. "
        "Young offered to sell the list. He said he could secure a good verdict."
    )
    q = only(quotes_of(text), "he could secure")
    assert q["entity"] in ("John Young", "Young")


def test_officials_described_by_words_of_a_named_body_speak_for_it(quotes_of: Quotes) -> None:
    text = (
        "The Northfield Fire Department sent two crews to the scene on Monday. "
        "Fire department officials confirmed that nobody was hurt."
    )
    q = only(quotes_of(text), "nobody was hurt")
    assert q["entity"] == "The Northfield Fire Department"


def test_an_outlet_after_the_and_later_the_news_outlet_are_one_body(quotes_of: Quotes) -> None:
    text = (
        "The City Council approved the budget on Tuesday. Most officers will get cameras by June, "
        "The Texan/TexanLive reported. But few will wear them daily, the news outlet reported."
    )
    found = quotes_of(text)
    assert only(found, "Most officers")["entity"] == "The Texan/TexanLive"
    assert only(found, "few will wear")["entity"] == "The Texan/TexanLive"


BRIEFS = (
    "Mayor vows to fight recall\n\n"
    "DENVER — Mayor John Hale said Tuesday that he would fight the recall vote in the spring.\n\n"
    "Body found near river bridge\n\n"
    'TULSA — A body was found near a river bridge on Monday. "It was a terrible shock," he said.\n'
)


def test_a_pronoun_never_reaches_into_the_brief_before(quotes_of: Quotes) -> None:
    assert only(quotes_of(BRIEFS), "It was a terrible shock")["entity"] is None


def test_a_spokesman_for_the_company_speaks_for_the_company_named_before(quotes_of: Quotes) -> None:
    q = only(
        quotes_of("Acme Corp cut 300 jobs on Monday. A spokesman for the company said the plant would close."),
        "the plant",
    )
    assert (q["speaker"], q["entity"]) == ("A spokesman", "Acme Corp")


def test_an_indefinite_body_is_new_to_the_story(quotes_of: Quotes) -> None:
    text = "Acme Corp built the telescope. A team of astronomers said the planet was rocky."
    q = only(quotes_of(text), "the planet")
    assert q["entity"] is None


def test_they_after_an_unnamed_group_in_its_sentence_is_that_group(quotes_of: Quotes) -> None:
    text = (
        "The Leeds City Council said it had received a complaint. Around midnight, police confronted the man "
        "in his yard, where they claimed the man ran into his home."
    )
    q = only(quotes_of(text), "the man ran")
    assert q["entity"] is None
