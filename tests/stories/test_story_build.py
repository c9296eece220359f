"""A story put together from what each outlet's desk shows: aligned quotes, merged names, events."""

from __future__ import annotations

from story_data import KEY, story_store

from annotator.stories.load import load_story


def test_the_crafted_story_lines_up_its_outlets() -> None:
    story = load_story(story_store(), "ann", KEY)
    assert [a.id for a in story.articles] == ["bloomberg", "cnbc", "ft"]
    [quote] = story.quotes
    assert {v.text for v in quote.versions} == {"daylight robbery", "robbery in broad daylight."}
    assert quote.conflicts == ["speaker: Minsk / Sergey Lavrov", "kind: direct / partial", "words differ"]
    lavrov = next(r for r in story.entities if r.name == "Sergey Lavrov")
    assert sorted(m.text for m in lavrov.mentions) == [
        "Foreign Minister Sergei Lavrov",
        "Lavrov",
        "Lavrov",
        "Sergey Lavrov",
    ]
    assert lavrov.conflicts == ["label: ORG (1) / PERSON (3)"]
    zakharova = next(r for r in story.entities if r.name == "Maria Zakharova")
    assert zakharova.doc_ids == ["ft"] and zakharova not in story.shared_entities
    [expel] = story.events
    assert expel.doc_ids == ["bloomberg", "cnbc", "ft"]
    assert expel.conflicts == ["numbers: 35 / 755"]


def test_a_document_outside_the_story_is_not_in_it() -> None:
    story = load_story(story_store(), "ann", KEY)
    assert "other" not in {a.id for a in story.articles}
