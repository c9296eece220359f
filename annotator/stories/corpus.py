"""Story suggestion over a whole store: read every document once, in batches, and suggest."""

from __future__ import annotations

from collections.abc import Callable

from annotator.store.base import Store
from annotator.stories.suggest import ArticleFeatures, SuggestedStory, features_of, suggest_stories


def corpus_features(store: Store, advance: Callable[[int], None] | None = None) -> list[ArticleFeatures]:
    out: list[ArticleFeatures] = []
    for batch in store.story_sources():
        names = store.entity_mentions([d.id for d in batch])
        for d in batch:
            out.append(
                features_of(
                    d.id,
                    d.text,
                    title=d.title,
                    entities=names.get(d.id, ()),
                    published=d.published,
                    story_key=d.story_key,
                )
            )
        if advance is not None:
            advance(len(batch))
    return out


def suggest_for_store(store: Store, advance: Callable[[int], None] | None = None) -> list[SuggestedStory]:
    return suggest_stories(corpus_features(store, advance))
