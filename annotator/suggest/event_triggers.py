"""Event triggers over a parsed spaCy Doc: by lemma and part of speech, with the senses and guards
that keep names, months, sport results and nature out. Roles are found in event_roles.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from annotator.suggest import lexicon as lx
from annotator.suggest.event_parse import (
    counted,
    first_child,
    inherited_subject,
    is_addressee,
    is_person,
    pobj,
    relative_head,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?[-–] ?\d{1,2}(?![\d.,%])")


NOMINAL_TAGS = ("NN",)


class Trigger(NamedTuple):
    """A trigger found in the text: its first and last token, its type, and the rule that fired
    (the rule names the confidence prior in `rule_scores.toml`)."""

    first: Token
    last: Token
    type: str
    rule: str


def trigger_of(tok: Token) -> Trigger | None:
    """The trigger this token heads, if any. Names are never triggers ("March", "Trial Lawyers Inc")."""
    if tok.ent_type_ not in ("", "EVENT") or _is_month(tok) or _in_a_name(tok):
        return None
    lemma = tok.lemma_.lower()
    tag = tok.tag_
    if tok.lower_ == "born" and tag == "VBN" and tok.dep_ != "amod" and tok.doc[tok.i - 1 : tok.i].text != "-":
        return Trigger(tok, tok, "Life.Be-Born", "verb")  # "was born in 1950" (lemma 'bear' is mostly 'bear costs')
    if tok.lower_ in lx.ADJ_TRIGGERS and (tag.startswith("JJ") or tok.dep_ in ("amod", "compound")):
        return Trigger(tok, tok, lx.ADJ_TRIGGERS[tok.lower_], "adjective")  # "retaliatory", however tagged
    if _money_fine(tok):
        return Trigger(tok, tok, "Justice.Fine", "noun")  # "a $25,000 fine", "$14,000 in fines", however tagged
    if tag.startswith("VB"):
        return _verbal(tok, lemma)
    if tag.startswith(NOMINAL_TAGS):
        return _nominal(tok, lemma)
    return None


def _money_fine(tok: Token) -> bool:
    return tok.lower_ in ("fine", "fines") and any(t.ent_type_ == "MONEY" for t in tok.doc[max(tok.i - 4, 0) : tok.i])


def _in_a_name(tok: Token) -> bool:
    """'the Springfield Arson and Bomb Squad': a capitalised word among proper nouns is part of a
    name the model did not label (in prose: a title-case headline capitalises its events too)."""
    if tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper() or _title_case(tok):
        return False
    doc = tok.doc
    near = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
    return any(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in near)


def _title_case(tok: Token) -> bool:
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.text[0].isupper() for t in words) > len(words) / 2


def _is_month(tok: Token) -> bool:
    """'March 3', 'in March': a month the parser left without a date entity is no demonstration."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text == "March" and (not tok.is_sent_start or nxt is not None and nxt.like_num)


VERB_OBJECT_DEPS = frozenset({"dobj", "acomp", "oprd", "prep", "nsubjpass"})  # the passive's subject is its object


def _verbal(tok: Token, lemma: str) -> Trigger | None:
    for child in tok.children:
        particle = child.dep_ == "prt" or child.dep_ == "advmod" and child.lower_ in lx.PARTICLES
        particle = particle and abs(child.i - tok.i) <= 4  # "shares closed at 1.35, down": no 'close down'
        if particle and (lemma, child.lower_) in lx.PARTICLE_TRIGGERS:
            first, last = (tok, child) if child.i > tok.i else (child, tok)
            kind = _closing(tok, (lemma, child.lower_))
            if kind in ORG_EVENT_TYPES and not _acts_on_org(tok):
                return None  # "set up a meeting", "set up an operation": no organisation founded
            return Trigger(first, last, kind, "particle")
        if child.dep_ in VERB_OBJECT_DEPS and (lemma, _object_word(child)) in lx.VERB_OBJECT_TRIGGERS:
            last = _object_head(child) if _object_head(child).i == tok.i + 1 else tok
            return Trigger(tok, last, lx.VERB_OBJECT_TRIGGERS[(lemma, _object_word(child))], "verb_object")
    if lemma in lx.STAFF_CUT_VERBS:
        obj = first_child(tok, ("dobj", "nsubjpass"))
        return Trigger(tok, tok, _staff_type(obj), "staff_cut") if obj is not None and _is_staff(obj) else None
    if lemma in lx.RESPONSE_WORDS:
        return Trigger(tok, tok, "Conflict.Retaliate", "response") if _answers_hostility(tok) else None
    if lemma == "name" and _names_to_a_post(tok):
        return Trigger(tok, tok, "Personnel.Start-Position", "verb")  # "was named chief executive"
    if lemma in lx.CHOOSING_VERBS and _object_word_is(tok, lx.SUCCESSOR_NOUNS):
        return Trigger(tok, tok, "Personnel.Start-Position", "verb")  # "while Macron chooses a successor"
    special = _special_verb(tok, lemma)
    if special is not None:
        return Trigger(tok, tok, special, "verb")
    if any(c.dep_ == "prt" and not _quantity_particle(c) for c in tok.children) or lemma not in lx.VERB_TRIGGERS:
        return None
    if _moved_by_nature(tok):
        return None  # "the tornado traveled 10 miles", "twisters could strike": no one acts
    etype = _verb_sense(tok, lemma, lx.VERB_TRIGGERS[lemma])
    return Trigger(tok, tok, etype, "verb") if etype else None


def _special_verb(tok: Token, lemma: str) -> str | None:
    """Verbs that are events only through what they act on or who acts: a legislature approving
    (a vote), money sent or accepted, a bone broken, police recovering goods."""
    if lemma in lx.VOTE_VERBS and _legislature_acts(tok):
        return "Election.Vote"  # "the council approved $2 million"
    if lemma in lx.CONVEY_VERBS and _conveys_to_a_place(tok, lemma):
        return "Movement.Transport"  # "rushed to hospital", "taken to the station", "sent from Bam"
    if lemma == "appear" and before_a_court(tok) is not None:
        return "Justice.Trial-Hearing"  # "appeared in Burwood Local Court", "will appear before magistrates"
    if tok.lower_ in ("dine", "dined", "dines", "dining") and pobj(tok, ("with",)) is not None:
        return "Contact.Meet"  # "dined with the Queen"
    obj = first_child(tok, ("dobj", "nsubjpass")) or relative_head(tok)
    if obj is None:
        return None
    if lemma in lx.MONEY_VERBS and (obj.ent_type_ == "MONEY" or obj.lemma_.lower() in lx.MONEY_NOUNS):
        return "Transaction.Transfer-Money"  # "accepted money", "billions of dollars to send"
    if lemma in ("accept", "receive") and _holds_money(obj):
        return "Transaction.Transfer-Money"  # "accepting an envelope filled with $5,000 in cash"
    if lemma in lx.BODY_HARM_VERBS and obj.lemma_.lower() in lx.BODY_PARTS:
        return "Life.Injure"  # "his neck was broken", "she fractured her wrist"
    obj = counted(obj) or obj  # "a number of the players he signed"
    if lemma == "sign" and (is_person(obj) and obj.ent_type_ == "PERSON" or obj.lemma_.lower() in lx.SIGNED_PEOPLE):
        return "Personnel.Start-Position"  # "signed the striker", "the players he signed"
    if lemma == "leave" and _is_org(obj) and obj.ent_type_ not in ("GPE", "LOC", "FAC"):
        return "Personnel.End-Position"  # "leaves the club", "left the company in May"
    if lemma == "combine" and _is_org(obj):
        return "Business.Merge-Org"  # "combine our two companies"
    subject = first_child(tok, ("nsubj",)) or inherited_subject(tok)
    if lemma == "recover" and subject is not None and subject.lemma_.lower() in lx.AUTHORITY_NOUNS | lx.SEARCHERS:
        return "Transaction.Seize"  # "police recovered 200 kilograms of cannabis"
    return None


def _object_word_is(tok: Token, words: frozenset[str]) -> bool:
    obj = first_child(tok, ("dobj", "nsubjpass"))
    return obj is not None and obj.lemma_.lower() in words


def _conveys_to_a_place(tok: Token, lemma: str) -> bool:
    """A verb of carrying that names a place to or from ('to hospital', parsed also as 'to'
    + a bare noun; 'to the scene'; 'from Bam'), moving a person or goods rather than a message,
    and not 'took to the streets' (a protest) or someone going nowhere in particular."""
    obj = first_child(tok, ("dobj", "nsubjpass"))
    if obj is not None and obj.lemma_.lower() in lx.MESSAGE_NOUNS:
        return False
    if lemma == "go":
        subject = first_child(tok, ("nsubj",))
        if subject is None or not (is_person(subject) or subject.tag_ == "PRP"):
            return False
    preps = ("to", "into", "from") if lemma in ("send", "take", "bring") else ("to", "into")
    places = [c for c in tok.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    places += [p for p in (pobj(tok, (prep,)) for prep in preps) if p is not None]
    return any(is_a_place(p) and not (lemma == "take" and p.lemma_.lower() == "street") for p in places)


def is_a_place(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in lx.PLACE_NOUNS


def before_a_court(tok: Token) -> Token | None:
    """The court a person appears in or before ('in the ACT Magistrates Court', 'before a judge')."""
    court = pobj(tok, ("in", "before", "at"))
    if court is None:
        return None
    words = {court.lemma_.lower()} | {t.lemma_.lower() for t in court.lefts}
    return court if words & lx.COURT_NOUNS else None


def _holds_money(obj: Token) -> bool:
    """What is taken holds money: an envelope 'filled with five thousand dollars in cash'."""
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in lx.MONEY_NOUNS for t in obj.subtree)


def _quantity_particle(tok: Token) -> bool:
    """'injured up to 100 people': 'up' opens a number, it makes no particle verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "up" and nxt is not None and nxt.lower_ == "to"


def _moved_by_nature(tok: Token) -> bool:
    """A storm or a fire that travels, marches or strikes is weather, not an event; nor is an
    'it' that travels (people travel, a tornado's path is 'it')."""
    subject = first_child(tok, ("nsubj",))
    if subject is None:
        return False
    if subject.lemma_.lower() in lx.NATURAL_CAUSES:
        return lx.VERB_TRIGGERS[tok.lemma_.lower()] not in lx.HARM_TYPES - {"Conflict.Attack"}
    return subject.lower_ == "it" and tok.lemma_.lower() in lx.SUBJECT_UNDERGOES


def _closing(tok: Token, key: tuple[str, str]) -> str:
    """'shut down the plant' (an organisation ends) or 'shut down the compounds' (property closed)."""
    etype = lx.PARTICLE_TRIGGERS[key]
    if key not in lx.CLOSING:
        return etype
    obj = first_child(tok, ("dobj", "nsubjpass")) or (
        first_child(tok, ("nsubj",)) if not first_child(tok, ("dobj",)) else None
    )
    return "Business.End-Org" if obj is not None and _is_org(obj) else etype


def _is_org(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.ent_type_ == "ORG" or lemma in lx.GENERIC_ORG_HEADS or lemma in ORG_WORDS


ORG_WORDS = frozenset("plant factory business store shop restaurant school hospital charity party mine".split())


def _names_to_a_post(tok: Token) -> bool:
    """'X was named chief executive', 'named her as coach': a post, not a name given ('named after')."""
    for child in tok.children:
        word = child.lemma_.lower()
        if child.dep_ in ("oprd", "attr", "xcomp", "dobj", "ccomp") and word in lx.PERSON_ROLES | lx.SUCCESSOR_NOUNS:
            return True
        if child.dep_ == "prep" and child.lower_ == "as":
            post = first_child(child, ("pobj",))
            return post is None or post.ent_type_ != "PERSON"  # "named as John Smith" names him
    return False


def _object_word(child: Token) -> str:
    """'found guilty', 'filed for bankruptcy', 'lost his life': the word that makes the light verb an event."""
    return _object_head(child).lemma_.lower()


def _object_head(child: Token) -> Token:
    if child.dep_ == "prep":
        return next((g for g in child.children if g.dep_ == "pobj"), child)
    return child


def _verb_sense(tok: Token, lemma: str, etype: str) -> str | None:
    """Verbs with an everyday sense that is no event: 'tried to', 'released a report', 'fired shots'."""
    if etype == "Conflict.Attack" and _near_a_score(tok):
        return None  # "Liverpool beat Everton 2-0": a result, not an attack
    if lemma in lx.PERSON_OBJECT_VERBS:
        obj = first_child(tok, ("dobj", "nsubjpass"))
        if obj is None and tok.dep_ == "conj":  # "were kicked and bitten": the first verb's object is the second's
            obj = first_child(tok.head, ("dobj", "nsubjpass"))
        if obj is None or not is_person(obj):
            return None
    if lemma == "charge" and not (first_child(tok, ("nsubjpass",)) or pobj(tok, ("with",)) or _person_object(tok)):
        return None
    if lemma == "appeal" and pobj(tok, ("for", "to")) is not None:
        return None  # "appealed for calm", "appealed to voters"
    if lemma == "return" and (obj := first_child(tok, ("dobj",))) is not None and obj.lemma_.lower() == "verdict":
        return None  # "the jury returned a verdict": no property given back
    if lemma == "return" and tok.tag_ != "VBN" and first_child(tok, ("dobj", "nsubjpass")) is None:
        return "Movement.Transport"  # "returned to Kyiv"; "(were taken and) returned" is property
    if lemma in ("jail", "imprison") and _duration(tok) is not None:
        return "Justice.Sentence"  # "jailed for six years": a sentence handed down
    if lemma == "demonstrate" and first_child(tok, ("dobj", "ccomp")) is not None:
        return None  # "demonstrated its resolve", "demonstrates that": to show
    if lx.VERB_TRIGGERS[lemma] in ORG_EVENT_TYPES and not _acts_on_org(tok):
        return None  # "established relations", "formed a line", "dissolved the powder": no organisation
    if lemma == "raid" and _by_authority(tok):
        return None  # "police raided the flat": a search, not an attack
    if lemma == "strike" and (obj := first_child(tok, ("dobj",))) is not None and obj.lemma_.lower() == "deal":
        return "Business.Deal"
    subject = first_child(tok, ("nsubj",))
    if (
        lemma == "strike"
        and first_child(tok, ("dobj",)) is None
        and subject is not None
        and subject.lemma_.lower() in lx.WORKFORCE
    ):
        return "Conflict.Demonstrate"  # "the workers struck": a walkout
    if lemma in ("vote", "march", "fly", "ship", "fight") and tok.dep_ in ("amod", "compound"):
        return None  # "fighting spirit", "a flying visit"
    if lemma == "meet" and (obj := first_child(tok, ("dobj",))) is not None and not is_addressee(obj):
        return None  # "met the criteria", "meet demand": no one met
    if lemma == "visit" and (obj := first_child(tok, ("dobj",))) is not None and is_a_place(obj) and not obj.ent_type_:
        return None  # "visiting a home": no one met (a named city visited is the samples' Meet)
    return etype


ORG_EVENT_TYPES = frozenset({"Business.Start-Org", "Business.End-Org", "Business.Merge-Org"})


def _acts_on_org(tok: Token) -> bool:
    """An organisation is what is founded, formed or dissolved (its object, or its subject in
    'the two firms merged')."""
    deps = ("dobj", "nsubjpass") if first_child(tok, ("dobj", "nsubjpass")) is not None else ("nsubj",)
    return any(_is_org(c) for c in tok.children if c.dep_ in deps)


def _by_authority(tok: Token) -> bool:
    """Police or agents act ('police raided', 'a police raid', 'raided by officers'): a search."""
    who = [c for c in tok.children if c.dep_ in ("nsubj", "compound", "amod")]
    agent = pobj(tok, ("by",), dep="agent")
    who += [agent] if agent is not None else []
    return any(w.lemma_.lower() in lx.AUTHORITY_NOUNS | lx.SEARCHERS for w in who)


def _legislature_acts(tok: Token) -> bool:
    """A house, council or board approves (or gives approval): a vote, whatever it passed."""
    who = first_child(tok, ("nsubj",)) or pobj(tok, ("by",), dep="agent")
    if tok.lemma_.lower() in ("pass", "fail") and tok.dep_ == "acl" and tok.head.lemma_.lower() in lx.MEASURE_NOUNS:
        return True  # "288 votes needed for the motion to pass"
    if who is not None and tok.lemma_.lower() in ("pass", "fail") and who.lemma_.lower() in lx.MEASURE_NOUNS:
        return True  # "the bill passed 52-48"
    if who is None and tok.dep_ == "dobj" and tok.head.tag_.startswith("VB"):
        who = first_child(tok.head, ("nsubj",))  # "the House gave final approval"
    return who is not None and who.lemma_.lower() in lx.LEGISLATURES


def _near_a_score(tok: Token) -> bool:
    """A match score ('2-0', '3-1') within a few words: the verb reports a sports result."""
    text = tok.doc[max(tok.i - 6, 0) : tok.i + 7].text
    return SCORE.search(text) is not None


def _duration(tok: Token) -> Token | None:
    """'for six years', 'for life': how long, the sentence of a jailing."""
    obj = pobj(tok, ("for",))
    return obj if obj is not None and (obj.ent_type_ == "DATE" or obj.lower_ == "life") else None


def _person_object(tok: Token) -> bool:
    obj = first_child(tok, ("dobj",))
    return obj is not None and is_person(obj)


def _nominal(tok: Token, lemma: str) -> Trigger | None:
    for child in tok.children:
        if (
            child.dep_ in ("compound", "amod")
            and child.i < tok.i
            and (child.lemma_.lower(), lemma) in lx.COMPOUND_TRIGGERS
        ):
            return Trigger(child, tok, lx.COMPOUND_TRIGGERS[(child.lemma_.lower(), lemma)], "compound")
    if lemma in lx.STAFF_CUT_NOUNS:
        obj = pobj(tok, ("of", "in"))
        return Trigger(tok, tok, _staff_type(obj), "staff_cut") if obj is not None and _is_staff(obj) else None
    if lemma in lx.RESPONSE_WORDS:
        return Trigger(tok, tok, "Conflict.Retaliate", "response") if _answers_hostility(tok) else None
    if lemma == "talk" and tok.tag_ != "NNS":
        return None  # "a talk" is a lecture; "talks" are negotiations
    if lemma == "call" and not any(c.lemma_.lower() in ("phone", "telephone") for c in tok.children):
        return None
    if lemma == "raid" and _by_authority(tok):
        return None
    if lemma in lx.MODIFIER_ONLY_NOUNS and tok.dep_ in ("compound", "amod"):
        return None  # "a suicide attempt", "a fighting chance": the head noun is what happened
    if lemma == "bail" and _bail_denied(tok):
        return None  # "was refused bail", "did not apply for bail": no one released
    if lemma in ("murder", "killing") and any(c.lemma_.lower() == "attempt" for c in tok.children):
        return None  # "the attempted murder of two people": no one died
    if lemma in lx.HOLDING_NOUNS and _held_by_a_verb(tok):
        return None  # "remanded in custody": the verb is the one event
    if lemma == "sale" and tok.tag_ == "NNS" and pobj(tok, ("of",)) is None:
        return None  # "group sales fell": takings, not a sale of something
    if lemma == "approval" and _legislature_acts(tok):
        return Trigger(tok, tok, "Election.Vote", "noun")  # "the House gave final approval"
    if lemma == "closure" and _is_org_closing(tok):
        return Trigger(tok, tok, "Business.End-Org", "noun")  # "the closure of the plant"
    special = _special_noun(tok, lemma)
    if special is not None:
        return Trigger(tok, tok, special, "noun")
    key = lemma if lemma in lx.NOUN_TRIGGERS or lemma in lx.NOUN_SENSES else tok.lower_
    if key in lx.NOUN_SENSES:
        etype = _noun_sense(tok, key)
        return Trigger(tok, tok, etype, "noun_sense") if etype else None
    if key in lx.NOUN_TRIGGERS:
        return Trigger(tok, tok, lx.NOUN_TRIGGERS[key], "noun")
    return None


def _bail_denied(tok: Token) -> bool:
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.head.i != tok.i and head.lemma_.lower() in lx.BAIL_DENIED


def _held_by_a_verb(tok: Token) -> bool:
    """'remanded in custody', 'detained in custody': the holding noun completes an arrest verb."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "into"):
        return False
    verb = tok.head.head
    return lx.VERB_TRIGGERS.get(verb.lemma_.lower()) == "Justice.Arrest-Jail" and verb.tag_.startswith("VB")


def _special_noun(tok: Token, lemma: str) -> str | None:
    """Nouns whose type their complement or their document settles: 'the election of X' puts a
    person in office, a '$5,000 fine' is a penalty, 'the transaction' in a story of a takeover is it."""
    if lemma == "election" and _elects_someone(tok):
        return "Personnel.Elect"  # "the election of the new Speaker", "Labor's election to power"
    if lemma in lx.DEAL_NOUNS and pobj(tok, ("of",)) is None and _names_a_deal(tok.doc):
        return lx.DEAL_NOUNS[lemma]  # "the transaction is expected to close" (not "a combination of factors")
    return None


def _elects_someone(tok: Token) -> bool:
    """'the election of Peter Slipper', 'election of speaker', 'election to power': a person chosen
    for a post, not the ballot itself."""
    who = pobj(tok, ("of",))
    if who is not None and (is_person(who) or who.lemma_.lower() in lx.PERSON_ROLES | lx.ELECTED_POSTS):
        return True
    post = pobj(tok, ("to",))
    return post is not None and post.lemma_.lower() in ("power", "office", "parliament", "congress", "senate")


def _names_a_deal(doc: Doc) -> bool:
    return any(t.lemma_.lower() in lx.DEAL_WORDS for t in doc)


def _is_org_closing(tok: Token) -> bool:
    what = pobj(tok, ("of",)) or first_child(tok, ("poss",))
    return what is not None and _is_org(what)


def _noun_sense(tok: Token, key: str) -> str | None:
    """The sense a context word settles ('air strike', 'went on strike', 'went into administration')."""
    context = {c.lemma_.lower() for c in tok.children} | {tok.head.lemma_.lower(), tok.head.head.lemma_.lower()}
    context |= {t.lower_ for t in tok.doc[max(tok.i - 2, 0) : tok.i]}
    for words, etype in lx.NOUN_SENSES[key]:
        if context & words:
            return etype
    return None


def _is_staff(tok: Token) -> bool:
    head = tok
    if tok.lemma_.lower() == "number" or tok.lemma_.lower() == "size":
        inner = pobj(tok, ("of",))
        head = inner if inner is not None else tok
    return head.lemma_.lower() in lx.STAFF_NOUNS or head.lower_ in lx.STAFF_NOUNS


def _staff_type(tok: Token | None) -> str:
    """Fewer diplomats means expulsion; fewer staff anywhere else means lost jobs."""
    words = {t.lower_ for t in tok.subtree} if tok is not None else set()
    return "Personnel.Expel" if words & lx.DIPLOMATIC_WORDS else "Personnel.End-Position"


def _answers_hostility(tok: Token) -> bool:
    """'respond in kind', 'a response to the sanctions': retaliation; 'respond to questions' is not."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lower_ == "kind" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "to":
            for t in child.subtree:
                hit = trigger_of(t) if t.i != tok.i and t.lemma_.lower() not in lx.RESPONSE_WORDS else None
                if hit is not None and hit.type in lx.HOSTILE_TYPES:
                    return True
    return False


CRIME_PATH_DEPS = frozenset({"pobj", "prep", "compound", "amod", "conj", "nmod", "pcomp", "acl", "xcomp", "aux"})


CRIME_PATH_PREPS = frozenset({"with", "of", "including", "for", "on"})


def names_a_crime(tok: Token) -> bool:
    """'charged with murder', 'murder charges', 'two counts of shooting with intent to kill',
    'arrested on suspicion of assault': the violent word is the crime someone is accused of."""
    for _ in range(8):
        if tok.dep_ not in CRIME_PATH_DEPS or tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ not in CRIME_PATH_PREPS:
            return False
        tok = tok.head
        if tok.lemma_.lower() in lx.CRIME_HOLDERS or tok.lower_ in lx.CRIME_HOLDERS:
            return True
    return False


def vote_of_a_vote_verb(tok: Token, found: dict[int, Trigger]) -> bool:
    """'approved the plan in a unanimous vote', 'passed the bill by a vote of 216-213': one vote
    per clause, named by its verb."""
    if not tok.tag_.startswith("NN") or tok.dep_ != "pobj":
        return False
    up = tok.head
    for _ in range(3):
        if up.head.i == up.i:
            return False
        up = up.head
        hit = found.get(up.i)
        if hit is not None and hit.type == "Election.Vote" and up.tag_.startswith("VB"):
            return True
    return False


def modifies_trigger(tok: Token, found: dict[int, Trigger]) -> bool:
    """'summit meeting': the modifier is part of the head event, not an event of its own."""
    return tok.dep_ == "compound" and tok.head.i in found and tok.head.i != tok.i and tok.lemma_.lower() != "sanction"
