"""Reported speech an editor quotes in one key: the clause a reporting verb introduces ("said that …").

An indirect quote is the words a reporting verb reports: its clausal complement in the parse
("Putin said at the time that [he would put any retaliation on hold]"), without the `that`
and without what follows it as a new clause (", saying …", ", hitting back …"). The desk's `'`
quotes the next one; selecting it by hand costs a search and several extends.

A pure walk over a parsed Doc (no model call).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.models import Span
from annotator.suggest import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REPORTING = lx.REPORTING_VERBS - lx.NAMING_VERBS
# Dependents of the reported clause's verb that start what the clause does not say (", saying …").
AFTERWARDS = frozenset({"advcl", "punct", "cc", "conj", "npadvmod"})


def reported_clauses(doc: Doc) -> list[Span]:
    """Every clause a reporting verb reports, in text order (the complement of said, told, warned …)."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in REPORTING or not tok.pos_.startswith(("VERB", "AUX")):
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None) or _that_clause(tok)
        if clause is None or clause.i < tok.i:  # '"…", she said': a direct quote, between its marks
            continue
        span = _clause_span(clause)
        if span is not None:
            out.append(span)
    return sorted(set(out), key=lambda s: (s.start, s.end))


def _that_clause(verb: Token) -> Token | None:
    """ "said at the time that he would …": a `that` clause the parser hung on a word after the verb."""
    for tok in verb.doc[verb.i + 1 : verb.i + 8]:
        if tok.lower_ == "that" and tok.dep_ in ("mark", "advmod") and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head if tok.head.i > tok.i else None
    return None


def _clause_span(head: Token) -> Span | None:
    """The clause's words: from its first word after `that` to its last before a comma-led afterthought."""
    words = [t for t in head.subtree]
    end = head.i
    for child in head.rights:
        if child.dep_ in AFTERWARDS and _after_comma(child):
            break
        end = max(t.i for t in child.subtree)
    words = [t for t in words if t.i <= end]
    while words and (words[0].dep_ == "mark" or words[0].tag_ in ("WDT", "WP") or _blank(words[0])):
        words.pop(0)  # "that", "who it said were spies"
    while words and (words[-1].dep_ == "cc" or _blank(words[-1])):
        words.pop()
    if not words:
        return None
    return Span(start=words[0].idx, end=words[-1].idx + len(words[-1]))


def _blank(tok: Token) -> bool:
    return tok.is_punct or tok.is_space


def _after_comma(tok: Token) -> bool:
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return tok.is_punct or (before is not None and before.text in (",", ";", "—", "–"))


def next_reported(clauses: list[Span], offset: int, taken: list[Span]) -> Span | None:
    """The reported clause holding `offset`, else the first after it, that no quote already covers."""

    def free(span: Span) -> bool:
        return not any(t.start < span.end and span.start < t.end for t in taken)

    around = [s for s in clauses if s.start <= offset < s.end and free(s)]
    if around:
        return min(around, key=lambda s: s.end - s.start)
    return next((s for s in clauses if s.start > offset and free(s)), None)
