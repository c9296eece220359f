"""spaCy factories for our components, so any spaCy user can `nlp.add_pipe` them.

Results live in Doc extensions as plain dicts (pydantic dumps), which survive
`nlp.pipe(n_process=...)` serialisation; `annotator.suggest.units` turns them into Units.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from annotator.core.schema import LabelSchema, default_schema
from annotator.suggest.boilerplate import find_boilerplate
from annotator.suggest.events import find_scored_events
from annotator.suggest.quotes import find_scored_quotes
from annotator.suggest.scores import score

for _name in ("boilerplate", "quotes", "events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


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
    return doc


@Language.factory("annotator_boilerplate")
def make_boilerplate(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return boilerplate


def boilerplate(doc: Doc) -> Doc:
    """Page furniture lines, found before the parse (they need only the text)."""
    doc._.boilerplate = [{**b.model_dump(), "score": score("boilerplate", b.label)} for b in find_boilerplate(doc.text)]
    return doc


@Language.factory("annotator_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent:
    """Direct, partial and indirect quotes with cue, speaker and resolved speaker."""

    def __call__(self, doc: Doc) -> Doc:
        found = find_scored_quotes(doc, furniture(doc))
        doc._.quotes = [{**q.model_dump(), "score": score("quotes", rule), "rule": rule} for q, rule in found]
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
        doc._.events = [{**e.model_dump(), "score": score("events", rule), "rule": rule} for e, rule in found]
        return doc
