"""Carry a settled version to the other outlets' matching units, as decisions in each article's log.

What carries over is what can mean the same in another text: an entity's label, and its
boundary where the two differ only by title words ("Foreign Minister Sergei Lavrov" ->
"Sergei Lavrov"); a quote's speaker (the same cross-document entity, at its mention nearest
the quote; not its kind, since one outlet may quote directly what another reports); an event's type. Offsets never carry over: each text has its own.
Every change is one edit through the desk (`Desk.replace`), so `u` in that article undoes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.models import Body, Entity, Event, Quote, Span
from annotator.core.schema import LabelSchema
from annotator.desk import Desk
from annotator.store.base import Store
from annotator.stories.entities import EntityIndex, EntityRow, Mention
from annotator.stories.events import EventGroup, EventVersion
from annotator.stories.quotes import QuoteGroup, QuoteVersion
from annotator.stories.story import Story
from annotator.stories.words import ARTICLES, TITLES, words

WINDOW = 60  # characters around a mention searched for the settled name form


@dataclass(frozen=True)
class Change:
    """One unit of one article and the body it is to have (None: reject it)."""

    doc_id: str
    key: int
    body: Body | None


def entity_changes(story: Story, row: EntityRow, settled: Mention) -> list[Change]:
    out = []
    for m in row.mentions:
        if m.doc_id == settled.doc_id:
            continue
        text = story.article(m.doc_id).text
        start, end = _boundary(text, m, settled.text)
        body = Entity(start=start, end=end, label=settled.label)
        if (start, end, settled.label) != (m.start, m.end, m.label):
            out.append(Change(m.doc_id, m.key, body))
    return out


def _boundary(text: str, m: Mention, form: str) -> tuple[int, int]:
    """The settled name form's place in this text when it differs from the mention only by titles."""
    if text[m.start : m.end] == form:
        return m.start, m.end
    lo = max(0, m.start - WINDOW)
    at = text.find(form, lo, m.end + WINDOW)
    while at != -1:
        s, e = at, at + len(form)
        if s < m.end and m.start < e:  # it overlaps the mention
            extra = set(words(text[min(s, m.start) : max(e, m.end)])) ^ set(words(form))
            if extra <= TITLES | ARTICLES:
                return s, e
        at = text.find(form, at + 1, m.end + WINDOW)
    return m.start, m.end


def quote_changes(story: Story, group: QuoteGroup, settled: QuoteVersion, index: EntityIndex) -> list[Change]:
    speaker_row = next((r for r in index.rows if r.id == settled.speaker_id), None)
    out = []
    for v in group.versions:
        if v.doc_id == settled.doc_id:
            continue
        body = story.article(v.doc_id).unit(v.key)
        if not isinstance(body, Quote):
            continue
        update: dict[str, object] = {}
        if speaker_row is not None and v.speaker_id != speaker_row.id:
            near = _nearest(index.mentions_in(speaker_row, v.doc_id), v.content[0])
            if near is not None:
                update["speaker"] = update["speaker_entity"] = Span(start=near.start, end=near.end)
        new = body.model_copy(update=update)
        if new != body:
            out.append(Change(v.doc_id, v.key, new))
    return out


def _nearest(mentions: list[Mention], span: Span) -> Mention | None:
    def distance(m: Mention) -> int:
        return max(span.start - m.end, m.start - span.end, 0)

    return min(mentions, key=distance, default=None)


def event_changes(story: Story, group: EventGroup, settled: EventVersion, schema: LabelSchema) -> list[Change]:
    etype = schema.event_type(settled.type)
    roles = set(etype.roles) if etype else set()
    out = []
    for v in group.versions:
        body = story.article(v.doc_id).unit(v.key)
        if v.doc_id == settled.doc_id or not isinstance(body, Event) or body.type == settled.type:
            continue
        args = {r: s for r, s in body.arguments.items() if r in roles}
        out.append(Change(v.doc_id, v.key, body.model_copy(update={"type": settled.type, "arguments": args})))
    return out


def apply_changes(
    store: Store, annotator: str, changes: list[Change], settled: tuple[str, int] | None = None
) -> dict[str, int]:
    """Write the changes, one decision per unit; the settled unit itself is accepted first if it was
    still a suggestion. Returns, per article written to, how many decisions (undo steps) it got."""
    desk = Desk(store, annotator)
    steps: dict[str, int] = {}
    if settled is not None:
        state = desk.load(settled[0])
        view = state.view(settled[1])
        if view is not None and view.pending and desk.accept(view).changed:
            steps[settled[0]] = 1
    for doc_id in dict.fromkeys(c.doc_id for c in changes):
        state = desk.load(doc_id)
        for change in (c for c in changes if c.doc_id == doc_id):
            view = state.view(change.key)
            if view is None:
                continue
            done = desk.reject(view) if change.body is None else desk.correct(view, change.body)
            if done.changed:
                steps[doc_id] = steps.get(doc_id, 0) + 1
    return steps


def undo_changes(store: Store, annotator: str, steps: dict[str, int]) -> int:
    """Take an `apply_changes` back: that many undo steps in each article's log (logged as undos)."""
    desk = Desk(store, annotator)
    undone = 0
    for doc_id, n in steps.items():
        desk.load(doc_id)
        for _ in range(n):
            undone += len(desk.undo().decisions) > 0
    return undone
