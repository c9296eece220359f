"""Fifth example set's quote gold (issue 11, speaker pass three), read before any scoring; built by ../../devset/build_devset.py.

Quotes only: furniture and events are not annotated here (empty lists)."""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

DOCS["p01_fijitimes_parliament_monologues"] = dict(
    furniture=[],
    quotes=[
        dict(
            c='"[[They are becoming monologues and repeating title lines. We are getting tired of these monologues,]]" Mr Gavoka',
            k="direct",
            s="Mr [[Gavoka]] said",
            e="MP [[Viliame Gavoka]] expressed",
            cue="Gavoka [[said]].",
        ),
        dict(
            c="Inia Seruiratu said [[the Order of Business was clearly specified in the Standing Orders and it was the prerogative of Government to decide what to bring when Parliament sat from Mondays to Thursdays]].",
            k="indirect",
            s="Minister [[Inia Seruiratu]] said the Order",
            e="=",
            cue="Seruiratu [[said]] the Order",
        ),
        dict(
            c='"[[That is our prerogative and we decide,]]" Mr Seruiratu',
            k="direct",
            s="Mr [[Seruiratu]] said.",
            e="Minister [[Inia Seruiratu]] said the Order",
            cue="Mr Seruiratu [[said]].",
        ),
        dict(
            c='"[[People have the right to be given facts>>]]',
            k="direct",
            s="Mr [[Seruiratu]] said.",
            e="Minister [[Inia Seruiratu]] said the Order",
        ),
        dict(
            c="agreed, but said [[it was the responsibility of the Opposition to hold Government accountable for what they brought and said in Parliament]].",
            k="indirect",
            s="Professor [[Biman Prasad]] agreed",
            e="=",
            cue="agreed, but [[said]] it was",
        ),
        dict(
            c='"[[Let\'s not confuse that,]]" he said.',
            k="direct",
            s='that," [[he]] said.',
            e="Professor [[Biman Prasad]] agreed",
            cue='that," he [[said]].',
        ),
    ],
    events=[],
)

DOCS["p02_lankaimage_no_need_to_reconvene"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="Chamal Rajapaksa said [[it is unnecessary to reconvene Parliament even though the Opposition wanted to come back to Parliament]].",
            k="indirect",
            s="Minister [[Chamal Rajapaksa]] said it",
            e="=",
            cue="Chamal Rajapaksa [[said]] it",
        ),
        dict(
            c="He said [[the Opposition is attempting to plunge the country into an unnecessary crisis by requesting President Gotabaya Rajapaksa to reconvene Parliament which will obstruct the ongoing COVID-19 operations]].",
            k="indirect",
            s="[[He]] said the Opposition is attempting",
            e="Minister [[Chamal Rajapaksa]] said it",
            cue="He [[said]] the Opposition is attempting",
        ),
        dict(
            c="“[[Since these activities are functioning efficiently with the participation of health authorities, Security Forces, and other sectors, there is no necessity to reconvene the old Parliament,]]”",
            k="direct",
            s="” [[the Minister]] said.",
            e="Minister [[Chamal Rajapaksa]] said it",
            cue="” the Minister [[said]].",
        ),
        dict(
            c="He said [[though it is the bounden duty of the Opposition to support the ongoing COVID-19 campaigns, none of them did so to date]].",
            k="indirect",
            s="[[He]] said though",
            e="Minister [[Chamal Rajapaksa]] said it",
            cue="He [[said]] though",
        ),
        dict(
            c="“[[They must at least study the strategies adopted by the present regime and come up with their ideas which could be put into action to control the pandemic. Instead, the Opposition maintains silence,]]”",
            k="direct",
            s="silence,” [[he]] said.",
            e="Minister [[Chamal Rajapaksa]] said it",
            cue="silence,” he [[said]].",
        ),
        dict(
            c="Minister Rajapaksa said [[none of the members from the Opposition ever attempted to give their support to President Gotabaya Rajapaksa’s programme to control the spread of the virus]].",
            k="indirect",
            s="Minister [[Rajapaksa]] said none",
            e="Minister [[Chamal Rajapaksa]] said it",
            cue="Minister Rajapaksa [[said]] none",
        ),
        dict(
            c="“[[That shows the Opposition has failed in performing its duty towards the country and its people,]]”",
            k="direct",
            s="people,” [[he]] said.",
            e="Minister [[Chamal Rajapaksa]] said it",
            cue="people,” he [[said]].",
        ),
    ],
    events=[],
)

DOCS["p03_timenewsbd_law_minister_japa"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="Anisul Huq said [[the Jatiya Party (JaPa) will get priority as the opposition in the parliament if the independent candidates who won in the 12th national election do not join any party]].",
            k="indirect",
            s="Minister [[Anisul Huq]] said the Jatiya",
            e="=",
            cue="Anisul Huq [[said]] the Jatiya",
        ),
        dict(
            c="“[[We will have to wait for some more time to be fully sure of the position of the independent MPs-elect,]]”",
            k="direct",
            s="” [[Anisul Huq]] told reporters",
            e="=",
            cue="Anisul Huq [[told]] reporters",
        ),
        dict(
            c="“[[To be the opposition, you have to have at least 10% of the seats in parliament,]]”",
            k="direct",
            s="” [[the law minister]] said.",
            e="Minister [[Anisul Huq]] said the Jatiya",
            cue="” the law minister [[said]].",
        ),
        dict(
            c="Anisul Huq said: “[[Why not? If they think they will form their own group instead of being with the government, of course they can do that.]]”",
            k="direct",
            s="a group, [[Anisul Huq]] said:",
            e="=",
            cue="a group, Anisul Huq [[said]]:",
        ),
        dict(
            c="the law minister said: “[[We have always said that the election is fair and participatory when people cast their votes.]]",
            k="direct",
            s="participatory, [[the law minister]] said:",
            e="Minister [[Anisul Huq]] said the Jatiya",
            cue="participatory, the law minister [[said]]:",
            x=[
                "“[[You all saw that people cast their votes during this election, and they participated with their full support,]]”"
            ],
        ),
        dict(
            c="Anisul Huq said: “[[People have recognized this election as participatory. I don't think we need anyone else’s recognition.]]”",
            k="direct",
            s="\n[[Anisul Huq]] said: “People",
            e="=",
            cue="\nAnisul Huq [[said]]: “People",
        ),
    ],
    events=[],
)

DOCS["p04_bdpratidin_quader_bnp_mps"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="on Sunday said that [[the resignation of five BNP MPs is nothing but just a drop in the ocean]], reports UNB.",
            k="indirect",
            s="Minister [[Obaidul Quader]] on Sunday",
            e="=",
            cue="on Sunday [[said]] that the resignation",
        ),
        dict(
            c="He said that [[such an action does not matter to Parliament]].",
            k="indirect",
            s="[[He]] said that such",
            e="Minister [[Obaidul Quader]] on Sunday",
            cue="He [[said]] that such",
        ),
        dict(
            c="He said that [[the 26 MPs of the main opposition Jatiya Party are still there and they will not leave the Jatiya Sangsad]].",
            k="indirect",
            s="[[He]] said that the 26",
            e="Minister [[Obaidul Quader]] on Sunday",
            cue="He [[said]] that the 26",
        ),
        dict(
            c="“[[So, it will not matter to Parliament,]]”",
            k="direct",
            s="Parliament,” [[he]] said.",
            e="Minister [[Obaidul Quader]] on Sunday",
            cue="Parliament,” he [[said]].",
        ),
        dict(
            c="“[[BNP MPs have made a mistake and those who suggested taking this action will soon regret it,]]”",
            k="direct",
            s="said [[Quader]].",
            e="Minister [[Obaidul Quader]] on Sunday",
            cue="” [[said]] Quader.",
        ),
        dict(
            c="and said, “[[The embassy expressed concern when it was the police that got attacked. Women are raped every day in the United States, people got killed publicly in Palestine. Where was the US' human rights concern then? They love Israel and do not punish their injustice.]]”",
            k="direct",
            s="[[He]] criticised",
            e="Minister [[Obaidul Quader]] on Sunday",
            cue="statement and [[said]], “The",
        ),
        dict(
            c="He claimed that [[there is no democratic norm in the BNP]], and asked",
            k="indirect",
            s="[[He]] claimed",
            e="Minister [[Obaidul Quader]] on Sunday",
            cue="He [[claimed]]",
        ),
    ],
    events=[],
)

DOCS["p05_prothomalo_quader_tib_report"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="that mentioned that [[the ruling party exercises monopoly of power in parliamentary activities]], saying",
            k="indirect",
            s="rejected [[the recent report of Transparency International Bangladesh (TIB)]] that",
            e="report of [[Transparency International Bangladesh]] (TIB)",
            cue="(TIB) that [[mentioned]] that",
        ),
        dict(
            c="saying [[the report is not correct but information-based]], reports BSS.",
            k="indirect",
            s="minister [[Obaidul Quader]] on Thursday",
            e="=",
            cue="activities, [[saying]] the report",
        ),
        dict(
            c="“[[Though the number of opposition lawmakers is lesser, they are getting sufficient time and taking part in all activities. If they could not enhance number of seats by getting people’s vote, its responsibility does not go to the parliament,]]”",
            k="direct",
            s="parliament,” [[he]] said.",
            e="minister [[Obaidul Quader]] on Thursday",
            cue="parliament,” he [[said]].",
        ),
        dict(
            c="TIB in its report said [[among the lawmakers, the percentage of businessmen is higher]].",
            k="indirect",
            s="\n[[TIB]] in its report said",
            e="report of [[Transparency International Bangladesh]] (TIB)",
            cue="in its report [[said]] among",
        ),
    ],
    events=[],
)

DOCS["p06_fastashish_blackberry_report"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="BlackBerry contends that [[a securities analyst’s report about its latest phone is not only wrong, it’s so wrong that it should be investigated by securities regulators]].",
            k="indirect",
            s="\n[[BlackBerry]] contends",
            e="=",
            cue="BlackBerry [[contends]]",
        ),
        dict(
            c="in Boston, said that [[BlackBerry’s new Z10 phone is being returned by shoppers at an above-average rate]].",
            k="indirect",
            s="\n[[The report]], issued",
            e="by [[Detwiler Fenton & Company]] in Boston",
            cue="in Boston, [[said]] that",
        ),
        dict(
            c="called the analysis “[[false and misleading]]”",
            k="partial",
            s="Friday, [[BlackBerry]] called",
            e="=",
            cue="BlackBerry [[called]] the analysis",
        ),
        dict(
            c="and suggested that [[it was an attempt to manipulate the company’s share price]].",
            k="indirect",
            s="Friday, [[BlackBerry]] called",
            e="=",
            cue="and [[suggested]] that it",
        ),
        dict(
            c="Furthermore, it said [[it would ask the Securities and Exchange Commission to investigate the report]].",
            k="indirect",
            s="Furthermore, [[it]] said",
            e="Friday, [[BlackBerry]] called",
            cue="Furthermore, it [[said]]",
        ),
        dict(
            c="“[[These materially false and misleading comments about device return rates in the United States harm BlackBerry and our shareholders,]]”",
            k="direct",
            s="” [[Steven E. Zipperstein]], the company",
            e="=",
            cue="legal officer, [[said]] in a statement",
            x=[
                "statement. “[[Everyone is entitled to their opinion about the merits of the many competing products in the smartphone industry, but when false statements of material fact are deliberately purveyed for the purpose of influencing the markets, a red line has been crossed.]]”"
            ],
        ),
        dict(
            c="at Detwiler Fenton, said that [[the investment house stood by its findings]].",
            k="indirect",
            s="\n[[Anne Buckley]], the general",
            e="=",
            cue="at Detwiler Fenton, [[said]] that",
        ),
        dict(
            c="“[[We are confident in our research methodology and we welcome any regulatory inquiry,]]”",
            k="direct",
            s="inquiry,” [[she]] said",
            e="\n[[Anne Buckley]], the general",
            cue="inquiry,” she [[said]]",
            x=[
                "statement. “[[Detwiler Fenton is not the only research provider publishing similar reports regarding customer reactions, sales and returns of the BlackBerry Z10.]]”"
            ],
        ),
        dict(
            c="The statement added that [[neither the analyst nor any officer or director of the firm held any financial interest in BlackBerry]].",
            k="indirect",
            s="\n[[The statement]] added",
            cue="The statement [[added]] that",
        ),
    ],
    events=[],
)

DOCS["p07_linearity_reuters_portland_letters"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="(Reuters) - [[A man was arrested and charged on Friday in connection with about 100 envelopes containing threatening letters and a suspicious powdery substance mailed from Oregon to members of Congress and the news media]], authorities said.",
            k="indirect",
            s="media, [[authorities]] said.",
            cue="media, authorities [[said]].",
        ),
        dict(
            c="\n[[Carlson was arrested at his home on Friday morning]], the U.S. Capitol",
            k="indirect",
            s="morning, the [[U.S. Capitol Police]] said",
            e="=",
            cue="Capitol Police [[said]] in a statement after",
        ),
        dict(
            c="\n[[All the envelopes examined so far, which were postmarked in Portland and contained an unidentified white powder, have tested negative for any toxic substances]], the U.S.",
            k="indirect",
            s="substances, the [[U.S. Attorney's Office]] in Portland",
            e="=",
            cue="in Portland [[said]] in a statement announcing",
        ),
        dict(
            c='office, "[[indicated that it may contain a lethal pathogen to which the recipient may have been exposed,]]" the indictment',
            k="partial",
            s='exposed," [[the indictment]] said.',
            cue='exposed," the indictment [[said]].',
        ),
        dict(
            c='"[[Threatening letters - whether hoax or real - are serious concerns that federal law enforcement agencies will aggressively pursue,]]"',
            k="direct",
            s='pursue," [[Greg Fowler]], special',
            e="=",
            cue="in Oregon, [[said]] in a statement.",
        ),
        dict(
            c="statement said [[Carlson was expected to be arraigned in U.S. District Court on Monday]].",
            k="indirect",
            s="\n[[The federal prosecutor's statement]] said",
            e="substances, the [[U.S. Attorney's Office]] in Portland",
            cue="prosecutor's statement [[said]] Carlson",
        ),
    ],
    events=[],
)

DOCS["p08_shine_ap_malmo_arrest"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="\n[[POLICE have arrested a man on suspicion of shooting at people with immigrant backgrounds in a yearlong rampage in Sweden's third largest city]], officials said",
            k="indirect",
            s="city, [[officials]] said yesterday",
            cue="city, officials [[said]] yesterday",
        ),
        dict(
            c="other than saying [[he was a 38-year-old Swede, held a gun license and had no criminal record]].",
            k="indirect",
            s="\n[[Investigators]] didn't give",
            cue="other than [[saying]] he was",
        ),
        dict(
            c="\n[[He was taken into custody at his home in the southern city of Malmo on Saturday and arrested after questioning on suspicion of one murder and seven attempted murders since October 2009]], police spokesman",
            k="indirect",
            s="spokesman [[Borje Sjoholm]] said",
            e="=",
            cue="Borje Sjoholm [[said]]. The suspect",
        ),
        dict(
            c="said. [[The suspect denied the allegations]], he said.",
            k="indirect",
            s="allegations, [[he]] said.",
            e="spokesman [[Borje Sjoholm]] said",
            cue="allegations, he [[said]].",
        ),
        dict(
            c="Malmo police have previously said [[they believe a lone gunman is responsible for more than a dozen unsolved shootings in which one person died and several were wounded since October 2009]].",
            k="indirect",
            s="\n[[Malmo police]] have previously said",
            e="=",
            cue="have previously [[said]] they",
        ),
        dict(
            c='"[[The reason we became interested in this man was tip-offs from the public,]]"',
            k="direct",
            s='public," [[Sjoholm]] said.',
            e="spokesman [[Borje Sjoholm]] said",
            cue='public," Sjoholm [[said]].',
            x=[
                'Sjoholm said. "[[Then we collected information about him and made a few interrogations. Yesterday we thought we had enough to arrest him.]]"'
            ],
        ),
        dict(
            c="\n[[Police called the suspect on his phone and asked him to step outside his home]], Sjoholm said.",
            k="indirect",
            s="home, [[Sjoholm]] said.",
            e="spokesman [[Borje Sjoholm]] said",
            cue="home, Sjoholm [[said]].",
        ),
        dict(
            c="Sjoholm said [[the suspect had a gun license and that two weapons were seized during a raid at his home]].",
            k="indirect",
            s="\n[[Sjoholm]] said the suspect",
            e="spokesman [[Borje Sjoholm]] said",
            cue="\nSjoholm [[said]] the suspect",
        ),
        dict(
            c="\n[[Police are now questioning the man, who has denied committing any crime]], he added.",
            k="indirect",
            s="crime, [[he]] added.",
            e="spokesman [[Borje Sjoholm]] said",
            cue="crime, he [[added]].",
        ),
    ],
    events=[],
)

DOCS["p09_sunderlandecho_teen_charged"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="said: “[[A 17-year-old man has now been charged>>]]",
            k="direct",
            s="Inspector [[Shelley Hudson]], of",
            e="=",
            cue="Northumbria Police, [[said]]:",
            x=[
                "“[[The 17-year-old, who can not be named>>]]",
                "“[[This is clearly a very serious incident>>]]",
                "“[[Officers remain in the area>>]]",
                "“[[Anyone who has information>>]]",
            ],
        ),
    ],
    events=[],
)

DOCS["p10_telegraphandargus_hammer_robberies"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="said yesterday: “[[Following information from the public>>]]",
            k="direct",
            s="\n[[A West Yorkshire Police spokesman]] said",
            e="A [[West Yorkshire Police]] spokesman",
            cue="Police spokesman [[said]] yesterday:",
            x=["“[[He will appear before Bradford Youth Court>>]]"],
        ),
        dict(
            c="Police said [[the call to police came as a direct result of the appeal in the T&A]].",
            k="indirect",
            s="\n[[Police]] said the call",
            e="A [[West Yorkshire Police]] spokesman",
            cue="\nPolice [[said]] the call",
        ),
        dict(
            c="said: “[[The front page article in the Telegraph & Argus>>]]",
            k="direct",
            s="\n[[A police spokesman]] said: “The front",
            e="A [[West Yorkshire Police]] spokesman",
            cue="A police spokesman [[said]]: “The front",
            x=["“[[As a direct result of the publication>>]]"],
        ),
        dict(
            c="raid, said [[she was pleased to hear an arrest had been made]].",
            k="indirect",
            s="\n[[Zuzana Gaborova]], owner",
            e="=",
            cue="the raid, [[said]] she was",
        ),
    ],
    events=[],
)

DOCS["p11_deseret_ap_bentonville_verdict"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="Prosecutors said [[the boy suffocated because of the drugs and the way he was trussed up and strapped down to Brown's bed]].",
            k="indirect",
            s="\n[[Prosecutors]] said the boy",
            cue="\nProsecutors [[said]] the boy",
        ),
        dict(
            c="The defense said [[Brown didn't intend to kill the boy]] and suggested",
            k="indirect",
            s="\n[[The defense]] said Brown",
            cue="The defense [[said]] Brown",
        ),
        dict(
            c="and suggested [[the bondage-sex was consensual]].",
            k="indirect",
            s="\n[[The defense]] said Brown",
            cue="the boy and [[suggested]] the bondage",
        ),
        dict(
            c="Louis Lim contended [[Brown was guilty of nothing more than statutory rape and manslaughter]].",
            k="indirect",
            s="attorney [[Louis Lim]] contended",
            e="=",
            cue="Louis Lim [[contended]]",
        ),
        dict(
            c='"[[I think we can all agree that Josh didn\'t knowingly cause his death,]]"',
            k="direct",
            s='death," [[Lim]] said.',
            e="attorney [[Louis Lim]] contended",
            cue='death," Lim [[said]].',
            x=['Lim said. "[[This is pointing to negligence.]]"'],
        ),
    ],
    events=[],
)

DOCS["p12_gainesville_smith_verdict"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="moments before saying [[he was guilty of abducting, raping and murdering Carlie Brucia]].",
            k="indirect",
            s="SARASOTA - [[Jurors]] didn't",
            cue="moments before [[saying]] he was",
        ),
        dict(
            c="most jurors said [[they were for the death penalty in certain cases, such as when the evidence is overwhelming or the crime particularly heinous]].",
            k="indirect",
            s="began, [[most jurors]] said",
            cue="most jurors [[said]] they were",
        ),
        dict(
            c="satisfied ''[[when he's dead]]'' for",
            k="partial",
            s="mother, [[Sue Schorpen]], said",
            e="=",
            cue="Sue Schorpen, [[said]] she plans",
        ),
        dict(
            c="\n''[[I lost one of the most precious things to me in my life because of an animal, a disgusting perverted animal,]]''",
            k="direct",
            s="animal,'' [[she]] said.",
            e="mother, [[Sue Schorpen]], said",
            cue="animal,'' she [[said]].",
            x=["she said. ''[[The fact that I can never hold her or speak to her again... I am so broken.]]''"],
        ),
        dict(
            c="saying ''[[of course]]'' he",
            k="partial",
            s="father, [[Joe Brucia]], left",
            e="=",
            cue="left the court [[saying]] ''of",
        ),
        dict(
            c="bailiffs. ''[[You did that in front of the jury, and that can lead to ...]] '' Tebrugge",
            k="direct",
            s="'' [[Tebrugge]] said, trailing",
            e="defender, [[Adam Tebrugge]], and",
            cue="Tebrugge [[said]], trailing",
        ),
    ],
    events=[],
)
