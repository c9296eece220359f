"""Per-document lookups built once (entity, noun chunk and sentence of each token).

spaCy builds a new Span object on every `doc.ents`, `doc.noun_chunks` or `token.sent`
access; asked per token, that cost more than the parse. The index is kept for the most
recent documents only (components see a whole batch in turn), outside `doc.user_data`
(which must stay serialisable).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class DocIndex:
    ent_of: dict[int, Span]
    chunk_of: dict[int, Span]
    sent_start: list[int]  # token index -> index of the first token of its sentence
    text: str  # Doc.text joins every token on each access
    quoted: list[tuple[int, int]] | None = field(default=None)  # quoted spans, filled by the quote component

    def entity(self, tok: Token) -> Span | None:
        return self.ent_of.get(tok.i)

    def chunk(self, tok: Token) -> Span | None:
        return self.chunk_of.get(tok.i)

    def sentence_start(self, tok: Token) -> Token:
        return tok.doc[self.sent_start[tok.i]]


KEEP = 128  # more than a pipe batch, so the quote and event components share one index per doc
_LAST: dict[int, tuple[Doc, DocIndex]] = {}


def index(doc: Doc) -> DocIndex:
    """The index of a fully processed doc (call only after NER and the parser have run)."""
    hit = _LAST.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    try:
        chunk_of = {i: c for c in doc.noun_chunks for i in range(c.start, c.end)}
    except ValueError:  # no parser in this pipeline: no chunks
        chunk_of = {}
    sent_start = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                sent_start[i] = sent.start
    built = DocIndex(ent_of, chunk_of, sent_start, doc.text)
    if len(_LAST) >= KEEP:
        _LAST.pop(next(iter(_LAST)))
    _LAST[id(doc)] = (doc, built)
    return built
