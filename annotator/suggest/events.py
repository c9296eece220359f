"""News events over a parsed spaCy Doc: triggers by lemma and part of speech, arguments by parse.

Verbal triggers ("expel") take Agent from the subject (or the passive's by-phrase) and
Patient from the object (or the passive subject); nominal triggers ("expulsion") take
Agent from a possessive, a modifying name or the subject of the light verb that governs
them ("imposed sanctions"), and Patient from an of/on/against phrase. Time is a DATE
entity and Place a GPE/LOC/FAC entity attached to the trigger (or to the verb it depends
on). Only types in the schema are suggested.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotator.core.models import Event, Span
from annotator.core.schema import LabelSchema
from annotator.suggest import lexicon as lx
from annotator.suggest.docindex import index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
PATIENT_PREPS = {"of", "on", "against", "in", "to"}
CLAUSE_DEPS = frozenset({"xcomp", "conj", "advcl"})
NOMINAL_TAGS = ("NN",)


def find_events(doc: Doc, schema: LabelSchema, skip: Sequence[tuple[int, int]] = ()) -> list[Event]:
    """Every event of a schema type outside the `skip` ranges, in text order."""
    roles = {t.name: set(t.roles) for t in schema.event_types}
    allowed = set(roles)
    found: dict[int, tuple[Token, Token, str]] = {}  # head token index -> (first, last, type)
    for tok in doc:
        if any(s <= tok.idx < e for s, e in skip):
            continue
        hit = trigger_of(tok)
        if hit is not None and hit[2] in allowed:
            found[tok.i] = hit
    events = []
    for i, (first, last, etype) in sorted(found.items()):
        if _modifies_trigger(doc[i], found):
            continue
        args = {role: span for role, span in _arguments(doc, doc[i], etype).items() if role in roles[etype]}
        if first.i > last.i:  # a modifier parsed after its head ("measures counter"): the span still runs left to right
            first, last = last, first
        events.append(Event(trigger=Span(start=first.idx, end=last.idx + len(last)), type=etype, arguments=args))
    return events


def trigger_of(tok: Token) -> tuple[Token, Token, str] | None:
    """(first token, last token, type) when this token heads an event mention."""
    lemma = tok.lemma_.lower()
    tag = tok.tag_
    if tag.startswith("VB"):
        return _verbal(tok, lemma)
    if tag.startswith(NOMINAL_TAGS):
        return _nominal(tok, lemma)
    if tag.startswith("JJ") and lemma in lx.ADJ_TRIGGERS:
        return tok, tok, lx.ADJ_TRIGGERS[lemma]
    return None


def _verbal(tok: Token, lemma: str) -> tuple[Token, Token, str] | None:
    for child in tok.children:
        if child.dep_ == "prt" and (lemma, child.lower_) in lx.PARTICLE_TRIGGERS:
            last = child if child.i > tok.i else tok
            return tok, last, lx.PARTICLE_TRIGGERS[(lemma, child.lower_)]
        if child.dep_ == "dobj" and (lemma, child.lemma_.lower()) in lx.VERB_OBJECT_TRIGGERS:
            last = child if child.i == tok.i + 1 else tok
            return tok, last, lx.VERB_OBJECT_TRIGGERS[(lemma, child.lemma_.lower())]
    if lemma in lx.STAFF_CUT_VERBS:
        obj = _first(tok, ("dobj", "nsubjpass"))
        return (tok, tok, _staff_type(obj)) if obj is not None and _is_staff(obj) else None
    if lemma in lx.RESPONSE_WORDS:
        return (tok, tok, "Conflict.Retaliate") if _answers_hostility(tok) else None
    if lemma in lx.VERB_TRIGGERS and not any(c.dep_ == "prt" for c in tok.children):
        return tok, tok, lx.VERB_TRIGGERS[lemma]
    return None


def _nominal(tok: Token, lemma: str) -> tuple[Token, Token, str] | None:
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and (child.lemma_.lower(), lemma) in lx.COMPOUND_TRIGGERS:
            return child, tok, lx.COMPOUND_TRIGGERS[(child.lemma_.lower(), lemma)]
    if lemma in lx.STAFF_CUT_NOUNS:
        obj = _pobj(tok, ("of", "in"))
        return (tok, tok, _staff_type(obj)) if obj is not None and _is_staff(obj) else None
    if lemma in lx.RESPONSE_WORDS:
        return (tok, tok, "Conflict.Retaliate") if _answers_hostility(tok) else None
    if lemma == "talk" and tok.tag_ != "NNS":
        return None  # "a talk" is a lecture; "talks" are negotiations
    if lemma == "call" and not any(c.lemma_.lower() in ("phone", "telephone") for c in tok.children):
        return None
    key = lemma if lemma in lx.NOUN_TRIGGERS else tok.lower_
    if key in lx.NOUN_TRIGGERS:
        return tok, tok, lx.NOUN_TRIGGERS[key]
    return None


def _is_staff(tok: Token) -> bool:
    head = tok
    if tok.lemma_.lower() == "number" or tok.lemma_.lower() == "size":
        inner = _pobj(tok, ("of",))
        head = inner if inner is not None else tok
    return head.lemma_.lower() in lx.STAFF_NOUNS or head.lower_ in lx.STAFF_NOUNS


def _staff_type(tok: Token | None) -> str:
    """Fewer diplomats means expulsion; fewer staff anywhere else means lost jobs."""
    words = {t.lower_ for t in tok.subtree} if tok is not None else set()
    return "Personnel.Expel" if words & lx.DIPLOMATIC_WORDS else "Personnel.EndPosition"


def _answers_hostility(tok: Token) -> bool:
    """'respond in kind', 'a response to the sanctions': retaliation; 'respond to questions' is not."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lower_ == "kind" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "to":
            for t in child.subtree:
                hit = trigger_of(t) if t is not tok and t.lemma_.lower() not in lx.RESPONSE_WORDS else None
                if hit is not None and hit[2] in lx.HOSTILE_TYPES:
                    return True
    return False


def _modifies_trigger(tok: Token, found: dict[int, tuple[Token, Token, str]]) -> bool:
    """'summit meeting': the modifier is part of the head event, not an event of its own."""
    return tok.dep_ == "compound" and tok.head.i in found and tok.head.i != tok.i and tok.lemma_.lower() != "sanction"


# -- arguments ---------------------------------------------------------------------------


def _arguments(doc: Doc, trig: Token, etype: str) -> dict[str, Span]:
    verbal = trig.tag_.startswith("VB")
    agent, patient = (_verbal_roles(trig) if verbal else _nominal_roles(trig))
    agent, patient = _participant(agent), _participant(patient)
    if patient is not None and agent is not None and patient.i == agent.i:
        patient = None
    args: dict[str, Span] = {}
    if etype in SELF_TYPES and agent is not None and (patient is None or _is_part_of_trigger(trig, patient)):
        agent, patient = None, agent  # "Trump took office", "Trump's inauguration": he starts the job
    place_first = None
    if etype in PLACE_TYPES and agent is not None and agent.ent_type_ in PLACE_LABELS:
        place_first, agent = agent, None  # "U.S. elections": where, not who
    if etype == "Contact.Meet" and agent is not None and patient is None:
        patient = next((c for c in agent.children if c.dep_ == "conj"), None)
    if etype == "Contact.Statement" and patient is not None and patient.ent_type_ == "PERSON":
        args["Recipient"] = _phrase(doc, patient)
        patient = None
    recipient = _recipient(trig) if etype in ("Transaction.Return", "Transaction.Transfer") else None
    for role, tok in (("Agent", agent), ("Patient", patient), ("Recipient", recipient)):
        if tok is not None:
            args[role] = _phrase(doc, tok)
    taken = list(args.values())
    time = _attached_entity(doc, trig, TIME_LABELS, taken)
    if time is not None:
        args["Time"] = time
    place = _ent_span(doc, place_first) if place_first is not None else None
    place = place or _attached_entity(doc, trig, PLACE_LABELS, [*taken, *([time] if time else [])])
    if place is not None:
        args["Place"] = place
    return args


NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
SELF_TYPES = frozenset({"Personnel.StartPosition", "Personnel.EndPosition"})
PLACE_TYPES = frozenset({"Election.Vote"})


def _participant(tok: Token | None) -> Token | None:
    """Who or what takes part: never a date or a number; a relative pronoun stands for its noun."""
    if tok is None or tok.ent_type_ in NOT_PARTICIPANTS:
        return None
    if tok.lower_ in ("which", "that", "who", "whom") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _is_part_of_trigger(trig: Token, tok: Token) -> bool:
    return tok.head is trig and (trig.lemma_.lower(), tok.lemma_.lower()) in lx.VERB_OBJECT_TRIGGERS


def _verbal_roles(trig: Token) -> tuple[Token | None, Token | None]:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.children)
    if passive:
        agent_by = _pobj(trig, ("by",), dep="agent")
        return agent_by, _first(trig, ("nsubjpass",)) or _relative_head(trig)
    agent = _first(trig, ("nsubj",)) or _inherited_subject(trig)
    patient = _first(trig, ("dobj",)) or _pobj(trig, PATIENT_PREPS - {"in", "to"}) or _relative_head(trig)
    return agent, patient


def _nominal_roles(trig: Token) -> tuple[Token | None, Token | None]:
    agent = _first(trig, ("poss",)) or _pobj(trig, ("by",)) or _named_modifier(trig) or _pobj(trig, ("between",))
    support = trig.head.lemma_.lower() in lx.SUPPORT_VERBS
    if agent is None and support and trig.dep_ in ("dobj", "nsubjpass") and trig.head.tag_.startswith("VB"):
        agent = _first(trig.head, ("nsubj",)) if trig.dep_ == "dobj" else _pobj(trig.head, ("by",), dep="agent")
    patient = _pobj(trig, ("of", "on", "against")) or _pobj(trig, ("with",))
    if patient is None and trig.dep_ == "dobj" and support:
        patient = _pobj(trig.head, ("on", "against"))
    if agent is not None and patient is None and agent.head.lower_ == "between":
        patient = next((c for c in agent.children if c.dep_ == "conj"), None)
    return agent, patient


def _first(tok: Token, deps: Sequence[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _pobj(tok: Token, preps: Sequence[str] | set[str], dep: str = "prep") -> Token | None:
    for child in tok.children:
        if child.dep_ in (dep, "prep") and child.lower_ in preps:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _inherited_subject(trig: Token) -> Token | None:
    """'Moscow threatened to expel ...': an infinitive or conjoined verb shares its head's subject."""
    tok = trig
    for _ in range(4):
        if tok.dep_ not in CLAUSE_DEPS or tok.head is tok:
            return None
        tok = tok.head
        subj = _first(tok, ("nsubj",))
        if subj is not None:
            return subj
    return None


def _relative_head(trig: Token) -> Token | None:
    """'the compounds that the administration seized': the noun the relative clause describes."""
    if trig.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in trig.children):
        return trig.head
    return None


def _named_modifier(trig: Token) -> Token | None:
    """'U.S. sanctions', 'the Russian response', 'G20 summit': a name in front of the trigger."""
    for child in trig.children:
        if child.i < trig.i and child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in (
            "GPE", "ORG", "NORP", "PERSON",
        ):
            return child
    return None


def _recipient(trig: Token) -> Token | None:
    return _first(trig, ("dative",)) or _pobj(trig, ("to",))


def _phrase(doc: Doc, tok: Token) -> Span:
    """An argument's extent: the entity it is in, else its base noun phrase, else the token."""
    ent = index(doc).entity(tok)
    if ent is not None:
        return Span(start=ent.start_char, end=ent.end_char)
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "poss", "quantmod", "nmod") and not child.is_punct:
            left = child if child.i < left.i else left
            break
    start_tok = min((t for t in tok.subtree if t.i >= left.i and t.i <= tok.i), key=lambda t: t.i)
    return Span(start=start_tok.idx, end=tok.idx + len(tok))


def _attached_entity(doc: Doc, trig: Token, labels: frozenset[str], taken: list[Span]) -> Span | None:
    """A DATE or place entity hanging on the trigger (within two links), or on the verb it depends on."""
    anchors = [trig]
    if trig.dep_ in ("xcomp", "dobj", "conj", "ccomp", "pobj") and trig.head is not trig:
        anchors.append(trig.head)
    for anchor in anchors:
        for tok in _near(anchor):
            if tok.ent_type_ in labels:
                span = _ent_span(doc, tok)
                if span is not None and not any(s.start < span.end and span.start < s.end for s in taken):
                    return span
    return None


NEAR_DEPS = frozenset({"prep", "pobj", "agent", "npadvmod", "poss", "compound", "nmod", "tmod", "dobj", "nsubjpass"})


def _near(anchor: Token, depth: int = 4) -> list[Token]:
    """Tokens within `depth` links below the anchor through prepositions, objects and modifiers,
    never into another clause (a date in a subordinate clause belongs to its own verb)."""
    out: list[Token] = []
    frontier = [anchor]
    for _ in range(depth):
        nxt = [c for t in frontier for c in t.children if c.dep_ in NEAR_DEPS]
        out.extend(nxt)
        frontier = nxt
    return out


def _ent_span(doc: Doc, tok: Token) -> Span | None:
    ent = index(doc).entity(tok)
    return None if ent is None else Span(start=ent.start_char, end=ent.end_char)
