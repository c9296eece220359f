"""A small article with suggestions of every kind, shared by the desk and article-screen tests."""

from __future__ import annotations

from annotator.core.models import Boilerplate, Entity, Event, Quote, Span, Unit

LAYER = "suggestions:test@1"
TEXT = (
    'Maria Zakharova, the spokeswoman, said Russia would "take counter measures against the US." '
    "She said Moscow could expel diplomats.\n"
    "Photo: José Müller 😀 | AFP\n"
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


def ent(text: str, needle: str, label: str, nth: int = 0) -> Entity:
    s = span(text, needle, nth)
    return Entity(start=s.start, end=s.end, label=label)


def suggestions_for(doc_id: str, text: str, score: float | None = None) -> list[Unit]:
    """Suggestions of every kind on TEXT: entities, a quote with speaker and cue, an event, furniture."""
    quote = Quote(
        content=span(text, '"take counter measures against the US."'),
        speaker=span(text, "Maria Zakharova"),
        speaker_entity=span(text, "Maria Zakharova"),
        cue=span(text, "said"),
    )
    event = Event(
        trigger=span(text, "expel"),
        type="Personnel.Expel",
        arguments={"Agent": span(text, "Moscow"), "Patient": span(text, "diplomats")},
    )
    photo = span(text, "Photo: José Müller 😀 | AFP")
    bodies = [
        ent(text, "Maria Zakharova", "PERSON"),
        ent(text, "Russia", "GPE"),
        ent(text, "US", "GPE"),
        ent(text, "Moscow", "GPE"),
        quote,
        event,
        Boilerplate(start=photo.start, end=photo.end),
    ]
    return [Unit(doc_id=doc_id, body=b, source="test", score=score) for b in bodies]
