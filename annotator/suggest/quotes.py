"""Quotes over a parsed spaCy Doc: direct, partial and indirect, with cue and speaker.

Quoted spans come from the quotation marks (quote_marks.py); each is attributed to the
lowest reporting cue that governs it in the parse, else to a cue in the attribution just
after or just before it in the same sentence. Indirect quotes are reported clauses of a
reporting verb (or "according to X") that contain no quotation marks: when reported speech
holds quoted words, only the quoted words are a quote. A quote with no attribution right
after an attributed quote in the same paragraph continues that speaker (or is the second
half of a split quote). No attribution found: the quote is kept, its speaker left empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from annotator.core.models import Quote, Span
from annotator.suggest import lexicon as lx
from annotator.suggest.quote_marks import Quoted, find_quoted
from annotator.suggest.speakers import Mention, Resolver, mention_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WALK_STEPS = 8
WINDOW_TOKENS = 30
SENTENCE_END = frozenset(".!?")
HEADLINE_CUES = frozenset("says said tells told warns warned claims adds insists denies confirms".split())


@dataclass
class Found:
    """A quote being built: char spans, the cue token(s) and the speaker token."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None  # token index range
    speaker_tok: int | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)
    para: int = 0
    inherited: bool = False


def find_quotes(doc: Doc, skip: Sequence[tuple[int, int]] = ()) -> list[Quote]:
    """Every quote in the document outside the `skip` character ranges (page furniture)."""
    text = doc.text
    marks = [q for q in find_quoted(text) if not _inside(q.open, skip) and text[q.start : q.end].strip()]
    spans = [(q.start, q.end) for q in marks]
    found = [_attribute(doc, q, spans) for q in marks]
    found = _continue_speakers(doc, found)
    found += _indirect(doc, spans, skip)
    found.sort(key=lambda f: f.start)
    return _to_quotes(doc, found, spans)


def _inside(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)


def _para(text: str, pos: int) -> int:
    """A paragraph id: the offset of the blank-line-free line block start."""
    return text.rfind("\n", 0, pos)


# -- direct and partial ------------------------------------------------------------------


def _attribute(doc: Doc, q: Quoted, spans: Sequence[tuple[int, int]]) -> Found:
    text = doc.text
    start, end = _trim(text, q.start, q.end)
    found = Found(start, end, _kind(text, q, start), para=_para(text, q.open))
    inner = [t for t in doc if start <= t.idx < end]
    cue = _governing_cue(doc, inner, spans) or _cue_after(doc, q, spans) or _cue_before(doc, q, spans)
    if cue is not None:
        found.cue = cue
        found.speaker_tok = _speaker_token(doc, cue)
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _kind(text: str, q: Quoted, start: int) -> str:
    """Direct when the quote opens a sentence (or follows a colon or comma) with a capital."""
    before = text[: q.open].rstrip(" \u00a0\t")
    prev = before[-1:] if before else "\n"
    if text[start : start + 1].isupper() and (prev in "\n.!?:,—–" or prev in "”\"’'" or not before):
        return "direct"
    if text[start : start + 1].isupper() and before.split()[-1:] and before.split()[-1].lower() in HEADLINE_CUES:
        return "direct"
    return "partial"


def _is_cue(tok: Token) -> bool:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        return True
    if tok.tag_.startswith("VB") and tok.lemma_.lower() in lx.REPORTING_VERBS:
        return True
    return tok.lower_ in HEADLINE_CUES and tok.is_title


def _cue_range(tok: Token) -> tuple[int, int]:
    return (tok.i, tok.i + 2) if tok.lower_ == "according" else (tok.i, tok.i + 1)


def _in_quotes(tok: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return _inside(tok.idx, spans)


def _governing_cue(doc: Doc, inner: list[Token], spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The lowest reporting cue above the quote in the dependency tree, outside every quote."""
    if not inner:
        return None
    first, last = inner[0].i, inner[-1].i
    for tok in inner:
        head, steps = tok.head, 0
        if first <= head.i <= last and head is not tok:
            continue  # not a root of the quoted stretch
        while head is not tok and steps < WALK_STEPS:
            if not (first <= head.i <= last) and not _in_quotes(head, spans) and _is_cue(head):
                if "\n\n" in doc.text[min(head.idx, tok.idx) : max(head.idx, tok.idx)]:
                    break
                return _cue_range(head)
            if head.head is head:
                break
            tok, head, steps = head, head.head, steps + 1
    return None


def _window(doc: Doc, start_tok: int, step: int, spans: Sequence[tuple[int, int]]) -> list[Token]:
    """Tokens from a quote mark outwards to the sentence edge, the next quote or the paragraph break."""
    out: list[Token] = []
    i = start_tok
    while 0 <= i < len(doc) and len(out) < WINDOW_TOKENS:
        tok = doc[i]
        if _in_quotes(tok, spans) or "\n" in tok.text or "\n" in tok.whitespace_ and step > 0 and out:
            if "\n" in tok.whitespace_ and step > 0 and not _in_quotes(tok, spans):
                out.append(tok)
            break
        if tok.text in SENTENCE_END and out:
            break
        if tok.text not in "“”\"‘’'":
            out.append(tok)
        if step < 0 and "\n" in tok.whitespace_ and out:
            break
        i += step
    return out


def _token_at(doc: Doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


def _cue_after(doc: Doc, q: Quoted, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """`"...," the ministry said`: the first cue between the closing mark and the sentence end."""
    if q.close >= len(doc.text):
        return None
    at = _token_at(doc, q.close)
    if at is None:
        return None
    after = at + 1 if doc[at].text in "”\"’'" else at
    for tok in _window(doc, after, +1, spans):
        if _is_cue(tok):
            return _cue_range(tok)
    return None


def _cue_before(doc: Doc, q: Quoted, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """`Lavrov told journalists: "..."`: the nearest cue between the sentence start and the opening mark."""
    at = _token_at(doc, q.open)
    if at is None or at == 0:
        return None
    for tok in _window(doc, at - 1, -1, spans):
        if _is_cue(tok):
            return _cue_range(tok)
    return None


def _speaker_token(doc: Doc, cue: tuple[int, int]) -> int | None:
    """The subject of the cue verb (climbing through 'saying', 'adding' to the verb they hang on)."""
    tok = doc[cue[0]]
    if tok.lower_ == "according":
        to = doc[cue[0] + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return objs[0].i if objs else None
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0].i
        if tok.dep_ in ("xcomp", "advcl", "conj", "pcomp") and tok.head is not tok:
            tok = tok.head
            continue
        break
    return None


def _continue_speakers(doc: Doc, found: list[Found]) -> list[Found]:
    """An unattributed quote right after an attributed one in its paragraph: same speaker.

    When the attribution sits between the two (`"A," he said. "B."`) and both are direct,
    the second is the other half of one split quote.
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.para == f.para and prev.cue is not None:
            cue_between = prev.end <= doc[prev.cue[0]].idx < f.start
            same_cue = f.cue == prev.cue
            if (f.cue is None or same_cue) and cue_between and prev.kind == f.kind == "direct" and not prev.inherited:
                prev.extra.append((f.start, f.end))
                continue
            if f.cue is None:
                f = replace(f, cue=prev.cue, speaker_tok=prev.speaker_tok, inherited=True)
        out.append(f)
    return out


# -- indirect ----------------------------------------------------------------------------


def _indirect(doc: Doc, spans: Sequence[tuple[int, int]], skip: Sequence[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    for tok in doc:
        if _in_quotes(tok, spans) or _inside(tok.idx, skip) or not _is_cue(tok):
            continue
        if tok.lemma_.lower() in lx.NAMING_VERBS:
            continue
        if tok.lower_ == "according":
            piece = _according_clause(doc, tok)
        else:
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
            piece = _reported(doc, clauses[0]) if clauses else None
        if piece is None:
            continue
        start, end = piece
        if any(s < end and start < e for s, e in spans):
            continue
        cue = _cue_range(tok)
        out.append(Found(start, end, "indirect", cue=cue, speaker_tok=_speaker_token(doc, cue), para=_para(doc.text, start)))
    return out


def _reported(doc: Doc, clause: Token) -> tuple[int, int] | None:
    """The reported clause, cut before any nested 'saying ...' that reports something else."""
    nested = {
        t.i
        for c in clause.subtree
        if c is not clause and _is_cue(c) and c.dep_ in ("advcl", "xcomp", "conj")
        for t in c.subtree
    }
    toks = [t for t in clause.subtree if t.i not in nested]
    return _contiguous(doc, toks)


def _according_clause(doc: Doc, according: Token) -> tuple[int, int] | None:
    """'According to X, CLAUSE' or 'CLAUSE, according to X': the clause without the attribution."""
    head = according.head
    if head is according:
        return None
    drop = {t.i for t in according.subtree}
    toks = [t for t in head.subtree if t.i not in drop]
    before = [t for t in toks if t.i < according.i]
    after = [t for t in toks if t.i > according.i]
    part = after if len(after) >= len(before) else before
    return _contiguous(doc, part)


def _contiguous(doc: Doc, toks: list[Token]) -> tuple[int, int] | None:
    """The first unbroken run of tokens, without a leading 'that' or punctuation at either end."""
    if not toks:
        return None
    run = [toks[0]]
    for t in toks[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    while run and (run[0].is_punct or (run[0].lower_ == "that" and run[0].dep_ == "mark") or run[0].dep_ == "cc"):
        run.pop(0)
    while run and (run[-1].is_punct or run[-1].dep_ == "cc"):
        run.pop()
    if len(run) < 2:
        return None
    return run[0].idx, run[-1].idx + len(run[-1])


# -- output ------------------------------------------------------------------------------


def _to_quotes(doc: Doc, found: list[Found], spans: Sequence[tuple[int, int]]) -> list[Quote]:
    resolver = Resolver(doc, list(spans))
    out: list[Quote] = []
    for f in found:
        speaker: Mention | None = None
        entity: Mention | None = None
        if f.speaker_tok is not None:
            tok = doc[f.speaker_tok]
            speaker = mention_of(doc, tok)
            sent_start = tok.sent.start_char if doc.has_annotation("SENT_START") else speaker.start
            entity = resolver.resolve(tok, speaker, min(sent_start, speaker.start))
        cue = None
        if f.cue is not None:
            first, last = doc[f.cue[0]], doc[f.cue[1] - 1]
            cue = Span(start=first.idx, end=last.idx + len(last))
        out.append(
            Quote(
                content=Span(start=f.start, end=f.end),
                quote_kind=f.kind,  # type: ignore[arg-type]
                speaker=_span(speaker),
                speaker_entity=_span(entity),
                cue=cue,
                extra=tuple(Span(start=s, end=e) for s, e in f.extra),
            )
        )
    return out


def _span(m: Mention | None) -> Span | None:
    return None if m is None else Span(start=m.start, end=m.end)
