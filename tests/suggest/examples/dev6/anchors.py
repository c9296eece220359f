"""Events gold for examples/dev6 (issue 11, events pass three: arguments), written by reading the texts before any run.

Built by ../../devset/build_devset.py. Every event carries all the ACE arguments the sentence gives it (one span per
role: the fullest or nearest mention; a pronoun stays a pronoun). Quotes are not annotated here (empty lists);
furniture only where it would hide events or repeat the article (headlines, standfirsts, chrome).
"""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

DOCS["g01_smh_quakers_hill_stabbing"] = dict(
    furniture=[("[[By Angus Dalton]]", "byline")],
    quotes=[],
    events=[
        dict(
            t="Police have [[arrested]] a 26-year-old man and charged him with murder after a fatal",
            ty="Justice.Arrest-Jail",
            Agent="[[Police]] have arrested a 26-year-old man and charged him with murder after a fatal",
            Person="have arrested [[a 26-year-old man]] and charged him with murder after a fatal",
        ),
        dict(
            t="man and [[charged]] him with murder after a fatal",
            ty="Justice.Charge-Indict",
            Prosecutor="[[Police]] have arrested a 26-year-old man and charged him with murder after a fatal",
            Defendant="and charged [[him]] with murder after a fatal",
            Crime="charged him with [[murder]] after a fatal",
        ),
        dict(
            t="after a fatal [[stabbing]] in Sydney",
            ty="Conflict.Attack",
            Place="stabbing in [[Sydney’s north-west]] on",
            Time="north-west on [[Friday night]].",
        ),
        dict(
            t="with a stab [[wound]] to the chest",
            ty="Life.Injure",
            Victim="found [[a 28-year-old man]] with a stab",
            Place="a home in [[Quakers Hill]] about",
            Time="about 8.25pm on [[Friday]] and found",
        ),
        dict(
            t="paramedics and [[rushed]] to hospital",
            ty="Movement.Transport",
            Artifact="[[He]] was treated by paramedics",
            Destination="rushed to [[hospital]] in a critical",
        ),
        dict(t="condition but [[died]] before he", ty="Life.Die", Victim="[[He]] was treated by paramedics"),
        dict(t="died before he [[arrived]].", ty="Movement.Transport", Artifact="died before [[he]] arrived."),
        dict(
            t="believe he was [[stabbed]] while visiting",
            ty="Conflict.Attack",
            Target="Police believe [[he]] was stabbed",
            Place="visiting [[a home on Narcissus Avenue]] just",
            Time="just before [[8.30pm]].",
        ),
        dict(
            t="that the man [[went]] to the address",
            ty="Movement.Transport",
            Artifact="that [[the man]] went to",
            Destination="went to [[the address]] willingly",
        ),
        dict(t="this is not a random [[attack]].", ty="Conflict.Attack"),
        dict(
            t="the man was allegedly [[stabbed]] and combing",
            ty="Conflict.Attack",
            Target="where [[the man]] was allegedly stabbed",
            Place="searching [[the home]] where the man",
        ),
        dict(
            t="Strathfield and [[arrested]] a 26-year-old man.",
            ty="Justice.Arrest-Jail",
            Agent="on Sunday, [[police]] stopped",
            Person="Strathfield and arrested [[a 26-year-old man]].",
            Time="About 1.35pm on [[Sunday]], police",
            Place="a vehicle on [[Nipper Street, Strathfield]] and",
        ),
        dict(
            t="Has [[taken]] to Burwood",
            ty="Movement.Transport",
            Destination="Has taken to [[Burwood Police station]] where",
        ),
        dict(
            t="where detectives [[charged]] him with murder.\nHe",
            ty="Justice.Charge-Indict",
            Prosecutor="station where [[detectives]] charged",
            Defendant="where detectives charged [[him]] with murder.\nHe",
            Crime="where detectives charged him with [[murder]].\nHe",
            Place="Has taken to [[Burwood Police station]] where",
        ),
        dict(
            t="will [[appear]] in Burwood Local Court",
            ty="Justice.Trial-Hearing",
            Defendant="[[He]] was refused bail",
            Place="appear in [[Burwood Local Court]] on",
            Time="Burwood Local Court on [[Monday]].",
        ),
        dict(
            t="the fatal [[stabbing]] of a 16-year-old boy",
            ty="Conflict.Attack",
            Target="stabbing of [[a 16-year-old boy]] in",
            Place="16-year-old boy in [[Dubbo]] on",
            Time="boy in Dubbo on [[Friday night]].",
        ),
        dict(
            t="Police [[arrested]] a 26-year-old Dubbo man",
            ty="Justice.Arrest-Jail",
            Agent="[[Police]] arrested a 26-year-old Dubbo man",
            Person="arrested [[a 26-year-old Dubbo man]] on",
            Time="Dubbo man on [[Saturday]] and charged",
        ),
        dict(
            t="on Saturday and [[charged]] him with murder.\nIn",
            ty="Justice.Charge-Indict",
            Prosecutor="[[Police]] arrested a 26-year-old Dubbo man",
            Defendant="Saturday and charged [[him]] with murder.\nIn",
            Crime="Saturday and charged him with [[murder]].\nIn",
            Time="Dubbo man on [[Saturday]] and charged",
        ),
        dict(t="the third [[stabbing]] in 24 hours", ty="Conflict.Attack"),
        dict(
            t="man was [[stabbed]] in Broken Hill",
            ty="Conflict.Attack",
            Target="24 hours, [[a 37-year-old man]] was stabbed",
            Place="stabbed in [[Broken Hill]] on",
            Time="Broken Hill on [[Friday]] and taken",
        ),
        dict(
            t="Friday and [[taken]] to Royal",
            ty="Movement.Transport",
            Artifact="24 hours, [[a 37-year-old man]] was stabbed",
            Destination="taken to [[Royal Adelaide Hospital]] in",
        ),
        dict(
            t="Police subsequently [[arrested]] a 29-year-old man",
            ty="Justice.Arrest-Jail",
            Agent="[[Police]] subsequently arrested",
            Person="subsequently arrested [[a 29-year-old man]] and",
        ),
        dict(
            t="29-year-old man and [[charged]] him with wounding",
            ty="Justice.Charge-Indict",
            Prosecutor="[[Police]] subsequently arrested",
            Defendant="and charged [[him]] with wounding",
            Crime="him with [[wounding a person with intent to cause grievous bodily harm]].",
        ),
    ],
)

DOCS["g02_abc7ny_dyker_heights_fire"] = dict(
    furniture=[],
    quotes=[],
    events=[
        dict(
            t="Authorities are now [[investigating]] a deadly fire",
            ty="Justice.Investigate",
            Agent="[[Authorities]] are now investigating",
            Patient="investigating [[a deadly fire]] that killed",
        ),
        dict(
            t="fire that [[killed]] two people",
            ty="Life.Die",
            Victim="killed [[two people]] in Brooklyn",
            Place="two people in [[Brooklyn]] Thursday",
            Time="in Brooklyn [[Thursday morning]] as",
        ),
        dict(t="possible case of [[arson]].", ty="Conflict.Attack"),
        dict(
            t="smoke, [[brought]] more than 100",
            ty="Movement.Transport",
            Artifact="brought [[more than 100 firefighters and EMS personnel]] to",
            Destination="EMS personnel to [[the scene]].First",
        ),
        dict(
            t="pronounced [[dead]] on the scene",
            ty="Life.Die",
            Victim="[[They]] were both pronounced",
            Place="dead on [[the scene]]. Officials",
        ),
        dict(
            t="were [[rushed]] to Maimonides",
            ty="Movement.Transport",
            Artifact="Officials say [[another family that included a 4-year-old girl and a 3-month-old girl]], were",
            Destination="rushed to [[Maimonides Hospital]] in",
        ),
        dict(t="were also [[injured]] during the blaze", ty="Life.Injure", Victim="[[Three firefighters]] were also"),
        dict(t="suffering minor [[burns]].", ty="Life.Injure", Victim="with [[one of them]] suffering"),
        dict(t="a forensic [[investigation]] is underway", ty="Justice.Investigate"),
        dict(t="and the [[investigation]] will determine", ty="Justice.Investigate"),
    ],
)

DOCS["g03_bellenews_walgreens_rite_aid"] = dict(
    furniture=[],
    quotes=[],
    events=[
        dict(
            t="has agreed to [[buy]] its rival",
            ty="Transaction.Transfer-Ownership",
            Buyer="[[Walgreens Boots Alliance]] has agreed to buy",
            Artifact="buy [[its rival Rite Aid]] in a",
            Price="in a [[$17.2 billion]] all-cash",
        ),
        dict(t="all-cash [[deal]].", ty="Business.Deal"),
        dict(t="regulators, the [[deal]] would see", ty="Business.Deal"),
        dict(
            t="US drug stores [[combined]].",
            ty="Business.Merge-Org",
            Org="would see [[two of the biggest US drug stores]] combined",
        ),
        dict(
            t="Alliance was [[created]] when",
            ty="Business.Start-Org",
            Org="[[Walgreens Boots Alliance]] was created",
            Time="with Walgreens in [[2014]].",
        ),
        dict(
            t="Alliance Boots [[merged]] with Walgreens",
            ty="Business.Merge-Org",
            Org="UK-based [[Alliance Boots]] merged",
            Time="with Walgreens in [[2014]].",
        ),
        dict(t="reported that a [[deal]] may be", ty="Business.Deal"),
        dict(
            t="shareholders would [[receive]] $9",
            ty="Transaction.Transfer-Money",
            Recipient="said [[Rite Aid shareholders]] would receive",
            Money="would receive [[$9]] per share",
        ),
        dict(t="per share under the [[deal]].", ty="Business.Deal"),
        dict(
            t="said the [[transaction]] was expected",
            ty="Transaction.Transfer-Ownership",
            Time="half way through [[2016]].",
        ),
        dict(t="to finance the [[transaction]] “through", ty="Transaction.Transfer-Ownership"),
        dict(t="“Today’s [[announcement]] is", ty="Contact.Statement"),
        dict(t="said the [[deal]] would deliver", ty="Business.Deal"),
    ],
)

DOCS["g04_riotact_page_murder_charge"] = dict(
    furniture=[],
    quotes=[],
    events=[
        dict(
            t="has been [[charged]] with murder over the death",
            ty="Justice.Charge-Indict",
            Defendant="[[Wajid Kakar]], a 35-year-old",
            Crime="charged with [[murder]] over the death",
        ),
        dict(
            t="over the [[death]] of 34-year-old",
            ty="Life.Die",
            Victim="death of [[34-year-old Michael Williams]],",
            Place="two other people in [[Page]] on Saturday",
            Time="people in Page on [[Saturday]].\nThe",
        ),
        dict(t="police was [[tasered]] before", ty="Conflict.Attack", Target="[[A man]] who allegedly rushed"),
        dict(t="discovered the [[deceased]] man", ty="Life.Die", Victim="deceased man, [[Mr Williams]]."),
        dict(
            t="treatment for [[injuries]] they received",
            ty="Life.Injure",
            Victim="injuries [[they]] received",
        ),
        dict(
            t="35-year-old had been [[arrested]].", ty="Justice.Arrest-Jail", Person="confirmed [[the 35-year-old]] had"
        ),
        dict(
            t="in the initial [[attack]].",
            ty="Conflict.Attack",
            Attacker="Police believe [[the [alleged] offender]] used",
            Instrument="used [[at least two knives]] in",
        ),
        dict(t="the forensic [[investigation]] of the area", ty="Justice.Investigate"),
        dict(t="where the [[dead]] man was located", ty="Life.Die", Victim="the dead [[man]] was located"),
        dict(
            t="Mr Kakar [[appeared]] in the ACT",
            ty="Justice.Trial-Hearing",
            Defendant="[[Mr Kakar]] appeared in the ACT",
            Place="appeared in [[the ACT Magistrates Court]] today",
            Time="Magistrates Court [[today]] (25",
        ),
        dict(
            t="formally [[charged]] him with murdering",
            ty="Justice.Charge-Indict",
            Adjudicator="Magistrate [[Peter Morrison]] formally",
            Defendant="charged [[him]] with murdering",
            Crime="him with [[murdering Mr Williams]], as",
        ),
        dict(t="to be [[remanded]] in custody", ty="Justice.Arrest-Jail", Person="said [[he]] was to be remanded"),
        dict(
            t="custody to [[appear]] in court",
            ty="Justice.Trial-Hearing",
            Defendant="said [[he]] was to be remanded",
            Time="court on [[12 March]].",
        ),
        dict(t="during the bail [[hearing]]", ty="Justice.Trial-Hearing", Defendant="[[The defendant]] did not speak"),
    ],
)

DOCS["g05_irishexaminer_iran_quake"] = dict(
    furniture=[
        (
            "[[Earthquake death toll expected to rise]]\n\nRescuers searching the devastation caused by the Iran"
            " earthquake expect the death toll to rise further.\n\nEarthquake",
            "headline",
        ),
        (
            "[[Rescuers searching the devastation caused by the Iran earthquake expect the death toll to rise"
            " further.]]\n\nEarthquake",
            "subhead",
        ),
        ("further.\n\n[[Earthquake death toll expected to rise]]", "headline"),
        ("[[More in this section]]", "navigation"),
        ("[[Cookie Policy Privacy Policy Brand Safety FAQ Help Contact Us Terms and Conditions]]", "navigation"),
        ("[[© Examiner Echo Group Limited]]", "navigation"),
    ],
    quotes=[],
    events=[
        dict(t="expect the [[death]] toll to rise further.\n\nRescue teams", ty="Life.Die"),
        dict(
            t="dates [[sent]] from Bam",
            ty="Movement.Transport",
            Artifact="boost: [[two truckloads of dates]] sent",
            Origin="sent from [[Bam]], the nearby",
        ),
        dict(
            t="earthquake that [[killed]] 26,000",
            ty="Life.Die",
            Victim="killed [[26,000 people]].",
            Time="by a [[2003]] earthquake",
        ),
        dict(
            t="Hotkan [[carried]] away",
            ty="Movement.Transport",
            Agent="mist, [[workers in Hotkan]] carried",
            Artifact="carried away [[blanket-wrapped corpses]] across",
        ),
        dict(
            t="She [[lost]] her husband",
            ty="Life.Die",
            Victim="lost [[her husband and all four of her children]] in the quake",
        ),
        dict(
            t="residents were [[killed]].",
            ty="Life.Die",
            Victim="[[At least 150 of the village’s 1,800 residents]] were killed",
        ),
        dict(t="people were [[injured]].", ty="Life.Injure", Victim="[[At least 900 people]] were injured"),
    ],
)

DOCS["g06_beckers_utah_nurse_hepc"] = dict(
    furniture=[
        ("[[More articles on infection control and clinical quality:]]", "related"),
        ("[[University of Texas health officials warn students of possible mumps exposure]]", "related"),
        ("[[House bill would boost NIH budget by 3%]]", "related"),
        ("[[Maine resident diagnosed with Jamestown Canyon mosquito virus]]", "related"),
    ],
    quotes=[],
    events=[
        dict(
            t="was federally [[indicted]] Wednesday",
            ty="Justice.Charge-Indict",
            Defendant="[[Elet Neilson]] was federally",
            Time="indicted [[Wednesday]] on",
            Crime="on [[eight counts of tampering with a consumer product]] and",
        ),
        dict(
            t="declined to [[charge]] her",
            ty="Justice.Charge-Indict",
            Prosecutor="[[County prosecutors]] declined",
            Defendant="to charge [[her]] in connection",
        ),
        dict(t="The [[indictment]] comes", ty="Justice.Charge-Indict"),
        dict(
            t="on Wednesday [[charged]] 412 defendants",
            ty="Justice.Charge-Indict",
            Prosecutor="[[The Department of Justice]] on Wednesday",
            Defendant="charged [[412 defendants]], including",
            Time="Justice on [[Wednesday]] charged",
            Crime="for [[their participation in healthcare fraud schemes]].",
        ),
    ],
)

DOCS["g07_stourbridgenews_referee_headlock"] = dict(
    furniture=[],
    quotes=[],
    events=[
        dict(
            t="has been [[charged]] with assault",
            ty="Justice.Charge-Indict",
            Defendant="[[A SUNDAY league player]] has been",
            Crime="charged with [[assault]] by",
            Prosecutor="assault by [[Worcestershire Football Association]] after",
        ),
        dict(t="in a “[[headlock]]”.", ty="Conflict.Attack", Target="putting [[a referee]] in"),
        dict(
            t="the association [[charged]] the Brewers",
            ty="Justice.Charge-Indict",
            Prosecutor="[[the association]] charged the Brewers",
            Defendant="charged [[the Brewers player]] with",
            Crime="with [[improper conduct]] and",
        ),
        dict(
            t="an immediate [[suspension]].",
            ty="Justice.Sanction",
            Agent="[[the association]] charged the Brewers",
            Patient="placed [[him]] under",
        ),
        dict(
            t="Police are also [[investigating]] the incident",
            ty="Justice.Investigate",
            Agent="[[Police]] are also investigating",
            Patient="investigating [[the incident]] during",
        ),
    ],
)

DOCS["g08_abcmedia_french_government_resign"] = dict(
    furniture=[
        ("[[French government to resign as parliament supports no-confidence vote against prime minister]]", "headline")
    ],
    quotes=[],
    events=[
        dict(
            t="Barnier was [[ousted]] in",
            ty="Personnel.End-Position",
            Person="Prime Minister [[Michel Barnier]] was ousted",
            Position="after [[Prime Minister]] Michel Barnier",
        ),
        dict(t="ousted in a no-confidence [[vote]]. MPs", ty="Election.Vote"),
        dict(t="MPs [[voted]] overwhelmingly", ty="Election.Vote", Agent="[[MPs]] voted overwhelmingly"),
        dict(
            t="either [[vote]] yes or",
            ty="Election.Vote",
            Agent="[[MPs]] were required",
            Time="from [[Wednesday]]’s vote",
        ),
        dict(t="for the motion to [[pass]].", ty="Election.Vote"),
        dict(t="A total of 331 [[voted]] in support", ty="Election.Vote", Agent="[[A total of 331]] voted"),
        dict(t="collapsed in a no-confidence [[vote]] since", ty="Election.Vote"),
        dict(t="Macron [[chooses]] a successor", ty="Personnel.Start-Position", Person="chooses [[a successor]]."),
        dict(t="new [[elections]] cannot", ty="Personnel.Elect"),
    ],
)
