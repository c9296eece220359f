"""Paths through a spaCy parse that event triggers and their roles both follow (the child by a
dependency, a preposition's object, the subject a clause inherits, a relative clause's head), and
the labels and word sets both read."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from annotator.suggest import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Token


CLAUSE_DEPS = frozenset({"xcomp", "conj", "advcl"})


def is_person(tok: Token) -> bool:
    """A person or people: a PERSON or NORP name, a personal pronoun, a role or a word for people."""
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "its", "what", "which", "this", "that")
    lemma = tok.lemma_.lower()
    return lemma in lx.PERSON_ROLES or lemma in lx.PEOPLE_NOUNS or lemma in lx.PERSON_GROUPS


def is_addressee(tok: Token) -> bool:
    """Who can be told or warned: a person, people, a body or a place standing for its people."""
    return is_person(tok) or tok.ent_type_ in ("ORG", "GPE", "FAC") or tok.pos_ == "PROPN"


def first_child(tok: Token, deps: Sequence[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def pobj(tok: Token, preps: Collection[str], dep: str = "prep") -> Token | None:
    for child in tok.children:
        if child.dep_ in (dep, "prep") and child.lower_ in preps:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def inherited_subject(trig: Token, control: bool = True) -> Token | None:
    """'Moscow threatened to expel ...': an infinitive or conjoined verb shares its head's subject;
    with `control`, an object before the infinitive acts instead ('required Pakistan to release').
    An expulsion is the act of whoever orders it ('ordered the embassy to reduce its staff')."""
    tok = trig
    for _ in range(4):
        if tok.dep_ not in CLAUSE_DEPS or tok.head.i == tok.i:
            return None
        controller = first_child(tok.head, ("dobj",)) if control and tok.dep_ == "xcomp" else None
        if controller is not None:
            return controller  # "required Pakistan to release", "urged him to resign": the object acts
        tok = tok.head
        subj = first_child(tok, ("nsubj", "nsubjpass"))  # "he was treated and died", "MPs were required to vote"
        if subj is not None:
            return subj
    return None


def relative_head(trig: Token) -> Token | None:
    """'the compounds that the administration seized': the noun the relative clause describes."""
    if trig.dep_ == "relcl" and not any(c.dep_ == "dobj" or relative_adverb(c) for c in trig.children):
        return trig.head
    return None


def relative_adverb(tok: Token) -> bool:
    """'the town where four people died': the noun is where, not who."""
    return tok.dep_ == "advmod" and tok.lower_ in ("where", "when", "why")


def counted(tok: Token) -> Token | None:
    """'a number of offences', 'dozens of people': a quantity's argument runs to what it counts."""
    if tok.lemma_.lower() not in lx.QUANTITY_NOUNS:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
