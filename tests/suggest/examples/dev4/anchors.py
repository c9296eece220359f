"""Events gold for examples/dev4 (issue 11, events pass two), written by reading the texts before any run.

Built by ../../devset/build_devset.py. Quotes are not annotated here (empty lists); furniture only where
it would hide events (headlines, captions, chrome), so that events inside it are not counted.
"""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

DOCS["f01_dailypostvu_speaker_elected"] = dict(
    furniture=[
        ("[[Former Sports Minister Elected Speaker]] \n", "headline"),
        (
            "[[MP Seule Simeon was elected as the new Speaker of Parliament yesterday, less than 24 hours after his resignation as Minister of Youth and Sports.]]",
            "caption",
        ),
        ("[[Photo: File]]", "photo_credit"),
        ("[[(0) comments]]", "social"),
    ],
    quotes=[],
    events=[
        dict(
            t="has been [[elected]] Speaker of Parliament.",
            ty="Personnel.Elect",
            Person="Youth and Sports, [[Seule Simeon]], has been",
            Position="elected [[Speaker of Parliament]].",
        ),
        dict(t="The [[election]] took place", ty="Personnel.Elect", Time="took place [[yesterday afternoon]]"),
        dict(
            t="after his [[resignation]] as Sports Minister",
            ty="Personnel.End-Position",
            Person="after [[his]] resignation as Sports",
            Position="resignation as [[Sports Minister]]",
        ),
        dict(
            t="voluntary tendered his [[resignation]] yesterday",
            ty="Personnel.End-Position",
            Person="Former Speaker [[Esmon Saimon]] voluntary",
            Time="resignation [[yesterday morning]] before",
        ),
        dict(t="the motion to [[remove]] him", ty="Personnel.End-Position", Person="to remove [[him]] and his"),
        dict(t="wishes to [[resign]] he", ty="Personnel.End-Position", Person="if [[the speaker]] wishes"),
        dict(t="on which the [[resignation]] shall", ty="Personnel.End-Position"),
        dict(
            t="Saimon tendered his [[resignation]] and addressed",
            ty="Personnel.End-Position",
            Person="Speaker [[Saimon]] tendered",
        ),
        dict(t="a notice of [[resignation]] had been", ty="Personnel.End-Position"),
        dict(t="To [[elect]] a speaker", ty="Personnel.Elect"),
        dict(t="debate for the [[election]] of speaker", ty="Personnel.Elect"),
        dict(t="presided the [[election]] of the new", ty="Personnel.Elect"),
        dict(t="declined the [[nomination]]", ty="Personnel.Nominate", Person="Mr [[Macreveth]] declined"),
        dict(t="Simeon was [[elected]] with 29", ty="Personnel.Elect", Person="Mr [[Simeon]] was elected"),
        dict(t="with 29 [[votes]] and", ty="Election.Vote"),
        dict(
            t="Chadrach was [[elected]] as the second",
            ty="Personnel.Elect",
            Person="MP [[Gracia Chadrach]] was",
            Position="as [[the second deputy speaker of parliament]]",
        ),
    ],
)

DOCS["f02_cebucircle_ap_australia_speaker"] = dict(
    furniture=[
        ("[[Sign in]]\nSponsored", "social"),
        ("[[Sponsored Links]]", "promo"),
        ("[[Welcome, Guest]]", "social"),
        ("Guest\n\n[[New House speaker strengthens Australian gov't]]\n(1", "headline"),
        ("[[(1 viewing) (1) Guest]]", "social"),
        ("[[Politics & Current Events]]", "navigation"),
        ("[[• Page:]]", "navigation"),
        ("Page:\n  [[• 1]]", "navigation"),
        ("[[TOPIC: New House speaker strengthens Australian gov't]]", "headline"),
        ("[[New House speaker strengthens Australian gov't 6 years, 11 months ago #1319]]", "headline"),
        ("[[CANBERRA, Australia (AP) —]]", "dateline"),
    ],
    quotes=[],
    events=[
        dict(
            t="Australia's Parliament [[elected]] an opposition",
            ty="Personnel.Elect",
            Entity="[[Australia's Parliament]] elected",
            Person="elected [[an opposition lawmaker]] as",
            Time="speaker on [[Thursday]], an unprecedented",
        ),
        dict(t="speaker does not [[vote]] in most", ty="Election.Vote", Agent="because [[the speaker]] does not vote"),
        dict(
            t="The [[election]] of Peter Slipper", ty="Personnel.Elect", Person="election of [[Peter Slipper]] follows"
        ),
        dict(
            t="the surprise [[resignation]] Thursday",
            ty="Personnel.End-Position",
            Person="of speaker [[Harry Jenkins]], a member",
            Time="resignation [[Thursday]] of speaker",
        ),
        dict(t="Labor's first [[election]] to power", ty="Personnel.Elect", Person="anniversary of [[Labor]]'s first"),
        dict(t="The speaker can only [[vote]] to break", ty="Election.Vote", Agent="[[The speaker]] can only vote"),
        dict(t="last year's [[elections]], an", ty="Personnel.Elect", Time="in [[last year]]'s elections"),
        dict(t="an additional [[vote]] in the chamber", ty="Election.Vote"),
        dict(
            t="by [[accepting]] the speaker's job", ty="Personnel.Start-Position", Person="[[Slipper]] defied his own"
        ),
        dict(t="lawmakers on most [[votes]].", ty="Election.Vote"),
        dict(t="up to 74 [[votes]], but", ty="Election.Vote"),
        dict(t="unless a [[vote]] is tied", ty="Election.Vote"),
        dict(
            t="the government's [[nomination]] as speaker",
            ty="Personnel.Nominate",
            Person="which [[he]] defied by accepting",
            Agent="accepting [[the government]]'s nomination",
        ),
        dict(t="at [[elections]] due in 2013", ty="Personnel.Elect", Time="due in [[2013]]"),
    ],
)

DOCS["f03_freshfruitportal_monsanto_bayer_vote"] = dict(
    furniture=[("[[Monsanto shareholders approve Bayer deal]]\nShareholders", "headline")],
    quotes=[],
    events=[
        dict(
            t="have [[given the green light]] to a",
            ty="Election.Vote",
            Agent="[[Shareholders]] of Monsanto Company",
            Patient="to [[a US$66 billion takeover]] from",
        ),
        dict(
            t="US$66 billion [[takeover]] from",
            ty="Transaction.Transfer-Ownership",
            Buyer="German multinational [[Bayer AG]].",
            Price="a [[US$66 billion]] takeover",
            Artifact="Shareholders of [[Monsanto Company]] (NYSE",
        ),
        dict(t="the [[merger]] would combine", ty="Business.Merge-Org"),
        dict(t="99% of all [[votes]] cast", ty="Election.Vote"),
        dict(
            t="in favor of a [[merger]] with",
            ty="Business.Merge-Org",
            Org="with [[a wholly owned subsidiary of Bayer Aktiengesellschaft]]",
        ),
        dict(t="through a [[transaction]] that would", ty="Transaction.Transfer-Ownership"),
        dict(
            t="shareholders [[receiving]] US$128",
            ty="Transaction.Transfer-Money",
            Recipient="would see [[Monsanto shareholders]] receiving",
            Money="receiving [[US$128 per share]] in cash",
        ),
        dict(t="once the [[merger]] is closed", ty="Business.Merge-Org"),
        dict(
            t="we work to [[combine]] our two",
            ty="Business.Merge-Org",
            Org="combine [[our two complementary companies]]",
        ),
        dict(t="said the [[acquisition]] was driven", ty="Transaction.Transfer-Ownership"),
        dict(t="that this [[combination]] could", ty="Business.Merge-Org"),
        dict(t="completing the [[transaction]] and", ty="Transaction.Transfer-Ownership"),
        dict(t="The [[transaction]] is subject", ty="Transaction.Transfer-Ownership"),
    ],
)

DOCS["f04_chinagate_xinhua_mcdonnell_sentenced"] = dict(
    furniture=[
        ("[[Virginia ex-governor gets 2 years in prison for corruption]]\nXinhua", "headline"),
        ("[[Xinhua, January 7, 2015]]", "byline"),
        ("[[Adjust font size:]]", "navigation"),
    ],
    quotes=[],
    events=[
        dict(
            t="was [[sentenced]] on Tuesday to two",
            ty="Justice.Sentence",
            Defendant="[[Robert McDonnell]], former governor",
            Time="sentenced on [[Tuesday]] to two",
            Sentence="to [[two years in prison]] for",
            Crime="for [[taking bribes]].",
        ),
        dict(
            t="who imposed the [[sentence]] at a courtroom",
            ty="Justice.Sentence",
            Adjudicator="District Judge [[James Spencer]], who",
            Place="at [[a courtroom in Virginia]], said",
        ),
        dict(
            t="governor be [[sentenced]] to mere",
            ty="Justice.Sentence",
            Defendant="that [[the former governor]] be sentenced",
            Sentence="to [[mere community service]].",
        ),
        dict(t="was also [[convicted]] in the case", ty="Justice.Convict", Defendant="[[Maureen]], wife of McDonnell"),
        dict(
            t="scheduled to be [[sentenced]] on Feb. 20",
            ty="Justice.Sentence",
            Defendant="[[She]] is scheduled",
            Time="sentenced on [[Feb. 20]].",
        ),
        dict(t="will certainly [[appeal]] his", ty="Justice.Appeal", Defendant="Though [[McDonnell]] will certainly"),
        dict(t="appeal his [[conviction]], the", ty="Justice.Convict", Defendant="appeal [[his]] conviction"),
        dict(t="conviction, the [[sentence]] brings", ty="Justice.Sentence"),
        dict(
            t="his wife were [[convicted]] of public",
            ty="Justice.Convict",
            Defendant="when [[McDonnell and his wife]] were convicted",
            Crime="convicted of [[public corruption]].",
            Time="climax in [[September]] when",
        ),
        dict(
            t="the businessman [[gave]] the McDonnells",
            ty="Transaction.Transfer-Money",
            Giver="exchange, [[the businessman]] gave",
            Recipient="gave [[the McDonnells]] 177,000",
            Money="the McDonnells [[177,000 dollars]] in loans",
        ),
        dict(
            t="the McDonnells at [[trial]] in exchange",
            ty="Justice.Trial-Hearing",
            Defendant="against [[the McDonnells]] at trial",
        ),
    ],
)

DOCS["f05_clickorlando_fernandez_sentenced"] = dict(
    furniture=[
        ("[[Mildred Fernandez sentenced to 22.43 months]]\n\nFernandez", "headline"),
        ("[[Fernandez must also serve 4 years probation, pay $14,000 in fines]]", "subhead"),
        ("[[ORLANDO, Fla. –]]", "dateline"),
    ],
    quotes=[],
    events=[
        dict(
            t="Fernandez was [[sentenced]] to 22.43",
            ty="Justice.Sentence",
            Defendant="\n\n[[Fernandez]] was sentenced to",
            Sentence="sentenced to [[22.43 months in prison]] and",
            Adjudicator="by Judge [[C. Jeffery Arnold]] for",
            Crime="for [[campaign finance violations]] that",
        ),
        dict(t="four years of [[probation]] by Judge", ty="Justice.Sentence"),
        dict(
            t="videotaped [[accepting]] an envelope",
            ty="Transaction.Transfer-Money",
            Recipient="where [[she]] was videotaped",
            Money="with [[five thousand dollars]] in cash",
        ),
        dict(
            t="also pay $14,000 in [[fines]]\n\nBefore",
            ty="Justice.Fine",
            Entity="[[Fernandez]] must also pay",
            Money="also pay [[$14,000]] in",
        ),
        dict(t="the judge [[announced]] his decision", ty="Contact.Statement", Agent="Before [[the judge]] announced"),
        dict(t='"I [[lost]] my job.', ty="Personnel.End-Position"),
        dict(t="by [[pleading]] no contest", ty="Justice.Convict"),
        dict(t="no contest to the [[charges]], the judge", ty="Justice.Charge-Indict"),
        dict(
            t="bound to [[sentence]] the 66-year",
            ty="Justice.Sentence",
            Adjudicator="charges, [[the judge]] was bound",
            Defendant="sentence [[the 66-year old]] by",
        ),
    ],
)

DOCS["f06_alarinka_west_brom_sack"] = dict(
    furniture=[
        ("[[Wednesday, 31 December 2014]]", "timestamp"),
        ("2014\n\n[[West Brom Sack Coach]]\n\nWest", "headline"),
        ("[[West Brom Sack Coach]]  \n", "headline"),
        ("[[Published on December 30, 2014 by    ·]]", "byline"),
        ("[[•West Brom coach, Alan Irvine: Sacked]]\nWest Brom have", "caption"),
        ("[[•West Brom coach, Alan Irvine: Sacked]]\nA significant", "caption"),
    ],
    quotes=[],
    events=[
        dict(
            t="has been [[sacked]] as the club",
            ty="Personnel.End-Position",
            Person="confirmed that [[Alan Irvine]], coach of",
            Entity="\n[[West Brom]] have confirmed",
            Position="as [[the club’s manager]].",
        ),
        dict(
            t="The 56-year-old [[leaves]] the Hawthorns",
            ty="Personnel.End-Position",
            Person="[[The 56-year-old]] leaves",
        ),
        dict(
            t="but [[leaves]] the club following",
            ty="Personnel.End-Position",
            Person="\n[[Irvine]] was able to guide",
            Entity="leaves [[the club]] following",
        ),
        dict(
            t="the players Irvine [[signed]] have",
            ty="Personnel.Start-Position",
            Person="number of [[the players]] Irvine",
        ),
        dict(
            t="is record [[purchase]] Super Eagles",
            ty="Transaction.Transfer-Ownership",
            Artifact="player, [[Ideye]], who cost",
            Price="cost [[£10million]] but",
        ),
        dict(
            t="West Brom have also [[announced]] that",
            ty="Contact.Statement",
            Agent="\n[[West Brom]] have also announced",
        ),
        dict(
            t="will [[take charge]] of the team",
            ty="Personnel.Start-Position",
            Person="head coach [[Rob Kelly]], along",
        ),
        dict(
            t="expect to [[name]] Irvine",
            ty="Personnel.Start-Position",
            Person="name [[Irvine’s permanent successor]] by",
            Time="by [[the weekend]].",
        ),
        dict(
            t="We [[appointed]] Alan in",
            ty="Personnel.Start-Position",
            Entity="“[[We]] appointed Alan",
            Person="appointed [[Alan]] in the summer",
            Time="in [[the summer]] convinced",
        ),
        dict(
            t="we had [[taken on]] one of",
            ty="Personnel.Start-Position",
            Entity="that [[we]] had taken on",
            Person="taken on [[one of the foremost coaches in the UK]]",
        ),
    ],
)

DOCS["f07_sott_rt_trump_london_protests"] = dict(
    furniture=[
        ("[[date 2019-06-05]]", "timestamp"),
        ("[[© Reuters / Clodagh Kilcoyne]]", "photo_credit"),
    ],
    quotes=[],
    events=[
        dict(t="Donald Trump [[met]] with Prime", ty="Contact.Meet", Entity="President [[Donald Trump]] met"),
        dict(
            t="turned out to [[protest]] the American",
            ty="Conflict.Demonstrate",
            Entity="[[droves of demonstrators]] turned out",
        ),
        dict(
            t="state [[visit]]. Tensions", ty="Movement.Transport", Artifact="protest [[the American leader]]'s state"
        ),
        dict(t="high and the [[protests]] spilled", ty="Conflict.Demonstrate"),
        dict(
            t="police [[wrestled]] at least",
            ty="Conflict.Attack",
            Attacker="a contingent of [[police]] wrestled",
            Target="wrestled [[at least two of the protesters]] to",
        ),
        dict(
            t="demonstrators [[clashed]] with the anti-Trump",
            ty="Conflict.Attack",
            Attacker="Britain and [[these demonstrators]] clashed",
            Target="with [[the anti-Trump crowd]].",
        ),
        dict(t="Tuesday's [[protests]] came", ty="Conflict.Demonstrate", Time="chaos\".[[Tuesday]]'s protests"),
        dict(
            t="similar [[scuffles]] broke out",
            ty="Conflict.Attack",
            Place="outside [[Buckingham Palace]] on",
            Time="Palace on [[Monday]], as Trump",
        ),
        dict(t="Trump [[dined]] with Queen", ty="Contact.Meet", Entity="as [[Trump]] dined"),
        dict(
            t="at a [[press conference]] with May",
            ty="Contact.Statement",
            Agent="on Tuesday, [[Trump]] hailed",
            Time="with May on [[Tuesday]], Trump",
        ),
        dict(t="coverage of the [[protests]] against", ty="Conflict.Demonstrate"),
    ],
)

DOCS["f08_mediaite_blagojevich_sentenced"] = dict(
    furniture=[
        ("[[Rod Blagojevich Sentenced To 14 Years In Federal Prison]]\n\nDisgraced", "headline"),
        ("[[Watch Fox News announce the sentencing below:]]", "video"),
        ("[[Have a tip we should know?]]", "promo"),
        ("[[Filed Under:]]", "related"),
        ("[[  1. Mediaite]]", "related"),
        ("[[  2. The Mary Sue]]", "related"),
        ("[[  3. RunwayRiot]]", "related"),
        ("[[  4. Law & Crime]]", "related"),
        ("[[  5. SportsGrid]]", "related"),
        ("[[  6. AmboTV]]", "related"),
        ("[[  7. Gossip Cop]]", "related"),
    ],
    quotes=[],
    events=[
        dict(
            t="Blagojevich was [[sentenced]] to 14 years",
            ty="Justice.Sentence",
            Defendant="Illinois governor [[Rod Blagojevich]] was",
            Sentence="sentenced to [[14 years in prison]] and",
            Time="fine [[today]].",
        ),
        dict(
            t="a $25,000 [[fine]] today",
            ty="Justice.Fine",
            Entity="Illinois governor [[Rod Blagojevich]] was",
            Money="a [[$25,000]] fine",
        ),
        dict(t="He does not stand [[convicted]]", ty="Justice.Convict", Defendant="“[[He]] does not stand"),
        dict(t="prior to the [[sentence]] nervously", ty="Justice.Sentence"),
    ],
)
