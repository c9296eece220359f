"""Which other units a correction also fits: the same mention, elsewhere in this article or the corpus.

An editor who relabels `Trump` from ORG to PERSON, trims `’ Foreign Ministry`, or rejects
`Russophobia` as an entity usually means it for every identical mention. This module finds
them: plain Python over documents and their units (no Textual, no SQL), so the article
screen, the review screen and story-wide tools (one story's articles) share one rule.

A mention is *identical* when it is a unit of the same kind whose main span covers the same
characters as the corrected unit did and carries the same label (entity label, event type or
quote kind) as it did. A boundary correction moves each match's edges by the same amounts,
and is offered only where the moved span covers the same characters as the corrected one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from annotator.core.models import Body, Span, Unit


@dataclass(frozen=True)
class Correction:
    """One correction as made: the unit's body before, and after (None: rejected)."""

    before: Body
    after: Body | None
    text: str  # the text of the article it was made in (to read the mention's characters)

    @property
    def what(self) -> str:
        """`label`, `boundary`, `reject` (or `edit` for anything else): what the review list says."""
        return what_changed(self.before, self.after)


def what_changed(before: Body, after: Body | None) -> str:
    """What a correction did, in the review list's words (the story-wide list says it the same way)."""
    if after is None:
        return "reject"
    if after.span != before.span:
        return "boundary"
    return "label" if after.main_label != before.main_label else "edit"


@dataclass(frozen=True)
class DocUnits:
    """One document as an editor sees it: its text and the units standing there (suggestions or mine)."""

    doc_id: str
    text: str
    units: Sequence[Unit]


@dataclass(frozen=True)
class Scope:
    """Where to look: this article only, a list of documents (a story), or the whole corpus."""

    name: str  # "article", "documents" or "corpus"
    doc_ids: frozenset[str] | None = None  # None: every document offered

    @classmethod
    def article(cls, doc_id: str) -> Scope:
        return cls("article", frozenset({doc_id}))

    @classmethod
    def documents(cls, doc_ids: Iterable[str]) -> Scope:
        return cls("documents", frozenset(doc_ids))

    @classmethod
    def corpus(cls) -> Scope:
        return cls("corpus", None)

    def covers(self, doc_id: str) -> bool:
        return self.doc_ids is None or doc_id in self.doc_ids


@dataclass(frozen=True)
class Match:
    """A unit the correction also fits, and the body it would get (None: reject it)."""

    doc_id: str
    unit: Unit
    proposed: Body | None
    mention: str  # the mention's characters, for the review list


def find_matches(
    correction: Correction,
    docs: Iterable[DocUnits],
    scope: Scope,
    *,
    exclude: Callable[[str, Unit], bool] | None = None,
) -> list[Match]:
    """Every unit in `scope` the correction fits, in the order `docs` come, then text order.

    `exclude(doc_id, unit)` leaves a unit out (the one just corrected, or units already
    decided, as the caller sees fit). Units already equal to the proposal are left out.
    """
    before = correction.before
    mention = before.span.text_of(correction.text)
    out: list[Match] = []
    for doc in docs:
        if not scope.covers(doc.doc_id):
            continue
        found = [
            m
            for unit in doc.units
            if (exclude is None or not exclude(doc.doc_id, unit))
            and (m := match_unit(correction, doc, unit, mention)) is not None
        ]
        out.extend(sorted(found, key=lambda m: (m.unit.span.start, m.unit.span.end)))
    return out


def match_unit(correction: Correction, doc: DocUnits, unit: Unit, mention: str) -> Match | None:
    """The match for one unit, or None when it is not an identical mention (or needs nothing)."""
    before, after = correction.before, correction.after
    body = unit.body
    if body.kind != before.kind or body.main_label != before.main_label:
        return None
    span = body.span
    if span.text_of(doc.text) != mention:
        return None
    if after is None:
        return Match(doc.doc_id, unit, None, mention)
    proposed = _proposed(body, before, after, doc.text, correction.text)
    if proposed is None or proposed == body:
        return None
    return Match(doc.doc_id, unit, proposed, mention)


def _proposed(body: Body, before: Body, after: Body, text: str, source_text: str) -> Body | None:
    """The corrected body for a matching unit: the same label change and the same edge moves."""
    moved = moved_span(body.span, before.span, after.span, text)
    if moved is None or moved.text_of(text) != after.span.text_of(source_text):
        return None
    return corrected(body, moved, after.main_label)


def corrected(body: Body, span: Span, label: str) -> Body:
    """`body` with its main span at `span` and its label `label` (whatever field the kind keeps it in)."""
    return body.with_span(span).model_copy(update={type(body).label_field: label})


def moved_span(span: Span, before: Span, after: Span, text: str) -> Span | None:
    """`span` with its edges moved as `before`'s were to make `after`; None when that leaves the text."""
    start = span.start + (after.start - before.start)
    end = span.end + (after.end - before.end)
    if not 0 <= start < end <= len(text):
        return None
    return Span(start=start, end=end)
