"""Which phrases the parse says fill an event's roles, in the extents an editor marks: the desk's first role rows.

An editor mending a role wants the trigger's own subject or object as the sentence gives it
("the US", "Russian diplomats and their families", "hundreds of US diplomats"), not the
nearest entity. The parse names them: its subjects (also of the verb a trigger hangs on) for
the role that acts, its objects for the role acted on, `to`/the dative for the one who receives.
Each comes in its extents (the name, the phrase with its determiner, the whole phrase with its
coordination and prepositions, the bare noun), so a one-key row can offer the extent wanted.

A pure walk over a parsed Doc (no model call); a few dozen tokens per trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.models import Span
from annotator.suggest import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "csubj"})
OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# Links a trigger hangs on its verb by ("to expel", "imposed sanctions", "the seizure of"): the verb's subject acts.
UPWARD = frozenset({"xcomp", "conj", "advcl", "ccomp", "dobj", "pobj", "prep", "nsubjpass", "acl", "relcl", "compound"})
OBJECT_PREPS = frozenset({"of", "on", "against", "with", "from", "over", "into", "to", "at", "in"})
RECEIVER_PREPS = frozenset({"to", "for"})
# Left modifiers of a noun kept in its bare extent (no determiner, possessor or participle).
BARE_LEFT = frozenset({"compound", "amod", "nummod", "nmod"})
# Right dependents that end a phrase ("the compounds that it seized", "Putin, who said").
PHRASE_ENDS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "npadvmod", "advmod"})
NOT_FILLERS = frozenset({"DATE", "TIME", "PERCENT", "ORDINAL"})  # "hundreds of diplomats" does fill one


def role_phrases(doc: Doc, trigger: Span, etype: str, roles: list[str]) -> dict[str, list[Span]]:
    """For the role that acts, the one acted on and the one who receives (the suggester's frame for
    `etype`), the parse's likely fillers, likeliest first, each in its extents. Other roles: none."""
    head = _trigger_token(doc, trigger)
    if head is None:
        return {}
    actor, undergoer, receiver = lx.ROLE_FRAMES.get(etype, lx.NEWS_FRAME)
    subjects, objects, receivers = _participants(head)
    out: dict[str, list[Span]] = {}
    for role, side in ((actor, subjects), (undergoer, objects), (receiver, receivers)):
        if role is None or role not in roles or role in out:
            continue
        # Each phrase's first extent before any phrase's others: the second row is another phrase.
        found = [extents(doc, tok) for tok in side]
        spans = [s for ext in found for s in ext[:1]] + [s for ext in found for s in ext[1:]]
        out[role] = list(dict.fromkeys(s for s in spans if not _overlaps(s, trigger)))
    return out


def _trigger_token(doc: Doc, trigger: Span) -> Token | None:
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _participants(head: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """(subjects, objects, receivers) of the trigger: its own, then those of the verbs it hangs on."""
    subjects = [c for c in head.children if c.dep_ in SUBJECTS or c.dep_ == "poss"]
    subjects += _by(head)
    subjects += [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "ORG", "NORP")]
    objects = [c for c in head.children if c.dep_ in OBJECTS]
    objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for g in _pobjs(c)]
    receivers = [c for c in head.children if c.dep_ == "dative"]
    receivers += [g for c in head.children if c.dep_ == "prep" and c.lower_ in RECEIVER_PREPS for g in _pobjs(c)]
    if head.dep_ == "relcl":  # "the compounds that the administration seized"
        objects.append(head.head)
    tok = head
    for _ in range(4):  # "Moscow threatened to expel", "the US imposed sanctions on"
        if tok.dep_ not in UPWARD or tok.head.i == tok.i:
            break
        tok = tok.head
        subjects += [c for c in tok.children if c.dep_ in SUBJECTS]
        if tok.pos_ in ("NOUN", "PROPN"):  # "a decision by Putin to expel", "Russia's decision to expel"
            subjects += [c for c in tok.children if c.dep_ == "poss"] + _by(tok)
        if tok.pos_ == "VERB" and head.dep_ in ("dobj", "nsubjpass"):
            objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for g in _pobjs(c)]
    keep = [t for t in subjects + objects + receivers if t.ent_type_ not in NOT_FILLERS and not t.is_punct]
    return [t for t in subjects if t in keep], [t for t in objects if t in keep], [t for t in receivers if t in keep]


def _by(tok: Token) -> list[Token]:
    """The agent a `by` phrase names ("expelled by Moscow", "a decision by Putin")."""
    return [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in _pobjs(c)]


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]


def extents(doc: Doc, tok: Token) -> list[Span]:
    """The spans an editor may mean by a phrase's head word, widest-by-need first: the phrase with its
    determiner ("the US"), the name ("US"), the whole phrase ("Iran and North Korea", "hundreds of
    US diplomats"), the bare noun ("son" of "Trump's son")."""
    out = []
    ent = _entity_of(doc, tok)
    if ent is not None:  # the name, with its determiner ("the US"; not "President Vladimir Putin")
        first, last = ent
        det = doc[first.i - 1] if first.i > 0 else None
        with_det = det is not None and det.dep_ == "det" and first.i <= det.head.i <= last.i
        name = Span(start=first.idx, end=last.idx + len(last))
        out += [Span(start=det.idx, end=name.end) if with_det and det is not None else name, name]
    out.append(_left_complete(tok))
    whole = _whole(doc, tok)
    if whole is not None:
        out.append(whole)
    out.append(_bare(tok))
    return list(dict.fromkeys(s for s in out if s.end > s.start))


def _entity_of(doc: Doc, tok: Token) -> tuple[Token, Token] | None:
    """The first and last token of the named entity `tok` is in (by its IOB marks: no scan of doc.ents)."""
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    first = tok
    while first.ent_iob_ == "I" and first.i > 0:
        first = doc[first.i - 1]
    last = tok
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    return first, last


def _left_complete(tok: Token) -> Span:
    left = min((t for t in tok.subtree if t.i <= tok.i), key=lambda t: t.i)
    while left.i < tok.i and (left.is_punct or left.dep_ == "cc"):
        left = left.doc[left.i + 1]
    return Span(start=left.idx, end=tok.idx + len(tok))


def _whole(doc: Doc, tok: Token) -> Span | None:
    """The phrase with its right dependents (coordination, prepositions), stopping at a clause or comma."""
    end = tok
    for child in tok.rights:
        if child.dep_ in PHRASE_ENDS:
            break
        end = max((t for t in child.subtree), key=lambda t: t.i)
    if end.i == tok.i:
        return None
    while end.i > tok.i and (end.is_punct or end.dep_ == "cc"):
        end = doc[end.i - 1]
    start = _left_complete(tok)
    return Span(start=start.start, end=end.idx + len(end))


def _bare(tok: Token) -> Span:
    """The noun with the compounds and adjectives right before it (no determiner, possessor or participle)."""
    left = tok
    for child in reversed(list(tok.lefts)):
        if child.i != left.i - 1 or child.dep_ not in BARE_LEFT or child.tag_ == "VBN":
            break
        left = child
    return Span(start=left.idx, end=tok.idx + len(tok))


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def refinements(doc: Doc, filler: Span) -> list[Span]:
    """Other extents of the phrase a role holds ("US" -> "the US", "Russian diplomats" -> "Russian
    diplomats and their families", "Trump's son" -> "son"): the likely mends of a filler the
    suggester cut short or long."""
    span = doc.char_span(filler.start, filler.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    return [s for s in extents(doc, span.root) if s != filler]
