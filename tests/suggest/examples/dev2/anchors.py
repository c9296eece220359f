"""Second example set's quote gold (issue 11, speaker pass two), read before any scoring; built by ../../devset/build_devset.py.

Quotes only: furniture and events are not annotated here (empty lists)."""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

DOCS["x01_timeslive_zulu_resign"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="“[[I'm going nowhere,]]” she said.",
            k="direct",
            s="nowhere,” [[she]] said.",
            e="minister [[Lindiwe Zulu]] to apologise",
            cue="nowhere,” she [[said]].",
            x=[
                "“[[When the DA says I must resign, they must resign themselves before telling me to resign. I'm going nowhere, DA.]]”"
            ],
        ),
    ],
    events=[],
)

DOCS["x02_terjahanarjuna_shahrizat_stays"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="said today that [[she would not bow down to pressure from any quarters to resign as Wanita Umno chief]].",
            k="indirect",
            s="Datuk Seri [[Shahrizat Abdul Jalil]] said today",
            e="=",
            cue="Jalil [[said]] today",
        ),
        dict(
            c="Shahrizat said [[it was nothing unusual for political leaders to face pressure and that this was all part and parcel of politics]].",
            k="indirect",
            s="[[Shahrizat]] said it was nothing",
            e="Datuk Seri [[Shahrizat Abdul Jalil]] said today",
            cue="Shahrizat [[said]] it was nothing",
        ),
        dict(
            c='"[[If there are people who know the workings of Wanita Umno and are calling me to quit, it must be because they have their own agendas,]]" she said',
            k="direct",
            s="[[she]] said when met",
            e="Datuk Seri [[Shahrizat Abdul Jalil]] said today",
            cue="she [[said]] when met",
        ),
        dict(
            c="She said [[the quit calls would not dampen her spirit but only make her stronger in continuing to serve society]].",
            k="indirect",
            s="[[She]] said the quit calls",
            e="Datuk Seri [[Shahrizat Abdul Jalil]] said today",
            cue="She [[said]] the quit calls",
        ),
        dict(
            c="Shahrizat said [[she was leaving this to Prime Minister Datuk Seri Najib Tun Razak to decide]].",
            k="indirect",
            s="post, [[Shahrizat]] said",
            e="Datuk Seri [[Shahrizat Abdul Jalil]] said today",
            cue="post, Shahrizat [[said]]",
        ),
        dict(
            c="to decide.\n\"[[I respect his (Najib's) leadership. So the decision whether I should remain in the Cabinet or not is up to him.]]",
            k="direct",
            s="post, [[Shahrizat]] said",
            e="Datuk Seri [[Shahrizat Abdul Jalil]] said today",
            x=[
                "up to him.\n\"[[I respect his (Najib's) leadership. So the decision whether I should remain in the Cabinet or not is up to him.]]\nShahrizat also"
            ],
        ),
        dict(
            c="Shahrizat also said [[she had no knowledge as to what Tan Sri Rafidah Aziz (former International Trade and Industry Minister and whom she succeeded as Wanita Umno chief) had to say about her]].",
            k="indirect",
            s="[[Shahrizat]] also said",
            e="Datuk Seri [[Shahrizat Abdul Jalil]] said today",
            cue="Shahrizat also [[said]]",
        ),
        dict(
            c="She said [[she deeply respected Rafidah and would continue with efforts to strengthen Wanita Umno to face the next general election]].",
            k="indirect",
            s="[[She]] said she deeply",
            e="Datuk Seri [[Shahrizat Abdul Jalil]] said today",
            cue="She [[said]] she deeply",
        ),
        dict(
            c="(NFC) controversy.\nThe controversy arose after the Auditor-General in his 2011 report stated that [[the centre had not met its scheduled targets since it started operations]].",
            k="indirect",
            s="(NFC) controversy.\nThe controversy arose after [[the Auditor-General]]",
            e="=",
            cue="(NFC) controversy.\nThe controversy arose after the Auditor-General in his 2011 report [[stated]]",
        ),
        dict(
            c="started operations.\nThe controversy arose after the Auditor-General in his 2011 report stated that [[the centre had not met its scheduled targets since it started operations]].",
            k="indirect",
            s="started operations.\nThe controversy arose after [[the Auditor-General]]",
            e="=",
            cue="started operations.\nThe controversy arose after the Auditor-General in his 2011 report [[stated]]",
        ),
    ],
    events=[],
)

DOCS["x03_nzherald_benson_pope"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="It was claimed that [[as a teacher at Bayfield High School in Dunedin, Mr Benson-Pope entered the female dormitories and showers without warning, while 14-year-old girls were undressed]].",
            k="indirect",
            cue="It was [[claimed]] that",
        ),
        dict(
            c='said today: "[[We have worked up about 150 questions, primary and supplementary questions, on the man. And, frankly, I think we have got the message - that he\'s not going to go, because Helen Clark has now said it is OK for her ministers to act like that.]]"',
            k="direct",
            s="National's [[Judith Collins]], who",
            e="=",
            cue="attacks, [[said]] today",
        ),
        dict(
            c="She said [[her questioning of Mr Benson-Pope was her job as an opposition MP]].",
            k="indirect",
            s="[[She]] said her questioning",
            e="National's [[Judith Collins]], who",
            cue="She [[said]] her questioning",
        ),
        dict(
            c='a "[[pervert]]".',
            k="partial",
            s="Act leader [[Rodney Hide]] was",
            e="=",
            cue='[[calling]] Mr Benson-Pope a "pervert"',
        ),
        dict(
            c="Michael Cullen has claimed [[Labour has a dirt file of its own on National MPs]].",
            k="indirect",
            s="Minister [[Michael Cullen]] has claimed",
            e="=",
            cue="Cullen has [[claimed]] Labour",
        ),
        dict(
            c='earlier this month: "[[There is no issue. And that\'s been the most offensive part of what National has done -- deliberately pretending something happened that they know is not true.]]"',
            k="direct",
            s="Mr [[Benson-Pope]] told the Herald",
            e="allegations surfaced, [[David Benson-Pope]] was able",
            cue="Benson-Pope [[told]] the Herald",
        ),
    ],
    events=[],
)

DOCS["x04_denverpost_neon_analyst_report"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="that day that [[it would not meet earnings expectations of 12 cents a share and instead would report a loss of 12 to 22 cents]].",
            k="indirect",
            s="[[The company]] announced that day",
            e="in a row, [[New Era of Networks Inc.]], a Greenwood",
            cue="The company [[announced]] that day",
        ),
        dict(
            c="First Boston that said [[NEON was suffering from an exodus of top management, and that its relationship with IBM, its largest customer, was again on the rocks]].",
            k="indirect",
            s="disputed [[a report by an analyst with Credit Suisse First Boston]] that",
            e="analyst with [[Credit Suisse First Boston]] that said",
            cue="First Boston that [[said]] NEON",
        ),
        dict(
            c='"[[It\'s basically incorrect,]]" Adam said.',
            k="direct",
            s='incorrect," [[Adam]] said.',
            e="NEON chairman [[Rick Adam]] later",
            cue='incorrect," Adam [[said]].',
            x=['Adam said. "[[There\'s been no change in our relationship with IBM other than gradual improvement.]]"'],
        ),
        dict(
            c='he said [[one key officer left NEON last year but remains "a great friend of the firm," while another marketing exec is contemplating a career change into the venture-capital arena, but that Adam and other senior officers of NEON are trying hard to talk him into staying]].',
            k="indirect",
            s="management, [[he]] said one key",
            e="NEON chairman [[Rick Adam]] later",
            cue="management, he [[said]] one key",
        ),
        dict(
            c='remains "[[a great friend of the firm,]]" while',
            k="partial",
            s="management, [[he]] said one key",
            e="NEON chairman [[Rick Adam]] later",
            cue="management, he [[said]] one key",
        ),
        dict(
            c="investors that [[the company would release second-quarter results next week and would meet or exceed expectations]].",
            k="indirect",
            s="conference call, [[Adam]] told",
            e="NEON chairman [[Rick Adam]] later",
            cue="Adam [[told]] interested",
        ),
        dict(
            c='"[[We feel comfortable with analysts\' expectations for the rest of the year,]]" he added.',
            k="direct",
            s='year," [[he]] added.',
            e="NEON chairman [[Rick Adam]] later",
            cue='year," he [[added]].',
        ),
        dict(
            c="and Adam said [[Laidley never checked with the firm before writing it]].",
            k="indirect",
            s="comment, and [[Adam]] said",
            e="NEON chairman [[Rick Adam]] later",
            cue="and Adam [[said]] Laidley",
        ),
        dict(
            c="Securities, said [[that's not necessarily unusual for equity analysts]].",
            k="indirect",
            s="[[David Breiner]], who covers",
            e="=",
            cue="Securities, [[said]] that's",
        ),
    ],
    events=[],
)

DOCS["x05_japantoday_sapporo_boy_arrested"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="According to police, [[the boy called 110 at around 10:20 a.m. Monday and said he had killed his mother]], Sankei",
            k="indirect",
            s="According to [[police]], the boy",
            cue="[[According to]] police, the boy",
        ),
        dict(
            c="Monday and said [[he had killed his mother]], Sankei",
            k="indirect",
            s="According to police, [[the boy]] called",
            cue="Monday and [[said]] he had killed",
        ),
        dict(
            c="Police said [[the boy told them he choked his mother to death, but has so far given no motive]].",
            k="indirect",
            s="[[Police]] said the boy told",
            cue="Police [[said]] the boy told",
        ),
        dict(
            c="the boy told them [[he choked his mother to death]], but",
            k="indirect",
            s="Police said [[the boy]] told them",
            cue="the boy [[told]] them",
        ),
        dict(
            c="[[The two lived alone]], police said.",
            k="indirect",
            s="alone, [[police]] said.",
            cue="alone, police [[said]].",
        ),
    ],
    events=[],
)

DOCS["x06_koaa_ap_juror_jailed"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="Lawyers say [[a man called for possible jury duty in Hawaii shouted “he is guilty, he is guilty” outside a courtroom and ended up in jail himself]].",
            k="indirect",
            s="— [[Lawyers]] say a man",
            cue="— Lawyers [[say]] a man",
        ),
        dict(
            c="shouted “[[he is guilty, he is guilty]]” outside",
            k="direct",
            s="Lawyers say [[a man]] called",
            e="representing [[Jacob Maldonado]] says",
            cue="in Hawaii [[shouted]] “he",
        ),
        dict(
            c="Maldonado says [[his client had had a bad day when he made the outburst on Tuesday]].",
            k="indirect",
            s="[[The lawyer representing Jacob Maldonado]] says",
            e="Attorney [[Jason Burks]] says",
            cue="Jacob Maldonado [[says]] his client",
        ),
        dict(
            c="Burks says [[Maldonado took a “very improper approach” in an effort to get out of jury duty]].",
            k="indirect",
            s="Attorney [[Jason Burks]] says",
            e="=",
            cue="Jason Burks [[says]] Maldonado",
        ),
        dict(
            c="took a “[[very improper approach]]” in",
            k="partial",
            s="Attorney [[Jason Burks]] says",
            e="=",
            cue="Jason Burks [[says]] Maldonado",
        ),
    ],
    events=[],
)

DOCS["x07_thenationonlineng_chukwueze_brace"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="Chukwueze said [[his future is brighter after scoring an incredible winner as Villarreal beat Real Madrid 3-2 at the Bernabeu on Saturday]] .",
            k="indirect",
            s="striker [[Samuel Chukwueze]] said",
            e="=",
            cue="Chukwueze [[said]] his future",
        ),
        dict(
            c="“[[It’s a crazy goal (laughs),]]” the 2015",
            k="direct",
            s="” [[the 2015 FIFA U-17 World Cup winner]] told",
            e="striker [[Samuel Chukwueze]] said",
            cue="World Cup winner [[told]] Movista",
            x=["Movista. “[[The future will be much better.]]"],
        ),
        dict(
            c="“ [[I have to improve. It’s a dream to score that goal and to win here,]]” he added.",
            k="direct",
            s="here,” [[he]] added.",
            e="striker [[Samuel Chukwueze]] said",
            cue="here,” he [[added]].",
        ),
        dict(
            c="Real Madrid, adding [[he’s capable of doing better]].",
            k="indirect",
            s="coach [[Quique Setien]] has lauded",
            e="=",
            cue="Real Madrid, [[adding]] he’s",
        ),
        dict(
            c="“[[For a few weeks he’s been giving us a lot, he’s a permanent threat,]]” former",
            k="direct",
            s="” [[former Barcelona boss]] said",
            e="coach [[Quique Setien]] has lauded",
            cue="Barcelona boss [[said]] after",
            x=[
                "match. “[[Not just in goals, but in passes, chances, he’s an extraordinary player who is giving us a lot.]]”"
            ],
        ),
        dict(
            c="website: “[[He is a boy who is a great footballer. He is in a moment of fantastic inspiration. He helps us a lot and he is going to continue on this path.]]",
            k="direct",
            s="[[He]] added on the club",
            e="coach [[Quique Setien]] has lauded",
            cue="He [[added]] on the club",
            x=[
                "“[[He has the desire to improve, is responsive and is a hard worker. We see the reward for his work on days like today when he has scored two great goals.]]”"
            ],
        ),
    ],
    events=[],
)

DOCS["x08_tnp_zidane_vinicius"] = dict(
    furniture=[],
    quotes=[
        dict(
            c='"[[I\'m delighted for him, we are seeing some fantastic stuff from him right now,]]" said Zidane.',
            k="direct",
            s='now," said [[Zidane]].',
            e="coach [[Zinedine Zidane]] praised",
            cue='now," [[said]] Zidane.',
            x=[
                '"[[We know how good he can be when he gets into space, as he showed with the first goal, which was fantastic.]]',
                '"[[He was lacking a goal here or there and getting two tonight will really lift his confidence, he deserved what happened tonight.]]"',
            ],
        ),
        dict(
            c='added: "[[I gave everything for this shirt, which I love so much...]]',
            k="direct",
            s="[[Vinicius]], who kissed",
            e="praised forward [[Vinicius Junior]] for",
            cue="his goals, [[added]]:",
            x=[
                '"[[People on the outside can talk all they want but I always worked. My teammates have given me the strength I needed to get to this stage and score the goals we needed.]]"'
            ],
        ),
        dict(
            c="meanwhile, admitted [[his side were second best in Madrid]].",
            k="indirect",
            s="manager [[Juergen Klopp]], meanwhile",
            e="=",
            cue="meanwhile, [[admitted]] his side",
        ),
    ],
    events=[],
)

DOCS["x09_sussexexpress_shearer_connolly"] = dict(
    furniture=[],
    quotes=[
        dict(
            c='"[[Connolly was absolutely magnificent and he ran Spurs ragged,]]" said',
            k="direct",
            s="said [[Alan Shearer]], speaking",
            e="=",
            cue='ragged," [[said]] Alan',
            x=['Day. "[[It was a complete centre forwards display and Spurs could not cope with him.]]"'],
        ),
        dict(
            c='Shearer added, "[[He can run in behind and go in or out and what an incredible finish it is. His work rate was superb and he has also been called up to Republic of Ireland squad and throughly deserved.]]"',
            k="direct",
            s="second goal, [[Shearer]] added",
            e="goalscorer [[Alan Shearer]] was full",
            cue="Shearer [[added]],",
        ),
        dict(
            c='"[[I have spoken to Aaron and Derrick and they are looking forward to meeting up with us,]]" Ireland',
            k="direct",
            s="Ireland manager [[Mick McCarthy]] told",
            e="=",
            cue="McCarthy [[told]] the FAI",
            x=[
                'website. "[[Aaron enjoyed his full debut for Brighton and we have been keeping a close eye on his progress this season.]]"'
            ],
        ),
    ],
    events=[],
)

DOCS["x10_brecorder_caterpillar_strike"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="on Wednesday [[it had notified Caterpillar of its intent to strike]].",
            k="indirect",
            s="[[The United Auto Workers]] said",
            e="=",
            cue="Auto Workers [[said]] on Wednesday",
        ),
        dict(
            c="Officials said [[they may consider pushing back the noon deadline if it appears the two sides are close to an agreement]].",
            k="indirect",
            s="[[Officials]] said they may",
            cue="Officials [[said]] they may",
        ),
        dict(
            c="statement, said [[the notice won't change its overall approach or commitment to the bargaining process]].",
            k="indirect",
            s="[[Caterpillar]], in a statement, said",
            e="=",
            cue="in a statement, [[said]] the notice",
        ),
        dict(
            c="\"[[We'll continue to bargain in good faith and certainly hope the union doesn't decide to take the unfortunate step of declaring a work stoppage - a step with certain consequences to all involved,]]\" said",
            k="direct",
            s="said [[Chris Glynn]], Caterpillar's",
            e="=",
            cue='involved," [[said]] Chris',
        ),
        dict(
            c='also said [[it has a "trained and skilled" work force ready to step in and keep operations running smoothly in the event of a strike]].',
            k="indirect",
            s="[[The company]] also said",
            e="[[Caterpillar Inc]], the world's",
            cue="The company also [[said]]",
        ),
        dict(
            c='a "[[trained and skilled]]" work',
            k="partial",
            s="[[The company]] also said",
            e="[[Caterpillar Inc]], the world's",
            cue="The company also [[said]]",
        ),
    ],
    events=[],
)

DOCS["x11_cbsnews_la_grocery_strike"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="for Ralphs says [[if there is a strike the company will initially close all their stores]].",
            k="indirect",
            s="[[A spokesperson for Ralphs]] says",
            e="A spokesperson for [[Ralphs]] says",
            cue="for Ralphs [[says]] if",
        ),
        dict(
            c='Says Kendra Doyel, "[[During a strike, it is difficult to create a good shopping experience for our customers and a good working environment for our employees. We will evaluate the situation as it progresses.]]"',
            k="direct",
            s='Says [[Kendra Doyel]], "During',
            e="=",
            cue='[[Says]] Kendra Doyel, "During',
        ),
        dict(
            c="[[A notice to cancel a contract extension has been filed, putting workers one step closer to a walkout]], according to",
            k="indirect",
            s="Local 770 President [[Rick Icaza]].",
            e="=",
            cue="walkout, [[according to]] Grocery",
        ),
        dict(
            c='"[[While we are disappointed the union leadership has taken this step, Ralphs remains committed to reaching an agreement,]]" Ralphs Vice',
            k="direct",
            s="Public Relations [[Kendra Doyel]] said.",
            e="=",
            cue="Public Relations Kendra Doyel [[said]].",
            x=[
                'said. "[[Active negotiations are ongoing and this does not mean a strike is imminent. Our stores are open for business and we are ready to serve our customers.]]"'
            ],
        ),
        dict(
            c="following statement:\n[[We are disappointed by the United Food and Commercial Workers (UFCW) Locals' decision to give the employers 72 hour notice of the cancellation of the contract extension. Doing so needlessly alarms our employees and our customers. The notice does not mean a strike is imminent or that a strike will necessarily occur at any point. The notice simply allows the union the ability to call a strike if they choose to do so. Vons and the other employers intend to remain focused on the negotiation process and urge the unions to do so the same.]]",
            k="direct",
            s="[[Vons]] issued the following",
            e="=",
            cue="Vons [[issued]] the following",
        ),
        dict(
            c="Albertsons says [[it hopes bargaining will continue and that a strike can be averted]].",
            k="indirect",
            s="Similarly, [[Albertsons]] says",
            e="=",
            cue="Albertsons [[says]] it hopes",
        ),
    ],
    events=[],
)

DOCS["x12_chicagotribune_glendale_boy"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="inform them. [[The boy, not named because of his age, was booked on suspicion of murder following the Friday evening shooting]], police",
            k="indirect",
            s="police spokesman [[Chahe Keuroghelian]] said",
            e="=",
            cue="Keuroghelian [[said]].",
        ),
        dict(
            c="He said [[the boy intentionally shot his mother once in the forehead as she was sitting at a kitchen table in their suburban Glendale apartment]].",
            k="indirect",
            s="[[He]] said the boy intentionally",
            e="police spokesman [[Chahe Keuroghelian]] said",
            cue="He [[said]] the boy intentionally",
        ),
        dict(
            c='the caller " [[said he had just shot his mother and he wanted to surrender.]]"',
            k="partial",
            s="The [[police spokesman]] said the caller",
            e="police spokesman [[Chahe Keuroghelian]] said",
            cue="police spokesman [[said]] the caller",
        ),
        dict(
            c="He said [[police went to the pay phone where they arrested the boy after checking his story and finding his mother slumped dead over the kitchen table]].",
            k="indirect",
            s="[[He]] said police went",
            e="police spokesman [[Chahe Keuroghelian]] said",
            cue="He [[said]] police went",
        ),
    ],
    events=[],
)
