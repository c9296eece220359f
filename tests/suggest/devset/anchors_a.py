"""Part A of the held-out set (issue 11): hand-written anchors, in build_devset.py's format.

Every span is a unique snippet of the body text with the target in double brackets,
`left [[target]] right`. Quotes: c content, k kind, s speaker mention, e the named mention it
resolves to ("=" when the speaker mention is itself the name), cue, x further parts. Events: t
trigger, ty type, and arguments by ACE role name. Furniture: (anchor, kind).
Written by reading the texts only (see NOTES_A.md for the decisions taken).
"""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

DOCS["n01_moderatevoice_delay_sentenced"] = dict(
    furniture=[
        ("[[Pages Menu]]", "navigation"),
        ("[[Categories Menu]]", "navigation"),
        ("[[Posted by on Jan 10, 2011 in Breaking News, Law, Places, Politics, Society | 0 comments]]", "byline"),
        ("comments\n\n[[Tom DeLay Sentenced to Three Years in Prison]]\n\nThe Austin", "headline"),
        ("[[UPDATED:]] Travis County", "timestamp"),
        ("[[UPDATED NOON:]] Tom DeLay", "timestamp"),
        ("[[For more news and updates click here]]", "related"),
    ],
    quotes=[
        dict(
            c="reports:\n\n[[Judge Pat Priest sentenced Tom DeLay to three years in prison.]]",
            k="indirect",
            s="[[The Austin American-Statesman]] reports",
            e="=",
            cue="American-Statesman [[reports]]:",
        ),
        dict(
            c="prosecutors argued that [[Tom DeLay should go to prison today]].",
            k="indirect",
            s="UPDATED: [[Travis County prosecutors]] argued",
            e="=",
            cue="prosecutors [[argued]] that",
        ),
        dict(
            c="“[[He needs to go to prison, your Honor, and he needs to go today,]]” said",
            k="direct",
            s="said prosecutor [[Steven Brand]].",
            e="=",
            cue="today,” [[said]] prosecutor",
        ),
        dict(
            c="Brand said [[the judge could send a message that no one is above the law]].",
            k="indirect",
            s="[[Brand]] said the judge",
            e="=",
            cue="Brand [[said]] the judge",
        ),
        dict(
            c="Dick DeGuerin, said [[the jury’s verdict sent a message]].",
            k="indirect",
            s="DeLay’s lawyer, [[Dick DeGuerin]], said",
            e="=",
            cue="Dick DeGuerin, [[said]] the jury’s",
        ),
        dict(
            c="“[[Tom DeLay was convicted of a felony,]]” he said.",
            k="direct",
            s="felony,” [[he]] said.",
            e="DeLay’s lawyer, [[Dick DeGuerin]], said",
            cue="felony,” he [[said]].",
            x=["he said. “[[That alone is consequence is enough.]]”"],
        ),
        dict(
            c="DeGuerin said [[his client accepts the jury’s verdict but does not agree with it and will fight it]].",
            k="indirect",
            s="[[DeGuerin]] said his client",
            e="=",
            cue="DeGuerin [[said]] his client",
        ),
        dict(
            c="UPDATED NOON: [[Tom DeLay will speak to the court during the final phase of his sentencing hearing]], his lawyer",
            k="indirect",
            s="his lawyer [[Dick DeGuerin]] said.",
            e="=",
            cue="Dick DeGuerin [[said]].\n\nThe hearing",
        ),
        dict(
            c="stressing that [[the former U.S. House majority leader has not accepted responsibility or expressed remorse after a jury convicted him in November on money laundering and conspiracy charges]].",
            k="indirect",
            s="[[Prosecutors]] are seeking",
            e="UPDATED: [[Travis County prosecutors]] argued",
            cue="jail time, [[stressing]] that",
        ),
    ],
    events=[
        dict(
            t="Judge Pat Priest [[sentenced]] Tom DeLay",
            ty="Justice.Sentence",
            Adjudicator="Judge [[Pat Priest]] sentenced",
            Defendant="sentenced [[Tom DeLay]] to three years",
            Sentence="to [[three years in prison]].\n\nThe three-year",
        ),
        dict(
            t="The three-year [[sentence]] was",
            ty="Justice.Sentence",
            Sentence="The [[three-year]] sentence",
            Crime="the charge of [[conspiring to launder corporate money into political donations]] during",
        ),
        dict(
            t="was on the [[charge]] of conspiring",
            ty="Justice.Charge-Indict",
            Crime="the charge of [[conspiring to launder corporate money into political donations]] during",
        ),
        dict(t="during the 2002 [[elections]].", ty="Personnel.Elect", Time="during the [[2002]] elections"),
        dict(
            t="On the [[charge]] of money laundering",
            ty="Justice.Charge-Indict",
            Defendant="laundering, [[DeLay]] was sentenced",
            Crime="On the charge of [[money laundering]], DeLay",
        ),
        dict(
            t="DeLay was [[sentenced]] to five years",
            ty="Justice.Sentence",
            Defendant="laundering, [[DeLay]] was sentenced",
            Sentence="sentenced to [[five years]] but",
            Crime="On the charge of [[money laundering]], DeLay",
        ),
        dict(
            t="that was [[probated]] for 10 years",
            ty="Justice.Sentence",
            Sentence="probated for [[10 years]].",
        ),
        dict(
            t="Tom DeLay should [[go to prison]] today",
            ty="Justice.Arrest-Jail",
            Person="argued that [[Tom DeLay]] should go",
            Time="go to prison [[today]].\n",
        ),
        dict(
            t="“He needs to [[go to prison]], your Honor",
            ty="Justice.Arrest-Jail",
            Person="“[[He]] needs to go to prison",
        ),
        dict(
            t="Tom DeLay was [[convicted]] of a felony",
            ty="Justice.Convict",
            Defendant="“[[Tom DeLay]] was convicted",
            Crime="convicted of [[a felony]],",
        ),
        dict(
            t="final phase of his sentencing [[hearing]], his",
            ty="Justice.Trial-Hearing",
            Defendant="final phase of [[his]] sentencing hearing",
        ),
        dict(t="The [[hearing]] has broken", ty="Justice.Trial-Hearing"),
        dict(
            t="after a jury [[convicted]] him in November",
            ty="Justice.Convict",
            Adjudicator="after [[a jury]] convicted him",
            Defendant="a jury convicted [[him]] in November",
            Time="convicted him in [[November]] on",
            Crime="on [[money laundering and conspiracy]] charges",
        ),
        dict(
            t="money laundering and conspiracy [[charges]].",
            ty="Justice.Charge-Indict",
            Defendant="a jury convicted [[him]] in November",
            Crime="on [[money laundering and conspiracy]] charges",
        ),
    ],
)

DOCS["n02_shieldsgazette_two_hour_jail"] = dict(
    furniture=[
        ("[[Judge jails South Shields man caught in undercover drugs sting for TWO HOURS]]", "headline"),
        ("[[Lee Halcrow\nLee Halcrow]]\n\nA", "caption"),
    ],
    quotes=[
        dict(
            c="told the officer [[where she could buy crack cocaine]].",
            k="indirect",
            s="heard [[the 42-year-old]], Beach Road",
            e="[[Lee Halcrow]] was befriended",
            cue="South Shields, [[told]] the officer",
        ),
        dict(
            c="Newcastle Crown Court heard [[the 42-year-old, Beach Road, South Shields, told the officer where she could buy crack cocaine]].",
            k="indirect",
            cue="Newcastle Crown Court [[heard]] the",
        ),
        dict(
            c='told the court: "[[He was befriended by the undercover officer who he believed to be a user, so good was her cover.]]',
            k="direct",
            s="His barrister [[Andrew Rutter]] told",
            e="=",
            cue="Andrew Rutter [[told]] the court",
            x=['\n\n"[[She asked him where she could get gear and he told her and that was it.]]"'],
        ),
        dict(
            c="Judge Stephen Earl said [[Halcrow's was an unusual case because, despite having a long criminal background, he has now embraced help and support from agencies to make progress with his life]].",
            k="indirect",
            s="Judge [[Stephen Earl]] said",
            e="=",
            cue="Stephen Earl [[said]] Halcrow's",
        ),
        dict(
            c="The judge said [[the drugs offence was now 18 months old]] and added",
            k="indirect",
            s="[[The judge]] said the drugs",
            e="Judge [[Stephen Earl]] said",
            cue="The judge [[said]] the drugs",
        ),
        dict(
            c="and added: \"[[I won't say he's a saint, clearly he is not.]]\"",
            k="direct",
            s="[[The judge]] said the drugs",
            e="Judge [[Stephen Earl]] said",
            cue="old and [[added]]:",
        ),
        dict(
            c='But the judge said: "[[Rather than anything else, he is a facilitator, he introduced Joe and on no more than one occasion.]]"',
            k="direct",
            s="But [[the judge]] said:",
            e="Judge [[Stephen Earl]] said",
            cue="But the judge [[said]]:",
        ),
        dict(
            c="When Halcrow indicated [[he was unable to pay the fine today]], Judge",
            k="indirect",
            s="When [[Halcrow]] indicated",
            e="=",
            cue="When Halcrow [[indicated]] he",
        ),
        dict(
            c="sentence and said [[he must serve half]].",
            k="indirect",
            s="today, Judge [[Earl]] activated",
            e="=",
            cue="sentence and [[said]] he must",
        ),
        dict(
            c='at just before 1pm: "[[I order you to serve one day in custody.]]',
            k="direct",
            s="[[The judge]] told him at",
            e="Judge [[Stephen Earl]] said",
            cue="The judge [[told]] him at",
            x=[
                '\n\n"[[You will go downstairs where you will be held until 3pm, when you will be eligible for release, having served the sentence in lieu of the £200 fine.]]"'
            ],
        ),
    ],
    events=[
        dict(
            t="an undercover cop [[buy]] drugs",
            ty="Transaction.Transfer-Ownership",
            Buyer="helped [[an undercover cop]] buy",
            Artifact="buy [[drugs]] from",
            Seller="from [[a street dealer]] has",
        ),
        dict(
            t="has been [[jailed]] for an afternoon",
            ty="Justice.Sentence",
            Defendant='[[A "facilitator"]] who helped',
            Sentence="jailed for [[an afternoon]].",
        ),
        dict(
            t="drug user to [[snare]] suppliers",
            ty="Justice.Arrest-Jail",
            Agent="by [[the plain clothes policewoman]], who posed",
            Person="snare [[suppliers]] in Sunderland",
            Place="suppliers in [[Sunderland]] during",
            Time="sting in [[December 2015]].",
        ),
        dict(
            t="where she could [[buy]] crack cocaine",
            ty="Transaction.Transfer-Ownership",
            Buyer="where [[she]] could buy crack",
            Artifact="could buy [[crack cocaine]].",
        ),
        dict(
            t="Halcrow [[pleaded guilty]] to being",
            ty="Justice.Convict",
            Defendant="[[Halcrow]] pleaded guilty",
            Crime="guilty to [[being concerned in the supply of a Class A drug]].",
        ),
        dict(
            t="Judge Earl [[sentenced]] Halcrow to a",
            ty="Justice.Sentence",
            Adjudicator="Judge [[Earl]] sentenced Halcrow",
            Defendant="Earl sentenced [[Halcrow]] to a",
            Sentence="Halcrow to [[a £200 fine or face one day in prison]].",
        ),
        dict(
            t="to a £200 [[fine]] or face",
            ty="Justice.Fine",
            Adjudicator="Judge [[Earl]] sentenced Halcrow",
            Entity="Earl sentenced [[Halcrow]] to a",
            Money="to a [[£200]] fine or",
        ),
        dict(t="unable to pay the [[fine]] today", ty="Justice.Fine", Entity="indicated [[he]] was unable"),
        dict(
            t="activated the one day [[sentence]] and",
            ty="Justice.Sentence",
            Adjudicator="today, Judge [[Earl]] activated",
            Sentence="activated the [[one day]] sentence",
        ),
        dict(
            t="one day in [[custody]].",
            ty="Justice.Arrest-Jail",
            Person='"I order [[you]] to serve',
        ),
        dict(
            t="where you will be [[held]] until 3pm",
            ty="Justice.Arrest-Jail",
            Person="where [[you]] will be held",
            Time="held [[until 3pm]], when",
        ),
        dict(t="eligible for [[release]], having", ty="Justice.Release-Parole", Person="when [[you]] will be eligible"),
        dict(t="having served the [[sentence]] in lieu", ty="Justice.Sentence"),
        dict(t="in lieu of the £200 [[fine]].", ty="Justice.Fine", Money="in lieu of the [[£200]] fine"),
        dict(t="as he was [[led away]] to start", ty="Movement.Transport", Artifact="as [[he]] was led away"),
        dict(
            t="two hour [[sentence]] in the court cells",
            ty="Justice.Sentence",
            Defendant="as [[he]] was led away",
            Sentence="his [[just over two hour]] sentence",
            Place="sentence in [[the court cells]].",
        ),
    ],
)

DOCS["n03_guardian_leeds_labour_greens"] = dict(
    furniture=[
        ("[[Labour and Greens reach Leeds council power agreement: Updated]]", "headline"),
        ("[[Labour aims to take political control of Leeds following negotiations]]", "subhead"),
        ("[[Leeds civic hall]]\n", "caption"),
        ("[[Labour have announced plans to take control at Leeds Civic Hall.]] Photograph", "caption"),
        ("[[Photograph: Darren Cronian]]", "photo_credit"),
    ],
    quotes=[
        dict(
            c="[[Leeds council is set for new political rulers after the Leeds Labour group reached an agreement with the two-strong Green Party to form a minority adminstration]], it has been announced.",
            k="indirect",
            cue="it has been [[announced]].",
        ),
        dict(
            c="chief executive announcing that [[they intend to form a minority administration, supported by the Greens, which will see them take back control of the council from the Conservative/Liberal Democrat coalition that has run it for the past six years]].",
            k="indirect",
            s="[[Labour]] has today written",
            e="=",
            cue="chief executive [[announcing]] that",
        ),
        dict(
            c='said:\n\n"[[I am delighted to announce that, following successful negotiations with the Green Group to secure their support on key issues, I have today advised Paul Rogerson, chief executive of Leeds council, that the Labour Group intends to take control of the council.]]',
            k="direct",
            s="Councillor [[Keith Wakefield]], leader",
            e="=",
            cue="leader of the Labour Group, [[said]]:",
            x=[
                '\n\n"[[At the recent local elections, the Labour Group gained four seats, making it overwhelmingly the largest political group. I believe it is our duty to take responsibility for the council on that basis.]]',
                '\n\n"[[This is not a formal coalition, but we and the Green Group share several key aspirations for this city, and in particular, we look forward to working with them very closely on environmental issues.]]"',
            ],
        ),
        dict(
            c="this afternoon that [[he hoped the agreement would be formally ratified at the council AGM next Thursday, although there may yet be a challenge from the Conservatives and Liberal Democrats]].",
            k="indirect",
            s="[[Wakefield]] told me",
            e="=",
            cue="Wakefield [[told]] me",
        ),
    ],
    events=[
        dict(
            t="Labour group reached an [[agreement]] with",
            ty="Business.Deal",
            Agent="after [[the Leeds Labour group]] reached",
            Recipient="agreement with [[the two-strong Green Party]] to form",
        ),
        dict(
            t="it has been [[announced]].",
            ty="Contact.Statement",
        ),
        dict(t="week of tense [[negotiations]], the", ty="Contact.Negotiate"),
        dict(
            t="Blackburn have [[agreed]] a deal with Labour",
            ty="Business.Deal",
            Agent="[[the Green's husband and wife team of David and Ann Blackburn]] have",
            Recipient="a deal with [[Labour]] which",
        ),
        dict(
            t="see them [[vote]] with the Labour",
            ty="Election.Vote",
            Agent="will see [[them]] vote",
        ),
        dict(t="the budget, council [[AGM]] and", ty="Contact.Meet"),
        dict(t="and [[votes]] of no confidence", ty="Election.Vote"),
        dict(
            t="Labour has today [[written]] to",
            ty="Contact.Phone-Write",
            Entity="[[Labour]] has today written",
            Time="Labour has [[today]] written",
        ),
        dict(
            t="chief executive [[announcing]] that",
            ty="Contact.Statement",
            Agent="[[Labour]] has today written",
            Recipient="written to [[the chief executive]] announcing",
        ),
        dict(t='"I am delighted to [[announce]] that', ty="Contact.Statement", Agent='"[[I]] am delighted'),
        dict(
            t="following successful [[negotiations]] with",
            ty="Contact.Negotiate",
            Patient="negotiations with [[the Green Group]] to secure",
        ),
        dict(
            t="At the recent local [[elections]], the",
            ty="Personnel.Elect",
            Entity="elections, [[the Labour Group]] gained",
        ),
        dict(
            t="the Labour Group [[gained]] four seats",
            ty="Personnel.Elect",
            Person="elections, [[the Labour Group]] gained",
        ),
        dict(
            t="formally [[ratified]] at the council",
            ty="Election.Vote",
            Patient="he hoped [[the agreement]] would be",
            Time="council AGM [[next Thursday]], although",
        ),
        dict(
            t="at the council [[AGM]] next Thursday", ty="Contact.Meet", Time="council AGM [[next Thursday]], although"
        ),
        dict(
            t="will be [[revealed]] next week.",
            ty="Contact.Statement",
            Time="revealed [[next week]].",
        ),
        dict(
            t="Details of the [[deal]] between",
            ty="Business.Deal",
            Agent="deal between [[Labour and the Greens]] will",
        ),
    ],
)

DOCS["n04_vaildaily_ap_health_fix_senate"] = dict(
    furniture=[
        ("[[Senate OKs health care fix-it bill, House is next |]]", "headline"),
        ("|\n\n[[Senate OKs health care fix-it bill, House is next]]\n\nAssociated", "headline"),
        ("[[Associated Press Writer]]", "byline"),
        ("[[WASHINGTON –]] Democrats", "dateline"),
    ],
    quotes=[
        dict(
            c="Democrats say [[they do not expect any major problems and that their work should be finished by evening]].",
            k="indirect",
            s="[[Democrats]] say they",
            e="=",
            cue="Democrats [[say]] they",
        ),
    ],
    events=[
        dict(
            t="Democrats [[pushed]] legislation",
            ty="Election.Vote",
            Agent="– [[Democrats]] pushed",
            Patient="pushed [[legislation to reshape parts of the new health care overhaul law]] through",
            Place="through [[the Senate]] on Thursday",
            Time="the Senate on [[Thursday]] and sent",
        ),
        dict(
            t="give it final [[approval]] within hours",
            ty="Election.Vote",
            Agent="to [[the House of Representatives]], which was expected",
            Patient="to give [[it]] final approval",
            Time="approval [[within hours]].",
        ),
        dict(t="the Senate’s [[vote]] would ship", ty="Election.Vote", Agent="hoped [[the Senate’s]] vote"),
        dict(
            t="Both chambers must [[approve]] identical",
            ty="Election.Vote",
            Agent="[[Both chambers]] must approve",
            Patient="approve [[identical legislation]] before",
        ),
        dict(
            t="The Senate [[approved]] the measure by 56-43",
            ty="Election.Vote",
            Agent="[[The Senate]] approved the measure by",
            Patient="approved [[the measure]] by 56-43",
            Time="by 56-43 [[Thursday]], with",
        ),
        dict(t="in case his [[vote]] was needed", ty="Election.Vote", Agent="in case [[his]] vote"),
        dict(
            t="Republicans [[opposed]] the measure",
            ty="Election.Vote",
            Agent="[[all voting Republicans]] opposed",
            Patient="opposed [[the measure]], as did",
        ),
        dict(
            t="main legislation [[passed]] by Congress",
            ty="Election.Vote",
            Agent="passed by [[Congress]] over",
            Patient="companion to [[the main legislation]] passed",
            Time="Congress [[over the weekend]] and",
        ),
    ],
)

DOCS["n05_asianstandard_leeds_results"] = dict(
    furniture=[
        ("[[- Advertisement -spot_imgspot_imgspot_img]]", "promo"),
        ("[[12.8 C]]", "navigation"),
        ("[[Wednesday, May 22, 2024]]", "timestamp"),
        ("2024\n\n[[Leeds: Reaction and results – authority remains under the control of Labour]]", "headline"),
    ],
    quotes=[
        dict(
            c="he said [[the results were a condemnation of the ruling Conservative government]].",
            k="indirect",
            s="Speaking earlier today, [[he]] said",
            e="Council leader [[James Lewis]] held",
            cue="today, he [[said]] the results",
        ),
        dict(
            c="He said: “[[I think in many parts of Leeds today there’s  been a real endorsement of our work as a Labour administration as a council.]]",
            k="direct",
            s="[[He]] said: “I think in many",
            e="Council leader [[James Lewis]] held",
            cue="He [[said]]: “I think in many",
            x=[
                "\n\n“[[That’s down to the things we are doing to take the city forward. And it’s a real condemnation of 14 years of Tory austerity that they are struggling in many seats.]]",
                "\n\n“[[I think today shows that the next general election is going to be bad news for the Conservatives, and we need to get on with that general election.]]",
                "\n\n“[[And that will give people some hope there’s going to be some change coming in this country.]]",
                "\n\n“[[It’s clear what people want. They want rid of the Conservatives.]]”",
            ],
        ),
        dict(
            c="said: “[[All I want to say is it’s a big win for Armley, and to thank everybody.]]”",
            k="direct",
            s="An emotional [[Lou Cunningham]], who",
            e="=",
            cue="2,113 votes, [[said]]:",
        ),
    ],
    events=[
        dict(t="[[Votes]] have been counted", ty="Election.Vote"),
        dict(
            t="counted in the [[election]] to decide",
            ty="Personnel.Elect",
            Entity="make-up of [[Leeds City Council]].",
        ),
        dict(t="following the [[election]] count today", ty="Personnel.Elect", Time="election count [[today]]."),
        dict(t="following the [[vote]], in which", ty="Election.Vote"),
        dict(
            t="The Social Democratic Party [[gained]] a seat",
            ty="Personnel.Elect",
            Person="[[The Social Democratic Party]] gained",
        ),
        dict(
            t="James Lewis [[held]] his Kippax",
            ty="Personnel.Elect",
            Person="Council leader [[James Lewis]] held",
            Position="held [[his Kippax and Methley seat]] with",
        ),
        dict(t="with 3,570 [[votes]] for Labour", ty="Election.Vote"),
        dict(t="the next general [[election]] is going", ty="Personnel.Elect"),
        dict(t="get on with that general [[election]].", ty="Personnel.Elect"),
        dict(
            t="council seats after [[winning]] in Armley",
            ty="Personnel.Elect",
            Person="[[The Green Party]] now has five council seats",
            Place="winning in [[Armley, Headingley and Hyde Park and Gipton and Harehills]].",
        ),
        dict(
            t="who [[took]] Armley with",
            ty="Personnel.Elect",
            Person="An emotional [[Lou Cunningham]], who",
            Place="who took [[Armley]] with",
        ),
        dict(t="with 2,113 [[votes]], said", ty="Election.Vote"),
    ],
)

DOCS["n06_autonews_takata_plant_fire"] = dict(
    furniture=[
        ("[[Small fire at Takata plant in San Antonio forces evacuation]]", "headline"),
        ("[[Letter\nto the\nEditor]]", "social"),
        ("Editor\n[[Send us a letter]]\nHave", "social"),
        (
            "letter\n[[Have an opinion about this story? Click here to submit a Letter to the Editor, and we may publish it in print.]]\nRecommended",
            "social",
        ),
        ("[[Recommended for You]]", "related"),
        ("ruptured.\n[[Send us a letter]]", "social"),
        (
            "ruptured.\nSend us a letter\n[[Have an opinion about this story? Click here to submit a Letter to the Editor, and we may publish it in print.]]",
            "social",
        ),
    ],
    quotes=[
        dict(
            c="Recommended for You\n[[Over 70 Takata Corp. employees temporarily evacuated the supplier’s San Antonio seatbelt production plant after a small fire broke out early this morning]], officials said.",
            k="indirect",
            s="this morning, [[officials]] said.",
            cue="officials [[said]].\nSan Antonio",
        ),
        dict(
            c="[[A machinery malfunction caused the fire, which was contained to an industrial dust collector]], said Christian Bove",
            k="indirect",
            s="said [[Christian Bove]], public",
            e="=",
            cue="dust collector, [[said]] Christian",
        ),
        dict(
            c="“[[[The fire] appears to have been from an overheated motor,]]” said",
            k="direct",
            s="said [[Alby Berman]], Takata",
            e="=",
            cue="motor,” [[said]] Alby",
        ),
        dict(
            c="Bove estimated [[damage will total about $1,500]].",
            k="indirect",
            s="and [[Bove]] estimated",
            e="=",
            cue="Bove [[estimated]] damage",
        ),
        dict(
            c="“[[Everything was taken care of within a half-hour,]]” Bove told",
            k="direct",
            s="half-hour,” [[Bove]] told",
            e="=",
            cue="Bove [[told]] Automotive News",
        ),
        dict(
            c="Berman added: “[[All operations are running normally with the exception of the one machine.]]”",
            k="direct",
            s="[[Berman]] added:",
            e="=",
            cue="Berman [[added]]:",
        ),
        dict(
            c="Administration said [[10 million vehicles in the U.S. since 2008 made by 10 automakers may be affected]].",
            k="indirect",
            s="[[The National Highway Traffic Safety Administration]] said",
            e="=",
            cue="Safety Administration [[said]] 10 million",
        ),
    ],
    events=[
        dict(
            t="employees temporarily [[evacuated]] the supplier’s",
            ty="Movement.Transport",
            Artifact="[[Over 70 Takata Corp. employees]] temporarily",
            Origin="evacuated [[the supplier’s San Antonio seatbelt production plant]] after",
        ),
        dict(
            t="San Antonio fire crews [[reported to]] the scene",
            ty="Movement.Transport",
            Artifact="[[San Antonio fire crews]] reported to",
            Destination="reported to [[the scene]] about",
            Time="the scene [[about 12:30 a.m.]] after",
        ),
        dict(t="receiving a [[call]] about smoke", ty="Contact.Phone-Write"),
        dict(
            t="About 76 Takata employees [[evacuated]].",
            ty="Movement.Transport",
            Artifact="[[About 76 Takata employees]] evacuated.",
        ),
        dict(t="just one [[injury]] --", ty="Life.Injure", Victim="-- [[a firefighter]] was hospitalized"),
        dict(t="for a hand [[injury]].", ty="Life.Injure", Victim="-- [[a firefighter]] was hospitalized"),
        dict(
            t="for [[supplying]] airbag inflators",
            ty="Transaction.Transfer-Ownership",
            Seller="[[Takata]] has come under fire",
            Artifact="supplying [[airbag inflators]] that",
        ),
        dict(
            t="deployed, [[shooting]] drivers and passengers",
            ty="Conflict.Attack",
            Attacker="supplying [[airbag inflators]] that",
            Target="shooting [[drivers and passengers]] with",
            Instrument="with [[pieces of metal]].",
        ),
        dict(
            t="At least four [[deaths]] and",
            ty="Life.Die",
            Instrument="tied to [[inflators that ruptured]].",
        ),
        dict(
            t="and 139 [[injuries]] have",
            ty="Life.Injure",
            Instrument="tied to [[inflators that ruptured]].",
        ),
    ],
)
