"""News events over a parsed spaCy Doc: triggers by lemma and part of speech, arguments by parse.

The parse gives who acts, who undergoes and who receives: for verbal triggers ("expel")
the subject (or the passive's by-phrase) and the object (or the passive subject); for
nominal ones ("expulsion") a possessive, a modifying name or the subject of the light verb
that governs them ("imposed sanctions"), and an of/on/against phrase. Each type names them
with its ACE 2005 roles (lexicon.ROLE_FRAMES: Attacker/Target, Agent/Victim, Buyer/Seller...),
a subject that undergoes ("the man died", "she resigned") taking the undergoer's role;
prepositions and entity labels fill Crime, Sentence, Position, Origin, Destination, Money.
Time is a DATE entity and Place a GPE/LOC/FAC entity attached to the trigger (or to the
verb it depends on). Only types in the schema are suggested; each names the rule that
found it, the key of its confidence in rule_scores.toml.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, NamedTuple

from annotator.core.models import Event, Span
from annotator.core.schema import LabelSchema
from annotator.suggest import lexicon as lx
from annotator.suggest.docindex import index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?[-–] ?\d{1,2}(?![\d.,%])")
TIME_LABELS = frozenset({"DATE", "TIME"})
PATIENT_PREPS = {"of", "on", "against", "in", "to"}
CLAUSE_DEPS = frozenset({"xcomp", "conj", "advcl"})
NOMINAL_TAGS = ("NN",)


class Trigger(NamedTuple):
    """A trigger found in the text: its first and last token, its type, and the rule that fired
    (the rule names the confidence prior in `rule_scores.toml`)."""

    first: Token
    last: Token
    type: str
    rule: str


def find_events(doc: Doc, schema: LabelSchema, skip: Sequence[tuple[int, int]] = ()) -> list[Event]:
    """Every event of a schema type outside the `skip` ranges, in text order."""
    return [event for event, _ in find_scored_events(doc, schema, skip)]


def find_scored_events(doc: Doc, schema: LabelSchema, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[Event, str]]:
    """Each event with the name of the rule that found it."""
    roles = {t.name: set(t.roles) for t in schema.event_types}
    found: dict[int, Trigger] = {}  # head token index -> trigger
    for tok in doc:
        if any(s <= tok.idx < e for s, e in skip):
            continue
        hit = trigger_of(tok)
        if hit is not None and hit.type in roles:
            found[tok.i] = hit
    events = []
    for i, hit in sorted(found.items()):
        if _modifies_trigger(doc[i], found) or hit.type in lx.HARM_TYPES and _names_a_crime(doc[i]):
            continue
        if hit.type == "Election.Vote" and _vote_of_a_vote_verb(doc[i], found):
            continue
        args = {role: span for role, span in _arguments(doc, doc[i], hit.type).items() if role in roles[hit.type]}
        trigger = Span(start=hit.first.idx, end=hit.last.idx + len(hit.last))
        events.append((Event(trigger=trigger, type=hit.type, arguments=args), hit.rule))
    return events


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
        obj = _first(tok, ("dobj", "nsubjpass"))
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
    if lemma == "appear" and _before_a_court(tok) is not None:
        return "Justice.Trial-Hearing"  # "appeared in Burwood Local Court", "will appear before magistrates"
    if tok.lower_ in ("dine", "dined", "dines", "dining") and _pobj(tok, ("with",)) is not None:
        return "Contact.Meet"  # "dined with the Queen"
    obj = _first(tok, ("dobj", "nsubjpass")) or _relative_head(tok)
    if obj is None:
        return None
    if lemma in lx.MONEY_VERBS and (obj.ent_type_ == "MONEY" or obj.lemma_.lower() in lx.MONEY_NOUNS):
        return "Transaction.Transfer-Money"  # "accepted money", "billions of dollars to send"
    if lemma in ("accept", "receive") and _holds_money(obj):
        return "Transaction.Transfer-Money"  # "accepting an envelope filled with $5,000 in cash"
    if lemma in lx.BODY_HARM_VERBS and obj.lemma_.lower() in lx.BODY_PARTS:
        return "Life.Injure"  # "his neck was broken", "she fractured her wrist"
    obj = _counted(obj) or obj  # "a number of the players he signed"
    if lemma == "sign" and (_is_person(obj) and obj.ent_type_ == "PERSON" or obj.lemma_.lower() in lx.SIGNED_PEOPLE):
        return "Personnel.Start-Position"  # "signed the striker", "the players he signed"
    if lemma == "leave" and _is_org(obj) and obj.ent_type_ not in ("GPE", "LOC", "FAC"):
        return "Personnel.End-Position"  # "leaves the club", "left the company in May"
    if lemma == "combine" and _is_org(obj):
        return "Business.Merge-Org"  # "combine our two companies"
    subject = _first(tok, ("nsubj",)) or _inherited_subject(tok)
    if lemma == "recover" and subject is not None and subject.lemma_.lower() in lx.AUTHORITY_NOUNS | lx.SEARCHERS:
        return "Transaction.Seize"  # "police recovered 200 kilograms of cannabis"
    return None


def _object_word_is(tok: Token, words: frozenset[str]) -> bool:
    obj = _first(tok, ("dobj", "nsubjpass"))
    return obj is not None and obj.lemma_.lower() in words


def _conveys_to_a_place(tok: Token, lemma: str) -> bool:
    """A verb of carrying that names a place to or from ('to hospital', parsed also as 'to'
    + a bare noun; 'to the scene'; 'from Bam'), moving a person or goods rather than a message,
    and not 'took to the streets' (a protest) or someone going nowhere in particular."""
    obj = _first(tok, ("dobj", "nsubjpass"))
    if obj is not None and obj.lemma_.lower() in lx.MESSAGE_NOUNS:
        return False
    if lemma == "go":
        subject = _first(tok, ("nsubj",))
        if subject is None or not (_is_person(subject) or subject.tag_ == "PRP"):
            return False
    preps = ("to", "into", "from") if lemma in ("send", "take", "bring") else ("to", "into")
    places = [c for c in tok.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    places += [p for p in (_pobj(tok, (prep,)) for prep in preps) if p is not None]
    return any(_is_a_place(p) and not (lemma == "take" and p.lemma_.lower() == "street") for p in places)


def _is_a_place(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in lx.PLACE_NOUNS


def _before_a_court(tok: Token) -> Token | None:
    """The court a person appears in or before ('in the ACT Magistrates Court', 'before a judge')."""
    court = _pobj(tok, ("in", "before", "at"))
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
    subject = _first(tok, ("nsubj",))
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
    obj = _first(tok, ("dobj", "nsubjpass")) or (_first(tok, ("nsubj",)) if not _first(tok, ("dobj",)) else None)
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
            post = _first(child, ("pobj",))
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
        obj = _first(tok, ("dobj", "nsubjpass"))
        if obj is None and tok.dep_ == "conj":  # "were kicked and bitten": the first verb's object is the second's
            obj = _first(tok.head, ("dobj", "nsubjpass"))
        if obj is None or not _is_person(obj):
            return None
    if lemma == "charge" and not (_first(tok, ("nsubjpass",)) or _pobj(tok, ("with",)) or _person_object(tok)):
        return None
    if lemma == "appeal" and _pobj(tok, ("for", "to")) is not None:
        return None  # "appealed for calm", "appealed to voters"
    if lemma == "return" and (obj := _first(tok, ("dobj",))) is not None and obj.lemma_.lower() == "verdict":
        return None  # "the jury returned a verdict": no property given back
    if lemma == "return" and tok.tag_ != "VBN" and _first(tok, ("dobj", "nsubjpass")) is None:
        return "Movement.Transport"  # "returned to Kyiv"; "(were taken and) returned" is property
    if lemma in ("jail", "imprison") and _duration(tok) is not None:
        return "Justice.Sentence"  # "jailed for six years": a sentence handed down
    if lemma == "demonstrate" and _first(tok, ("dobj", "ccomp")) is not None:
        return None  # "demonstrated its resolve", "demonstrates that": to show
    if lx.VERB_TRIGGERS[lemma] in ORG_EVENT_TYPES and not _acts_on_org(tok):
        return None  # "established relations", "formed a line", "dissolved the powder": no organisation
    if lemma == "raid" and _by_authority(tok):
        return None  # "police raided the flat": a search, not an attack
    if lemma == "strike" and (obj := _first(tok, ("dobj",))) is not None and obj.lemma_.lower() == "deal":
        return "Business.Deal"
    subject = _first(tok, ("nsubj",))
    if (
        lemma == "strike"
        and _first(tok, ("dobj",)) is None
        and subject is not None
        and subject.lemma_.lower() in lx.WORKFORCE
    ):
        return "Conflict.Demonstrate"  # "the workers struck": a walkout
    if lemma in ("vote", "march", "fly", "ship", "fight") and tok.dep_ in ("amod", "compound"):
        return None  # "fighting spirit", "a flying visit"
    if lemma == "meet" and (obj := _first(tok, ("dobj",))) is not None and not _is_addressee(obj):
        return None  # "met the criteria", "meet demand": no one met
    if lemma == "visit" and (obj := _first(tok, ("dobj",))) is not None and _is_a_place(obj) and not obj.ent_type_:
        return None  # "visiting a home": no one met (a named city visited is the samples' Meet)
    return etype


ORG_EVENT_TYPES = frozenset({"Business.Start-Org", "Business.End-Org", "Business.Merge-Org"})


def _acts_on_org(tok: Token) -> bool:
    """An organisation is what is founded, formed or dissolved (its object, or its subject in
    'the two firms merged')."""
    deps = ("dobj", "nsubjpass") if _first(tok, ("dobj", "nsubjpass")) is not None else ("nsubj",)
    return any(_is_org(c) for c in tok.children if c.dep_ in deps)


def _by_authority(tok: Token) -> bool:
    """Police or agents act ('police raided', 'a police raid', 'raided by officers'): a search."""
    who = [c for c in tok.children if c.dep_ in ("nsubj", "compound", "amod")]
    agent = _pobj(tok, ("by",), dep="agent")
    who += [agent] if agent is not None else []
    return any(w.lemma_.lower() in lx.AUTHORITY_NOUNS | lx.SEARCHERS for w in who)


def _legislature_acts(tok: Token) -> bool:
    """A house, council or board approves (or gives approval): a vote, whatever it passed."""
    who = _first(tok, ("nsubj",)) or _pobj(tok, ("by",), dep="agent")
    if tok.lemma_.lower() in ("pass", "fail") and tok.dep_ == "acl" and tok.head.lemma_.lower() in lx.MEASURE_NOUNS:
        return True  # "288 votes needed for the motion to pass"
    if who is not None and tok.lemma_.lower() in ("pass", "fail") and who.lemma_.lower() in lx.MEASURE_NOUNS:
        return True  # "the bill passed 52-48"
    if who is None and tok.dep_ == "dobj" and tok.head.tag_.startswith("VB"):
        who = _first(tok.head, ("nsubj",))  # "the House gave final approval"
    return who is not None and who.lemma_.lower() in lx.LEGISLATURES


def _near_a_score(tok: Token) -> bool:
    """A match score ('2-0', '3-1') within a few words: the verb reports a sports result."""
    text = tok.doc[max(tok.i - 6, 0) : tok.i + 7].text
    return SCORE.search(text) is not None


def _duration(tok: Token) -> Token | None:
    """'for six years', 'for life': how long, the sentence of a jailing."""
    obj = _pobj(tok, ("for",))
    return obj if obj is not None and (obj.ent_type_ == "DATE" or obj.lower_ == "life") else None


def _person_object(tok: Token) -> bool:
    obj = _first(tok, ("dobj",))
    return obj is not None and _is_person(obj)


def _is_person(tok: Token) -> bool:
    """A person or people: a PERSON or NORP name, a personal pronoun, a role or a word for people."""
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "its", "what", "which", "this", "that")
    lemma = tok.lemma_.lower()
    return lemma in lx.PERSON_ROLES or lemma in lx.PEOPLE_NOUNS or lemma in lx.PERSON_GROUPS


def _nominal(tok: Token, lemma: str) -> Trigger | None:
    for child in tok.children:
        if (
            child.dep_ in ("compound", "amod")
            and child.i < tok.i
            and (child.lemma_.lower(), lemma) in lx.COMPOUND_TRIGGERS
        ):
            return Trigger(child, tok, lx.COMPOUND_TRIGGERS[(child.lemma_.lower(), lemma)], "compound")
    if lemma in lx.STAFF_CUT_NOUNS:
        obj = _pobj(tok, ("of", "in"))
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
    if lemma == "sale" and tok.tag_ == "NNS" and _pobj(tok, ("of",)) is None:
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
    if lemma in lx.DEAL_NOUNS and _pobj(tok, ("of",)) is None and _names_a_deal(tok.doc):
        return lx.DEAL_NOUNS[lemma]  # "the transaction is expected to close" (not "a combination of factors")
    return None


def _elects_someone(tok: Token) -> bool:
    """'the election of Peter Slipper', 'election of speaker', 'election to power': a person chosen
    for a post, not the ballot itself."""
    who = _pobj(tok, ("of",))
    if who is not None and (_is_person(who) or who.lemma_.lower() in lx.PERSON_ROLES | lx.ELECTED_POSTS):
        return True
    post = _pobj(tok, ("to",))
    return post is not None and post.lemma_.lower() in ("power", "office", "parliament", "congress", "senate")


def _names_a_deal(doc: Doc) -> bool:
    return any(t.lemma_.lower() in lx.DEAL_WORDS for t in doc)


def _is_org_closing(tok: Token) -> bool:
    what = _pobj(tok, ("of",)) or _first(tok, ("poss",))
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
        inner = _pobj(tok, ("of",))
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


def _names_a_crime(tok: Token) -> bool:
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


def _vote_of_a_vote_verb(tok: Token, found: dict[int, Trigger]) -> bool:
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


def _modifies_trigger(tok: Token, found: dict[int, Trigger]) -> bool:
    """'summit meeting': the modifier is part of the head event, not an event of its own."""
    return tok.dep_ == "compound" and tok.head.i in found and tok.head.i != tok.i and tok.lemma_.lower() != "sanction"


# -- arguments ---------------------------------------------------------------------------


def _arguments(doc: Doc, trig: Token, etype: str) -> dict[str, Span]:
    """Arguments by ACE role: who acts, who undergoes, who receives, then roles a preposition
    or an entity label names (crime, position, origin, money), then Time and Place."""
    agent, patient, recipient = _participants(trig, etype)
    actor, undergoer, receiver = _frame(trig, etype)
    args: dict[str, Span] = {}
    place_first = None
    if etype in PLACE_TYPES and agent is not None and agent.ent_type_ in PLACE_LABELS:
        place_first, agent = agent, None  # "U.S. elections": where, not who
    actor = _court_role(agent, etype, actor)
    for role, tok in ((actor, agent), (undergoer, patient), (receiver, recipient)):
        if role is not None and tok is not None and role not in args:
            args[role] = _phrase(doc, tok)
    args.update({r: sp for r, sp in _prep_roles(doc, trig, etype).items() if r not in args})
    if etype == "Movement.Transport" and "Destination" not in args:
        bare = next((c for c in trig.children if c.dep_ == "xcomp" and _is_a_place(c)), None)
        if bare is not None and any(a.lower_ == "to" for a in bare.children):
            args["Destination"] = _phrase(doc, bare)  # "rushed to hospital", parsed as 'to' + a bare noun
    post = _post(trig) if etype in POST_TYPES and "Position" not in args else None
    if post is not None:
        args["Position"] = _phrase(doc, post)  # "was named chief executive"
    title = _title_before(doc, patient) if etype in POST_TYPES and "Position" not in args else None
    if title is not None:
        args["Position"] = title
    taken = list(args.values())
    money_role = lx.MONEY_ROLES.get(etype)
    if money_role and money_role not in args:
        money = _attached_entity(doc, trig, MONEY_LABELS, taken)
        if money is not None:
            args[money_role] = money
            taken.append(money)
    time = _attached_entity(doc, trig, TIME_LABELS, taken) or _sentence_entity(doc, trig, TIME_LABELS, taken)
    if time is not None:
        args["Time"] = time
    taken += [time] if time else []
    place = _ent_span(doc, place_first) if place_first is not None else None
    place = place or _attached_entity(doc, trig, PLACE_LABELS, taken)
    place = place or _place_noun(doc, trig, etype) or _where_clause_place(doc, trig)
    court = _before_a_court(trig) if place is None and etype.startswith("Justice.") else None
    place = place or (_ent_span(doc, court) or _phrase(doc, court) if court is not None else None)
    if place is None and etype not in NO_PLACE_TYPES:
        place = _sentence_entity(doc, trig, PLACE_LABELS, taken)
    if place is not None:
        args["Place"] = place
    return args


NO_PLACE_TYPES = frozenset({"Movement.Transport", "Contact.Phone-Write", "Justice.Extradite"})


def _sentence_entity(doc: Doc, trig: Token, labels: frozenset[str], taken: list[Span]) -> Span | None:
    """When nothing hangs on the trigger, the sentence's one date or one place is the event's
    ('was stabbed ... and died in Page on Saturday'); with two or more, which is whose is unknown."""
    sent = trig.sent
    spans = {
        (e.start_char, e.end_char)
        for e in sent.ents
        if e.label_ in labels and _says_where_or_when(e.root, labels) and _same_frame(trig, e.root)
    }
    spans = {(s, e) for s, e in spans if not any(t.start < e and s < t.end for t in taken)}
    if len(spans) != 1:
        return None
    start, end = spans.pop()
    return Span(start=start, end=end)


LOCATIVE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside", "across", "throughout", "into"})
TEMPORAL_PREPS = frozenset({"on", "in", "at", "during"})
CLAUSE_BOUNDARIES = frozenset({"relcl", "advcl", "ccomp", "csubj", "parataxis", "acl"})


def _says_where_or_when(tok: Token, labels: frozenset[str]) -> bool:
    """A place after a locative preposition ('in Page', not 'UK-based' or 'US drug stores'); a date
    after a temporal one or standing alone ('Thursday morning'), and a point rather than a span."""
    prep = tok.head.lower_ if tok.dep_ == "pobj" else ""
    if labels is TIME_LABELS:
        timed = prep in TEMPORAL_PREPS or tok.dep_ in ("npadvmod", "tmod")
        return timed and _is_point_in_time(_ent_text(tok))
    return prep in LOCATIVE_PREPS


def _ent_text(tok: Token) -> str:
    ent = index(tok.doc).entity(tok)
    return ent.text if ent is not None else tok.text


def _same_frame(trig: Token, tok: Token) -> bool:
    """The date or place and the trigger share a clause, and the date or place does not belong
    to another event word on its way up ('charged after a stabbing in Sydney' is no charge in Sydney)."""
    up_trig = [trig, *trig.ancestors]
    up_tok = [tok, *tok.ancestors]
    common = next((t for t in up_tok if t in up_trig), None)
    if common is None:
        return False
    below_tok = up_tok[: up_tok.index(common)]
    below_trig = up_trig[: up_trig.index(common)]
    if any(t.dep_ in CLAUSE_BOUNDARIES for t in below_tok + below_trig):
        return False
    if common.i != trig.i and _event_word(common) and not (trig.dep_ == "conj" and trig.head.i == common.i):
        return False  # the date is the other event's ('killed two ... as a case of arson')
    return not any(_event_word(t) or t.dep_ in PARTICIPANT_DEPS for t in below_tok[1:])


PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "attr"})  # "a scientist at X in Greenbelt said"


def _event_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in lx.NOUN_TRIGGERS or lemma in lx.VERB_TRIGGERS or lemma in lx.NOUN_SENSES


NOT_A_POINT = re.compile(
    r"\bold\b|-year\b|\b(?:less|more|fewer) than\b|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|few|many|\d+[\d,.]*)\s+(?:hours?|days?|weeks?|months?|years?|minutes?|decades?)\b(?! ago| earlier| before)"
    r"|^(?:the )?(?:past |last |coming |next )?(?:hours|days|weeks|months|years|decades)$",
    re.IGNORECASE,
)


def _is_point_in_time(text: str) -> bool:
    """'on Friday', 'in 2014', 'two years ago' say when; an age ('35-year-old') or a duration ('24 hours',
    'less than a week') does not."""
    return NOT_A_POINT.search(text) is None


PLACE_NOUN_TYPES = ("Life.", "Conflict.", "Justice.Arrest-Jail", "Movement.")
PLACE_PREPS = frozenset({"in", "at", "outside", "inside", "near", "on", "into"})


ADJUDICATING_TYPES = frozenset(
    {"Justice.Charge-Indict", "Justice.Trial-Hearing", "Justice.Appeal", "Justice.Sue", "Justice.Convict"}
    | {"Justice.Sentence", "Justice.Fine", "Justice.Acquit", "Justice.Pardon", "Justice.Release-Parole"}
)
PROSECUTING_TYPES = frozenset({"Justice.Charge-Indict", "Justice.Trial-Hearing", "Justice.Appeal"})


def _court_role(agent: Token | None, etype: str, role: str | None) -> str | None:
    """'Magistrate X charged him': a judge who acts adjudicates; 'prosecutors sought a sentence':
    a prosecutor never sentences (no role where the type has no Prosecutor)."""
    if agent is None or etype not in ADJUDICATING_TYPES:
        return role
    words = {t.lemma_.lower() for t in agent.subtree if t.i <= agent.i} | {agent.lower_}
    if words & lx.JUDGE_WORDS and agent.lemma_.lower() not in lx.PROSECUTOR_WORDS:
        return "Adjudicator"
    if words & lx.PROSECUTOR_WORDS and role == "Adjudicator":
        return "Prosecutor" if etype in PROSECUTING_TYPES else None
    return role


def _title_before(doc: Doc, person: Token | None) -> Span | None:
    """'Prime Minister Michel Barnier was ousted': the title written before the name is the post."""
    if person is None or person.ent_type_ != "PERSON":
        return None
    ent = index(doc).entity(person)
    if ent is None or ent.start == 0:
        return None
    words: list[Token] = []
    for tok in reversed(doc[max(ent.start - 4, 0) : ent.start]):
        if tok.ent_type_ or not tok.is_title or not tok.is_alpha:
            break
        words.insert(0, tok)
    if not words or words[-1].lemma_.lower() not in lx.TITLE_WORDS:
        return None
    return Span(start=words[0].idx, end=words[-1].idx + len(words[-1]))


def _place_noun(doc: Doc, trig: Token, etype: str) -> Span | None:
    """Where, named by a common noun ACE counts as a place ('killed at his home', 'a shooting on a
    tram', 'died in hospital'): a facility or site noun after a preposition on the trigger."""
    if not etype.startswith(PLACE_NOUN_TYPES):
        return None
    obj = _pobj(trig, PLACE_PREPS)
    if obj is None or obj.lemma_.lower() not in lx.PLACE_NOUNS or obj.ent_type_:
        return None
    return _phrase(doc, obj)


def _where_clause_place(doc: Doc, trig: Token) -> Span | None:
    """'Harrisburg, where six people died': the place the relative clause hangs on."""
    if trig.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in trig.children):
        return None
    head = trig.head
    if head.ent_type_ in PLACE_LABELS:
        return _ent_span(doc, head)
    return _phrase(doc, head) if head.lemma_.lower() in lx.PLACE_NOUNS else None


def _participants(trig: Token, etype: str) -> tuple[Token | None, Token | None, Token | None]:
    """(who acts, who undergoes, who receives) from the parse, before they are named by role."""
    verbal = trig.tag_.startswith("VB")
    if lx.ADJ_TRIGGERS.get(trig.lower_) in ADJ_UNDERGOER_TYPES and not verbal:
        agent, patient = _adjective_roles(trig)
    else:
        agent, patient = _verbal_roles(trig, etype) if verbal else _nominal_roles(trig, etype)
    agent, patient = _participant(agent), _participant(patient)
    if agent is not None and agent.lemma_.lower() in lx.NATURAL_CAUSES:
        agent = None  # "a tornado killed six", "the fire brought 100 firefighters": nature is no one's agent
    if patient is not None and agent is not None and patient.i == agent.i:
        patient = None
    if etype == "Contact.Meet" and agent is not None and patient is None:
        patient = next((c for c in agent.children if c.dep_ == "conj"), None)
    if verbal and agent is not None and _subject_undergoes(trig, patient):
        agent, patient = None, agent  # "the man died", "she resigned", "Trump took office"
    if verbal and agent is not None and patient is not None and patient.lemma_.lower() in lx.BODY_PARTS:
        agent, patient = None, agent  # "the defender injured his ankle": he is hurt, not hurting
    if etype == "Transaction.Transfer-Money" and patient is not None and _is_person(patient):
        return agent, None, patient  # "paid the workers"
    if etype == "Transaction.Transfer-Money" and trig.lemma_.lower() in lx.RECEIVING_VERBS:
        return None, None, agent  # "the official accepted cash": the subject receives
    if etype == "Contact.Statement" and patient is not None:
        return agent, None, patient if _is_addressee(patient) else None  # "warned residents", not "announced a plan"
    recipient = _recipient(trig) if etype in RECIPIENT_TYPES else None
    return agent, patient, recipient


ADJ_UNDERGOER_TYPES = lx.HARM_TYPES | {"Justice.Arrest-Jail", "Transaction.Seize"}  # not "retaliatory measures"


def _is_addressee(tok: Token) -> bool:
    """Who can be told or warned: a person, people, a body or a place standing for its people."""
    return _is_person(tok) or tok.ent_type_ in ("ORG", "GPE", "FAC") or tok.pos_ == "PROPN"


def _adjective_roles(trig: Token) -> tuple[Token | None, Token | None]:
    """'the dead man', 'left three people dead', 'was found dead', 'shot dead by police':
    the one harmed is the noun described or the subject or object of the verb the adjective
    completes; a by-phrase on that verb is the agent."""
    if trig.dep_ in ("amod", "compound"):
        return None, trig.head if trig.head.i != trig.i else None
    head = trig.head
    if head.i == trig.i or not head.tag_.startswith("VB"):
        return None, _first(trig, ("nsubj",))
    patient = _first(trig, ("nsubj",)) or _first(head, ("dobj", "nsubjpass"))
    if patient is None:
        patient = _passive_subject(head) if _is_passive(head) else _first(head, ("nsubj",))
    return _pobj(head, ("by",), dep="agent"), patient


def _subject_undergoes(trig: Token, patient: Token | None) -> bool:
    lemma = trig.lemma_.lower()
    if lemma in lx.SUBJECT_UNDERGOES and patient is None:
        return True
    return patient is not None and _is_part_of_trigger(trig, patient) and lemma in ("take", "leave", "lose", "win")


def _frame(trig: Token, etype: str) -> tuple[str | None, str | None, str | None]:
    """The ACE roles of the actor, the undergoer and the receiver for this trigger."""
    actor, undergoer, receiver = lx.ROLE_FRAMES.get(etype, lx.NEWS_FRAME)
    if etype == "Transaction.Transfer-Ownership" and trig.lemma_.lower() in lx.BUYING_VERBS:
        actor, receiver = "Buyer", "Seller"  # "Acme bought the mill (from Beta)"
    return actor, undergoer, receiver


def _prep_roles(doc: Doc, trig: Token, etype: str) -> dict[str, Span]:
    """Roles a preposition names: 'charged with murder' (Crime), 'fled to Spain' (Destination)."""
    preps = dict(lx.PREP_ROLES.get(etype, {}))
    if etype == "Transaction.Transfer-Ownership" and trig.lemma_.lower() in lx.BUYING_VERBS:
        preps["from"] = "Seller"
    if etype in CRIME_TYPES:
        preps.setdefault("in", "Crime")  # "charged in the death of", "arrested in the shooting"
        if _wrapped_crimes(trig):
            preps.setdefault("on", "Crime")  # "arrested on suspicion of", "held on charges of"
    out: dict[str, Span] = {}
    crime = _compound_crime(doc, trig)
    if crime is not None:
        out["Crime"] = crime  # "murder charges", "criminal contempt charges"
    for child in trig.children:
        if child.dep_ not in ("prep", "agent", "dative") or child.lower_ not in preps:
            continue
        obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        role = preps[child.lower_]
        if child.lower_ == "in" and role == "Crime" and not _names_harm(obj):
            continue  # "charged in court": a place, not a crime
        if role == "Crime" and obj.lemma_.lower() in lx.CRIME_WRAPPERS:
            obj = _pobj(obj, ("of",)) or obj  # "on suspicion of murder": the crime is murder
        if etype == "Justice.Sentence" and (obj.ent_type_ == "DATE" or obj.lower_ == "life"):
            role = "Sentence"  # "for six years" is the sentence, "for fraud" the crime
        elif obj.ent_type_ == "DATE" and role in ("Crime", "Position"):
            continue
        if role not in out:
            out[role] = _phrase(doc, obj)
    return out


CRIME_TYPES = frozenset(
    {
        "Justice.Charge-Indict",
        "Justice.Arrest-Jail",
        "Justice.Convict",
        "Justice.Sentence",
        "Justice.Trial-Hearing",
        "Justice.Acquit",
    }
)


def _wrapped_crimes(trig: Token) -> list[Token]:
    obj = _pobj(trig, ("on",))
    return [obj] if obj is not None and obj.lemma_.lower() in lx.CRIME_WRAPPERS else []


def _names_harm(tok: Token) -> bool:
    hit = trigger_of(tok)
    return hit is not None and hit.type in lx.HARM_TYPES


def _compound_crime(doc: Doc, trig: Token) -> Span | None:
    """The nouns in front of a charge that name its crime ('murder charges'); an adjective
    alone ('federal charges', 'criminal charges') names none."""
    if trig.lemma_.lower() not in lx.CRIME_HOLDERS or not trig.tag_.startswith("NN"):
        return None
    mods = [c for c in trig.lefts if c.dep_ in ("compound", "amod") and not c.ent_type_]
    nouns = [c for c in mods if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    first = min(t.i for m in mods for t in m.subtree)
    last = max(t.i for n in nouns for t in n.subtree)
    return Span(start=doc[first].idx, end=doc[last].idx + len(doc[last]))


POST_TYPES = frozenset({"Personnel.Start-Position", "Personnel.End-Position", "Personnel.Nominate", "Personnel.Elect"})


def _post(trig: Token) -> Token | None:
    return next(
        (c for c in trig.children if c.dep_ in ("oprd", "attr", "xcomp") and c.lemma_.lower() in lx.PERSON_ROLES), None
    )


TIME_WORDS = frozenset("today yesterday tomorrow tonight".split())
NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
PLACE_TYPES = frozenset({"Election.Vote"})
MONEY_LABELS = frozenset({"MONEY"})
RECIPIENT_TYPES = frozenset({"Transaction.Return", "Transaction.Transfer-Ownership", "Transaction.Transfer-Money"})


def _participant(tok: Token | None) -> Token | None:
    """Who or what takes part: never a date or a number; a relative pronoun stands for its noun."""
    if tok is None:
        return None
    if tok.ent_type_ in ("CARDINAL", "QUANTITY") and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        counted = _pobj(tok, ("of",))  # "150 of the residents were killed", "two died"
        return counted or (tok if tok.tag_ == "CD" and tok.like_num else None)
    if tok.lower_ in TIME_WORDS:
        return None  # "today's announcement": when, not who
    if tok.ent_type_ == "DATE" and tok.lower_ in ("old", "olds"):
        return tok  # "the 35-year-old had been arrested": an age standing for a person
    if tok.ent_type_ in NOT_PARTICIPANTS:
        return None
    if tok.lower_ in ("which", "that", "who", "whom") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _is_part_of_trigger(trig: Token, tok: Token) -> bool:
    return tok.head.i == trig.i and (trig.lemma_.lower(), tok.lemma_.lower()) in lx.VERB_OBJECT_TRIGGERS


def _verbal_roles(trig: Token, etype: str) -> tuple[Token | None, Token | None]:
    if _is_passive(trig):
        agent_by = _pobj(trig, ("by",), dep="agent")
        return agent_by, _first(trig, ("nsubjpass",)) or _passive_subject(trig)
    agent = _first(trig, ("nsubj",)) or _inherited_subject(trig, control=etype != "Personnel.Expel")
    preps = PATIENT_PREPS - {"in", "to"} - set(lx.PREP_ROLES.get(etype, {}))  # "convicted of fraud": the crime
    patient = _first(trig, ("dobj",)) or _pobj(trig, preps) or _relative_head(trig)
    return agent, patient


BARE_PARTICIPLE_DEPS = frozenset({"acl", "advcl", "conj", "ccomp", "xcomp", "oprd", "relcl"})


def _is_passive(trig: Token) -> bool:
    """A passive, marked or not: 'was shot', 'shot dead by police' (a by-agent), and a bare
    participle with no auxiliary and no object ('those killed', 'if convicted', 'two others wounded')."""
    deps = {c.dep_ for c in trig.children}
    if deps & {"nsubjpass", "auxpass", "agent"}:
        return True
    if trig.tag_ != "VBN" or trig.dep_ not in BARE_PARTICIPLE_DEPS or deps & {"aux", "dobj"}:
        return False
    if trig.dep_ == "conj" and "nsubj" not in deps:  # "have arrested and charged two men": the head's voice
        return _is_passive(trig.head) if trig.head.i != trig.i else False
    return True


def _passive_subject(trig: Token) -> Token | None:
    """Who undergoes a passive with no subject of its own: the small clause's subject ('two others
    wounded'), the noun a participle describes ('patients injured'), the subject of the clause
    it hangs on ('arrested and then assaulted', 'could face jail if convicted')."""
    own = _first(trig, ("nsubj",))
    if own is not None:
        return own
    if trig.dep_ == "acl" and trig.head.i != trig.i:
        return trig.head
    if trig.dep_ in ("conj", "advcl", "xcomp") and trig.head.tag_.startswith("VB"):
        return _first(trig.head, ("nsubjpass", "nsubj"))  # "he was to be remanded"
    return _relative_head(trig)


def _nominal_roles(trig: Token, etype: str) -> tuple[Token | None, Token | None]:
    undergoer = _undergoer(trig)
    if undergoer is not None:
        return _pobj(trig, ("by",)) or _authority(trig), undergoer  # "faces charges", "in police custody"
    owner = _first(trig, ("poss",))
    if owner is not None and etype in lx.POSSESSOR_UNDERGOES and _pobj(trig, ("of",)) is None:
        return _pobj(trig, ("by",)), owner  # "Smith's arrest (by police)", "her resignation"
    agent = owner or _pobj(trig, ("by",)) or _named_modifier(trig) or _pobj(trig, ("between",)) or _authority(trig)
    if agent is None and etype == "Contact.Statement":
        agent = _speaker_of_statement(trig)  # "said in a statement", "told a news conference"
    support = trig.head.lemma_.lower() in lx.SUPPORT_VERBS
    if agent is None and support and trig.dep_ in ("dobj", "nsubjpass") and trig.head.tag_.startswith("VB"):
        agent = _first(trig.head, ("nsubj",)) if trig.dep_ == "dobj" else _pobj(trig.head, ("by",), dep="agent")
    patient = _pobj(trig, ("of", "on", "against")) or _pobj(trig, ("with",))
    if patient is None and trig.dep_ == "dobj" and support:
        patient = _pobj(trig.head, ("on", "against"))
    if agent is not None and patient is None and agent.head.lower_ == "between":
        patient = next((c for c in agent.children if c.dep_ == "conj"), None)
    return agent, patient


def _undergoer(trig: Token) -> Token | None:
    """Who undergoes a nominal event through the verb that governs it: the subject of 'face',
    'suffer', 'receive' ('the others face charges', 'picked up injuries'), or of the clause that
    puts someone 'in custody'."""
    head = trig.head
    if head.i == trig.i:
        return None
    sufferer = _sufferer(trig)
    if sufferer is not None:
        return sufferer
    if trig.dep_ == "dobj" and head.lemma_.lower() in lx.UNDERGO_VERBS:
        return _clause_subject(head)
    if trig.dep_ == "pobj" and head.lower_ in ("with", "for") and trig.lemma_.lower() in lx.HARM_NOUNS:
        verb = _governing_verb(head)  # "taken to hospital with head injuries", "treated for burns"
        return _clause_subject(verb) if verb is not None else None
    if trig.dep_ == "pobj" and head.lower_ in ("in", "into", "from") and trig.lemma_.lower() in lx.HOLDING_NOUNS:
        verb = head.head
        return _clause_subject(verb) if verb.i != head.i and verb.pos_ in ("VERB", "AUX") else None
    return None


def _sufferer(trig: Token) -> Token | None:
    """Who bears a harm noun in its own phrase: 'a man with a stab wound' (the noun 'with' hangs on),
    'injuries they received' (the subject of the relative clause on it)."""
    if trig.lemma_.lower() not in lx.HARM_NOUNS:
        return None
    for child in trig.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in lx.UNDERGO_VERBS:
            subject = _first(child, ("nsubj",))
            if subject is not None and subject.lower_ not in ("which", "that"):
                return subject
    head = trig.head
    bearer = head.head
    if trig.dep_ == "pobj" and head.lower_ == "with" and bearer.i != head.i and _is_person(bearer):
        return bearer  # not "taken to hospital with injuries": a place bears nothing
    return None


def _governing_verb(prep: Token) -> Token | None:
    """The verb a prepositional phrase belongs to, past a noun it may hang on ('taken to hospital with')."""
    tok = prep
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, its own or the one it shares ('one of four defendants facing charges')."""
    subj = _first(verb, ("nsubj", "nsubjpass")) or _inherited_subject(verb)
    if subj is None and verb.dep_ == "acl" and verb.head.i != verb.i:
        return verb.head
    return subj


def _authority(trig: Token) -> Token | None:
    """'police custody', 'a police investigation', 'army raids': the body named in front acts."""
    return next((c for c in trig.lefts if c.dep_ == "compound" and c.lemma_.lower() in lx.AUTHORITY_NOUNS), None)


def _speaker_of_statement(trig: Token) -> Token | None:
    """'X said in a statement', 'X told a news conference': the subject of the verb the statement serves."""
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ in ("in", "at", "during", "through", "via"):
        verb = head.head
    elif trig.dep_ in ("dobj", "dative") and head.lemma_.lower() in lx.STATEMENT_VERBS:
        verb = head
    else:
        return None
    return _first(verb, ("nsubj",)) if verb.pos_ in ("VERB", "AUX") and verb.i != trig.i else None


def _first(tok: Token, deps: Sequence[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _pobj(tok: Token, preps: Collection[str], dep: str = "prep") -> Token | None:
    for child in tok.children:
        if child.dep_ in (dep, "prep") and child.lower_ in preps:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _inherited_subject(trig: Token, control: bool = True) -> Token | None:
    """'Moscow threatened to expel ...': an infinitive or conjoined verb shares its head's subject;
    with `control`, an object before the infinitive acts instead ('required Pakistan to release').
    An expulsion is the act of whoever orders it ('ordered the embassy to reduce its staff')."""
    tok = trig
    for _ in range(4):
        if tok.dep_ not in CLAUSE_DEPS or tok.head.i == tok.i:
            return None
        controller = _first(tok.head, ("dobj",)) if control and tok.dep_ == "xcomp" else None
        if controller is not None:
            return controller  # "required Pakistan to release", "urged him to resign": the object acts
        tok = tok.head
        subj = _first(tok, ("nsubj", "nsubjpass"))  # "he was treated and died", "MPs were required to vote"
        if subj is not None:
            return subj
    return None


def _relative_head(trig: Token) -> Token | None:
    """'the compounds that the administration seized': the noun the relative clause describes."""
    if trig.dep_ == "relcl" and not any(c.dep_ == "dobj" or _relative_adverb(c) for c in trig.children):
        return trig.head
    return None


def _relative_adverb(tok: Token) -> bool:
    """'the town where four people died': the noun is where, not who."""
    return tok.dep_ == "advmod" and tok.lower_ in ("where", "when", "why")


def _named_modifier(trig: Token) -> Token | None:
    """'U.S. sanctions', 'the Russian response', 'G20 summit': a name in front of the trigger."""
    for child in trig.children:
        if (
            child.i < trig.i
            and child.dep_ in ("compound", "amod", "nmod")
            and child.ent_type_
            in (
                "GPE",
                "ORG",
                "NORP",
                "PERSON",
            )
        ):
            return child
    return None


def _recipient(trig: Token) -> Token | None:
    return _first(trig, ("dative",)) or _pobj(trig, ("to",))


def _phrase(doc: Doc, tok: Token) -> Span:
    """An argument's extent: the entity it is in, else its base noun phrase, else the token."""
    named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None and tok.ent_type_ != "PERSON":
        tok = named  # "the former minister, Seule Simeon,": the name, not the title
    ent = index(doc).entity(tok)
    if ent is not None:
        return Span(start=ent.start_char, end=ent.end_char)
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "poss", "quantmod", "nmod") and not child.is_punct:
            left = child if child.i < left.i else left
            break
    start_tok = min((t for t in tok.subtree if t.i >= left.i and t.i <= tok.i), key=lambda t: t.i)
    end_tok = _counted(tok) or tok
    return Span(start=start_tok.idx, end=end_tok.idx + len(end_tok))


def _counted(tok: Token) -> Token | None:
    """'a number of offences', 'dozens of people': a quantity's argument runs to what it counts."""
    if tok.lemma_.lower() not in lx.QUANTITY_NOUNS:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _attached_entity(doc: Doc, trig: Token, labels: frozenset[str], taken: list[Span]) -> Span | None:
    """A DATE or place entity hanging on the trigger (within two links), or on the verb it depends on."""
    anchors = [trig]
    if trig.head.i != trig.i and (trig.dep_ in ANCHOR_DEPS or _trailing_participle(trig)):
        anchors.append(trig.head)
    for anchor in anchors:
        for tok in _near(anchor):
            if tok.ent_type_ in labels:
                span = _ent_span(doc, tok)
                if span is None or any(s.start < span.end and span.start < s.end for s in taken):
                    continue
                if labels is TIME_LABELS and not _is_point_in_time(index(doc).text[span.start : span.end]):
                    continue  # an age or a duration is no time
                return span
    return None


def _trailing_participle(trig: Token) -> bool:
    """'A blast leveled a home on Monday, killing two': the clause it ends tells when and where."""
    return trig.dep_ == "advcl" and trig.tag_ == "VBG" and trig.i > 0 and trig.doc[trig.i - 1].text == ","


ANCHOR_DEPS = frozenset({"xcomp", "dobj", "conj", "pobj", "oprd", "acomp"})  # "found dead at a flat"
NEAR_DEPS = frozenset(
    {"prep", "pobj", "agent", "npadvmod", "poss", "compound", "nmod", "tmod", "dobj", "nsubjpass", "nummod"}
)


def _near(anchor: Token, depth: int = 4) -> list[Token]:
    """Tokens within `depth` links below the anchor through prepositions, objects and modifiers,
    never into another clause (a date in a subordinate clause belongs to its own verb)."""
    out: list[Token] = []
    frontier = [anchor]
    for _ in range(depth):
        nxt = [c for t in frontier for c in t.children if c.dep_ in NEAR_DEPS and not _leaves_the_frame(t, c)]
        out.extend(nxt)
        frontier = nxt
    return out


def _leaves_the_frame(parent: Token, child: Token) -> bool:
    """Steps that lead away from when and where: into a participant's own modifiers ('charged
    Maricopa County Sheriff X' is no event in Maricopa County) or into a duration ('within
    minutes', 'for six months')."""
    if parent.dep_ in ("dobj", "nsubjpass") and child.dep_ in ("compound", "poss", "nmod"):
        return True
    if child.dep_ == "prep" and child.lower_ in RELATIVE_PREPS:
        return not any(
            g.dep_ == "pobj" and g.ent_type_ in TIME_LABELS for g in child.children
        )  # "after 11 a.m." is when
    return child.dep_ == "prep" and child.lower_ in DURATION_PREPS


DURATION_PREPS = frozenset({"within", "for", "over"})
RELATIVE_PREPS = frozenset({"after", "before", "following", "since"})  # "arrested after a stabbing on Friday"


def _ent_span(doc: Doc, tok: Token) -> Span | None:
    ent = index(doc).entity(tok)
    return None if ent is None else Span(start=ent.start_char, end=ent.end_char)
