"""Held-out set, part C (n12-n16): gold anchors, in the anchor format of tests/suggest/devset/build_devset.py.

Written by reading the articles in texts/ (body = everything after the first line), following
tests/suggest/devset/GUIDELINES.md and tests/suggest/gold/GUIDELINES.md. Every span is a unique snippet
of the body with the target in double brackets, `left [[target]] right`; `>>` runs the target to the end
of its line. Quotes: c content, k kind, s speaker mention, e the named mention it resolves to ("=" when
the speaker mention is itself the name), cue, x further parts. Events: t trigger, ty type, and arguments
by ACE role name. Furniture: (anchor, kind).
"""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

# --------------------------------------------------------------------------------------------- n12
DOCS["n12_taylorpress_fisher_st_arson"] = dict(
    furniture=[
        ("[[Go to main contentsGo to search barGo to main menu]]", "navigation"),
        ("[[Wednesday, September 25, 2024 at 6:16 AM]]", "timestamp"),
        ("AM\n\n[[Investigation launched in fire]]\n\nAn", "headline"),
        (
            "fire\n\n[[An extensive fire that occurred at 901 Fisher St. just before Christmas may have been deliberately set, officials said.]]\nFirefighters",
            "subhead",
        ),
        (
            "said.\n[[Firefighters extinguish a house fire Dec. 19 at the corner of Fisher and Kimbro Streets.]] Photo",
            "caption",
        ),
        ("Streets. [[Photo by Jason Hennington]]\nFirefighters", "photo_credit"),
        (
            "Hennington\n[[Firefighters extinguish a house fire Dec. 19 at the corner of Fisher and Kimbro Streets.]] Photo",
            "caption",
        ),
        ("Streets. [[Photo by Jason Hennington]]\n\nAn", "photo_credit"),
        ("[[Share]]\nRate", "social"),
        ("Share\n[[Rate]]", "social"),
        ("Rate\n\n[[Taylor Press]]", "navigation"),
        ("Press\n\n[[Ad]]\nAd\nAd", "promo"),
        ("Press\n\nAd\n[[Ad]]\nAd", "promo"),
        ("Ad\nAd\n[[Ad]]", "promo"),
    ],
    quotes=[
        dict(
            c="Hennington\n\n[[An extensive fire that occurred at 901 Fisher St. just before Christmas may have been deliberately set]], officials said.\n\n“We",
            k="indirect",
            s="deliberately set, [[officials]] said.\n\n“We",
            cue="deliberately set, officials [[said]].\n\n“We",
        ),
        dict(
            c="“[[We are investigating it now as a possible arson,]]”",
            k="direct",
            s="said Police Chief [[Henry Fluck]].",
            e="=",
            cue="arson,” [[said]] Police Chief",
            x=[
                "“[[We have interviewed a couple of people so far. We have helped the Fire Department with that, and we will continue investigating it and will get to the bottom of it.]]”"
            ],
        ),
        dict(
            c="deemed the fire “[[incendiary.]]”",
            k="partial",
            s="Fire Marshal [[Robert Copeland]] confirmed",
            e="=",
            cue="Robert Copeland [[confirmed]] the",
        ),
        dict(
            c="“[[The definition of incendiary that we use is a fire that is deliberately set with the intent to cause a fire to occur in an area where fire shall not be,]]”",
            k="direct",
            s="shall not be,” [[Copeland]] said.",
            e="=",
            cue="shall not be,” Copeland [[said]].",
        ),
        dict(
            c="[[No additional details are available at this time]], Copeland said.",
            k="indirect",
            s="at this time, [[Copeland]] said.",
            e="=",
            cue="at this time, Copeland [[said]].",
        ),
    ],
    events=[
        dict(
            t="Hennington\n\nAn extensive fire that occurred at 901 Fisher St. just before Christmas may have been deliberately [[set]], officials said.\n\n“We",
            ty="Conflict.Attack",
            Place="Hennington\n\nAn extensive fire that occurred at [[901 Fisher St.]] just",
            Time="Hennington\n\nAn extensive fire that occurred at 901 Fisher St. [[just before Christmas]] may",
        ),
        dict(
            t="We are [[investigating]] it now",
            ty="Justice.Investigate",
            Agent="“[[We]] are investigating",
            Patient="investigating [[it]] now",
        ),
        dict(t="as a possible [[arson]],”", ty="Conflict.Attack"),
        dict(
            t="will continue [[investigating]] it",
            ty="Justice.Investigate",
            Agent="and [[we]] will continue investigating",
            Patient="continue investigating [[it]] and",
        ),
        dict(
            t="the preliminary [[investigation]] deemed",
            ty="Justice.Investigate",
            Patient="deemed [[the fire]] “incendiary",
        ),
        dict(
            t="Though the fire [[displaced]] the residents",
            ty="Movement.Transport",
            Artifact="displaced [[the residents of the building]], no",
            Origin="residents of [[the building]], no",
        ),
        dict(t="no [[injuries]] were reported", ty="Life.Injure"),
    ],
)

# --------------------------------------------------------------------------------------------- n13
DOCS["n13_bradenton_deputy_shot_neighbor_dispute"] = dict(
    furniture=[
        (
            "[[A Highlands County Sheriff's Deputy was shot and critically wounded in Lake Placid Sunday, May 6, 2018.]]\nA Highlands",
            "caption",
        ),
        (
            "2018.\n[[A Highlands County Sheriff's Deputy was shot and critically wounded in Lake Placid Sunday, May 6, 2018.]] Highlands",
            "caption",
        ),
        ("2018. [[Highlands County Sheriff's Office]]\nA Highlands", "photo_credit"),
        (
            "Office\n[[A Highlands County Sheriff's Deputy was shot and critically wounded in Lake Placid Sunday, May 6, 2018.]] Highlands",
            "caption",
        ),
        ("2018. [[Highlands County Sheriff's Office]]\n\nCrime", "photo_credit"),
        ("[[Crime]]\n\nFlorida", "navigation"),
        ("[[Florida deputy responding to 'neighbor dispute' shot and critically wounded, officials say]]", "headline"),
        ("[[By Carli Teproff]]", "byline"),
        ("[[cteproff@miamiherald.com]]", "byline"),
        ("[[May 06, 2018 11:03 PM]]", "timestamp"),
        ("[[Comments]]", "social"),
    ],
    quotes=[
        dict(
            c='responding to a "[[neighbor dispute]]" was shot',
            k="partial",
            s="Sunday night, according to [[the Highlands County Sheriff's Office]].",
            e="=",
            cue="Sunday night, [[according to]] the Highlands",
        ),
        dict(
            c="[[The deputy, identified as William Gentry, was called to a home in Lake Placid just before 8 p.m. Sunday]], Sheriff Paul",
            k="indirect",
            s="Sheriff [[Paul Blackman]] said",
            e="=",
            cue="Paul Blackman [[said]] in a press",
        ),
        dict(
            c='"[[It was over a cat that had possibly been shot by a neighbor,]]" he said.',
            k="direct",
            s='neighbor," [[he]] said.',
            e="Sheriff [[Paul Blackman]] said",
            cue='neighbor," he [[said]].',
        ),
        dict(
            c='Gentry "[[made contact with a resident of a home,]]" and',
            k="partial",
            s="According to [[the Highlands County Sheriff's Office]], Gentry",
            e="=",
            cue="[[According to]] the Highlands County Sheriff's Office, Gentry",
            x=['later "[[a call came in that the deputy had been shot.]]"'],
        ),
        dict(
            c="[[The deputy was airlifted to Lee Memorial Hospital]], the department said.",
            k="indirect",
            s="Hospital, [[the department]] said.",
            e="According to [[the Highlands County Sheriff's Office]], Gentry",
            cue="Hospital, the department [[said]].",
        ),
        dict(
            c="[[A 69-year-old man]], according to the department,",
            k="indirect",
            s="man, according to [[the department]], was arrested.",
            e="According to [[the Highlands County Sheriff's Office]], Gentry",
            cue="man, [[according to]] the department,",
            x=["according to the department, [[was arrested]]."],
        ),
        dict(
            c='"[[Please keep the deputy and his family in your prayers,]]"',
            k="direct",
            s='prayers," [[the department]] said in a Facebook post.',
            e="According to [[the Highlands County Sheriff's Office]], Gentry",
            cue='prayers," the department [[said]] in a Facebook post.',
        ),
    ],
    events=[
        dict(
            t='"neighbor dispute" was [[shot]] and critically wounded Sunday night',
            ty="Conflict.Attack",
            Target="[[A sheriff's deputy]] in Central Florida",
            Place="A sheriff's deputy in [[Central Florida]] responding",
            Time="critically wounded [[Sunday night]], according",
        ),
        dict(
            t="was shot and critically [[wounded]] Sunday night, according",
            ty="Life.Injure",
            Victim="[[A sheriff's deputy]] in Central Florida",
            Place="A sheriff's deputy in [[Central Florida]] responding",
            Time="critically wounded [[Sunday night]], according",
        ),
        dict(
            t="said in a [[press conference]] aired",
            ty="Contact.Statement",
            Agent="Sheriff [[Paul Blackman]] said",
        ),
        dict(
            t="had possibly been [[shot]] by a neighbor",
            ty="Conflict.Attack",
            Target="over [[a cat]] that",
            Attacker="shot by [[a neighbor]],",
        ),
        dict(
            t='"[[made contact]] with a resident',
            ty="Contact.Meet",
            Entity='Office, [[Gentry]] "made',
        ),
        dict(t='"a [[call]] came in that', ty="Contact.Phone-Write"),
        dict(
            t='the deputy had been [[shot]]."',
            ty="Conflict.Attack",
            Target="came in that [[the deputy]] had been shot",
        ),
        dict(
            t="The deputy was [[airlifted]] to",
            ty="Movement.Transport",
            Artifact="[[The deputy]] was airlifted",
            Destination="airlifted to [[Lee Memorial Hospital]]",
        ),
        dict(
            t="the department, was [[arrested]].",
            ty="Justice.Arrest-Jail",
            Person="[[A 69-year-old man]], according",
        ),
        dict(
            t="said in a [[Facebook post]].",
            ty="Contact.Statement",
            Agent='prayers," [[the department]] said',
        ),
    ],
)

# --------------------------------------------------------------------------------------------- n14
DOCS["n14_metrous_reuters_louisiana_floods"] = dict(
    furniture=[
        ("[[Deadly Louisiana floods strands thousands as rain moves west - Metro US]]", "headline"),
        ("US\n\n[[Deadly Louisiana floods strands thousands as rain moves west]]\n\nBy", "headline"),
        ("[[By Byrn Stole]]", "byline"),
        ("[[BATON ROUGE, La. (Reuters) –]]", "dateline"),
    ],
    quotes=[
        dict(
            c="(Reuters) – [[Emergency crews in Louisiana have rescued more than 7,000 people stranded by historic flooding that has killed at least three and submerged whole communities]], Governor",
            k="indirect",
            s="Governor [[John Bel Edwards]] said on Sunday",
            e="=",
            cue="John Bel Edwards [[said]] on Sunday",
        ),
        dict(
            c="[[Residents have been pulled out of flooded homes, swamped cars and threatened medical facilities in cities and towns across the southern part of the state]], said",
            k="indirect",
            s="said [[Edwards]], who has called",
            e="=",
            cue="state, [[said]] Edwards",
        ),
        dict(
            c="[[While the brunt of the storm that brought torrential rains and flooding to the area was moving west toward Texas on Sunday, Louisiana residents should remain cautious]], the governor",
            k="indirect",
            s="cautious, [[the governor]] said at a news conference.",
            e="Governor [[John Bel Edwards]] said on Sunday",
            cue="cautious, the governor [[said]] at",
        ),
        dict(
            c="“[[Even with the sunshine out today intermittently, the waters are going to continue to rise in many areas, so this is no time to let the guard down,]]”",
            k="direct",
            s="guard down,” [[Edwards]] said.",
            e="=",
            cue="guard down,” Edwards [[said]].",
        ),
        dict(
            c="[[Some 5,000 people were forced to sleep in shelters overnight]], said",
            k="indirect",
            s="said [[Marketa Walters]], head",
            e="=",
            cue="overnight, [[said]] Marketa Walters",
        ),
        dict(
            c="[[There were not enough beds to house all of the shelter-seekers, so many had to sleep on floors]], she said.",
            k="indirect",
            s="on floors, [[she]] said.",
            e="said [[Marketa Walters]], head",
            cue="on floors, she [[said]].",
        ),
        dict(
            c="“[[We’re very much still in the search and rescue mode,]]”",
            k="direct",
            s="said [[James Waskcom]], director",
            e="=",
            cue="rescue mode,” [[said]] James Waskcom",
        ),
        dict(
            c="[[Patients from several hospitals and nursing homes were saved from threatening waters overnight]], Louisiana",
            k="indirect",
            s="Police Colonel [[Michael Edmonson]] said.",
            e="=",
            cue="Michael Edmonson [[said]].",
        ),
        dict(
            c="[[Helicopters are deploying food and water to those still trapped by floods]], he said.",
            k="indirect",
            s="by floods, [[he]] said.",
            e="Police Colonel [[Michael Edmonson]] said.",
            cue="by floods, he [[said]].",
        ),
    ],
    events=[
        dict(
            t="flooding that has [[killed]] at least three",
            ty="Life.Die",
            Victim="killed [[at least three]] and",
        ),
        dict(
            t="said at a [[news conference]].",
            ty="Contact.Statement",
            Agent="cautious, [[the governor]] said at",
        ),
        dict(
            t="Helicopters are [[deploying]] food",
            ty="Movement.Transport",
            Vehicle="[[Helicopters]] are deploying",
            Artifact="deploying [[food and water]] to",
            Destination="food and water to [[those still trapped by floods]], he",
        ),
    ],
)

# --------------------------------------------------------------------------------------------- n15
DOCS["n15_wtvq_ap_sterling_latest"] = dict(
    furniture=[
        ("[[The Latest: Prosecutor details Alton Sterling investigation]]\n\nDamon", "headline"),
        (
            "[[Damon Brumfield, a student at Southern University of Baton Rouge, poses while his friends take photos, in front of a mural honoring Alton Sterling, outside the Triple S Food Mart in Baton Rouge, La., Tuesday, May 2, 2017. The U.S. Justice Department has decided not to charge two white Baton Rouge police officers in the death of Sterling, whose death was captured on cell phone video, fueling protests in Louisiana’s capital and beyond.]] (AP",
            "caption",
        ),
        ("[[(AP Photo/Gerald Herbert)]]", "photo_credit"),
        ("[[BATON ROUGE, La. (AP) —]]", "dateline"),
        ("[[1:45 p.m.]]", "timestamp"),
        ("[[___]]", "navigation"),
        ("[[11:50 a.m.]]", "timestamp"),
    ],
    quotes=[
        dict(
            c="A U.S. attorney says [[there is not enough evidence to pursue federal charges against two white officers in the police shooting death of a black man in Baton Rouge]].",
            k="indirect",
            s="[[A U.S. attorney]] says there",
            e="U.S. Attorney [[Corey Amundson]] said Wednesday",
            cue="A U.S. attorney [[says]] there",
        ),
        dict(
            c="said Wednesday that [[the investigation into the death of Alton Sterling couldn’t prove that the officers acted unreasonably and willfully]].",
            k="indirect",
            s="U.S. Attorney [[Corey Amundson]] said Wednesday",
            e="=",
            cue="Corey Amundson [[said]] Wednesday",
        ),
        dict(
            c="Amundson says [[the officers’ encounter with Sterling happened in about 90 seconds]].",
            k="indirect",
            s="[[Amundson]] says the officers’",
            e="=",
            cue="Amundson [[says]] the officers’",
        ),
        dict(
            c="He says [[the investigation found that an officer shot Sterling three times after saying that Sterling was reaching for a gun in his pocket]].",
            k="indirect",
            s="seconds. [[He]] says the investigation",
            e="[[Amundson]] says the officers’",
            cue="seconds. He [[says]] the investigation",
        ),
        dict(
            c="The prosecutor says [[Officer Blane Salamoni fired three more shots into Sterling’s back when he began to sit up and move]].",
            k="indirect",
            s="[[The prosecutor]] says Officer",
            e="[[Amundson]] says the officers’",
            cue="The prosecutor [[says]] Officer",
        ),
        dict(
            c="The prosecutor says [[the officers recovered a loaded revolver from Sterling’s pocket]].",
            k="indirect",
            s="[[The prosecutor]] says the officers recovered",
            e="[[Amundson]] says the officers’",
            cue="The prosecutor [[says]] the officers recovered",
        ),
        dict(
            c="but said [[they were not excessive]].",
            k="indirect",
            s="[[They]] criticized",
            cue="techniques but [[said]] they",
        ),
    ],
    events=[
        dict(
            t="The Latest on the [[shooting]] death of a black man involving",
            ty="Conflict.Attack",
            Target="The Latest on the shooting death of [[a black man]] involving",
            Attacker="involving [[two white police officers]] in",
            Place="two white police officers in [[Baton Rouge]] (all",
        ),
        dict(
            t="The Latest on the shooting [[death]] of a black man involving",
            ty="Life.Die",
            Victim="The Latest on the shooting death of [[a black man]] involving",
            Place="two white police officers in [[Baton Rouge]] (all",
        ),
        dict(
            t="to pursue federal [[charges]] against",
            ty="Justice.Charge-Indict",
            Defendant="charges against [[two white officers]] in",
        ),
        dict(
            t="in the police [[shooting]] death of a black man in Baton Rouge.",
            ty="Conflict.Attack",
            Attacker="in the [[police]] shooting death of a black man in Baton Rouge.",
            Target="in the police shooting death of [[a black man]] in Baton Rouge.",
            Place="in the police shooting death of a black man in [[Baton Rouge]].",
        ),
        dict(
            t="in the police shooting [[death]] of a black man in Baton Rouge.",
            ty="Life.Die",
            Victim="in the police shooting death of [[a black man]] in Baton Rouge.",
            Place="in the police shooting death of a black man in [[Baton Rouge]].",
        ),
        dict(
            t="that the [[investigation]] into the death",
            ty="Justice.Investigate",
            Patient="investigation into [[the death of Alton Sterling]] couldn’t",
        ),
        dict(
            t="into the [[death]] of Alton Sterling",
            ty="Life.Die",
            Victim="the death of [[Alton Sterling]] couldn’t",
        ),
        dict(
            t="the officers’ [[encounter]] with Sterling",
            ty="Contact.Meet",
            Entity="says [[the officers]]’ encounter",
        ),
        dict(
            t="He says the [[investigation]] found",
            ty="Justice.Investigate",
        ),
        dict(
            t="an officer [[shot]] Sterling three times",
            ty="Conflict.Attack",
            Attacker="found that [[an officer]] shot",
            Target="an officer shot [[Sterling]] three times",
        ),
        dict(
            t="Salamoni [[fired]] three more shots",
            ty="Conflict.Attack",
            Attacker="The prosecutor says [[Officer Blane Salamoni]] fired",
            Target="shots into [[Sterling]]’s back",
        ),
        dict(
            t="the officers [[recovered]] a loaded revolver",
            ty="Transaction.Seize",
            Agent="says [[the officers]] recovered",
            Patient="recovered [[a loaded revolver]] from",
        ),
        dict(
            t="As part of the [[investigation]], prosecutors",
            ty="Justice.Investigate",
        ),
        dict(
            t="who was [[shot]] to death by police",
            ty="Conflict.Attack",
            Target="The family of [[a black man]] who was shot",
            Attacker="shot to death by [[police]] in Baton Rouge is",
            Place="by police in [[Baton Rouge]] is meeting",
        ),
        dict(
            t="who was shot to [[death]] by police",
            ty="Life.Die",
            Victim="The family of [[a black man]] who was shot",
            Place="by police in [[Baton Rouge]] is meeting",
        ),
        dict(
            t="Baton Rouge is [[meeting]] with federal",
            ty="Contact.Meet",
            Entity="[[The family of a black man who was shot to death by police in Baton Rouge]] is meeting",
        ),
    ],
)

# --------------------------------------------------------------------------------------------- n16
DOCS["n16_myjoyonline_budget_vote_majority_leader"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="as “[[unfortunate and disappointing]]”.",
            k="partial",
            s="[[The Majority leader in Parliament]] has described",
            e="According to [[Osei Kyei-Mensah-Bonsu]], he",
            cue="has [[described]] the vote",
        ),
        dict(
            c="According to Osei Kyei-Mensah-Bonsu, [[he was in utter shock when the Minority requested a headcount vote to determine if the budget statement would be approved or not]].",
            k="indirect",
            s="According to [[Osei Kyei-Mensah-Bonsu]], he",
            e="=",
            cue="[[According to]] Osei Kyei-Mensah-Bonsu, he",
        ),
        dict(
            c="“[[I thought their conduct today was unfortunate because I have been in some discussions with them. They have intimated that they were not happy with certain aspects of the budget. In particular the imposition of taxes.]]”",
            k="direct",
            s="According to [[Osei Kyei-Mensah-Bonsu]], he",
            e="=",
        ),
        dict(
            c="He revealed to JoyNews that [[both leaders in Parliament came to an agreement that the statement would be passed while the necessary concerns are addressed]].",
            k="indirect",
            s="[[He]] revealed to JoyNews",
            e="According to [[Osei Kyei-Mensah-Bonsu]], he",
            cue="He [[revealed]] to JoyNews",
        ),
        dict(
            c="to Kwesi Parker-Wilson that [[the Minority made some grievances by not all together condemning the imposition of the taxes]].",
            k="indirect",
            s="[[The Suame MP]] further intimated",
            e="According to [[Osei Kyei-Mensah-Bonsu]], he",
            cue="The Suame MP further [[intimated]] to",
        ),
        dict(
            c="“[[So they said they were going to push for voting but I said that by our rules if you vote; voice votes, it will not register that even the NDC is against it.]]\n",
            k="direct",
            s="agreed with me,” [[he]] added.",
            e="According to [[Osei Kyei-Mensah-Bonsu]], he",
            cue="agreed with me,” he [[added]].",
            x=[
                "“[[So what it is that must be done is for them to express strongly on the floor that on this or these item(s), 123, we want to register our reservations so we will not go with the government on that path with the imposition of taxes, the timing we believe is wrong. So I said to them I thought that was a better option and they agreed with me,]]”"
            ],
        ),
    ],
    events=[
        dict(
            t="has described the [[vote]] of the Minority Caucus",
            ty="Election.Vote",
            Agent="the vote of [[the Minority Caucus]] against",
            Patient="against the approval of [[the 2021 budget statement]] as",
        ),
        dict(
            t="requested a headcount [[vote]] to determine",
            ty="Election.Vote",
        ),
        dict(
            t="if the budget statement would be [[approved]] or not",
            ty="Election.Vote",
            Patient="if [[the budget statement]] would be approved",
        ),
        dict(
            t="I have been in some [[discussions]] with them",
            ty="Contact.Meet",
            Entity="because [[I]] have been in some discussions",
        ),
        dict(
            t="came to an [[agreement]] that",
            ty="Contact.Negotiate",
            Agent="that [[both leaders in Parliament]] came",
        ),
        dict(
            t="the statement would be [[passed]] while",
            ty="Election.Vote",
            Patient="agreement that [[the statement]] would be passed",
        ),
        dict(
            t="going to push for [[voting]] but",
            ty="Election.Vote",
        ),
        dict(
            t="if you [[vote]]; voice votes",
            ty="Election.Vote",
            Agent="if [[you]] vote;",
        ),
        dict(
            t="decision on a voice [[vote]].",
            ty="Election.Vote",
        ),
        dict(
            t="requested a headcount [[vote]].\n",
            ty="Election.Vote",
        ),
        dict(
            t="after the headcount [[voting]] process",
            ty="Election.Vote",
            Place="recorded in [[the House]] were",
        ),
        dict(
            t="while 134 [[voted]] no.",
            ty="Election.Vote",
            Agent="while [[134]] voted no.",
        ),
    ],
)
