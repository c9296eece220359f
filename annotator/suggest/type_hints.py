"""What the desk offers first from the suggester's lexicon: a trigger's likely event types, the reporting verbs.

The event types a trigger word most likely has are the type picker's first rows (one key each).

Pure look-ups in the suggester's lexicon (no spaCy): an editor who selects "seized" and presses
`e` should find Transaction.Seize under `1`, not type its name. The word's own forms stand in for
a lemma when no parse is at hand ("seized" -> "seize", "talks" -> "talk").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotator.suggest import lexicon as lx


def word_forms(word: str) -> list[str]:
    """The word and the lemmas it may come from, by English inflection (over-generating is harmless)."""
    w = word.lower().strip()
    forms = [w]
    for suffix, stems in (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")),
                          ("d", ("",)), ("ing", ("", "e"))):  # fmt: skip
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            base = w[: -len(suffix)]
            forms += [base + stem for stem in stems]
            if len(base) > 2 and base[-1] == base[-2]:  # "expelled" -> "expel", "hitting" -> "hit"
                forms.append(base[:-1])
    return list(dict.fromkeys(forms))


def lexicon_types(words: Iterable[str]) -> list[str]:
    """The types the lexicon gives any form of the trigger's words (first word first)."""
    out: list[str] = []
    words = [w for w in words if w]
    forms = [f for w in words for f in word_forms(w)]
    for form in forms:
        for table in (lx.VERB_TRIGGERS, lx.NOUN_TRIGGERS, lx.ADJ_TRIGGERS):
            if form in table:
                out.append(table[form])
        out += [etype for _, etype in lx.NOUN_SENSES.get(form, [])]
    # Two-word names: the trigger is the verb of a particle verb or of a verb and its object,
    # and the head noun of a compound ("counter measures": measures).
    heads = ((lx.COMPOUND_TRIGGERS, 1), (lx.PARTICLE_TRIGGERS, 0), (lx.VERB_OBJECT_TRIGGERS, 0))
    for pairs, head in heads:
        out += [etype for pair, etype in pairs.items() if pair[head] in forms]
    return list(dict.fromkeys(out))


def likely_types(
    trigger_words: str, lemmas: Iterable[str], seen: Iterable[tuple[str, str]], known: Iterable[str]
) -> list[str]:
    """Likeliest first: the type this article already gives the same word (`seen`: (word, type)),
    the lexicon's types for the words (and the parse's `lemmas`), then the article's own types;
    only types in `known` (the schema's)."""
    words = trigger_words.lower().split()
    known_set = set(known)
    same_word = [t for w, t in seen if w.lower() == trigger_words.lower()]
    from_lexicon = lexicon_types([*lemmas, *words])
    in_article = [t for _, t in seen]
    ordered = [*same_word, *from_lexicon, *sorted(set(in_article), key=in_article.count, reverse=True)]
    return [t for t in dict.fromkeys(ordered) if t in known_set]


def inflections(verb: str) -> list[str]:
    """A regular verb's forms (say -> says, saying; warn -> warned; describe -> described, describing)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = [verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"]
    if verb.endswith("y"):
        forms += [verb[:-1] + "ies", verb[:-1] + "ied"]
    return forms


# Verbs whose bare form is more often a noun ("counter measures", "the long term", "a statement of note"):
# only their -ed and -ing forms count as reporting words.
NOUN_LIKE = frozenset(
    "counter term label brand signal state report answer note estimate protest joke quip call".split()
)


def reporting_cues(extra: re.Pattern[str]) -> re.Pattern[str]:
    """The lexicon's reporting verbs in their regular forms, with `extra` (irregular ones: said, told, wrote)."""
    forms = {f for v in lx.REPORTING_VERBS | lx.NAMING_VERBS for f in inflections(v)}
    forms -= {f for v in NOUN_LIKE for f in (v, v + "s", v + "es", v + "d")}
    words = sorted(forms, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b|{extra.pattern}", re.IGNORECASE)
