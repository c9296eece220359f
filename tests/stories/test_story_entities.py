"""Cross-document entities: name variants merge into one row; different people never do."""

from __future__ import annotations

from annotator.stories.entities import Mention, merge_entities


def rows(*named: tuple[str, str, str]) -> dict[str, list[str]]:
    """(doc, text, label) mentions -> {row name: [mention texts]}."""
    mentions = [Mention(doc, i, 0, len(text), label, text) for i, (doc, text, label) in enumerate(named)]
    return {r.name: sorted(m.text for m in r.mentions) for r in merge_entities("k", mentions)}


def test_full_name_surname_and_title_plus_surname_are_one_person() -> None:
    found = rows(("a", "Maria Zakharova", "PERSON"), ("b", "Zakharova", "PERSON"), ("c", "Ms Zakharova", "PERSON"))
    assert found == {"Maria Zakharova": ["Maria Zakharova", "Ms Zakharova", "Zakharova"]}


def test_transliterations_and_initials_of_a_first_name_merge() -> None:
    found = rows(("a", "Sergei Lavrov", "PERSON"), ("b", "Sergey Lavrov", "PERSON"), ("c", "S. Lavrov", "PERSON"))
    assert len(found) == 1


def test_same_first_name_different_surname_never_merge() -> None:
    found = rows(("a", "Maria Zakharova", "PERSON"), ("b", "Maria Olson", "PERSON"))
    assert sorted(found) == ["Maria Olson", "Maria Zakharova"]


def test_a_near_miss_surname_is_another_person() -> None:
    assert len(rows(("a", "Maria Zakharova", "PERSON"), ("b", "Mario Zakharov", "PERSON"))) == 2


def test_two_people_sharing_a_surname_stay_apart_and_the_bare_surname_is_ambiguous() -> None:
    mentions = [
        Mention("a", 1, 0, 12, "PERSON", "Donald Trump"),
        Mention("b", 2, 0, 12, "PERSON", "Ivanka Trump"),
        Mention("c", 3, 0, 8, "PERSON", "Mr Trump"),
    ]
    found = {r.name: r for r in merge_entities("k", mentions)}
    assert sorted(found) == ["Donald Trump", "Ivanka Trump", "Mr Trump"]
    assert found["Mr Trump"].conflicts == ["ambiguous: could be Donald Trump or Ivanka Trump"]


def test_a_first_name_may_differ_only_in_its_last_vowel() -> None:
    assert len(rows(("a", "Dmitry Peskov", "PERSON"), ("b", "Dmitri Peskov", "PERSON"))) == 1
    assert len(rows(("a", "Ivan Peskov", "PERSON"), ("b", "Ivana Peskov", "PERSON"))) == 2  # a longer name
    assert len(rows(("a", "Andrei Peskov", "PERSON"), ("b", "Andrew Peskov", "PERSON"))) == 2


def test_a_label_conflict_is_flagged_on_one_row() -> None:
    mentions = [Mention("a", 1, 0, 6, "PERSON", "Lavrov"), Mention("b", 2, 0, 13, "ORG", "Sergei Lavrov")]
    [row] = merge_entities("k", mentions)
    assert row.conflicts == ["label: ORG (1) / PERSON (1)"]


def test_a_hyphenated_compound_is_not_its_last_part() -> None:
    assert len(rows(("a", "U.S.-Russian", "NORP"), ("b", "Russian", "NORP"))) == 2


def test_organisation_variants_merge_by_their_ending() -> None:
    found = rows(("a", "the Russian Foreign Ministry", "ORG"), ("b", "Foreign Ministry", "ORG"))
    assert len(found) == 1


def test_dates_and_sums_are_not_entities() -> None:
    assert rows(("a", "Monday", "DATE"), ("b", "$1", "MONEY")) == {}


def test_ids_are_stable_and_depend_on_the_story_and_the_name() -> None:
    m = [Mention("a", 1, 0, 13, "PERSON", "Sergei Lavrov")]
    assert merge_entities("k", m)[0].id == merge_entities("k", list(m))[0].id
    assert merge_entities("k", m)[0].id != merge_entities("other", m)[0].id
