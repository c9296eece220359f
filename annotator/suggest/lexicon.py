"""Word lists for English news in general: reporting cues, speaker words, event triggers.

They describe how news is written (who says what, how events are named), never one story.
Every list is a plain frozenset or dict so a user can extend it before building a pipeline.
"""

from __future__ import annotations

# Verbs that attribute speech or writing and can take a reported clause ("X said that ...").
REPORTING_VERBS: frozenset[str] = frozenset(
    """
say tell add warn claim insist deny confirm argue state announce declare explain note stress
emphasise emphasize acknowledge admit assert allege report write tweet reply answer indicate
predict promise pledge vow caution complain concede contend maintain observe recall remark
reiterate estimate ask urge suggest disclose reveal testify inform assure signal boast joke
quip retort counter protest lament conclude describe call hail label brand dub term
""".split()
)

# Verbs that attribute quoted words only when nothing follows them ('"...," the mayor continued.',
# 'Alvarez comments "..."'): 'continued to rise' or 'commented on the plan' are not speech.
BARE_CUES: frozenset[str] = frozenset("continue comment chime recount".split())

# Reporting verbs whose passive subject is the one told ('The court was told that ...', 'Residents were warned'):
# the hearer, never the speaker.
HEARING_VERBS: frozenset[str] = frozenset("tell inform assure warn remind advise brief notify".split())

# Naming verbs attribute quoted words ("called it 'robbery'") but never an unquoted clause.
NAMING_VERBS: frozenset[str] = frozenset("describe call hail label brand dub term".split())

# Words that are cues only in a fixed phrase ("according to X").
ACCORDING = ("according", "to")

PERSON_PRONOUNS: frozenset[str] = frozenset("he she him her his hers i we you".split())
MALE_PRONOUNS: frozenset[str] = frozenset("he him his himself".split())
FEMALE_PRONOUNS: frozenset[str] = frozenset("she her hers herself".split())

# Words beside a name that tell a person's gender, for pronouns to agree with.
MALE_WORDS: frozenset[str] = frozenset(
    """
mr sir lord king prince father son husband brother uncle grandfather boy man businessman spokesman
chairman congressman actor nephew boyfriend
""".split()
)
FEMALE_WORDS: frozenset[str] = frozenset(
    """
mrs ms miss dame lady queen princess mother daughter wife sister aunt grandmother girl woman
businesswoman spokeswoman chairwoman congresswoman actress niece girlfriend
""".split()
)
THING_PRONOUNS: frozenset[str] = frozenset("it its".split())
PLURAL_PRONOUNS: frozenset[str] = frozenset("they them their".split())
RELATIVE_PRONOUNS: frozenset[str] = frozenset("who whom which that".split())
OBJECT_PRONOUNS: frozenset[str] = frozenset("him them me us whom".split())  # an object's form: never a speaker

# Heads of descriptions that name a person by role ("the spokeswoman", "a deputy foreign minister").
PERSON_ROLES: frozenset[str] = frozenset(
    """
spokesman spokeswoman spokesperson minister president premier chancellor secretary ambassador
envoy diplomat official adviser advisor aide presenter senator congressman congresswoman
lawmaker governor mayor chairman chairwoman chair chief head director leader lawyer attorney
prosecutor judge general commander officer analyst expert economist professor researcher
executive ceo founder owner manager editor correspondent journalist reporter negotiator deputy
undersecretary representative candidate king queen prince pope coach captain spokesmen
examiner coroner pathologist
""".split()
)

# Heads of descriptions that name an organisation or a state ("the ministry", "the government").
ORG_HEADS: frozenset[str] = frozenset(
    """
ministry government department agency embassy consulate office council committee commission
company firm bank court parliament party administration kremlin army military police union
university institute service board bureau authority authorities regulator group team club
newspaper agency network broadcaster channel federation organisation organization alliance
community services ministries governments agencies
""".split()
)

# Entity labels a pronoun or a description may resolve to.
PERSON_LABELS: frozenset[str] = frozenset({"PERSON"})
ORG_LABELS: frozenset[str] = frozenset({"ORG", "GPE"})

# --- events -----------------------------------------------------------------------------
# Types are ACE 2005's subtypes (Justice.Arrest-Jail ...) plus the news types ACE lacks.


def _types(table: dict[str, str]) -> dict[str, str]:
    """'word word': type -> {word: type}, so a table reads by event type."""
    return {w: t for words, t in table.items() for w in words.split()}


# lemma -> event type, for verbs.
VERB_TRIGGERS: dict[str, str] = _types(
    {
        "meet visit talk": "Contact.Meet",
        "phone telephone email": "Contact.Phone-Write",
        "negotiate": "Contact.Negotiate",
        "announce declare warn": "Contact.Statement",
        "threaten": "Conflict.Threaten",
        "sanction embargo blacklist": "Justice.Sanction",
        "arrest detain jail imprison incarcerate apprehend remand": "Justice.Arrest-Jail",
        "release free parole": "Justice.Release-Parole",
        "try": "Justice.Trial-Hearing",
        "charge indict accuse prosecute": "Justice.Charge-Indict",
        "sue": "Justice.Sue",
        "convict": "Justice.Convict",
        "sentence": "Justice.Sentence",
        "riot": "Conflict.Demonstrate",
        "fine": "Justice.Fine",
        "execute": "Justice.Execute",
        "extradite": "Justice.Extradite",
        "acquit exonerate": "Justice.Acquit",
        "appeal": "Justice.Appeal",
        "pardon": "Justice.Pardon",
        "investigate probe examine": "Justice.Investigate",
        "expel evict deport": "Personnel.Expel",
        "appoint hire recruit inaugurate promote reappoint": "Personnel.Start-Position",
        "resign retire dismiss sack fire oust quit depose axe": "Personnel.End-Position",
        "nominate": "Personnel.Nominate",
        "elect re-elect reelect": "Personnel.Elect",
        "seize confiscate impound": "Transaction.Seize",
        "return restore surrender": "Transaction.Return",
        "buy sell purchase acquire": "Transaction.Transfer-Ownership",
        "pay donate lend fund loan bribe reimburse": "Transaction.Transfer-Money",
        "found establish form create": "Business.Start-Org",
        "merge amalgamate": "Business.Merge-Org",
        "liquidate dissolve": "Business.End-Org",
        "agree": "Business.Deal",
        "attack bomb shell invade hack raid assault shoot stab strike ambush punch kick bite batter beat bombard "
        "torture torch firebomb massacre clash scuffle brawl taser tase tasere": "Conflict.Attack",
        "retaliate": "Conflict.Retaliate",
        "protest rally demonstrate march picket": "Conflict.Demonstrate",
        "vote": "Election.Vote",
        "travel arrive depart withdraw evacuate flee transport ship smuggle fly deploy send relocate airlift "
        "repatriate": "Movement.Transport",
        "die kill murder assassinate drown perish slay behead strangle": "Life.Die",
        "injure wound hurt maim paralyse paralyze": "Life.Injure",
        "marry wed": "Life.Marry",
        "divorce": "Life.Divorce",
    }
)

# lemma -> event type, for nouns.
NOUN_TRIGGERS: dict[str, str] = _types(
    {
        "meeting talks summit visit encounter discussion": "Contact.Meet",
        "negotiation negotiations": "Contact.Negotiate",
        "statement announcement warning declaration communique briefing": "Contact.Statement",
        "threat": "Conflict.Threaten",
        "sanction sanctions embargo": "Justice.Sanction",
        "arrest detention custody imprisonment": "Justice.Arrest-Jail",
        "parole bail": "Justice.Release-Parole",
        "trial retrial": "Justice.Trial-Hearing",
        "sentencing probation": "Justice.Sentence",
        "indictment prosecution": "Justice.Charge-Indict",
        "lawsuit suit": "Justice.Sue",
        "conviction": "Justice.Convict",
        "execution": "Justice.Execute",
        "extradition": "Justice.Extradite",
        "acquittal": "Justice.Acquit",
        "appeal": "Justice.Appeal",
        "pardon": "Justice.Pardon",
        "investigation probe inquiry inquest": "Justice.Investigate",
        "expulsion eviction deportation": "Personnel.Expel",
        "appointment inauguration": "Personnel.Start-Position",
        "resignation dismissal retirement sacking redundancy redundancies layoff layoffs ouster": "Personnel.End-Position",
        "nomination": "Personnel.Nominate",
        "seizure confiscation closure": "Transaction.Seize",
        "restitution": "Transaction.Return",
        "purchase sale acquisition takeover": "Transaction.Transfer-Ownership",
        "payment donation loan bailout bribe ransom": "Transaction.Transfer-Money",
        "merger amalgamation": "Business.Merge-Org",
        "founding": "Business.Start-Org",
        "liquidation": "Business.End-Org",
        "bankruptcy insolvency administration": "Business.Declare-Bankruptcy",
        "deal agreement treaty contract pact accord": "Business.Deal",
        "attack bombing shelling invasion war conflict fighting aggression hacking cyberattack raid assault offensive "
        "clash scuffle brawl melee airstrike strike shooting stabbing ambush gunfire shootout bombardment firefight skirmish hostilities "
        "massacre rampage arson torture": "Conflict.Attack",
        "retaliation countermeasure reprisal": "Conflict.Retaliate",
        "protest rally demonstration march walkout riot riots rioting unrest picket sit-in": "Conflict.Demonstrate",
        "election vote ballot referendum": "Election.Vote",
        "withdrawal evacuation arrival deployment trip journey flight relocation repatriation airlift exodus": "Movement.Transport",
        "death killing murder assassination homicide manslaughter fatality fatalities suicide slaying beheading "
        "drowning": "Life.Die",
        "injury wound burns": "Life.Injure",
        "wedding marriage": "Life.Marry",
        "divorce": "Life.Divorce",
        "birth": "Life.Be-Born",
    }
)

# Nouns that are events only in one sense: "a strike" is an attack or a walkout, "administration" a
# government or insolvency, "a suit" clothing or a lawsuit. Each sense needs a word beside it.
NOUN_SENSES: dict[str, list[tuple[frozenset[str], str]]] = {
    "strike": [
        (frozenset("air drone missile military rocket israeli russian us deadly".split()), "Conflict.Attack"),
        (frozenset("on go went worker workers union walkout national general".split()), "Conflict.Demonstrate"),
    ],
    "administration": [
        (frozenset("into enter entered go went placed appoint appointed".split()), "Business.Declare-Bankruptcy")
    ],
    "suit": [(frozenset("file filed bring brought civil class-action".split()), "Justice.Sue")],
    "flight": [(frozenset("took take boarded board fled".split()), "Movement.Transport")],
    "sentence": [
        (
            frozenset(
                "serve serving served hand handed receive received give given jail prison life "
                "suspended his her their impose imposed imposing the".split()
            ),
            "Justice.Sentence",
        )
    ],
    "fine": [(frozenset("impose imposed pay paid issue issued hit given".split()), "Justice.Fine")],
    "hearing": [
        (
            frozenset(
                "court bail sentencing preliminary extradition custody magistrate magistrates judge "
                "trial appeal tribunal inquest plea".split()
            ),
            "Justice.Trial-Hearing",
        )
    ],
    "release": [
        (
            frozenset("prison jail custody detention hostage hostages prisoner prisoners early bail".split()),
            "Justice.Release-Parole",
        )
    ],
    "charge": [
        (
            frozenset(
                "face faces faced bring brought file filed deny denies denied on plead against criminal drop "
                "dropped dismiss dismissed innocent guilty count felony misdemeanor murder manslaughter assault "
                "fraud terrorism corruption drug drugs firearms weapons".split()
            ),
            "Justice.Charge-Indict",
        )
    ],
    # aid given to a country or people is money moved; "first aid", "hearing aid" are not
    "aid": [
        (
            frozenset("foreign military humanitarian economic financial development federal emergency to cut".split()),
            "Transaction.Transfer-Money",
        )
    ],
    "proceeding": [
        (
            frozenset("criminal court legal civil disciplinary extradition impeachment against bankruptcy".split()),
            "Justice.Trial-Hearing",
        )
    ],
    # an opinion poll is no vote; going to the polls is
    "poll": [(frozenset("go went head headed close closed open opened".split()), "Election.Vote")],
}

# Verbs that are events only when what they act on is a person ("fired the coach", not "fired shots").
# Kicking, biting and beating are attacks on people, not on balls or rivals ("beat Arsenal 3-1").
PERSON_OBJECT_VERBS: frozenset[str] = frozenset(
    "fire sack hire recruit hurt execute release free try send punch kick bite batter beat dismiss promote axe".split()
)

# Who strikes without an object is on strike ("the workers struck"), not attacking.
WORKFORCE: frozenset[str] = frozenset(
    """
worker workers staff employee employees union unions teacher teachers nurse nurses doctor doctors driver
drivers miner miners pilot pilots member members
""".split()
)

# Common nouns for people, beside the roles in PERSON_ROLES.
PEOPLE_NOUNS: frozenset[str] = frozenset(
    """
man woman men women boy girl child children teenager teen person people resident student worker
employee driver passenger victim suspect prisoner inmate detainee hostage migrant refugee protester
player staff soldier troop civilian patient pedestrian cyclist father mother son daughter wife husband
nurse doctor teacher guard neighbour neighbor friend partner boyfriend girlfriend baby infant toddler
pupil fan spectator customer shopper tourist visitor colleague motorist defendant
""".split()
)

# lemma -> event type, for adjectives that name an event ("retaliatory measures").
ADJ_TRIGGERS: dict[str, str] = {
    "retaliatory": "Conflict.Retaliate",
    "slain": "Life.Die",
    "imprisoned": "Justice.Arrest-Jail",
    "jailed": "Justice.Arrest-Jail",
    "seized": "Transaction.Seize",
    "dead": "Life.Die",
    "deceased": "Life.Die",
    "injured": "Life.Injure",
    "wounded": "Life.Injure",
}

# (verb lemma, particle) -> event type: particle verbs whose meaning differs from the verb.
PARTICLE_TRIGGERS: dict[tuple[str, str], str] = {
    ("take", "over"): "Personnel.Start-Position",
    ("step", "down"): "Personnel.End-Position",
    ("stand", "down"): "Personnel.End-Position",
    ("lay", "off"): "Personnel.End-Position",
    ("shut", "down"): "Transaction.Seize",
    ("close", "down"): "Transaction.Seize",
    ("wind", "up"): "Business.End-Org",
    ("set", "up"): "Business.Start-Org",
    ("take", "away"): "Transaction.Seize",
    ("order", "out"): "Personnel.Expel",
    ("kick", "out"): "Personnel.Expel",
    ("throw", "out"): "Personnel.Expel",
    ("hit", "back"): "Conflict.Retaliate",
    ("strike", "back"): "Conflict.Retaliate",
    ("hand", "back"): "Transaction.Return",
    ("give", "back"): "Transaction.Return",
    ("hand", "over"): "Transaction.Return",
    ("swear", "in"): "Personnel.Start-Position",
    ("lock", "up"): "Justice.Arrest-Jail",
    ("pull", "out"): "Movement.Transport",
    ("blow", "up"): "Conflict.Attack",
    ("gun", "down"): "Life.Die",
    ("buy", "out"): "Transaction.Transfer-Ownership",
    ("pay", "out"): "Transaction.Transfer-Money",
    ("sell", "off"): "Transaction.Transfer-Ownership",
    ("pass", "away"): "Life.Die",
    ("round", "up"): "Justice.Arrest-Jail",
    ("shoot", "down"): "Conflict.Attack",
    ("beat", "up"): "Conflict.Attack",
    ("walk", "out"): "Conflict.Demonstrate",
}

# Adverbs the parser gives particle verbs in place of a particle ("hitting back", "closed down").
PARTICLES: frozenset[str] = frozenset("back down out over up off away in".split())

# Closing down is the end of an organisation when what closes is one; else property closed by an authority.
CLOSING: frozenset[tuple[str, str]] = frozenset({("shut", "down"), ("close", "down")})

# (verb lemma, object lemma) -> event type: light verbs whose object makes the event.
VERB_OBJECT_TRIGGERS: dict[tuple[str, str], str] = {
    ("take", "office"): "Personnel.Start-Position",
    ("take", "charge"): "Personnel.Start-Position",
    ("leave", "office"): "Personnel.End-Position",
    ("lose", "job"): "Personnel.End-Position",
    ("block", "access"): "Transaction.Seize",
    ("open", "fire"): "Conflict.Attack",
    ("lose", "life"): "Life.Die",
    ("plead", "guilty"): "Justice.Convict",
    ("find", "guilty"): "Justice.Convict",
    ("declare", "bankruptcy"): "Business.Declare-Bankruptcy",
    ("file", "bankruptcy"): "Business.Declare-Bankruptcy",
    ("go", "bust"): "Business.Declare-Bankruptcy",
    ("give", "birth"): "Life.Be-Born",
    ("take", "life"): "Life.Die",
    ("pass", "sentence"): "Justice.Sentence",
    ("try", "case"): "Justice.Trial-Hearing",
    ("leave", "job"): "Personnel.End-Position",
    ("leave", "post"): "Personnel.End-Position",
    ("leave", "role"): "Personnel.End-Position",
    ("cast", "ballot"): "Election.Vote",
    ("win", "election"): "Personnel.Elect",
    ("win", "seat"): "Personnel.Elect",
    ("win", "re-election"): "Personnel.Elect",
    # a vote on a measure, however it is named; the passive ("the bill was passed") counts too
    **{
        (v, w): "Election.Vote"
        for v in "pass approve adopt reject defeat ratify".split()
        for w in "bill measure budget law legislation resolution amendment motion ordinance package proposal".split()
    },
}

# (modifier lemma, noun lemma) -> event type: two-word names of events.
COMPOUND_TRIGGERS: dict[tuple[str, str], str] = {
    ("press", "conference"): "Contact.Statement",
    ("news", "conference"): "Contact.Statement",
    ("phone", "call"): "Contact.Phone-Write",
    ("telephone", "call"): "Contact.Phone-Write",
    ("counter", "measure"): "Conflict.Retaliate",
    ("cyber", "attack"): "Conflict.Attack",
    ("jail", "term"): "Justice.Sentence",
    ("prison", "term"): "Justice.Sentence",
    ("prison", "sentence"): "Justice.Sentence",
    ("jail", "sentence"): "Justice.Sentence",
    ("life", "sentence"): "Justice.Sentence",
    ("death", "sentence"): "Justice.Sentence",
    ("suspended", "sentence"): "Justice.Sentence",
    ("guilty", "plea"): "Justice.Convict",
    ("guilty", "verdict"): "Justice.Convict",
    ("general", "election"): "Election.Vote",
    ("court", "hearing"): "Justice.Trial-Hearing",
    ("job", "loss"): "Personnel.End-Position",
    ("job", "cut"): "Personnel.End-Position",
    ("press", "release"): "Contact.Statement",
    ("news", "release"): "Contact.Statement",
}

# A body part as the object of a harm verb ("injured his ankle"): the subject is the one harmed.
BODY_PARTS: frozenset[str] = frozenset(
    """
ankle knee leg foot hamstring groin thigh calf hip back shoulder arm elbow wrist hand finger neck head
face eye jaw nose rib ribs spine skull chest achilles muscle ligament
""".split()
)

# Quantity nouns whose argument is what they count ("charged with a number of offences").
QUANTITY_NOUNS: frozenset[str] = frozenset(
    "number series range couple total host dozen dozens hundreds scores count".split()
)

# Verbs whose subject undergoes the event ("the man died", "she resigned", "he was born"):
# the subject takes the role an object takes elsewhere.
SUBJECT_UNDERGOES: frozenset[str] = frozenset(
    """
die drown perish resign retire quit arrive depart travel flee withdraw marry wed divorce appeal rush go appear
""".split()
)

# Nominal types whose possessor undergoes the event ("Smith's arrest", "her resignation").
POSSESSOR_UNDERGOES: frozenset[str] = frozenset(
    {
        "Life.Die",
        "Life.Injure",
        "Life.Be-Born",
        "Life.Marry",
        "Justice.Arrest-Jail",
        "Justice.Release-Parole",
        "Justice.Trial-Hearing",
        "Justice.Charge-Indict",
        "Justice.Convict",
        "Justice.Sentence",
        "Justice.Execute",
        "Justice.Extradite",
        "Justice.Acquit",
        "Justice.Pardon",
        "Personnel.Start-Position",
        "Personnel.End-Position",
        "Personnel.Nominate",
        "Personnel.Elect",
        "Personnel.Expel",
        "Movement.Transport",
    }
)

# Harm done by nature or by accident has no agent in ACE's sense: "a tornado killed six", "an
# explosion injured two" are deaths and injuries without an Agent (nor is the storm an attacker).
HARM_TYPES: frozenset[str] = frozenset({"Life.Die", "Life.Injure", "Conflict.Attack"})
NATURAL_CAUSES: frozenset[str] = frozenset(
    """
tornado twister storm hurricane cyclone typhoon flood flooding earthquake quake tsunami wildfire fire
blaze explosion blast avalanche landslide mudslide lightning wind gust heat heatwave debris collapse
crash accident outbreak disease virus illness cancer eruption drought
""".split()
)

# Verbs whose subject undergoes the nominal event they govern ("the others face charges",
# "three players picked up injuries", "she received a gunshot wound").
UNDERGO_VERBS: frozenset[str] = frozenset("face suffer sustain receive undergo survive pick".split())

# Nouns of being held: whoever is "in custody", "taken into detention" or "escaped from custody" is held.
HOLDING_NOUNS: frozenset[str] = frozenset("custody detention captivity jail prison".split())

# Nouns of harm suffered: whoever is taken to hospital "with injuries" or treated "for burns" is hurt.
HARM_NOUNS: frozenset[str] = frozenset("injury wound burn".split())
# Nouns that wrap the crime they name ("on suspicion of murder", "on charges of fraud").
CRIME_WRAPPERS: frozenset[str] = frozenset("suspicion charge count allegation".split())

# Bodies that act when named in front of a nominal event ("police custody", "an army raid").
AUTHORITY_NOUNS: frozenset[str] = frozenset("police army military troops government court fbi".split())

# Who raids to search, not to attack ("agents raided the offices"), beside AUTHORITY_NOUNS.
SEARCHERS: frozenset[str] = frozenset("officer agent detective investigator drug dawn immigration customs".split())

# Bodies that vote ("the House approved", "the council gave approval").
LEGISLATURES: frozenset[str] = frozenset(
    """
house senate congress parliament assembly council legislature lawmaker legislator committee board
shareholder voter commission chamber
""".split()
)

# Verbs that pass a measure when a legislature is their subject ("the council approved $2 million").
VOTE_VERBS: frozenset[str] = frozenset("approve pass adopt reject ratify".split())
# What a house votes on: when one of these passes or fails, a vote was held ("the motion to pass").
MEASURE_NOUNS: frozenset[str] = frozenset("motion bill measure resolution amendment referendum budget".split())
# Verbs that move money when money is what they move ("accepted money", "sent billions of dollars").
MONEY_VERBS: frozenset[str] = frozenset("send give transfer provide accept receive pledge wire hand".split())
MONEY_NOUNS: frozenset[str] = frozenset("money cash fund funds bribe bribes payment dollar".split())
# Money verbs whose subject is who gets the money ("accepted a bribe", "received $5,000").
RECEIVING_VERBS: frozenset[str] = frozenset("accept receive".split())
# Verbs that injure when a body part is what they act on ("broke his leg", "his neck was broken").
BODY_HARM_VERBS: frozenset[str] = frozenset("break fracture dislocate tear rupture sprain".split())
# Groups of people that can be sent, hired or moved ("sent two survey teams"), for events only.
PERSON_GROUPS: frozenset[str] = frozenset("team crew delegation squad envoy reinforcement contingent".split())
# Event nouns that name no event when they modify another noun ("a suicide attempt", "fighting spirit").
MODIFIER_ONLY_NOUNS: frozenset[str] = frozenset("suicide fighting retirement".split())

# Verbs that deliver a statement to an audience or put one out ("told a news conference", "issued a statement").
STATEMENT_VERBS: frozenset[str] = frozenset("tell issue give hold release make deliver publish put address".split())

# Words that hold a crime as what someone is charged with, convicted of or suspected of: a
# violent word inside them ("charged with murder", "two counts of shooting") names the crime,
# not an event of its own.
CRIME_HOLDERS: frozenset[str] = frozenset(
    """
charge count indictment indict accuse accusation convict conviction plead guilty suspicion allegation
allege offence offense crime claim
""".split()
)

# The ACE role of the one who acts, the one acted on and the receiver, per type (None: no such role).
ROLE_FRAMES: dict[str, tuple[str | None, str | None, str | None]] = {
    "Life.Be-Born": (None, "Person", None),
    "Life.Marry": ("Person", "Person", None),
    "Life.Divorce": ("Person", "Person", None),
    "Life.Injure": ("Agent", "Victim", None),
    "Life.Die": ("Agent", "Victim", None),
    "Movement.Transport": ("Agent", "Artifact", None),
    "Transaction.Transfer-Ownership": ("Seller", "Artifact", "Buyer"),
    "Transaction.Transfer-Money": ("Giver", None, "Recipient"),
    "Business.Start-Org": ("Agent", "Org", None),
    "Business.Merge-Org": ("Org", "Org", None),
    "Business.Declare-Bankruptcy": ("Org", "Org", None),
    "Business.End-Org": ("Org", "Org", None),
    "Conflict.Attack": ("Attacker", "Target", None),
    "Conflict.Demonstrate": ("Entity", None, None),
    "Contact.Meet": ("Entity", "Entity", None),
    "Contact.Phone-Write": ("Entity", "Entity", None),
    "Personnel.Start-Position": ("Entity", "Person", None),
    "Personnel.End-Position": ("Entity", "Person", None),
    "Personnel.Nominate": ("Agent", "Person", None),
    "Personnel.Elect": ("Entity", "Person", None),
    "Justice.Arrest-Jail": ("Agent", "Person", None),
    "Justice.Release-Parole": ("Entity", "Person", None),
    "Justice.Trial-Hearing": ("Prosecutor", "Defendant", None),
    "Justice.Charge-Indict": ("Prosecutor", "Defendant", None),
    "Justice.Sue": ("Plaintiff", "Defendant", None),
    "Justice.Convict": ("Adjudicator", "Defendant", None),
    "Justice.Sentence": ("Adjudicator", "Defendant", None),
    "Justice.Fine": ("Adjudicator", "Entity", None),
    "Justice.Execute": ("Agent", "Person", None),
    "Justice.Extradite": ("Agent", "Person", None),
    "Justice.Acquit": ("Adjudicator", "Defendant", None),
    "Justice.Appeal": ("Plaintiff", None, None),
    "Justice.Pardon": ("Adjudicator", "Defendant", None),
}
NEWS_FRAME: tuple[str, str, str] = ("Agent", "Patient", "Recipient")

# Buying verbs: the subject is the buyer and "from" names the seller.
BUYING_VERBS: frozenset[str] = frozenset("buy purchase acquire takeover purchase acquisition".split())

# Prepositions that fill a role of a type ("charged with murder", "fled to Spain").
PREP_ROLES: dict[str, dict[str, str]] = {
    "Movement.Transport": {"from": "Origin", "to": "Destination", "into": "Destination", "for": "Destination"},
    "Justice.Extradite": {"from": "Origin", "to": "Destination"},
    "Justice.Charge-Indict": {"with": "Crime", "over": "Crime", "for": "Crime", "including": "Crime"},
    "Justice.Arrest-Jail": {"for": "Crime", "over": "Crime"},
    "Justice.Convict": {"of": "Crime", "for": "Crime"},
    "Justice.Acquit": {"of": "Crime"},
    "Justice.Sentence": {"to": "Sentence", "for": "Crime"},
    "Justice.Sue": {"over": "Crime", "for": "Crime"},
    "Justice.Trial-Hearing": {"for": "Crime", "over": "Crime"},
    "Personnel.Start-Position": {"as": "Position"},
    "Personnel.End-Position": {"as": "Position", "from": "Entity"},
    "Personnel.Nominate": {"as": "Position", "for": "Position"},
    "Personnel.Elect": {"as": "Position", "to": "Position"},
    "Transaction.Transfer-Ownership": {"to": "Buyer", "from": "Seller", "for": "Price"},
    "Transaction.Transfer-Money": {"to": "Recipient", "for": "Beneficiary"},
    "Conflict.Attack": {"with": "Instrument"},
    "Life.Die": {"by": "Agent"},
    "Justice.Release-Parole": {"from": "Entity"},
}

# Types whose MONEY entity near the trigger fills a role.
MONEY_ROLES: dict[str, str] = {
    "Transaction.Transfer-Ownership": "Price",
    "Transaction.Transfer-Money": "Money",
    "Justice.Fine": "Money",
}

# Cutting staff is an event only when its object is staff: diplomats leave (expulsion),
# anyone else loses a job.
STAFF_CUT_VERBS: frozenset[str] = frozenset("reduce cut slash downsize shrink halve".split())
STAFF_CUT_NOUNS: frozenset[str] = frozenset("reduction cut cuts downsizing".split())
STAFF_NOUNS: frozenset[str] = frozenset(
    """
staff personnel diplomat diplomats presence workforce employee employees worker workers job jobs
official officials
""".split()
)
DIPLOMATIC_WORDS: frozenset[str] = frozenset("diplomatic diplomat diplomats embassy consulate mission".split())

# "respond"/"response" are retaliation only "in kind" or in answer to a hostile act.
RESPONSE_WORDS: frozenset[str] = frozenset("respond response".split())
HOSTILE_TYPES: frozenset[str] = frozenset(
    {
        "Justice.Sanction",
        "Conflict.Attack",
        "Personnel.Expel",
        "Transaction.Seize",
        "Conflict.Threaten",
    }
)

# Nouns that can say something without being a person or an organisation's name
# ("the statement said", "a source said", "Russian media reported").
SOURCE_NOUNS: frozenset[str] = frozenset(
    """
statement report document letter study survey poll article newspaper paper website filing
communique release source media people critic resident witness observer activist protester
voter citizen lawmaker legislator politician expert analyst investigator member employee worker
""".split()
)

# Nouns for a kind of organisation that need not appear in its name ("the carmaker" for
# Northwind Motors): they resolve to the nearest organisation named before them.
# Source nouns for people a place names only where they live or vote ('a Geneva resident').
PLACE_PEOPLE: frozenset[str] = frozenset(
    "resident citizen voter witness critic activist protester observer people member worker employee".split()
)

GENERIC_ORG_HEADS: frozenset[str] = frozenset(
    """
company firm carmaker automaker airline retailer bank lender insurer group conglomerate startup
club team broadcaster publisher manufacturer supplier operator utility force outlet station paper
newspaper publication website network league
""".split()
)

# Verbs that carry a nominal event ("imposed sanctions", "held talks"): their subject is the
# event's Agent. Other verbs ("blocked the sale") act on the event instead.
SUPPORT_VERBS: frozenset[str] = frozenset(
    """
impose order make hold carry conduct launch stage issue pass sign reach give announce begin start
resume continue mount deliver file lodge seek propose offer plan complete approve adopt
""".split()
)


# Documents that speak for whoever issued them ("the statement said"): the body that spoke just before.
DOCUMENT_NOUNS: frozenset[str] = frozenset("statement release communique communiqué report filing letter".split())
# The last word of a street's or a district's name: 'Wall Street said' names a place, never a person.
STREET_WORDS: frozenset[str] = frozenset("street avenue road lane boulevard square drive way".split())
# Words for a man that are no title: 'the bloke who decided ...' (MALE_WORDS holds the titles and kin).
MALE_NOUNS: frozenset[str] = frozenset("bloke guy gentleman fellow lad".split())
# Unnamed people a passage can be about, beyond PEOPLE_NOUNS: a court's ('the witness') and a column's ('the bloke').
DESCRIBED_PEOPLE: frozenset[str] = frozenset("witness defendant complainant juror accused".split()) | MALE_NOUNS
# Words that make a role a description of someone already in the story ('the former budget analyst').
EPITHET_WORDS: frozenset[str] = frozenset(
    "former new outgoing incoming retired veteran embattled longtime disgraced ousted ex".split()
)
# Heads of descriptions that stand for someone already in the story, never a role of its own ('the 2015 World
# Cup winner told ...', 'former Barcelona boss said').
DESCRIBED_ROLES: frozenset[str] = frozenset(
    "boss skipper winner champion striker forward midfielder defender goalkeeper winger international star".split()
)
# Body words that name a body of their own kind, never 'the organisation the passage is about'.
OWN_BODIES: frozenset[str] = frozenset("police government court army military parliament council".split())
# Last words of a body's name beside ORG_HEADS ("Washington State Patrol", "Avon Fire & Rescue Service").
NAMED_BODY_HEADS: frozenset[str] = frozenset(
    "patrol constabulary guard rescue sheriff office department service squad unit command".split()
)
# Last words of a body's name: 'West Yorkshire Police' is an organisation even when tagged a place.
BODY_NAME_ENDS: frozenset[str] = frozenset(
    "police constabulary ministry department agency commission council committee party patrol".split()
)
# Capitalised words that open a sentence and name no one.
COMMON_OPENERS: frozenset[str] = frozenset("officials authorities police residents witnesses sources critics".split())
# Common nouns of places and facilities, ACE's Place when they follow the trigger ('shot at a bar').
PLACE_NOUNS: frozenset[str] = frozenset(
    """
home house apartment flat building hospital school station street road highway freeway motorway mall store
shop supermarket restaurant bar pub club church mosque synagogue temple airport courthouse prison jail embassy
consulate camp village town city county neighborhood neighbourhood park stadium scene office hotel campus garage
address premises property
tram train bus bridge border beach farm factory plant mine port harbour harbor market square residence compound
""".split()
)


# --- quote boundaries (issue 11, events pass) ---------------------------------------------
# Participles after a reported clause that tell what its speaker did ("..., blaming the weather",
# "..., citing a report"): the reporter's frame, cut from the reported words.
ATTRIBUTION_PARTICIPLES: frozenset[str] = frozenset("blame cite point note accuse credit".split())


# --- events pass two (issue 11): kinds from unseen desks (politics, business, courts, sport) ---

# Deal words: a document that names one makes its bare "transaction" and "combination" the deal.
DEAL_WORDS: frozenset[str] = frozenset("merger acquisition takeover merge acquire buyout".split())

# Deal nouns that name the deal only in a document about one ("the transaction is expected to close").
DEAL_NOUNS: dict[str, str] = {"transaction": "Transaction.Transfer-Ownership", "combination": "Business.Merge-Org"}

# Who is signed or taken on by a club or firm starts a job ("signed three players").
SIGNED_PEOPLE: frozenset[str] = frozenset(
    "player striker forward midfielder defender goalkeeper keeper winger coach manager signing".split()
)

# Posts a new holder is named to without a title ("name his successor").
SUCCESSOR_NOUNS: frozenset[str] = frozenset("successor replacement".split())

# Verbs that move people or goods when they name where to or where from ("rushed to hospital",
# "taken to the police station", "dates sent from Bam"); without a place they are everyday verbs.
CONVEY_VERBS: frozenset[str] = frozenset("rush take bring carry ferry drive send transfer escort go".split())
# What is sent is a message, not a load ("sent a letter to the council").
MESSAGE_NOUNS: frozenset[str] = frozenset("letter email message note text signal statement warning request".split())
# Where a case is heard ("appeared in Burwood Local Court", "before magistrates").
COURT_NOUNS: frozenset[str] = frozenset(
    "court courthouse courtroom tribunal magistrates magistrate judge bench".split()
)
# Verbs under which bail is no release ("was refused bail", "did not apply for bail").
BAIL_DENIED: frozenset[str] = frozenset("refuse deny oppose seek apply request ask".split())
# Verbs choosing a person for a post when their object is a successor ("chooses a successor").
CHOOSING_VERBS: frozenset[str] = frozenset("name choose pick select appoint find".split())

# Who judges ("Magistrate X charged him", "the judge sentenced") and who prosecutes: a court's act
# is the Adjudicator's, a prosecutor's the Prosecutor's, whatever the verb's usual frame.
JUDGE_WORDS: frozenset[str] = frozenset("judge magistrate justice court jury tribunal bench sheriff".split())
PROSECUTOR_WORDS: frozenset[str] = frozenset("prosecutor prosecutors prosecution attorney da".split())

# Titles that name a post when written before a name ("Prime Minister Michel Barnier was ousted").
TITLE_WORDS: frozenset[str] = frozenset(
    """
minister president premier chancellor secretary governor mayor senator chairman chairwoman chair chief
executive director leader manager coach captain speaker ambassador commissioner treasurer general
""".split()
)

# Verbs of handing in a resignation: their subject is whose post ends ("X tendered his resignation").
TENDER_VERBS: frozenset[str] = frozenset("tender submit hand offer announce".split())

# Posts filled by election ("the election of the new Speaker").
ELECTED_POSTS: frozenset[str] = frozenset(
    "speaker president mayor governor chairman chairperson chair leader senator councillor councilor premier".split()
)
