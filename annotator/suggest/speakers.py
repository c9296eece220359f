"""Speaker mentions and their resolution to a named entity earlier in the article.

A speaker mention is what the sentence gives (a name, a pronoun, a description); the
entity is the named mention it refers to. Pronouns look back to the article's recent
speakers, then to the nearest compatible name outside quotes; descriptions ("the ministry",
"the spokeswoman") look for an earlier name that carries the same word. Nothing is
resolved when nothing compatible is near: an empty entity beats a wild guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.suggest import lexicon as lx
from annotator.suggest.docindex import index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
RESOLVED_LABELS = frozenset({"PERSON", "ORG", "GPE"})
LOOKBACK_CHARS = 1500  # pronouns reach back about two paragraphs, no further


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str | None  # the entity label when the mention is a named entity


def mention_of(doc: Doc, tok: Token) -> Mention:
    """The speaker mention around a subject token: its entity, pronoun, named apposition or noun chunk."""
    ent = _entity_at(doc, tok)
    if ent is not None:
        return Mention(ent.start_char, ent.end_char, ent.label_)
    if tok.pos_ == "PRON":
        return Mention(tok.idx, tok.idx + len(tok), None)
    for child in tok.subtree:
        if child.dep_ == "appos" and child.head.i >= tok.i:
            named = _entity_at(doc, child)
            if named is not None and named.label_ in ("PERSON", "ORG"):
                return Mention(named.start_char, named.end_char, named.label_)
    chunk = _chunk_at(doc, tok)
    if chunk is not None:
        words = [t for t in chunk if not (t.is_space or t.is_punct)]
        if words:
            return Mention(words[0].idx, words[-1].idx + len(words[-1]), None)
    return Mention(tok.idx, tok.idx + len(tok), None)


def _entity_at(doc: Doc, tok: Token) -> Span | None:
    if not tok.ent_type_ or tok.ent_type_ not in NAMED_LABELS:
        return None
    return index(doc).entity(tok)


def _chunk_at(doc: Doc, tok: Token) -> Span | None:
    return index(doc).chunk(tok)


class Resolver:
    """Resolves speaker mentions of one document, remembering who spoke last."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.quoted = quoted
        self.labels = _person_fixes(doc)
        self.mentions = [
            e for e in doc.ents
            if self.label(e) in RESOLVED_LABELS and not any(s <= e.start_char < t for s, t in quoted)
        ]
        self.speakers: list[Mention] = []  # resolved named speakers, in text order

    def label(self, ent: Span) -> str:
        return self.labels.get(ent.start_char, ent.label_)

    def relabel(self, mention: Mention) -> Mention:
        fixed = self.labels.get(mention.start)
        return mention if fixed is None or mention.label is None else Mention(mention.start, mention.end, fixed)

    def resolve(self, tok: Token, mention: Mention, sentence_start: int) -> Mention | None:
        """The named mention the speaker refers to, or None; remembers it as a recent speaker."""
        found = self._resolve(tok, self.relabel(mention), sentence_start)
        if found is not None:
            self.speakers.append(found)
        return found

    def _resolve(self, tok: Token, mention: Mention, sentence_start: int) -> Mention | None:
        if mention.label in RESOLVED_LABELS:
            return mention
        lower = tok.lower_
        if tok.pos_ == "PRON" or lower in lx.RELATIVE_PRONOUNS:
            if lower in lx.PERSON_PRONOUNS:
                return self._by_pronoun(lx.PERSON_LABELS, sentence_start)
            if lower in lx.THING_PRONOUNS:
                return self._by_pronoun(lx.ORG_LABELS, sentence_start)
            if lower in lx.RELATIVE_PRONOUNS:
                return self._relative(tok)
            return None
        head = tok.lemma_.lower()
        if head in lx.PERSON_ROLES:
            return self._by_role(head, mention.start)
        if head in lx.ORG_HEADS or head in lx.GENERIC_ORG_HEADS:
            return self._by_org_word(head, mention.start)
        return None

    def _by_pronoun(self, labels: frozenset[str], before: int) -> Mention | None:
        """The nearest compatible name before the pronoun's sentence, outside quotes (or a recent speaker)."""
        best: Mention | None = None
        for ent in self.mentions:
            if ent.end_char <= before and self.label(ent) in labels:
                best = Mention(ent.start_char, ent.end_char, self.label(ent))
        for spoke in self.speakers:
            if spoke.label in labels and spoke.end <= before and (best is None or spoke.end > best.end):
                best = spoke
        if best is None or before - best.end > LOOKBACK_CHARS:
            return None
        return best

    def _relative(self, tok: Token) -> Mention | None:
        """'Trump, who ... said': the noun the relative clause hangs on."""
        clause = tok.head
        if clause.dep_ != "relcl":
            return None
        ent = _entity_at(self.doc, clause.head)
        if ent is None or ent.label_ not in RESOLVED_LABELS:
            return None
        return Mention(ent.start_char, ent.end_char, ent.label_)

    def _by_role(self, role: str, before: int) -> Mention | None:
        """'the spokeswoman': the nearest earlier person named with that role word beside the name."""
        for ent in reversed(self.mentions):
            if ent.end_char > before or self.label(ent) != "PERSON":
                continue
            if before - ent.end_char > 4 * LOOKBACK_CHARS:
                return None
            if role in _role_words(ent):
                return Mention(ent.start_char, ent.end_char, ent.label_)
        return None

    def _by_org_word(self, word: str, before: int) -> Mention | None:
        """'the ministry': the nearest earlier organisation whose name contains the word."""
        for ent in reversed(self.mentions):
            if ent.end_char <= before and self.label(ent) == "ORG" and word in ent.text.lower():
                return Mention(ent.start_char, ent.end_char, "ORG")
        if word in lx.GENERIC_ORG_HEADS:
            for ent in reversed(self.mentions):
                if ent.end_char <= before and self.label(ent) == "ORG":
                    if before - ent.end_char > LOOKBACK_CHARS:
                        return None
                    return Mention(ent.start_char, ent.end_char, "ORG")
        return None


def _role_words(ent: Span) -> set[str]:
    """Words that describe a person where the name stands: titles, appositions, the noun it names."""
    root = ent.root
    words = {t.lemma_.lower() for t in root.subtree if t.i < ent.start or t.i >= ent.end}
    if root.dep_ in ("appos", "compound"):
        words.add(root.head.lemma_.lower())
        words.update(t.lemma_.lower() for t in root.head.children if t.dep_ in ("compound", "amod"))
    return words


def _person_fixes(doc: Doc) -> dict[int, str]:
    """Names the model mislabels that are plainly people: a bare surname of a person named
    earlier ('Lavrov' tagged ORG after 'Sergei Lavrov'), or a name under a person's title
    ('presenter Dmitry Kiselyov' tagged ORG)."""
    fixes: dict[int, str] = {}
    surnames: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            surnames.add(ent[-1].lower_)
            continue
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC"):
            continue
        if ent[-1].lower_ in surnames or _role_words(ent) & lx.PERSON_ROLES and len(ent) >= 2:
            fixes[ent.start_char] = "PERSON"
            surnames.add(ent[-1].lower_)
    return fixes
