"""A story as one annotator's desk shows it: each article's standing units (suggestions and own)."""

from __future__ import annotations

from annotator.desk import Desk
from annotator.store.base import Store
from annotator.stories.story import Story, StoryArticle, build_story


def desk_article(desk: Desk, doc_id: str) -> StoryArticle:
    """The article with the units its editor sees, rejected ones out; keys are the desk's view keys."""
    state = desk.load(doc_id)
    doc = state.document
    units = tuple((v.key, v.body) for v in state.views if v.state != "rejected")
    published = doc.published.isoformat() if doc.published else None
    return StoryArticle(doc.id, doc.title, doc.outlet, published, doc.text, units)


def load_story(store: Store, annotator: str, key: str) -> Story:
    desk = Desk(store, annotator)
    articles = [desk_article(desk, doc_id) for doc_id in store.story_doc_ids(key)]
    return build_story(key, articles)
