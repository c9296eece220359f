"""Event arguments by parse: who acts, who undergoes, who receives, and the Place, Time, Crime,
Sentence, Position and Money a trigger's clause gives. Triggers are found in event_triggers.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.core.models import Span
from annotator.suggest import lexicon as lx
from annotator.suggest.docindex import index
from annotator.suggest.event_parse import (
    counted,
    first_child,
    inherited_subject,
    is_addressee,
    is_person,
    pobj,
    relative_head,
)
from annotator.suggest.event_triggers import before_a_court, is_a_place, trigger_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


TIME_LABELS = frozenset({"DATE", "TIME"})


PATIENT_PREPS = {"of", "on", "against", "in", "to"}


def arguments(doc: Doc, trig: Token, etype: str) -> dict[str, Span]:
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
        bare = next((c for c in trig.children if c.dep_ == "xcomp" and is_a_place(c)), None)
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
    court = before_a_court(trig) if place is None and etype.startswith("Justice.") else None
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
    obj = pobj(trig, PLACE_PREPS)
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
    if etype == "Transaction.Transfer-Money" and patient is not None and is_person(patient):
        return agent, None, patient  # "paid the workers"
    if etype == "Transaction.Transfer-Money" and trig.lemma_.lower() in lx.RECEIVING_VERBS:
        return None, None, agent  # "the official accepted cash": the subject receives
    if etype == "Contact.Statement" and patient is not None:
        return agent, None, patient if is_addressee(patient) else None  # "warned residents", not "announced a plan"
    recipient = _recipient(trig) if etype in RECIPIENT_TYPES else None
    return agent, patient, recipient


ADJ_UNDERGOER_TYPES = lx.HARM_TYPES | {"Justice.Arrest-Jail", "Transaction.Seize"}  # not "retaliatory measures"


def _adjective_roles(trig: Token) -> tuple[Token | None, Token | None]:
    """'the dead man', 'left three people dead', 'was found dead', 'shot dead by police':
    the one harmed is the noun described or the subject or object of the verb the adjective
    completes; a by-phrase on that verb is the agent."""
    if trig.dep_ in ("amod", "compound"):
        return None, trig.head if trig.head.i != trig.i else None
    head = trig.head
    if head.i == trig.i or not head.tag_.startswith("VB"):
        return None, first_child(trig, ("nsubj",))
    patient = first_child(trig, ("nsubj",)) or first_child(head, ("dobj", "nsubjpass"))
    if patient is None:
        patient = _passive_subject(head) if _is_passive(head) else first_child(head, ("nsubj",))
    return pobj(head, ("by",), dep="agent"), patient


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
            obj = pobj(obj, ("of",)) or obj  # "on suspicion of murder": the crime is murder
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
    obj = pobj(trig, ("on",))
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
        people = pobj(tok, ("of",))  # "150 of the residents were killed", "two died"
        return people or (tok if tok.tag_ == "CD" and tok.like_num else None)
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
        agent_by = pobj(trig, ("by",), dep="agent")
        return agent_by, first_child(trig, ("nsubjpass",)) or _passive_subject(trig)
    agent = first_child(trig, ("nsubj",)) or inherited_subject(trig, control=etype != "Personnel.Expel")
    preps = PATIENT_PREPS - {"in", "to"} - set(lx.PREP_ROLES.get(etype, {}))  # "convicted of fraud": the crime
    patient = first_child(trig, ("dobj",)) or pobj(trig, preps) or relative_head(trig)
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
    own = first_child(trig, ("nsubj",))
    if own is not None:
        return own
    if trig.dep_ == "acl" and trig.head.i != trig.i:
        return trig.head
    if trig.dep_ in ("conj", "advcl", "xcomp") and trig.head.tag_.startswith("VB"):
        return first_child(trig.head, ("nsubjpass", "nsubj"))  # "he was to be remanded"
    return relative_head(trig)


def _nominal_roles(trig: Token, etype: str) -> tuple[Token | None, Token | None]:
    undergoer = _undergoer(trig)
    if undergoer is not None:
        return pobj(trig, ("by",)) or _authority(trig), undergoer  # "faces charges", "in police custody"
    owner = first_child(trig, ("poss",))
    if owner is not None and etype in lx.POSSESSOR_UNDERGOES and pobj(trig, ("of",)) is None:
        return pobj(trig, ("by",)), owner  # "Smith's arrest (by police)", "her resignation"
    agent = owner or pobj(trig, ("by",)) or _named_modifier(trig) or pobj(trig, ("between",)) or _authority(trig)
    if agent is None and etype == "Contact.Statement":
        agent = _speaker_of_statement(trig)  # "said in a statement", "told a news conference"
    support = trig.head.lemma_.lower() in lx.SUPPORT_VERBS
    if agent is None and support and trig.dep_ in ("dobj", "nsubjpass") and trig.head.tag_.startswith("VB"):
        agent = first_child(trig.head, ("nsubj",)) if trig.dep_ == "dobj" else pobj(trig.head, ("by",), dep="agent")
    patient = pobj(trig, ("of", "on", "against")) or pobj(trig, ("with",))
    if patient is None and trig.dep_ == "dobj" and support:
        patient = pobj(trig.head, ("on", "against"))
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
            subject = first_child(child, ("nsubj",))
            if subject is not None and subject.lower_ not in ("which", "that"):
                return subject
    head = trig.head
    bearer = head.head
    if trig.dep_ == "pobj" and head.lower_ == "with" and bearer.i != head.i and is_person(bearer):
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
    subj = first_child(verb, ("nsubj", "nsubjpass")) or inherited_subject(verb)
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
    return first_child(verb, ("nsubj",)) if verb.pos_ in ("VERB", "AUX") and verb.i != trig.i else None


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
    return first_child(trig, ("dative",)) or pobj(trig, ("to",))


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
    end_tok = counted(tok) or tok
    return Span(start=start_tok.idx, end=end_tok.idx + len(end_tok))


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
