"""A story put together: its articles, cross-document entities, aligned quotes and shared events.

The story desk builds one from what each article shows its editor (suggestions and own
units); the `stories` export from one layer's units. Both give `StoryArticle`s: a unit is a
(key, body) pair, the key finding the unit again (a desk view key, or a position).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.models import Body, Entity, Event, Quote, Span
from annotator.stories.entities import EntityIndex, EntityRow, Mention, merge_entities
from annotator.stories.events import Argument, EventGroup, EventVersion, group_events
from annotator.stories.quotes import QuoteGroup, QuoteVersion, group_quotes


@dataclass(frozen=True)
class StoryArticle:
    id: str
    title: str
    outlet: str | None
    published: str | None
    text: str
    units: tuple[tuple[int, Body], ...] = ()

    def unit(self, key: int) -> Body | None:
        return next((b for k, b in self.units if k == key), None)


@dataclass
class Story:
    key: str
    articles: list[StoryArticle]
    entities: list[EntityRow] = field(default_factory=list)
    quotes: list[QuoteGroup] = field(default_factory=list)
    events: list[EventGroup] = field(default_factory=list)

    def article(self, doc_id: str) -> StoryArticle:
        return next(a for a in self.articles if a.id == doc_id)

    def outlet(self, doc_id: str) -> str:
        art = self.article(doc_id)
        return art.outlet or art.title or art.id

    @property
    def shared_entities(self) -> list[EntityRow]:
        """Rows more than one article mentions, and any row with a conflict, conflicts first: what the desk lists."""
        rows = [r for r in self.entities if len(r.doc_ids) > 1 or r.conflicts]
        return sorted(rows, key=lambda r: not r.conflicts)


def build_story(key: str, articles: list[StoryArticle]) -> Story:
    mentions = [
        Mention(a.id, k, b.start, b.end, b.label, a.text[b.start : b.end])
        for a in articles
        for k, b in a.units
        if isinstance(b, Entity)
    ]
    rows = merge_entities(key, mentions)
    index = EntityIndex(rows)
    quotes = [quote_version(a, k, b, index) for a in articles for k, b in a.units if isinstance(b, Quote)]
    events = [event_version(a, k, b, index) for a in articles for k, b in a.units if isinstance(b, Event)]
    return Story(key, articles, rows, group_quotes(quotes), group_events(events))


def _text(text: str, span: Span | None) -> str | None:
    return None if span is None else text[span.start : span.end]


def quote_version(article: StoryArticle, key: int, q: Quote, index: EntityIndex) -> QuoteVersion:
    text = article.text
    parts = (q.content, *q.extra)
    who = q.speaker_entity or q.speaker
    row = None if who is None else index.resolve(article.id, who.start, who.end, text[who.start : who.end])
    return QuoteVersion(
        doc_id=article.id,
        key=key,
        content=parts,
        text=" … ".join(text[p.start : p.end] for p in parts),
        kind=q.quote_kind,
        speaker=q.speaker,
        speaker_text=_text(text, q.speaker),
        speaker_entity=q.speaker_entity,
        speaker_id=row.id if row is not None else None,
        speaker_name=row.name if row is not None else _text(text, who),
        cue=q.cue,
        cue_text=_text(text, q.cue),
    )


def event_version(article: StoryArticle, key: int, ev: Event, index: EntityIndex) -> EventVersion:
    text = article.text
    args = []
    for role, span in sorted(ev.arguments.items()):
        words = text[span.start : span.end]
        row = index.resolve(article.id, span.start, span.end, words)
        args.append(Argument(role, span, words, row.id if row is not None else None))
    return EventVersion(article.id, key, ev.type, ev.trigger, text[ev.trigger.start : ev.trigger.end], tuple(args))
