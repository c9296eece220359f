"""Part B of the held-out set (issue 11): anchors in the format of tests/suggest/devset/build_devset.py.

Written by reading the texts in texts/ (body = everything after the first line). Every span is a
unique snippet of the body with the target in double brackets; `>>` runs to the end of the line
(less a closing quotation mark). Quotes: c content, k kind, s speaker mention, e the named mention it
resolves to ("=" when the speaker mention is itself the name), cue, x further parts. Events: t trigger,
ty type, and arguments by ACE role name. Furniture: (anchor, kind).
"""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

DOCS["n07_mansfieldtown_cox_lincoln"] = dict(
    furniture=[
        ("[[Skip to main content Skip to site footer]]", "navigation"),
        ("footer\n[[Club News]]", "navigation"),
        ("2013\n\n[[Club News]]", "navigation"),
        ("footer\nClub News\n\n[[Cox happy with three points]]", "headline"),
        ("2013\n\nClub News\n\n[[Cox happy with three points]]", "headline"),
        ("points\n\n[[27 February 2013]]\n\nClub", "timestamp"),
        ("points\n\n[[27 February 2013]]\n\n\nManager", "timestamp"),
        ("[[Advertisement block]]", "promo"),
        ("[[iFollow Next Match Tickets Account]]", "navigation"),
    ],
    quotes=[
        dict(
            c="“[[we were a million miles off the pace]]” according",
            k="partial",
            s="according to [[our boss]], Matt",
            e="Manager [[Paul Cox]] was",
            cue="pace” [[according to]] our boss",
        ),
        dict(
            c="“[[I don’t think we played particularly well and credit has to be given to Lincoln, because I thought they battled all the way through the 90 minutes,]]” said Cox.",
            k="direct",
            s="” said [[Cox]].",
            e="=",
            cue="” [[said]] Cox.",
            x=[
                "“[[I thought it had 0-0 written all over it>>]]",
                "“[[We were a million miles off the standard>>]]",
            ],
        ),
        dict(
            c="added: “[[They were upset>>]]",
            k="direct",
            s="[[He]] added: “They",
            e="Manager [[Paul Cox]] was",
            cue="He [[added]]: “They",
        ),
    ],
    events=[],
)

DOCS["n08_shropshirestar_pa_mateta_challenge"] = dict(
    furniture=[
        ("[[date 2025-03-01]] Crystal Palace", "timestamp"),
        (
            "[[Millwall goalkeeper Liam Roberts on the floor with Jean-Philippe Mateta after the pair collided]] (PA)",
            "caption",
        ),
        ("collided [[(PA)]]", "photo_credit"),
    ],
    quotes=[
        dict(
            c="clash “[[the most reckless challenge on a football pitch I think I’ve ever seen]]”.",
            k="partial",
            s="Crystal Palace chairman [[Steve Parish]] branded",
            e="=",
            cue="Steve Parish [[branded]] the challenge",
        ),
        dict(
            c="chanting “[[let him die]]”.",
            k="direct",
            s="while [[some Millwall fans]] could be heard",
            cue="could be heard [[chanting]] “let",
        ),
        dict(
            c="the BBC: “[[So far what we know is>>]]",
            k="direct",
            s="[[Parish]] told the BBC",
            e="=",
            cue="Parish [[told]] the BBC",
            x=[
                "“[[In all the time I’ve watched football>>]]",
                "“[[And I think he needs to have a long, hard look>>]]",
                "“[[It’s very difficult for me to talk>>]]",
                "“[[They’re all professionals out there>>]]",
            ],
        ),
    ],
    events=[
        dict(
            t="to meet a through ball and [[kicked]] the Palace striker",
            ty="Conflict.Attack",
            Attacker="when [[Roberts]] was rushing",
            Target="kicked [[the Palace striker]] in the head",
            Place="first half at [[Selhurst Park]] when",
        ),
        dict(
            t="Mateta was [[taken off]] the pitch",
            ty="Movement.Transport",
            Artifact="[[Mateta]] was taken off",
            Origin="taken off [[the pitch]] on a stretcher",
            Vehicle="on [[a stretcher]] after",
        ),
        dict(t="a bad [[gash]] behind his ear", ty="Life.Injure", Victim="know is [[he]]’s got a bad gash"),
        dict(t="and a head [[injury]], obviously", ty="Life.Injure", Victim="know is [[he]]’s got a bad gash"),
    ],
)

_LL = "NEW YORK (AP) — [[Lumber Liquidators]] CEO"

DOCS["n09_ktar_ap_lumber_liquidators_ceo"] = dict(
    furniture=[
        ("[[UNITED STATES NEWS]]", "navigation"),
        ("[[Lumber Liquidators CEO quits, catching company off guard]]", "headline"),
        ("[[May 21, 2015, 7:24 AM]]", "timestamp"),
        (
            "[[FILE – In this March 12, 2015 file photo, a man walks past a Lumber Liquidators store in Phil...]]",
            "caption",
        ),
        (
            "[[FILE - In this March 12, 2015 file photo, a man walks past a Lumber Liquidators store in Philadelphia. Lumber Liquidators CEO Robert Lynch has abruptly quit the company that is embroiled in an investigation over products imported from China. Shares tumbled more than 18 percent in premarket trading Thursday, May 21, 2015.]] (AP Photo",
            "caption",
        ),
        ("May 21, 2015. [[(AP Photo/Matt Slocum)]]", "photo_credit"),
        ("\n\n[[(AP Photo/Matt Slocum)]]\n\nNEW YORK", "photo_credit"),
        ("[[NEW YORK (AP) —]]", "dateline"),
    ],
    quotes=[
        dict(
            c="resigned “[[unexpectedly]]” and",
            k="partial",
            s="[[The company]] said Lynch",
            e=_LL,
            cue="The company [[said]] Lynch",
        ),
        dict(
            c="said that [[it had suspended the sale of all laminate flooring made in China]] after disclosing",
            k="indirect",
            s="[[The company]] earlier this month said",
            e=_LL,
            cue="earlier this month [[said]] that",
        ),
        dict(
            c="disclosing that [[the Justice Department is seeking criminal charges against it]]. At the time",
            k="indirect",
            s="[[The company]] earlier this month said",
            e=_LL,
            cue="after [[disclosing]] that",
        ),
        dict(
            c="said that [[it decided to suspend the sales while a board committee completes a review of its sourcing compliance program]].",
            k="indirect",
            s="At the time [[Lumber Liquidators]] said",
            e="=",
            cue="At the time Lumber Liquidators [[said]] that",
        ),
        dict(
            c="first reported in March that [[the Chinese-made laminate flooring contained high levels of the carcinogen formaldehyde]].",
            k="indirect",
            s="[[The CBS news show “60 Minutes”]] first",
            e="The CBS news show “[[60 Minutes]]” first",
            cue="first [[reported]] in March",
        ),
        dict(
            c="It has said that [[more than 97 percent of the kits from customers with laminate flooring from China showed formaldehyde air concentrations that fell within World Health Organization guidelines]].",
            k="indirect",
            s="[[It]] has said that more",
            e=_LL,
            cue="It has [[said]] that more",
        ),
        dict(
            c="has said that [[it has stopped buying Chinese laminate flooring for now, opting instead for products from parts of Europe and North America]].",
            k="indirect",
            s="[[The company]] has said that it has stopped",
            e=_LL,
            cue="The company has [[said]] that it has stopped",
        ),
        dict(
            c="[[Lynch, who also served as president and a director, was in the CEO position since January 2012]], according",
            k="indirect",
            s="according to [[CapitalIQ]].",
            e="=",
            cue="2012, [[according to]] CapitalIQ",
        ),
    ],
    events=[
        dict(
            t="(AP) — Lumber Liquidators CEO Robert Lynch has abruptly [[quit]] the company",
            ty="Personnel.End-Position",
            Person="(AP) — Lumber Liquidators CEO [[Robert Lynch]] has",
            Entity="(AP) — Lumber Liquidators CEO Robert Lynch has abruptly quit [[the company]] that",
            Position="(AP) — Lumber Liquidators [[CEO]] Robert",
        ),
        dict(
            t="embroiled in an [[investigation]] over products imported from China.\n\nShares",
            ty="Justice.Investigate",
            Patient="(AP) — Lumber Liquidators CEO Robert Lynch has abruptly quit [[the company]] that",
        ),
        dict(
            t="products [[imported]] from China.\n\nShares",
            ty="Movement.Transport",
            Artifact="over [[products]] imported from China.\n\nShares",
            Origin="imported from [[China]].\n\nShares",
        ),
        dict(t="Lynch [[resigned]] “unexpectedly”", ty="Personnel.End-Position", Person="said [[Lynch]] resigned"),
        dict(t="details on the [[resignation]] when", ty="Personnel.End-Position"),
        dict(
            t="had suspended the [[sale]] of all",
            ty="Transaction.Transfer-Ownership",
            Seller="said that [[it]] had suspended",
            Artifact="the sale of [[all laminate flooring made in China]] after",
        ),
        dict(
            t="after [[disclosing]] that",
            ty="Contact.Statement",
            Agent="[[The company]] earlier this month said",
        ),
        dict(
            t="seeking criminal [[charges]] against it",
            ty="Justice.Charge-Indict",
            Prosecutor="that [[the Justice Department]] is seeking",
            Defendant="charges against [[it]]. At the time",
        ),
        dict(
            t="decided to suspend the [[sales]] while",
            ty="Transaction.Transfer-Ownership",
            Seller="said that [[it]] decided",
        ),
        dict(
            t="Lumber Liquidators has [[sent]] thousands",
            ty="Movement.Transport",
            Agent="[[Lumber Liquidators]] has sent",
            Artifact="sent [[thousands of free air testing kits]] to",
            Destination="testing kits to [[customers]] since",
            Time="customers [[since early March]].",
        ),
        dict(
            t="stopped [[buying]] Chinese",
            ty="Transaction.Transfer-Ownership",
            Buyer="said that [[it]] has stopped",
            Artifact="buying [[Chinese laminate flooring]] for now",
        ),
    ],
)

DOCS["n10_aghires_dtn_bayer_monsanto"] = dict(
    furniture=[
        ("[[Deal Creates Another Major Giant in Seed, Technology, Ag Chemicals]]", "subhead"),
        ("[[OMAHA (DTN) —]]", "dateline"),
        ("[[Read more here…]]", "related"),
        ("[[Want more Ag News? Click here]]", "promo"),
        ("[[Follow us on Facebook and Twitter.]]", "social"),
        ("[[Sign Up for Our Email Newsletter>>]]", "subscription"),
        ("[[Tweet about this on TwitterShare>>]]", "social"),
    ],
    quotes=[
        dict(
            c="announced early Wednesday [[they had come to terms on a merger with Bayer acquiring Monsanto for $128 a share in an all-cash transaction]].",
            k="indirect",
            s="(DTN) — [[Bayer and Monsanto]] announced",
            e="=",
            cue="Monsanto [[announced]] early",
        ),
        dict(
            c="“[[We are pleased to announce the combination of our two great organizations,]]” said",
            k="direct",
            s="said [[Werner Baumann]], CEO",
            e="=",
            cue="organizations,” [[said]] Werner",
            x=["news release. “[[This represents>>]]"],
        ),
    ],
    events=[
        dict(
            t="Monsanto [[announced]] early Wednesday",
            ty="Contact.Statement",
            Agent="(DTN) — [[Bayer and Monsanto]] announced",
            Time="announced [[early Wednesday]] they",
        ),
        dict(t="they had [[come to terms]] on a merger", ty="Business.Deal", Agent="Wednesday [[they]] had come"),
        dict(t="on a [[merger]] with Bayer", ty="Business.Merge-Org", Org="Wednesday [[they]] had come"),
        dict(
            t="with Bayer [[acquiring]] Monsanto",
            ty="Transaction.Transfer-Ownership",
            Buyer="with [[Bayer]] acquiring",
            Artifact="acquiring [[Monsanto]] for $128",
            Price="for [[$128 a share]] in an",
        ),
        dict(t="all-cash [[transaction]].", ty="Transaction.Transfer-Ownership"),
        dict(
            t="unanimously [[approved]] the agreement",
            ty="Election.Vote",
            Agent="[[The boards for both companies]] unanimously",
            Patient="approved [[the agreement]].",
        ),
        dict(t="approved the [[agreement]].", ty="Business.Deal"),
        dict(t="the $128-a-share [[deal]] equates", ty="Business.Deal"),
        dict(t="puts the [[deal]] value", ty="Business.Deal"),
        dict(t="pleased to [[announce]] the combination", ty="Contact.Statement", Agent="“[[We]] are pleased"),
        dict(
            t="announce the [[combination]] of our",
            ty="Business.Merge-Org",
            Org="combination of [[our two great organizations]],”",
        ),
        dict(
            t="initially [[offered]] $122",
            ty="Transaction.Transfer-Ownership",
            Buyer="The Germany-based [[Bayer]] initially",
            Price="offered [[$122 a share]] in May",
            Time="a share in [[May]] and came",
        ),
        dict(
            t="a share [[offer]] in July",
            ty="Transaction.Transfer-Ownership",
            Price="with a [[$125 a share]] offer",
            Time="offer in [[July]].",
        ),
        dict(
            t="increased the [[offer]] to $127.50",
            ty="Transaction.Transfer-Ownership",
            Buyer="Last week, [[Bayer]] increased",
            Price="offer to [[$127.50]].",
            Time="[[Last week]], Bayer increased",
        ),
    ],
)

DOCS["n11_upi_lucy_neighbor_species"] = dict(
    furniture=[
        ("[[Advertisement]]\n\nLucy", "promo"),
        ("[[Lucy had a neighbor, new early human species discovered]]", "headline"),
        (
            '[["This new species from Ethiopia takes the ongoing debate on early hominin diversity to another level," said lead researcher Yohannes Haile-Selassie.]]',
            "pullquote",
        ),
        ("[[By Brooks Hays]]", "byline"),
        ("Hays\n[[A jaw fossil, which researchers say is evidence of a new early human species.]] Photo", "caption"),
        (
            "Hays\nA jaw fossil, which researchers say is evidence of a new early human species. [[Photo by Cleveland Museum of Natural History/Nature]]\nA jaw",
            "photo_credit",
        ),
        ("Nature\n[[A jaw fossil, which researchers say is evidence of a new early human species.]] Photo", "caption"),
        (
            "Nature\nA jaw fossil, which researchers say is evidence of a new early human species. [[Photo by Cleveland Museum of Natural History/Nature]]\n\nCLEVELAND",
            "photo_credit",
        ),
        ("[[CLEVELAND, May 27 (UPI) --]]", "dateline"),
        ("bones.\n\n[[Advertisement]]", "promo"),
        ('hypotheses."\n\n[[Advertisement]]', "promo"),
    ],
    quotes=[
        dict(
            c="discovery say [[they even found A. afarensis alongside A. deyiremeda fossils at the revelatory dig site]].",
            k="indirect",
            s="[[The researchers responsible for the latest discovery]] say",
            cue="latest discovery [[say]] they",
        ),
        dict(
            c='"[[This new species from Ethiopia takes the ongoing debate on early hominin diversity to another level,]]" lead researcher',
            k="direct",
            s="lead researcher [[Yohannes Haile-Selassie]], a scientist",
            e="=",
            cue="Natural History, [[said]] in a press release",
        ),
        dict(
            c='"[[Some of our colleagues are going to be skeptical about this new species, which is not unusual,]]"',
            k="direct",
            s='," [[Haile-Selassie]] acknowledged',
            e="=",
            cue="Haile-Selassie [[acknowledged]]",
            x=['acknowledged. "[[However, I think>>]]'],
        ),
    ],
    events=[
        dict(
            t="said in a press [[release]]",
            ty="Contact.Statement",
            Agent="lead researcher [[Yohannes Haile-Selassie]], a scientist",
        ),
    ],
)
