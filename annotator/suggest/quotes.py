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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from annotator.core.models import Quote, Span
from annotator.suggest import lexicon as lx
from annotator.suggest.docindex import index
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
    rule: str = "unattributed"  # the rule that attributed it: its score's key in rule_scores.toml


def find_quotes(doc: Doc, skip: Sequence[tuple[int, int]] = ()) -> list[Quote]:
    """Every quote in the document outside the `skip` character ranges (page furniture)."""
    return [quote for quote, _ in find_scored_quotes(doc, skip)]


def find_scored_quotes(doc: Doc, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[Quote, str]]:
    """Each quote with the name of the rule that found it (a scare quote's rule is 'term')."""
    text = index(doc).text
    marks = [_clip_furniture(q, skip) for q in find_quoted(text) if not _inside(q.open, skip)]
    marks = [q for q in marks if text[q.start : q.end].strip()]
    index(doc).quoted = [(q.start, q.end) for q in marks]
    spans = [(q.start, q.end) for q in marks]
    found = _join_paragraphs(marks, [_attribute(doc, q, spans) for q in marks])
    found = [f for f in _continue_speakers(doc, found) if f.rule != "term"]  # right about 1 time in 9: not suggested
    reported = _relayed(doc, _indirect(doc, spans, skip))
    found = _after_reported(doc, found, reported) + reported
    found.sort(key=lambda f: f.start)
    return _to_quotes(doc, found, spans)


def _join_paragraphs(marks: Sequence[Quoted], found: list[Found]) -> list[Found]:
    """A quote over several paragraphs is one quote: each later paragraph is a part of the
    first; the attribution, wherever it is (often after the last paragraph), is the whole's."""
    out: list[Found] = []
    for q, f in zip(marks, found):
        if not q.continued or not out:
            out.append(f)
            continue
        first = out[-1]
        first.extra.append((f.start, f.end))
        if first.cue is None and f.cue is not None:
            first.cue, first.speaker_tok, first.rule = f.cue, f.speaker_tok, f.rule
        if first.rule == "term":
            first.rule = "unattributed"
    return out


def _clip_furniture(q: Quoted, skip: Sequence[tuple[int, int]]) -> Quoted:
    """A quote left open never runs into a dateline, byline or credit line after it."""
    stops = [s for s, _ in skip if q.open < s < q.close]
    return replace(q, close=min(stops)) if stops else q


def _inside(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)


def _para(text: str, pos: int) -> int:
    """A paragraph id: the offset of the blank-line-free line block start."""
    return text.rfind("\n", 0, pos)


# -- direct and partial ------------------------------------------------------------------


def _attribute(doc: Doc, q: Quoted, spans: Sequence[tuple[int, int]]) -> Found:
    text = index(doc).text
    start, end = _trim(text, q.start, q.end)
    found = Found(start, end, _kind(text, q, start), para=_para(text, q.open))
    span = doc.char_span(start, end, alignment_mode="expand")
    inner = list(span) if span is not None else []
    cue = None
    for rule, finder in (
        ("governing", lambda: _governing_cue(doc, inner, spans)),
        ("after", lambda: _cue_after(doc, q, spans)),
        ("before", lambda: _cue_before(doc, q, spans)),
    ):
        cue = finder()
        if cue is not None:
            found.rule = rule
            break
    if cue is None and _is_term(text, start, end):
        found.rule = "term"
    if cue is None:
        found.speaker_tok = _colon_speaker(doc, q.open)
        found.rule = "colon" if found.speaker_tok is not None else found.rule
    if cue is not None:
        found.cue = cue
        found.speaker_tok = _speaker_token(doc, cue)
        close_tok = _token_at(doc, min(q.close, len(text) - 1))
        if close_tok is not None and close_tok < cue[0] and doc[cue[0]].idx >= end:
            subj = found.speaker_tok
            if subj is None or not (close_tok < subj):
                found.speaker_tok = _between_speaker(doc, close_tok + 1, cue[0]) or subj
    return found


# "Harry Redknapp: “...”", "Andre Villas-Boas (on the miss): “...”": a name, perhaps an aside, a colon, the quote
COLON_LEAD = re.compile(r"^\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})(?: \([^()\n]{1,80}\))?\s*:\s*$")


def _colon_speaker(doc: Doc, open_at: int) -> int | None:
    """The name that opens the quote's line and hands it on with a colon (a transcript's or a sports
    round-up's layout): the speaker, with no speech verb at all."""
    text = index(doc).text
    line_start = text.rfind("\n", 0, open_at) + 1
    m = COLON_LEAD.match(text[line_start:open_at])
    if m is None:
        return None
    last = _token_at(doc, line_start + m.end(1) - 1)
    if last is None or not (doc[last].ent_type_ in ("PERSON", "ORG") or doc[last].pos_ == "PROPN"):
        return None
    return last


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without the spaces round them, nor the first half of a doubled closing mark
    after a space ('lead to ... '' Smith said': the pair closes the quote, its first mark is no word)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > 1 and text[end - 1] in "'’" and text[end - 2].isspace() and text[end : end + 1] in "'’":
        return _trim(text, start, end - 1)
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
    if tok.tag_.startswith("VB") and tok.lemma_.lower() in lx.BARE_CUES:
        return not any(c.dep_ in ("xcomp", "dobj", "prep") and not _quoted_word(tok.doc, c) for c in tok.children)
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
                if "\n\n" in index(doc).text[min(head.idx, tok.idx) : max(head.idx, tok.idx)]:
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
        if _in_quotes(tok, spans) or "\n" in tok.text or (tok.text in SENTENCE_END and out):
            break
        if step < 0 and "\n" in tok.whitespace_:
            break  # this token ends the previous paragraph
        if tok.text not in "“”\"‘’'":
            out.append(tok)
        if step > 0 and "\n" in tok.whitespace_:
            break  # the paragraph ends after this token
        i += step
    return out


def _token_at(doc: Doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


def _cue_after(doc: Doc, q: Quoted, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """`"...," the ministry said`: the first cue between the closing mark and the sentence end."""
    if q.close >= len(index(doc).text):
        return None
    at = _token_at(doc, q.close)
    if at is None:
        return None
    after = at + 1 if _marks_only(doc[at]) else at
    for tok in _window(doc, after, +1, spans):
        if _is_cue(tok):
            return None if _reports_its_own_clause(tok, spans) else _cue_range(tok)
    return None


def _marks_only(tok: Token) -> bool:
    """A closing quotation mark as one token, a doubled one too (`''` that some wires print for ”): its first
    character may still lie inside the quoted span, so the attribution starts after it."""
    return bool(tok.text) and set(tok.text) <= set("”\"’'")


def _reports_its_own_clause(cue: Token, spans: Sequence[tuple[int, int]]) -> bool:
    """`"...." The statement said officers had found ...`: a cue with a reported clause of its own after
    it, outside the marks, attributes that clause, not the quote before it."""
    return any(
        c.dep_ == "ccomp" and c.i > cue.i and not _in_quotes(c, spans) and c.pos_ in ("VERB", "AUX")
        for c in cue.children
    )


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
    """The subject of the cue; a cue without one ('saying', 'adding') speaks for the reporting
    verb above it, else for the verb it hangs on."""
    tok = doc[cue[0]]
    if tok.lower_ == "according":
        to = doc[cue[0] + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return objs[0].i if objs else None
    subj = _subject(tok)
    if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass":
        return None  # 'It is alleged that ...': no one is named as saying it
    if subj is not None and subj.dep_ == "nsubjpass" and tok.lemma_.lower() in lx.HEARING_VERBS:
        return _agent(tok)  # 'The court was told that ...': the court heard it; only 'by X' names who spoke
    if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl" and _can_speak(tok.head):
        return tok.head.i  # 'a report by an analyst that said ...': the noun the clause hangs on speaks
    titled = _titled_name_before(doc, tok, subj)
    if titled is not None:
        return titled
    if subj is not None:
        return _animate_or_nearby(doc, tok, subj)
    cited = _cited_source(tok)
    if cited is not None:
        return cited.i
    sayer = _participle_sayer(tok)
    if sayer is not None:
        return sayer.i
    head, steps = tok.head, 0
    while head is not head.head and steps < WALK_STEPS:
        if _is_cue(head) and _subject(head) is not None:
            return _animate_or_nearby(doc, head, _subject(head))  # type: ignore[arg-type]
        head, steps = head.head, steps + 1
    verb = tok
    for _ in range(4):
        if verb.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or verb.head is verb:
            break
        verb = verb.head
        subj = _subject(verb)
        if subj is not None:
            return _animate_or_nearby(doc, verb, subj)
    return _gerund_sayer(doc, tok)


def _gerund_sayer(doc: Doc, tok: Token) -> int | None:
    """'Jurors did not look at him, moments before saying he was guilty', 'gave no details other than saying
    ...': a gerund cue after a preposition has the subject of the clause it hangs on (the nearest verb above,
    however the parse attaches the preposition)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.pos_ != "ADP":
        return None
    head = tok.head.head
    for _ in range(GERUND_STEPS):
        subj = _subject(head) if head.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            return _animate_or_nearby(doc, head, subj)
        if head.head is head:
            return None
        head = head.head
    return None


GERUND_STEPS = 6  # from the preposition up to the verb of its clause ('other than', under a noun, under the verb)
ROLE_TITLE_LINKS = frozenset({",", "and", "of", "in", "for", "&"})


def _titled_name_before(doc: Doc, cue: Token, subj: Token | None) -> int | None:
    """'Law, Justice and Parliamentary Affairs Minister Anisul Huq said', 'Leader of Government in Parliament and
    Agriculture Minister Inia Seruiratu said': a long capitalised title the parse takes for the subject (or
    hangs elsewhere) ends in a role word and the person's name right before the cue; the name speaks. Only
    when the parse's subject is a word of that title ('the daughter of Minister Jones said' keeps 'daughter')."""
    if cue.i == 0 or cue.pos_ != "VERB":
        return None
    last = doc[cue.i - 1]
    ent = index(doc).entity(last) if last.ent_type_ == "PERSON" else None
    if ent is None or ent.end != cue.i or ent.start == 0:
        return None
    role = doc[ent.start - 1]
    for _ in range(2):  # 'Minister Chamal Rajapaksa' with only the surname tagged: the role before the first name
        if role.i == 0 or role.ent_type_ or role.pos_ != "PROPN" or role.lemma_.lower() in lx.PERSON_ROLES:
            break
        role = doc[role.i - 1]
    if not role.is_title or role.lemma_.lower() not in lx.PERSON_ROLES:
        return None
    if subj is not None and subj.i >= ent.start:
        return None  # the parse already has the name (or a later word) as subject
    if subj is not None and not _in_title_run(doc, subj.i, role.i):
        return None
    return ent.end - 1


def _in_title_run(doc: Doc, start: int, end: int) -> bool:
    """Every word from `start` up to `end` is a capitalised word of a title or a small word joining them."""
    return all(t.is_title or t.lower_ in ROLE_TITLE_LINKS for t in doc[start:end])


CITING_VERBS = frozenset({"cite", "quote"})


def _participle_sayer(tok: Token) -> Token | None:
    """'with a prosecutor saying ...': the noun a participle cue hangs on says it; 'Police issued a statement
    saying ...': a document speaks for whoever issued it."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or noun.i == tok.i:
        return None
    if noun.lemma_.lower() in lx.DOCUMENT_NOUNS and noun.dep_ == "dobj":
        issuer = _subject(noun.head)
        return issuer if issuer is not None and _can_speak(issuer) else None
    return noun if _can_speak(noun) and noun.lower_ not in lx.OBJECT_PRONOUNS else None


def _agent(verb: Token) -> int | None:
    """The one a passive verb names as doing it ('was told by the prosecutor'), if any."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return obj.i if obj is not None else None


def _cited_source(tok: Token) -> Token | None:
    """'Interfax cited a source as saying ...', 'quoted X as saying', 'cited a source it did not
    identify as saying': the one cited speaks."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ != "as":
        return None
    verb = prep.head
    for _ in range(3):
        if verb.lemma_.lower() in CITING_VERBS:
            return next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.dep_ == "relcl":  # "... a source [it did not identify] as saying"
            noun = verb.head
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CITING_VERBS:
                return noun
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _can_speak(tok: Token) -> bool:
    """A name, a pronoun, a role or a source noun; 'the decision' or 'the ball' cannot speak."""
    if tok.lower_ in ("what", "which", "whatever", "that"):
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ in ("PRON", "PROPN"):
        return True
    lemma = tok.lemma_.lower()
    return (
        lemma in lx.PERSON_ROLES
        or lemma in lx.ORG_HEADS
        or lemma in lx.SOURCE_NOUNS
        or lemma in lx.GENERIC_ORG_HEADS
        or lemma in lx.PEOPLE_NOUNS
    )


def _animate_or_nearby(doc: Doc, verb: Token, subj: Token) -> int:
    """A parse that hands the cue an object for a subject: take the nearest subject to its left that can speak."""
    if _can_speak(subj) and subj.lower_ not in lx.OBJECT_PRONOUNS:
        return subj.i
    sent_start = index(doc).sent_start[verb.i]
    reported = [(c.left_edge.i, c.right_edge.i) for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    for i in range(verb.i - 1, sent_start - 1, -1):
        cand = doc[i]
        if any(a <= i <= b for a, b in reported):
            continue  # 'when he died, a medical examiner said': 'he' is in the words reported
        if cand.dep_ in ("nsubj", "nsubjpass") and _can_speak(cand) and not _quoted_word(doc, cand):
            if cand.lower_ not in lx.OBJECT_PRONOUNS:  # 'to get him help': 'him' is parsed a subject, never speaks
                return cand.i
    return subj.i


def _quoted_word(doc: Doc, tok: Token) -> bool:
    """A word inside quotation marks belongs to the quote, never to its attribution."""
    return any(s <= tok.idx < e for s, e in _quoted_spans(doc))


def _quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    idx = index(doc)
    if idx.quoted is None:
        idx.quoted = [(q.start, q.end) for q in find_quoted(idx.text)]
    return idx.quoted


def _between_speaker(doc: Doc, after_tok: int, cue_tok: int) -> int | None:
    """In `"...," X said` the speaker sits between the closing mark and the cue: the last name
    (or subject pronoun) there, which skips an apposition like ', a deputy minister,'."""
    best = affiliated = None
    for i in range(after_tok, cue_tok):
        tok = doc[i]
        if tok.ent_type_ in ("PERSON", "ORG", "GPE") or (tok.pos_ == "PRON" and tok.dep_ == "nsubj"):
            if _in_phrase(tok, after_tok, cue_tok):
                affiliated = _described(tok).i
            else:
                best = _described(tok).i
    best = best if best is not None else affiliated
    if best is None and 0 < cue_tok - after_tok <= 8:
        # "the 32-year-old told": a misparse leaves the description without a dependency; its last word speaks
        words = [
            i for i in range(after_tok, cue_tok) if doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[i].is_punct
        ]
        best = words[-1] if words and _can_speak(doc[words[-1]]) or words and doc[words[-1]].lower_ == "old" else None
    return best


def _in_phrase(tok: Token, start: int, end: int) -> bool:
    """'Greg Fowler, special agent in charge of the FBI office in Oregon, said': a name under a preposition
    (within the attribution) is an affiliation or a place; the name outside one is who speaks."""
    for _ in range(WALK_STEPS):
        if tok.dep_ == "pobj":
            return True
        if tok.head is tok or not start <= tok.head.i < end:
            return False
        tok = tok.head
    return False


def _described(tok: Token) -> Token:
    """A place naming a person's home or beat ('a Geneva resident', 'a London lawyer') is not the
    speaker: the person it describes is."""
    head = tok.head
    if tok.ent_type_ in ("GPE", "NORP", "LOC") and tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i:
        if head.pos_ == "NOUN" and (_can_speak(head) or head.lemma_.lower() in lx.PEOPLE_NOUNS):
            return head
    return tok


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
            split = prev.kind == "direct" or f.kind == "direct"
            if (f.cue is None or same_cue) and cue_between and split and not prev.inherited:
                prev.extra.append((f.start, f.end))
                continue
            if f.cue is None and f.rule != "term":
                f = replace(f, cue=prev.cue, speaker_tok=prev.speaker_tok, inherited=True, rule="continued")
        elif prev is not None and f.cue is None and _next_paragraph_goes_on(index(doc).text, prev, f):
            f = replace(f, cue=prev.cue, speaker_tok=prev.speaker_tok, inherited=True, rule="next_paragraph")
        out.append(f)
    return out


def _after_reported(doc: Doc, found: list[Found], reported: list[Found]) -> list[Found]:
    """A paragraph that is only a quote, right after a paragraph that reports someone's words without
    marks ('It added the reporter had exaggerated.' / '“Inserting fragments ...'): the same speaker goes on."""
    text = index(doc).text
    out: list[Found] = []
    for f in found:
        before = [r for r in reported if r.end <= f.start]
        direct_before = [g for g in out if g.end <= f.start]
        prev = max(before, key=lambda r: r.end, default=None)
        if (
            f.cue is None
            and f.speaker_tok is None
            and prev is not None
            and not any(g.end > prev.end for g in direct_before)
            and _next_paragraph_goes_on(text, prev, f, after_kind="indirect")
        ):
            f = replace(f, cue=prev.cue, speaker_tok=prev.speaker_tok, inherited=True, rule="next_paragraph")
        out.append(f)
    return out


def _next_paragraph_goes_on(text: str, prev: Found, f: Found, after_kind: str = "direct") -> bool:
    """`"A," the police said in a statement.` then a paragraph that is only `"B."`: the speaker goes on
    (news gives a quote's later paragraphs no attribution of their own)."""
    if prev.cue is None or prev.kind != after_kind or f.kind != "direct" or f.rule == "term":
        return False
    opens_line = text[f.para + 1 : f.start].strip() in QUOTE_OPENERS
    between = text[text.find("\n", prev.end) : f.para + 1] if text.find("\n", prev.end) != -1 else "x"
    return opens_line and f.para > prev.para and between.strip() == ""


QUOTE_OPENERS = frozenset({'"', "“", "‘", "'", "«", "„"})


# -- indirect ----------------------------------------------------------------------------


def _indirect(doc: Doc, spans: Sequence[tuple[int, int]], skip: Sequence[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    for tok in doc:
        if not _is_cue(tok) or _in_quotes(tok, spans) or _inside(tok.idx, skip):
            continue
        if tok.lemma_.lower() in lx.NAMING_VERBS:
            continue
        if tok.lower_ == "according":
            piece = _according_clause(doc, tok, spans)
        else:
            clause = _reported_clause(tok)
            piece = _reported(doc, clause, spans) if clause is not None else None
        if piece is None:
            continue
        start, end = _clip_to_line(index(doc).text, tok.idx, *piece)
        if end - start < 3 or any(s < end and start < e for s, e in spans):
            continue
        cue = _cue_range(tok)
        rule = "according" if tok.lower_ == "according" else "indirect"
        out.append(
            Found(
                start,
                end,
                "indirect",
                cue=cue,
                speaker_tok=_speaker_token(doc, cue),
                para=_para(index(doc).text, start),
                rule=rule,
            )
        )
    return out


def _relayed(doc: Doc, reported: list[Found]) -> list[Found]:
    """'Police said the man had fled, the Courier reported': the words are the police's, relayed by the paper;
    the relaying quote, which holds another's cue and words, is not suggested (issue 11: a second-hand
    quote belongs to whoever the quoted words belong to). Only a relay by a verb after the words: 'According
    to police, the officer told the student ...' is the police's account, as the examples read it."""
    return [a for a in reported if not any(_relays(doc, a, b) for b in reported if b is not a)]


def _relays(doc: Doc, a: Found, b: Found) -> bool:
    """`a` holds `b` whole, cue and words, and its own cue comes after them."""
    if a.rule != "indirect" or a.cue is None or b.cue is None:
        return False
    inside = a.start <= b.start and b.end <= a.end and a.start <= doc[b.cue[0]].idx < a.end
    return inside and doc[a.cue[0]].idx >= a.end


def _reported_clause(cue: Token) -> Token | None:
    """The clause a reporting verb reports: its ccomp, or a 'that'-clause the parser hung on a
    time phrase ('said on Monday that ...', 'said at the time that ...')."""
    after = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if after:
        return after[0]
    before = [c for c in cue.children if c.dep_ == "ccomp"]
    if before and _subject(cue) is not None:
        return before[-1]  # "Russia will retaliate, Lavrov said"; without a subject it is a misparse
    for prep in cue.children:
        if prep.dep_ != "prep":
            continue
        for tok in prep.subtree:
            if tok.dep_ in ("relcl", "acl", "ccomp") and tok.left_edge.lower_ == "that" and _subject(tok) is not None:
                return tok
    return None


def _reported(doc: Doc, clause: Token, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The reported clause, cut before any nested 'saying ...' that reports something else;
    None when what it reports holds quoted words (those are the quote)."""
    nested = {
        t.i
        for c in clause.subtree
        if c is not clause and (_is_cue(c) and c.dep_ in ("advcl", "xcomp", "conj") or _speakers_aside(c))
        for t in c.subtree
    }
    toks = [t for t in clause.subtree if t.i not in nested]
    if any(_in_quotes(t, spans) for t in toks):
        return None
    return _contiguous(doc, toks)


def _speakers_aside(tok: Token) -> bool:
    """'X said sales were weak, blaming the weather': a participle after a comma that tells what the
    speaker did (blamed, cited, added) is the report's frame, not the reported words."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.lemma_.lower() in lx.ATTRIBUTION_PARTICIPLES
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
    )


def _according_clause(doc: Doc, according: Token, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """'According to X, CLAUSE' or 'CLAUSE, according to X': the clause without the attribution."""
    head = according.head
    if head is according:
        return None
    drop = {t.i for t in according.subtree}
    toks = [t for t in head.subtree if t.i not in drop]
    if any(_in_quotes(t, spans) for t in toks):
        return None
    before = [t for t in toks if t.i < according.i]
    after = [t for t in toks if t.i > according.i]
    part = after if len(after) >= len(before) else before
    return _contiguous(doc, part)


def _clip_to_line(text: str, cue_at: int, start: int, end: int) -> tuple[int, int]:
    """Reported speech stays in the cue's paragraph, whatever the parse says."""
    line_start = text.rfind("\n", 0, cue_at) + 1
    line_end = text.find("\n", cue_at)
    line_end = len(text) if line_end < 0 else line_end
    start, end = max(start, line_start), min(end, line_end)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in " ,;:\u00a0":
        end -= 1
    return start, end


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
    while run and (run[-1].is_punct or run[-1].is_space or run[-1].dep_ == "cc"):
        run.pop()  # a paragraph's closing full stop and line break are not reported words
    if len(run) < 2:
        return None
    return run[0].idx, run[-1].idx + len(run[-1])


# -- output ------------------------------------------------------------------------------


def _is_term(text: str, start: int, end: int) -> bool:
    """A scare quote, a term or a title: a few words, no sentence inside, not opening a sentence."""
    inner = text[start:end].strip()
    words = inner.split()
    if not words or len(words) > TERM_WORDS or inner[-1:] in ".!?,;:" or "\n" in inner:
        return False
    before = text[: start - 1].rstrip(" \u00a0\t")
    return bool(before) and before[-1] not in ".!?:\n"


TERM_WORDS = 4


def _to_quotes(doc: Doc, found: list[Found], spans: Sequence[tuple[int, int]]) -> list[tuple[Quote, str]]:
    resolver = Resolver(doc, list(spans))
    out: list[tuple[Quote, str]] = []
    for f in found:
        speaker: Mention | None = None
        entity: Mention | None = None
        if f.speaker_tok is not None:
            tok = doc[f.speaker_tok]
            speaker = mention_of(doc, tok)
            sent_start = index(doc).sentence_start(tok).idx
            entity = resolver.resolve(tok, speaker, min(sent_start, speaker.start))
        cue = None
        if f.cue is not None:
            first, last = doc[f.cue[0]], doc[f.cue[1] - 1]
            cue = Span(start=first.idx, end=last.idx + len(last))
        quote = Quote(
            content=Span(start=f.start, end=f.end),
            quote_kind=f.kind,  # type: ignore[arg-type]
            speaker=_span(speaker),
            speaker_entity=_span(entity),
            cue=cue,
            extra=tuple(Span(start=s, end=e) for s, e in f.extra),
        )
        out.append((quote, f.rule))
    return out


def _span(m: Mention | None) -> Span | None:
    return None if m is None else Span(start=m.start, end=m.end)
