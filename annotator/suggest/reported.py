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
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None) or _that_clause(tok) or _next_clause(tok)
        if clause is None or clause.i < tok.i:  # '"…", she said': a direct quote, between its marks
            continue
        span = _clause_span(clause)
        if span is not None:
            out.append(_with_but(tok, span))
    return sorted(set(out), key=lambda s: (s.start, s.end))


def _that_clause(verb: Token) -> Token | None:
    """ "said at the time that he would …": a `that` clause the parser hung on a word after the verb."""
    for tok in verb.doc[verb.i + 1 : verb.i + 8]:
        if tok.lower_ == "that" and tok.dep_ in ("mark", "advmod") and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head if tok.head.i > tok.i else None
    return None


def _next_clause(verb: Token) -> Token | None:
    """ "indicated during the campaign he would seek …": a clause the parser hung elsewhere, starting right
    after the verb's own words."""
    end = max(t.i for t in verb.subtree)
    for tok in verb.doc[end + 1 : end + 12]:
        if tok.dep_ == "ccomp" and tok.left_edge.i in (end + 1, end + 2) and tok.sent == verb.sent:
            return tok
    return None


def _with_but(verb: Token, span: Span) -> Span:
    """ "said Russia had waited … but it was all in vain": a clause joined by `but`/`and` with no comma
    before it goes on what was said."""
    doc = verb.doc
    after = doc.char_span(span.end, len(doc.text), alignment_mode="expand")
    if after is None or not len(after) or after[0].dep_ != "cc":
        return span
    joined = after[0].head  # "but" hangs on the clause it joins, that clause on the verb (or on "but")
    if joined.i == verb.i:
        joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > after[0].i), verb)
    if joined.head.i != verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
        return span
    last = max(t.i for t in joined.subtree)
    while last > joined.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return Span(start=span.start, end=doc[last].idx + len(doc[last]))


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


def speaker_of(doc: Doc, cue: Span) -> list[Span]:
    """Who a reporting verb's clause says speaks: its subject, or the subject of the verb it hangs on
    ("It called the move …, asserting that": It), as the phrase with its determiner ("The ministry")."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    tok = span.root
    for _ in range(3):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return [_phrase(subject)]
        if tok.dep_ not in ("advcl", "xcomp", "conj", "relcl") or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def _phrase(tok: Token) -> Span:
    """The name the subject is part of ("Kremlin spokesman [Dmitry Peskov]"), else its phrase ("The ministry")."""
    if tok.ent_iob_ in ("B", "I"):
        first, last = tok, tok
        while first.ent_iob_ == "I" and first.i > 0:
            first = tok.doc[first.i - 1]
        while last.i + 1 < len(tok.doc) and tok.doc[last.i + 1].ent_iob_ == "I":
            last = tok.doc[last.i + 1]
        return Span(start=first.idx, end=last.idx + len(last))
    left = min((t for t in tok.subtree if t.i <= tok.i), key=lambda t: t.i)
    return Span(start=left.idx, end=tok.idx + len(tok))
