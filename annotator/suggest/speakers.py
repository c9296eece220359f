"""Speaker mentions and their resolution to a named entity earlier in the article.

A speaker mention is what the sentence gives (a name, a pronoun, a description); the
entity is the named mention it refers to. Pronouns look back to the article's recent
speakers, then to the nearest compatible name outside quotes; descriptions ("the ministry",
"the spokeswoman") look for an earlier name that carries the same word. Nothing is
resolved when nothing compatible is near: an empty entity beats a wild guess.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.suggest import lexicon as lx
from annotator.suggest.docindex import index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
RESOLVED_LABELS = frozenset({"PERSON", "ORG", "GPE"})
LOOKBACK_CHARS = 1500  # pronouns reach back about two paragraphs, no further
APPOSITION_GAP = 4  # 'Vik, a Geneva resident': a description this close after a name is that name
DESCRIBABLE = lx.PEOPLE_NOUNS | lx.PERSON_ROLES | lx.DESCRIBED_PEOPLE  # an unnamed speaker who is a person


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str | None  # the entity label when the mention is a named entity


def mention_of(doc: Doc, tok: Token) -> Mention:
    """The speaker mention around a subject token, never with a quotation mark on its edge."""
    return _trim_marks(index(doc).text, _mention_of(doc, tok))


QUOTE_MARKS = "\"“”‘’'„«» \u00a0"


def _trim_marks(text: str, m: Mention) -> Mention:
    start, end = m.start, m.end
    while start < end and text[start] in QUOTE_MARKS:
        start += 1
    while end > start and text[end - 1] in QUOTE_MARKS:
        end -= 1
    return m if (start, end) == (m.start, m.end) or start == end else Mention(start, end, m.label)


def _mention_of(doc: Doc, tok: Token) -> Mention:
    age = _age_description(tok)
    if age is not None:
        return Mention(age[0].idx, tok.idx + len(tok), None)
    ent = _entity_at(doc, tok)
    if ent is not None:
        return Mention(ent.start_char, ent.end_char, ent.label_)
    if tok.pos_ == "PRON":
        return Mention(tok.idx, tok.idx + len(tok), None)
    titled = _name_after_title(doc, tok)
    if titled is not None:
        return Mention(titled.start_char, titled.end_char, titled.label_)
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


def _name_after_title(doc: Doc, tok: Token) -> Span | None:
    """'Ralphs Vice President of Public Relations Kendra Doyel said', parsed as a president 'of' her: a role
    whose capitalised title runs straight into a person's name ends with that name, which is the speaker
    ('the lawyer for John Smith' has 'for' before the name: someone else)."""
    if tok.lemma_.lower() not in lx.PERSON_ROLES or not tok.is_title:
        return None
    last = tok.right_edge
    ent = _entity_at(doc, last)
    if ent is None or ent.label_ != "PERSON" or ent.end != last.i + 1 or ent.start <= tok.i:
        return None
    before = doc[ent.start - 1]
    return ent if before.pos_ == "PROPN" and before.is_title and not before.ent_type_ else None


def _age_description(tok: Token) -> tuple[Token, int] | None:
    """'the 32-year-old': (its first token, the age) when the token ends such a phrase."""
    if tok.lower_ not in ("old", "32-year-old") and not tok.lower_.endswith("-year-old"):
        return None
    doc = tok.doc
    words = doc[max(tok.i - 5, 0) : tok.i + 1]
    digits = [t for t in words if t.like_num or t.text[:1].isdigit()]
    if not digits or "year" not in words.text.lower():
        return None
    first = digits[-1]
    if first.i > 0 and doc[first.i - 1].lower_ in ("the", "a", "an"):
        first = doc[first.i - 1]
    age = "".join(ch for ch in digits[-1].text if ch.isdigit())
    return (first, int(age)) if age else None


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
        self.labels = _label_fixes(doc)
        furniture = [(b["start"], b["end"]) for b in (getattr(doc._, "boilerplate", None) or [])]
        self.mentions = [
            e
            for e in doc.ents
            if self.label(e) in RESOLVED_LABELS
            and not any(s <= e.start_char < t for s, t in quoted)
            and not any(s <= e.start_char < t for s, t in furniture)  # a byline's outlet never speaks
        ]
        self.mentions = sorted([*self.mentions, *_untagged_surnames(doc, self.mentions, quoted)], key=lambda e: e.start)
        self.speakers: list[Mention] = []  # resolved named speakers, in text order
        self.unnamed: list[Mention] = []  # names the model did not tag that spoke ('Vik said'), as people
        self.last: tuple[Mention, Mention | None] | None = None  # the latest speaker mention and what it resolved to
        self.described: list[tuple[Mention, str | None]] = []  # unnamed people who spoke ('the witness'), gender
        self.genders = _genders(doc, self.mentions, self.label)
        self.stories = _story_starts(doc)

    def story_start(self, pos: int) -> int:
        """Where the story holding `pos` begins: a briefs page runs several stories, and a pronoun, a
        description or a statement never reaches back into the one before."""
        return self.stories[bisect_right(self.stories, pos) - 1]

    def _earlier(self, before: int) -> list[Span]:
        """Named mentions of the story holding `before`, up to it."""
        floor = self.story_start(before)
        return [e for e in self.mentions if floor <= e.start_char and e.end_char <= before]

    def label(self, ent: Span) -> str:
        return self.labels.get(ent.start_char, ent.label_)

    def relabel(self, mention: Mention) -> Mention:
        fixed = self.labels.get(mention.start)
        return mention if fixed is None or mention.label is None else Mention(mention.start, mention.end, fixed)

    def resolve(self, tok: Token, mention: Mention, sentence_start: int) -> Mention | None:
        """The named mention the speaker refers to, or None; remembers it as a recent speaker."""
        found = self._resolve(tok, self.relabel(mention), sentence_start)
        if found is not None:
            found = self._fullest(found)
            self.speakers.append(found)
        self._remember_described(tok, mention, found)
        if tok.pos_ != "PRON" or found is not None:
            self.last = (mention, found)
        return found

    def _resolve(self, tok: Token, mention: Mention, sentence_start: int) -> Mention | None:
        if mention.label in RESOLVED_LABELS:
            return mention
        lower = tok.lower_
        if tok.pos_ == "PRON" or lower in lx.RELATIVE_PRONOUNS:
            if lower in lx.MALE_PRONOUNS or lower in lx.FEMALE_PRONOUNS:
                gender = "m" if lower in lx.MALE_PRONOUNS else "f"
                return self._by_pronoun(lx.PERSON_LABELS, sentence_start, gender, pronoun=tok)
            if lower in lx.PERSON_PRONOUNS:
                return self._by_pronoun(lx.PERSON_LABELS, sentence_start, pronoun=tok)
            if lower in lx.THING_PRONOUNS:  # 'it said', after a statement or a body that spoke
                return self._by_pronoun(lx.ORG_LABELS, sentence_start) or self._last_body(sentence_start)
            if lower in lx.PLURAL_PRONOUNS:  # 'they': an organisation the passage is about, never a place
                if _unnamed_group_before(tok):
                    return None  # 'police confronted the man, where they claimed ...': the group, unnamed
                return self._by_pronoun(frozenset({"ORG"}), sentence_start, salient_only=True)
            if lower in lx.RELATIVE_PRONOUNS:
                return self._relative(tok)
            return None
        age = _age_description(tok)
        if age is not None:
            return self._by_age(age[1], mention.start)
        if tok.is_title and tok.pos_ in ("PROPN", "NOUN") and mention.label is None:
            # "Flake" after "Sen. Jeff Flake"; else a name the model did not tag ("Kent Police", "Vik")
            named = self._by_surname(tok, mention.start) or self._untagged_name(tok, mention)
            if named is not None or not _capitalised_role(tok):
                return named  # 'the Minister', 'the Judge': a role written with a capital, resolved as a role below
        title = self._titled_body(tok, mention)
        if title is not None:
            return title
        named_org = self._org_inside(tok)
        if named_org is not None:
            return named_org  # "a BBC spokesman": unnamed, but speaking for the BBC
        if tok.lemma_.lower() in lx.DOCUMENT_NOUNS:
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            if owner is not None:  # "the prosecutor's statement": that role's, not whoever spoke last
                role = owner.lemma_.lower()
                return self._by_role(role, mention.start) if role in lx.PERSON_ROLES else None
            return self._last_body(mention.start)  # "the statement said": whoever issued it spoke just before
        head = tok.lemma_.lower()
        if head in lx.PERSON_ROLES:
            return self._by_role(head, mention.start) or self._epithet(tok, mention)
        if head in lx.DESCRIBED_ROLES:
            return self._epithet(tok, mention)
        if head in lx.ORG_HEADS or head in lx.GENERIC_ORG_HEADS:
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                return None  # 'a team of astronomers' is new to the story, no body named before
            return self._by_org_word(head, mention.start) or self._the_body(tok, mention.start)
        return None

    def _fullest(self, found: Mention) -> Mention:
        """The name in full that a short form stands for, named earlier in the story: a first name or a
        name without its suffix ('Shahrizat' after 'Shahrizat Abdul Jalil', 'Caterpillar' after 'Caterpillar
        Inc'), an acronym of a body's name ('NEON' after 'New Era of Networks Inc.')."""
        if found.label not in ("PERSON", "ORG"):
            return found
        text = index(self.doc).text
        words = text[found.start : found.end].split()
        for ent in reversed(self._earlier(found.start)):
            if self.label(ent) != found.label or len(ent) <= len(words):
                continue
            full = ent.text.split()
            if full[: len(words)] == words or found.label == "ORG" and _acronym_of(words, full):
                return Mention(ent.start_char, ent.end_char, found.label)
        return found

    def _same_sentence_subjects(
        self, labels: frozenset[str], start: int, gender: str | None, pronoun: Token
    ) -> list[Mention]:
        return [
            Mention(ent.start_char, ent.end_char, self.label(ent))
            for ent in self.mentions
            if start <= ent.start_char
            and ent.end_char <= pronoun.idx
            and self.label(ent) in labels
            and (gender is None or self.genders.get(_key(ent)) in (None, gender))
            and _is_subject(ent)
            and not pronoun.head.left_edge.i <= ent.root.i <= pronoun.head.right_edge.i  # not in what it reports
        ]

    def _remember_described(self, tok: Token, mention: Mention, found: Mention | None) -> None:
        """An unnamed person who spoke ('The witness ... said', 'the bloke who decided'): what a later he or she
        is about, as much as a name is."""
        if found is not None and found.label is None and tok.lower_ in lx.RELATIVE_PRONOUNS:
            self.described.append((found, _gender_of(index(self.doc).text[found.start : found.end])))
        elif found is None and mention.label is None and tok.pos_ == "NOUN" and tok.tag_ == "NN":
            if tok.lemma_.lower() in DESCRIBABLE:
                self.described.append((mention, _gender_of(tok.lower_)))

    def _by_pronoun(
        self,
        labels: frozenset[str],
        before: int,
        gender: str | None = None,
        salient_only: bool = False,
        pronoun: Token | None = None,
    ) -> Mention | None:
        """Who the passage is about: the latest name that agrees in gender and was the subject
        of its clause (or spoke last), before the latest name that merely appears (an object,
        a person criticised, a place). A person's pronoun also finds the subject of an earlier clause of
        its own sentence ('Nelson continued to work, and at no point did he report ...')."""
        agreeing = [
            ent
            for ent in self._earlier(before)
            if ent.end_char <= before
            and before - ent.end_char <= LOOKBACK_CHARS
            and self.label(ent) in labels
            and (gender is None or self.genders.get(_key(ent)) in (None, gender))
        ]
        spoke = {(m.start, m.end) for m in self.speakers}
        found = [Mention(e.start_char, e.end_char, self.label(e)) for e in agreeing]
        salient = [m for e, m in zip(agreeing, found) if _is_subject(e) or (m.start, m.end) in spoke]
        floor = self.story_start(before)
        unnamed = [
            m
            for m in self.unnamed
            if m.label in labels and floor <= m.start and m.end <= before and before - m.end <= LOOKBACK_CHARS
        ]
        if labels == lx.PERSON_LABELS:  # an unnamed person who spoke, of the pronoun's gender
            names = [*found, *unnamed]
            unnamed += [
                m
                for m, g in self.described
                if floor <= m.start
                and m.end <= before
                and before - m.end <= LOOKBACK_CHARS
                and (gender is None or g in (None, gender))
                and not any(0 <= m.start - n.end <= APPOSITION_GAP for n in names)  # '"Vik," a Geneva resident'
            ]
        if pronoun is not None:
            unnamed += self._same_sentence_subjects(labels, before, gender, pronoun)
        if unnamed:  # a speaker the model did not tag is what the passage is about, like a named one
            salient = sorted({*salient, *unnamed}, key=lambda m: m.start)
        if not salient and (salient_only or not found):
            return None
        return (salient or found)[-1]

    def _untagged_name(self, tok: Token, mention: Mention) -> Mention | None:
        """A capitalised name the model left untagged: an organisation when its last word names a body
        ('Kent Police', 'Washington State Patrol'), a person when it is a bare proper name ('Vik')."""
        words = index(self.doc).text[mention.start : mention.end].split()
        if not words or not all(w[:1].isupper() for w in words if w.lower() not in ("of", "the", "and")):
            return None
        head = tok.lemma_.lower()
        if head in lx.ORG_HEADS or head in lx.NAMED_BODY_HEADS:
            if len(words) < 2:
                return None
            body = Mention(mention.start, mention.end, "ORG")
            self.unnamed.append(body)  # 'they' and 'it' may speak for it later
            return body
        if tok.pos_ != "PROPN" or tok.ent_type_ or head in lx.PERSON_ROLES or head in lx.SOURCE_NOUNS:
            return None
        if len(words) > 1 and words[-1].lower() in lx.STREET_WORDS:
            return None  # 'Wall Street said': a place standing for the market, no one's name
        if len(words) > 3 or tok.i == tok.sent.start and len(words) == 1 and tok.lower_ in lx.COMMON_OPENERS:
            return None
        found = Mention(mention.start, mention.end, "PERSON")
        self.unnamed.append(found)
        return found

    def _titled_body(self, tok: Token, mention: Mention) -> Mention | None:
        """'The Oregonian/OregonLive reported': a proper name after 'The' that the model left untagged names a
        title or a body (a person's name takes no article), which 'the news outlet' or 'it' may speak for later."""
        words = index(self.doc).text[mention.start : mention.end].split()
        if mention.label is not None or tok.pos_ != "PROPN" or len(words) < 2 or words[0] != "The":
            return None
        if not all(w[:1].isupper() for w in words[1:]) or tok.lemma_.lower() in lx.PERSON_ROLES:
            return None
        body = Mention(mention.start, mention.end, "ORG")
        self.unnamed.append(body)
        return body

    def _last_body(self, before: int) -> Mention | None:
        """What the latest speaker of the story resolved to, or its own words when it named a body nobody
        tagged ('police'): a statement, a release or an 'it' speaks for it."""
        if self.last is None or self.last[0].start < self.story_start(before):
            return None
        mention, found = self.last
        return found if found is not None else mention

    def _by_surname(self, tok: Token, before: int) -> Mention | None:
        """A bare name the model did not tag: the person named in full earlier with that surname."""
        for ent in reversed(self._earlier(before)):
            if ent.end_char <= before and self.label(ent) == "PERSON" and len(ent) > 1 and ent[-1].lower_ == tok.lower_:
                return Mention(ent.start_char, ent.end_char, "PERSON")
        return None

    def _by_age(self, age: int, before: int) -> Mention | None:
        """'the 32-year-old': the person named earlier with that age ('Anna Kowalski, 32,')."""
        for ent in reversed(self._earlier(before)):
            if ent.end_char > before or self.label(ent) != "PERSON":
                continue
            after = index(self.doc).text[ent.end_char : ent.end_char + 12]
            if any(str(age) == "".join(ch for ch in piece if ch.isdigit()) for piece in after.split()[:2]):
                return Mention(ent.start_char, ent.end_char, "PERSON")
        return None

    def _org_inside(self, tok: Token) -> Mention | None:
        """The organisation named inside a description of an unnamed source ('a BBC spokesman',
        'the Kremlin's press office')."""
        if tok.lemma_.lower() not in lx.PERSON_ROLES and tok.lemma_.lower() not in lx.SOURCE_NOUNS:
            return None
        issuer = self._issued_by(tok)
        if issuer is not None:
            return issuer
        for child in tok.children:
            near = child.i < tok.i and child.dep_ in ("compound", "poss", "nmod", "amod")
            if (
                not near and child.dep_ == "prep" and child.lower_ in ("for", "at", "of", "by", "from", "with")
            ):  # "a spokesperson for the Home Office", "a report by CNN", "an analyst with Credit Suisse"
                child = next((g for g in child.children if g.dep_ == "pobj"), child)
                near = child.i != tok.i
            ent = _entity_at(self.doc, child) if near else None
            if ent is not None and self.label(ent) == "GPE" and child.head.lower_ == "from":
                continue  # 'the former budget analyst from Connecticut' comes from there, speaks for no state
            if ent is not None and self.label(ent) in _speaks_for(tok):
                return Mention(ent.start_char, ent.end_char, self.label(ent))
            named = self._org_named_by(child, tok.idx) if ent is None and near and child.dep_ == "compound" else None
            if named is not None:
                return named  # 'Weather service officials' after 'the National Weather Service'
            if ent is None and near and child.dep_ == "pobj" and _definite_body(child):
                return self._by_org_word(child.lemma_.lower(), tok.idx)  # 'a spokesman for the company'
            if ent is None and near and child.dep_ == "compound" and child.lemma_.lower() in lx.GENERIC_ORG_HEADS:
                # 'an airline spokeswoman' after 'Delta Air Lines cancelled ...': the body the passage is about (a
                # subject, or one that spoke); 'a company spokesman' after a company merely named stays unnamed
                return self._by_pronoun(frozenset({"ORG"}), tok.idx, salient_only=True)
        return None

    def _issued_by(self, tok: Token) -> Mention | None:
        """'The report, issued on Thursday by Detwiler Fenton & Company, said': a document speaks for whoever
        the participle after it names as its author."""
        if tok.lemma_.lower() not in lx.DOCUMENT_NOUNS:
            return None
        for verb in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                by = next((g for g in agent.children if g.dep_ == "pobj"), None)
                ent = _entity_at(self.doc, by) if by is not None else None
                if ent is not None and self.label(ent) in ("ORG", "PERSON"):
                    return Mention(ent.start_char, ent.end_char, self.label(ent))
        return None

    def _org_named_by(self, word: Token, before: int) -> Mention | None:
        """The latest organisation named before whose name holds every word of an untagged description
        ('weather service' in 'National Weather Service', 'police department' in 'Leeds Police Department')."""
        words = {t.lower_ for t in word.subtree if not t.is_punct}
        if not words & (lx.ORG_HEADS | lx.NAMED_BODY_HEADS):
            return None  # 'hospital officials' share no body word with a name: the word alone says nothing
        for ent in reversed(self._earlier(before)):
            if ent.end_char <= before and self.label(ent) == "ORG" and words <= {t.lower_ for t in ent}:
                return Mention(ent.start_char, ent.end_char, "ORG")
        return None

    def _relative(self, tok: Token) -> Mention | None:
        """'Trump, who ... said': the noun the relative clause hangs on."""
        clause = tok.head
        if clause.dep_ != "relcl":
            return None
        ent = _entity_at(self.doc, clause.head)
        if ent is not None and ent.label_ in RESOLVED_LABELS:
            return Mention(ent.start_char, ent.end_char, ent.label_)
        if ent is None and clause.head.pos_ == "NOUN":  # 'the bloke who decided to answer': who he is, unnamed
            chunk = _chunk_at(self.doc, clause.head)
            return Mention(chunk.start_char, chunk.end_char, None) if chunk is not None else None
        return None

    def _epithet(self, tok: Token, mention: Mention) -> Mention | None:
        """'the former budget analyst' right after Faisal Shahzad spoke, 'the new mayor' after Jane Smith was
        elected: a definite description of a person that characterises ('former', 'new' before the role), with no
        name of its own and new to the story, is the person who has just spoken, else the person the passage is
        about (if the words agree in gender). A bare 'the judge' is a role of its own in the story."""
        kind = _epithet_kind(tok)
        if kind is None:
            return None  # 'the federal judge', 'the district judge' name a role; 'the former analyst' someone known
        floor = self.story_start(mention.start)
        last = next((m for m in reversed(self.speakers) if floor <= m.start and m.end <= mention.start), None)
        if last is None or last.label != "PERSON" or mention.start - last.end > LOOKBACK_CHARS:
            if kind == "named":
                return None  # 'the Fulham manager' stands for the one who just spoke, or is someone new
            last = self._by_pronoun(lx.PERSON_LABELS, mention.start, salient_only=True)
        if last is None:
            return None
        text = index(self.doc).text
        if re.search(rf"\b{re.escape(tok.text)}\b", text[: last.start], re.IGNORECASE):
            return None  # 'the witness' named so before that person spoke: someone of the story's own, unnamed
        said = _gender_of(text[mention.start : mention.end])
        known = self.genders.get(text[last.start : last.end].split()[-1].lower())
        return last if said is None or known in (None, said) else None

    def _by_role(self, role: str, before: int) -> Mention | None:
        """'the spokeswoman': the nearest earlier person named with that role word beside the name."""
        for ent in reversed(self._earlier(before)):
            if ent.end_char > before or self.label(ent) != "PERSON":
                continue
            if before - ent.end_char > 4 * LOOKBACK_CHARS:
                return None
            if role in _role_words(ent):
                return Mention(ent.start_char, ent.end_char, ent.label_)
        return None

    def _by_org_word(self, word: str, before: int) -> Mention | None:
        """'the ministry': the nearest earlier organisation whose name contains the word; 'the company', which
        no name need carry: the organisation the passage is about (a subject, or one that spoke), before the
        nearest one merely named ('The company said' after 'Acme blamed the attacks on the World Trade Centre')."""
        for ent in reversed(self._earlier(before)):
            if ent.end_char <= before and self.label(ent) == "ORG" and word in ent.text.lower():
                return Mention(ent.start_char, ent.end_char, "ORG")
        if word in lx.GENERIC_ORG_HEADS:
            salient = self._by_pronoun(frozenset({"ORG"}), before, salient_only=True)
            if salient is not None:
                return salient
            for ent in reversed(self._earlier(before)):
                if ent.end_char <= before and self.label(ent) == "ORG":
                    if before - ent.end_char > LOOKBACK_CHARS:
                        return None
                    return Mention(ent.start_char, ent.end_char, "ORG")
        return None

    def _the_body(self, tok: Token, before: int) -> Mention | None:
        """'the agency said' after 'The FBI ... announced': a definite body word that no name carries is the
        organisation the passage is about (the latest one that spoke or was a subject), never a bare
        'police' or 'officials' (they name bodies of their own)."""
        if tok.tag_ != "NN" or tok.lemma_.lower() in lx.OWN_BODIES:
            return None
        if [c.lower_ for c in tok.children if c.dep_ not in ("punct", "prep", "relcl", "acl")] != ["the"]:
            return None  # 'the US intelligence community' says which body it is: not the one of the passage
        return self._by_pronoun(frozenset({"ORG"}), before, salient_only=True)


CORPORATE_SUFFIXES = frozenset("inc inc. corp corp. co co. ltd ltd. llc plc ag sa".split())


def _capitalised_role(tok: Token) -> bool:
    """'the Minister said': a bare role after 'the', capitalised by house style, is no name of its own."""
    return tok.lemma_.lower() in lx.PERSON_ROLES and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"]


def _acronym_of(short: list[str], full: list[str]) -> bool:
    """'NEON' for 'New Era of Networks Inc.', 'FBI' for 'Federal Bureau of Investigation': the initials of the
    name's words, with or without its small words, its company suffix left out."""
    if len(short) != 1 or len(short[0]) < 2 or not short[0].isupper():
        return False
    words = [w for w in full if w.lower() not in CORPORATE_SUFFIXES and w.lower() != "the"]
    every = "".join(w[0] for w in words).upper()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    return len(words) > 1 and short[0] in (every, capitals)


def _epithet_kind(tok: Token) -> str | None:
    """How a description characterises someone known: 'epithet' for 'the former analyst' or 'former
    Barcelona boss' (no article needed), 'named' for 'the 2015 FIFA World Cup winner' (a name or a year
    before the role, after 'the'); None for a plain role ('the judge', 'a spokesman')."""
    if tok.tag_ != "NN":
        return None
    before = [c for c in tok.children if c.i < tok.i]
    dets = [c.lower_ for c in before if c.dep_ in ("det", "poss")]
    if dets not in (["the"], []):
        return None
    if any(c.lower_ in lx.EPITHET_WORDS for c in before):
        return "epithet"
    if dets == ["the"] and any(c.pos_ in ("PROPN", "NUM") and c.dep_ in ("compound", "nummod") for c in before):
        return "named"
    return None


def _untagged_surnames(doc: Doc, people: list[Span], quoted: list[tuple[int, int]]) -> list[Span]:
    """'Young offered to supply ...' after 'John Young, 45,': a subject that is the bare surname of a person
    named in full before, which the model left untagged (or swallowed into a date); the passage is about them
    as much as about a tagged name."""
    from spacy.tokens import Span as Named  # spaCy loads with the pipeline: imported where it runs

    first: dict[str, int] = {}
    for ent in people:
        if ent.label_ == "PERSON" and len(ent) > 1:
            first.setdefault(ent[-1].lower_, ent.end)
    return [
        Named(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.is_title
        and t.ent_type_ not in NAMED_LABELS
        and first.get(t.lower_, len(doc)) <= t.i
        and not any(s <= t.idx < e for s, e in quoted)
    ]


STORY_OPENERS = frozenset({"dateline", "headline"})  # furniture that opens a story of its own


def _story_starts(doc: Doc) -> list[int]:
    """0 and where each dateline or headline in the page's furniture begins ('TULSA —' opening the second
    brief); a cross-head inside one story ('subhead') goes on with the same people."""
    furniture = getattr(doc._, "boilerplate", None) or []
    return sorted({0, *(b["start"] for b in furniture if b.get("label") in STORY_OPENERS)})


GROUP_WORDS = lx.PEOPLE_NOUNS | lx.PERSON_ROLES | lx.SOURCE_NOUNS | lx.COMMON_OPENERS


def _unnamed_group_before(pronoun: Token) -> bool:
    """'they' after an unnamed plural subject earlier in its own sentence ('police', 'officials', 'residents'),
    outside the clause the pronoun speaks in: the pronoun is that group, not a body named sentences before."""
    clause = pronoun.head
    for tok in pronoun.doc[pronoun.sent.start : pronoun.i]:
        if (
            tok.dep_ not in ("nsubj", "nsubjpass")
            or tok.ent_type_
            or clause.left_edge.i <= tok.i <= clause.right_edge.i
        ):
            continue
        if (tok.tag_ == "NNS" or tok.lower_ in lx.COMMON_OPENERS) and tok.lemma_.lower() in GROUP_WORDS | {"police"}:
            return True
    return False


def _definite_body(tok: Token) -> bool:
    """'the company', 'the ministry': a body word after a bare 'the', which names the body met before."""
    lemma = tok.lemma_.lower()
    own = [c.lower_ for c in tok.children if c.dep_ not in ("punct", "prep", "relcl", "acl")]
    return own == ["the"] and (lemma in lx.ORG_HEADS or lemma in lx.GENERIC_ORG_HEADS)


def _speaks_for(tok: Token) -> tuple[str, ...]:
    """What a description's name stands for: an official speaks for a state ('a US official'), but
    'a Geneva resident' or 'a Texas voter' only lives there, and speaks for no one."""
    return ("ORG",) if tok.lemma_.lower() in lx.PLACE_PEOPLE else ("ORG", "GPE")


def _key(ent: Span) -> str:
    """One person under several mentions: 'Sarah Jones', 'Jones'."""
    return ent[-1].lower_


def _is_subject(ent: Span) -> bool:
    """The name is what its clause is about: a subject, or inside one ('Mr Smith, 45,'); but not the subject
    of reported words ('The witness said that Tasie was her boyfriend': the passage is about the witness)."""
    tok = ent.root
    # a person's name under a body's ('Department of Public Safety Director Frank Milstead', parsed as 'of' him)
    links = ("appos", "compound", "conj", "pobj", "prep") if ent.label_ == "PERSON" else ("appos", "compound", "conj")
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return not _reported(tok.head)
        if tok.dep_ not in links or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _reported(verb: Token) -> bool:
    """The verb is inside what someone is reported to have said: the clausal complement of a reporting verb,
    or a clause within one ('Smith said she had no idea what Jones had to say': Jones is in Smith's words,
    not what the passage is about)."""
    tok = verb
    for _ in range(REPORT_DEPTH):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lx.REPORTING_VERBS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


REPORT_DEPTH = 6  # clauses within reported words, up to the reporting verb


def _gender_of(words: str) -> str | None:
    """'the bloke', 'the businesswoman': the gender a description's own words give, if any."""
    found = {w.lower() for w in words.split()}
    male, female = bool(found & (lx.MALE_WORDS | lx.MALE_NOUNS)), bool(found & lx.FEMALE_WORDS)
    return "m" if male and not female else "f" if female and not male else None


def _genders(doc: Doc, mentions: list[Span], label: object) -> dict[str, str]:
    """What the text says of each person's gender: a title or a gendered word beside the name
    ('Mr', 'spokeswoman'), or a his/her in a clause the name is the subject of."""
    out: dict[str, str] = {}
    for ent in mentions:
        if label(ent) != "PERSON":  # type: ignore[operator]
            continue
        words = _role_words(ent) | {doc[ent.start - 1].lower_.rstrip(".")} if ent.start else _role_words(ent)
        if ent.root.dep_ in ("nsubj", "nsubjpass"):
            words |= _own_possessives(ent.root.head)
        male, female = bool(words & (lx.MALE_WORDS | {"his", "him"})), bool(words & (lx.FEMALE_WORDS | {"her", "hers"}))
        if male != female and _key(ent) not in out:
            out[_key(ent)] = "m" if male else "f"
    return out


def _own_possessives(verb: Token) -> set[str]:
    """'Klopp praised his players': his/her in the verb's own clause, never in what it reports."""
    out: set[str] = set()
    frontier = [verb]
    while frontier:
        tok = frontier.pop()
        for child in tok.children:
            if child.dep_ in ("ccomp", "parataxis", "punct", "relcl", "advcl", "conj"):
                continue
            if child.dep_ == "poss" and child.pos_ == "PRON":
                out.add(child.lower_)
            frontier.append(child)
    return out


def _role_words(ent: Span) -> set[str]:
    """Words that describe a person where the name stands: titles, appositions, the noun it names."""
    root = ent.root
    words = {t.lemma_.lower() for t in root.subtree if t.i < ent.start or t.i >= ent.end}
    if root.dep_ in ("appos", "compound"):
        words.add(root.head.lemma_.lower())
        words.update(t.lemma_.lower() for t in root.head.children if t.dep_ in ("compound", "amod"))
    return words


def _label_fixes(doc: Doc) -> dict[int, str]:
    """Labels for names the model mislabels, by start: plainly people: a bare surname of a person named
    earlier ('Lavrov' tagged ORG after 'Sergei Lavrov'), or a name under a person's title
    ('presenter Dmitry Kiselyov' tagged ORG); and bodies tagged as places ('West Yorkshire Police')."""
    fixes: dict[int, str] = {}
    surnames: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            surnames.add(ent[-1].lower_)
            continue
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC"):
            continue
        if ent.label_ != "ORG" and len(ent) >= 2 and ent[-1].lower_ in lx.BODY_NAME_ENDS:
            fixes[ent.start_char] = "ORG"  # 'West Yorkshire Police' tagged a place: a name ending in a body word
            continue
        names_body = any(t.lemma_.lower() in lx.ORG_HEADS for t in ent)  # 'Department of Public Safety Director'
        if ent[-1].lower_ in surnames or _role_words(ent) & lx.PERSON_ROLES and len(ent) >= 2 and not names_body:
            fixes[ent.start_char] = "PERSON"
            surnames.add(ent[-1].lower_)
    return fixes
