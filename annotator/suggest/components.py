"""spaCy factories for our components, so any spaCy user can `nlp.add_pipe` them.

Results live in Doc extensions as plain dicts (pydantic dumps), which survive
`nlp.pipe(n_process=...)` serialisation; `annotator.suggest.units` turns them into Units.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from annotator.core.schema import LabelSchema, default_schema
from annotator.suggest.boilerplate import find_boilerplate
from annotator.suggest.events import find_scored_events
from annotator.suggest.quotes import find_scored_quotes
from annotator.suggest.scores import score

for _name in ("boilerplate", "quotes", "events", "title"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def well_formed(items: list[dict[str, Any]], length: int) -> list[dict[str, Any]]:
    """The items whose every span lies in the text and is not empty or reversed.

    The guard every component's output passes: a rule's mistake costs one suggestion,
    never the document (an empty or reversed span would fail when the unit is built).
    """
    return [item for item in items if _spans_ok(item, length)]


def _spans_ok(value: Any, length: int) -> bool:
    """Every {start, end} pair anywhere inside `value` is in order and inside the text
    (a loop, not recursion: this runs on every item of every document)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is dict:
            start, end = item.get("start"), item.get("end")
            if type(start) is int and type(end) is int and not 0 <= start < end <= length:
                return False
            stack.extend(item.values())
        elif type(item) is list or type(item) is tuple:
            stack.extend(item)
    return True


def furniture(doc: Doc) -> list[tuple[int, int]]:
    return [(b["start"], b["end"]) for b in (doc._.boilerplate or [])]


@Language.factory("annotator_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return paragraphs


def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: scraped news puts captions, bullets and paragraphs on lines
    of their own, and a parse that runs across them invents subjects."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    _furniture_ends_sentences(doc)
    return doc


def _furniture_ends_sentences(doc: Doc) -> None:
    """The sentence after a dateline ('HELSINKI, July 19 (Reuters) - Kone said ...') starts after its
    dash: parsed with the dateline, the place becomes the subject of 'said' and the speaker."""
    ends = sorted(end for _, end in furniture(doc))
    if not ends:
        return
    k = 0
    for tok in doc[1:]:
        while k < len(ends) and ends[k] <= doc[tok.i - 1].idx:
            k += 1
        if k < len(ends) and doc[tok.i - 1].idx < ends[k] <= tok.idx:
            tok.is_sent_start = True


@Language.factory("annotator_boilerplate")
def make_boilerplate(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return boilerplate


def boilerplate(doc: Doc) -> Doc:
    """Page furniture lines, found before the parse (they need only the text)."""
    doc._.boilerplate = well_formed(
        [{**b.model_dump(), "score": score("boilerplate", b.label)} for b in find_boilerplate(doc.text, doc._.title)],
        len(doc.text),
    )
    return doc


@Language.factory("annotator_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent:
    """Direct, partial and indirect quotes with cue, speaker and resolved speaker."""

    def __call__(self, doc: Doc) -> Doc:
        found = find_scored_quotes(doc, furniture(doc))
        doc._.quotes = well_formed(
            [{**q.model_dump(), "score": score("quotes", rule), "rule": rule} for q, rule in found], len(doc.text)
        )
        return doc


@Language.factory("annotator_events", default_config={"schema": None})
def make_events(nlp: Language, name: str, schema: dict | None) -> EventComponent:
    return EventComponent(LabelSchema.model_validate(schema) if schema else default_schema())


class EventComponent:
    """News events: triggers by lemma and part of speech, arguments from the parse."""

    def __init__(self, schema: LabelSchema) -> None:
        self.schema = schema

    def __call__(self, doc: Doc) -> Doc:
        found = find_scored_events(doc, self.schema, furniture(doc))
        doc._.events = well_formed(
            [{**e.model_dump(), "score": score("events", rule), "rule": rule} for e, rule in found], len(doc.text)
        )
        return doc
