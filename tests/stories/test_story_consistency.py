"""Story-wide consistency: which units of the other outlets a correction also fits."""

from __future__ import annotations

from story_data import KEY, story_store

from annotator.core.models import Entity
from annotator.stories.consistency import Correction, story_matches
from annotator.stories.load import load_story


def entity(story, doc_id: str, words: str, nth: int = 0) -> Entity:
    article = story.article(doc_id)
    found = [b for _, b in article.units if isinstance(b, Entity) and b.span.text_of(article.text) == words]
    return found[nth]


def offered(story, correction: Correction) -> list[tuple[str, str, str]]:
    return [(o.doc_id, o.mention, o.proposal) for o in story_matches(story, correction)]


def test_a_relabel_is_offered_for_the_same_mention_in_the_other_outlets() -> None:
    story = load_story(story_store(), "ann", KEY)
    obama = entity(story, "bloomberg", "Obama")
    got = offered(story, Correction("bloomberg", obama, obama.model_copy(update={"label": "ORG"})))
    assert got == [("cnbc", "Obama", "PERSON → ORG"), ("ft", "Obama", "PERSON → ORG")]


def test_name_variants_of_the_same_entity_are_offered_too() -> None:
    story = load_story(story_store(), "ann", KEY)
    lavrov = entity(story, "ft", "Lavrov")  # PERSON; CNBC has "Sergey Lavrov" as ORG and "Lavrov" as PERSON
    got = offered(story, Correction("ft", lavrov, lavrov.model_copy(update={"label": "NORP"})))
    assert ("cnbc", "Lavrov", "PERSON → NORP") in got
    assert ("bloomberg", "Foreign Minister Sergei Lavrov", "PERSON → NORP") in got
    assert all(mention != "Sergey Lavrov" for _, mention, _ in got)  # labelled ORG: not the label corrected


def test_a_boundary_moves_the_same_way_only_where_the_text_reads_the_same() -> None:
    story = load_story(story_store(), "ann", KEY)
    minsk = entity(story, "bloomberg", "Minsk")
    wider = minsk.model_copy(update={"start": minsk.start - 3})  # "in Minsk"
    got = offered(story, Correction("bloomberg", minsk, wider))
    assert got == [("cnbc", "Minsk", "→ “in Minsk”")]


def test_a_rejection_is_offered_as_a_rejection() -> None:
    story = load_story(story_store(), "ann", KEY)
    usa = entity(story, "bloomberg", "U.S.")
    assert offered(story, Correction("bloomberg", usa, None)) == [("cnbc", "U.S.", "reject")]


def test_a_unit_with_another_label_is_never_offered() -> None:
    story = load_story(story_store(), "ann", KEY)
    minsk = entity(story, "bloomberg", "Minsk")
    assert offered(story, Correction("bloomberg", minsk.model_copy(update={"label": "ORG"}), None)) == []
