"""Carrying a settled version to other outlets: labels carry, boundaries only across title words."""

from __future__ import annotations

from story_data import KEY, story_store

from annotator.stories.apply import entity_changes
from annotator.stories.entities import Mention
from annotator.stories.load import load_story


def lavrov(story):
    return next(r for r in story.entities if "Lavrov" in r.name)


def changes_for(settled: Mention) -> list[tuple[str, str, str]]:
    story = load_story(story_store(), "ann", KEY)
    out = entity_changes(story, lavrov(story), settled)
    return [(c.doc_id, story.article(c.doc_id).text[c.body.start : c.body.end], c.body.label) for c in out]


def test_a_settled_name_without_title_trims_the_title_elsewhere_and_carries_the_label() -> None:
    got = changes_for(Mention("elsewhere", 0, 0, 13, "PERSON", "Sergei Lavrov"))
    assert ("bloomberg", "Sergei Lavrov", "PERSON") in got  # "Foreign Minister Sergei Lavrov" loses its title
    assert ("cnbc", "Sergey Lavrov", "PERSON") in got  # ORG -> PERSON; its span stays (another spelling)


def test_a_boundary_never_moves_across_words_that_are_not_titles() -> None:
    got = changes_for(Mention("elsewhere", 0, 0, 6, "PERSON", "Lavrov"))
    assert ("bloomberg", "Lavrov", "PERSON") not in got  # "Sergei" is a name, not a title: the span stays
    assert all(doc != "bloomberg" for doc, _, _ in got)
