"""Events pass three (examples/dev6): argument kinds and general-news triggers, on sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Events = Callable[[str], list[dict[str, Any]]]


def one(found: list[dict[str, Any]], trigger: str) -> dict[str, Any]:
    hits = [e for e in found if e["trigger"] == trigger]
    assert len(hits) == 1, (trigger, found)
    return hits[0]


def none_of(found: list[dict[str, Any]], trigger: str) -> bool:
    return not [e for e in found if e["trigger"] == trigger]


def test_the_sentence_date_and_place_when_the_trigger_has_none(events_of: Events) -> None:
    text = "Paramedics were called to a house in Leeds on Friday and found a man with a stab wound."
    e = one(events_of(text), "wound")
    assert (e.get("Time"), e.get("Place")) == ("Friday", "Leeds")


def test_a_date_belonging_to_another_event_or_a_relative_clause_is_not_shared(events_of: Events) -> None:
    e = one(events_of("Police arrested a driver after a shooting in Leeds on Friday night."), "arrested")
    assert "Place" not in e and "Time" not in e
    e = one(events_of("Officers spent Monday searching the flat where the woman was attacked."), "attacked")
    assert "Time" not in e


def test_ages_and_durations_are_no_times(events_of: Events) -> None:
    e = one(events_of("The 19-year-old was arrested within 24 hours."), "arrested")
    assert "Time" not in e
    assert e["Person"] == "19-year-old"


def test_a_coordinated_or_controlling_passive_subject_is_shared(events_of: Events) -> None:
    e = one(events_of("The cyclist was treated by medics but died later."), "died")
    assert e["Victim"] == "The cyclist"
    e = one(events_of("Senators were asked to vote on the bill."), "vote")
    assert e["Agent"] == "Senators"


def test_counted_people_are_the_victims(events_of: Events) -> None:
    e = one(events_of("At least 40 of the passengers were killed."), "killed")
    assert "passengers" in e["Victim"]


def test_who_bears_a_harm_noun(events_of: Events) -> None:
    e = one(events_of("Officers found a woman with a gunshot wound to the leg."), "wound")
    assert e["Victim"] == "a woman"
    e = one(events_of("Two men remain in hospital with injuries they suffered in the crash."), "injuries")
    assert e["Victim"] == "they"


def test_a_judge_adjudicates_and_a_prosecutor_never_sentences(events_of: Events) -> None:
    e = one(events_of("Judge Mary Olsen charged him with contempt."), "charged")
    assert "Adjudicator" in e and "Prosecutor" not in e


def test_a_title_before_the_name_is_the_post(events_of: Events) -> None:
    e = one(events_of("Finance Minister Paul Grant was sacked on Monday."), "sacked")
    assert (e["Person"], e["Position"]) == ("Paul Grant", "Finance Minister")


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("The boy was rushed to hospital.", "rushed", "Movement.Transport"),
        ("She was taken to a police station for questioning.", "taken", "Movement.Transport"),
        ("Tents were sent from Kabul.", "sent", "Movement.Transport"),
        ("He will appear in Leeds Crown Court on Monday.", "appear", "Justice.Trial-Hearing"),
        ("The suspect was remanded in custody.", "remanded", "Justice.Arrest-Jail"),
        ("The board will choose a successor next month.", "choose", "Personnel.Start-Position"),
        ("Officers found the deceased woman in the kitchen.", "deceased", "Life.Die"),
        ("The bill passed easily.", "passed", "Election.Vote"),
        ("Two firefighters suffered burns.", "burns", "Life.Injure"),
    ],
)
def test_general_news_triggers_from_pass_three(events_of: Events, text: str, trigger: str, etype: str) -> None:
    assert one(events_of(text), trigger)["type"] == etype


def test_a_transport_keeps_its_destination(events_of: Events) -> None:
    e = one(events_of("The boy was rushed to hospital."), "rushed")
    assert e.get("Destination") == "hospital"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He was refused bail.", "bail"),
        ("She did not apply for bail.", "bail"),
        ("He faces a charge of attempted murder.", "murder"),
        ("He was stabbed while visiting a house in the town.", "visiting"),
        ("They took to the streets.", "took"),
        ("She sent a letter to the hospital.", "sent"),
        ("The result will appear in the report.", "appear"),
    ],
)
def test_pass_three_words_that_are_not_these_events(events_of: Events, text: str, word: str) -> None:
    assert none_of(events_of(text), word)


def test_remanded_in_custody_is_one_event(events_of: Events) -> None:
    assert none_of(events_of("The man was remanded in custody."), "custody")
