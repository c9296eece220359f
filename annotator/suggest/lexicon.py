"""Word lists for English news in general: reporting cues, speaker words, event triggers.

They describe how news is written (who says what, how events are named), never one story.
Every list is a plain frozenset or dict so a user can extend it before building a pipeline.
"""

from __future__ import annotations

# Verbs that attribute speech or writing and can take a reported clause ("X said that ...").
REPORTING_VERBS: frozenset[str] = frozenset("""
say tell add warn claim insist deny confirm argue state announce declare explain note stress
emphasise emphasize acknowledge admit assert allege report write tweet reply answer indicate
predict promise pledge vow caution complain concede contend maintain observe recall remark
reiterate estimate ask urge suggest disclose reveal testify inform assure signal boast joke
quip retort counter protest lament conclude describe call hail label brand dub term
""".split())

# Naming verbs attribute quoted words ("called it 'robbery'") but never an unquoted clause.
NAMING_VERBS: frozenset[str] = frozenset("describe call hail label brand dub term".split())

# Words that are cues only in a fixed phrase ("according to X").
ACCORDING = ("according", "to")

PERSON_PRONOUNS: frozenset[str] = frozenset("he she him her his hers i we you".split())
THING_PRONOUNS: frozenset[str] = frozenset("it its".split())
PLURAL_PRONOUNS: frozenset[str] = frozenset("they them their".split())
RELATIVE_PRONOUNS: frozenset[str] = frozenset("who whom which that".split())

# Heads of descriptions that name a person by role ("the spokeswoman", "a deputy foreign minister").
PERSON_ROLES: frozenset[str] = frozenset("""
spokesman spokeswoman spokesperson minister president premier chancellor secretary ambassador
envoy diplomat official adviser advisor aide presenter senator congressman congresswoman
lawmaker governor mayor chairman chairwoman chair chief head director leader lawyer attorney
prosecutor judge general commander officer analyst expert economist professor researcher
executive ceo founder owner manager editor correspondent journalist reporter negotiator deputy
undersecretary representative candidate king queen prince pope coach captain spokesmen
""".split())

# Heads of descriptions that name an organisation or a state ("the ministry", "the government").
ORG_HEADS: frozenset[str] = frozenset("""
ministry government department agency embassy consulate office council committee commission
company firm bank court parliament party administration kremlin army military police union
university institute service board bureau authority authorities regulator group team club
newspaper agency network broadcaster channel federation organisation organization alliance
community services ministries governments agencies
""".split())

# Entity labels a pronoun or a description may resolve to.
PERSON_LABELS: frozenset[str] = frozenset({"PERSON"})
ORG_LABELS: frozenset[str] = frozenset({"ORG", "GPE"})

# --- events -----------------------------------------------------------------------------

# lemma -> event type, for verbs.
VERB_TRIGGERS: dict[str, str] = {
    **dict.fromkeys("meet talk visit".split(), "Contact.Meet"),
    **dict.fromkeys("negotiate".split(), "Contact.Negotiate"),
    **dict.fromkeys("announce warn declare".split(), "Contact.Statement"),
    **dict.fromkeys("threaten".split(), "Conflict.Threaten"),
    **dict.fromkeys("sanction embargo blacklist".split(), "Justice.Sanction"),
    **dict.fromkeys("arrest detain jail imprison".split(), "Justice.Arrest"),
    **dict.fromkeys("indict sue prosecute".split(), "Justice.Charge"),
    **dict.fromkeys("investigate probe examine".split(), "Justice.Investigate"),
    **dict.fromkeys("expel evict deport".split(), "Personnel.Expel"),
    **dict.fromkeys("appoint hire nominate inaugurate".split(), "Personnel.StartPosition"),
    **dict.fromkeys("resign dismiss sack oust".split(), "Personnel.EndPosition"),
    **dict.fromkeys("seize confiscate impound".split(), "Transaction.Seize"),
    **dict.fromkeys("return surrender restore".split(), "Transaction.Return"),
    **dict.fromkeys("buy sell purchase pay acquire donate".split(), "Transaction.Transfer"),
    **dict.fromkeys("agree".split(), "Business.Deal"),
    **dict.fromkeys("attack bomb shell invade hack raid assault".split(), "Conflict.Attack"),
    **dict.fromkeys("retaliate".split(), "Conflict.Retaliate"),
    **dict.fromkeys("protest rally demonstrate".split(), "Conflict.Demonstrate"),
    **dict.fromkeys("vote elect".split(), "Election.Vote"),
    **dict.fromkeys("travel arrive depart withdraw evacuate flee".split(), "Movement.Transport"),
    **dict.fromkeys("die kill murder assassinate".split(), "Life.Die"),
    **dict.fromkeys("injure wound".split(), "Life.Injure"),
}

# lemma -> event type, for nouns.
NOUN_TRIGGERS: dict[str, str] = {
    **dict.fromkeys("meeting talks summit visit discussion encounter".split(), "Contact.Meet"),
    **dict.fromkeys("negotiation negotiations".split(), "Contact.Negotiate"),
    **dict.fromkeys("statement announcement warning declaration communique".split(), "Contact.Statement"),
    **dict.fromkeys("threat".split(), "Conflict.Threaten"),
    **dict.fromkeys("sanction sanctions embargo".split(), "Justice.Sanction"),
    **dict.fromkeys("arrest detention".split(), "Justice.Arrest"),
    **dict.fromkeys("indictment lawsuit prosecution".split(), "Justice.Charge"),
    **dict.fromkeys("investigation probe inquiry".split(), "Justice.Investigate"),
    **dict.fromkeys("expulsion eviction deportation".split(), "Personnel.Expel"),
    **dict.fromkeys("appointment nomination inauguration".split(), "Personnel.StartPosition"),
    **dict.fromkeys("resignation dismissal".split(), "Personnel.EndPosition"),
    **dict.fromkeys("seizure confiscation closure".split(), "Transaction.Seize"),
    **dict.fromkeys("restitution".split(), "Transaction.Return"),
    **dict.fromkeys("purchase sale payment acquisition donation".split(), "Transaction.Transfer"),
    **dict.fromkeys("deal agreement treaty contract pact accord".split(), "Business.Deal"),
    **dict.fromkeys("""attack bombing shelling invasion war conflict fighting aggression hacking
        cyberattack raid assault offensive clash airstrike""".split(), "Conflict.Attack"),
    **dict.fromkeys("retaliation countermeasure reprisal".split(), "Conflict.Retaliate"),
    **dict.fromkeys("protest rally demonstration march walkout".split(), "Conflict.Demonstrate"),
    **dict.fromkeys("election vote ballot referendum".split(), "Election.Vote"),
    **dict.fromkeys("withdrawal evacuation departure arrival".split(), "Movement.Transport"),
    **dict.fromkeys("death killing murder assassination".split(), "Life.Die"),
    **dict.fromkeys("injury".split(), "Life.Injure"),
}

# lemma -> event type, for adjectives that name an event ("retaliatory measures").
ADJ_TRIGGERS: dict[str, str] = {"retaliatory": "Conflict.Retaliate"}

# (verb lemma, particle) -> event type: particle verbs whose meaning differs from the verb.
PARTICLE_TRIGGERS: dict[tuple[str, str], str] = {
    ("take", "over"): "Personnel.StartPosition",
    ("step", "down"): "Personnel.EndPosition",
    ("lay", "off"): "Personnel.EndPosition",
    ("shut", "down"): "Transaction.Seize",
    ("close", "down"): "Transaction.Seize",
    ("take", "away"): "Transaction.Seize",
    ("order", "out"): "Personnel.Expel",
    ("kick", "out"): "Personnel.Expel",
    ("throw", "out"): "Personnel.Expel",
    ("hit", "back"): "Conflict.Retaliate",
    ("strike", "back"): "Conflict.Retaliate",
    ("hand", "back"): "Transaction.Return",
    ("give", "back"): "Transaction.Return",
    ("hand", "over"): "Transaction.Return",
    ("swear", "in"): "Personnel.StartPosition",
}

# (verb lemma, object lemma) -> event type: light verbs whose object makes the event.
VERB_OBJECT_TRIGGERS: dict[tuple[str, str], str] = {
    ("take", "office"): "Personnel.StartPosition",
    ("leave", "office"): "Personnel.EndPosition",
    ("block", "access"): "Transaction.Seize",
}

# (modifier lemma, noun lemma) -> event type: two-word names of events.
COMPOUND_TRIGGERS: dict[tuple[str, str], str] = {
    ("press", "conference"): "Contact.Statement",
    ("news", "conference"): "Contact.Statement",
    ("phone", "call"): "Contact.Meet",
    ("telephone", "call"): "Contact.Meet",
    ("counter", "measure"): "Conflict.Retaliate",
    ("cyber", "attack"): "Conflict.Attack",
}

# Cutting staff is an event only when its object is staff: diplomats leave (expulsion),
# anyone else loses a job.
STAFF_CUT_VERBS: frozenset[str] = frozenset("reduce cut slash downsize shrink halve".split())
STAFF_CUT_NOUNS: frozenset[str] = frozenset("reduction cut cuts downsizing".split())
STAFF_NOUNS: frozenset[str] = frozenset("""
staff personnel diplomat diplomats presence workforce employee employees worker workers job jobs
official officials
""".split())
DIPLOMATIC_WORDS: frozenset[str] = frozenset("diplomatic diplomat diplomats embassy consulate mission".split())

# "respond"/"response" are retaliation only "in kind" or in answer to a hostile act.
RESPONSE_WORDS: frozenset[str] = frozenset("respond response".split())
HOSTILE_TYPES: frozenset[str] = frozenset({
    "Justice.Sanction", "Conflict.Attack", "Personnel.Expel", "Transaction.Seize", "Conflict.Threaten",
})

# Nouns that can say something without being a person or an organisation's name
# ("the statement said", "a source said", "Russian media reported").
SOURCE_NOUNS: frozenset[str] = frozenset("""
statement report document letter study survey poll article newspaper paper website filing
communique release source media people critic resident witness observer activist protester
voter citizen lawmaker legislator politician expert analyst investigator member employee worker
""".split())

# Nouns for a kind of organisation that need not appear in its name ("the carmaker" for
# Northwind Motors): they resolve to the nearest organisation named before them.
GENERIC_ORG_HEADS: frozenset[str] = frozenset("""
company firm carmaker automaker airline retailer bank lender insurer group conglomerate startup
club team broadcaster publisher manufacturer supplier operator utility
""".split())

# Verbs that carry a nominal event ("imposed sanctions", "held talks"): their subject is the
# event's Agent. Other verbs ("blocked the sale") act on the event instead.
SUPPORT_VERBS: frozenset[str] = frozenset("""
impose order make hold carry conduct launch stage issue pass sign reach give announce begin start
resume continue mount deliver file lodge seek propose offer plan complete approve adopt
""".split())
