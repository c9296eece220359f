"""Build devset_gold.jsonl from hand-written anchors (run by hand: `python3 tests/suggest/devset/build_devset.py`).

The dev set's gold, written by reading the articles in `texts/` before any rule was changed for
them (see GUIDELINES.md beside this file, and ../gold/GUIDELINES.md it extends). Every span is a
unique snippet of the body text with the target in double brackets, `left [[target]] right`; the
builder finds each one by string search (so offsets are exact code points) and stops on any
anchor that is missing or not unique. Entities are not annotated in the dev set.

Quotes: c content, k kind, s speaker mention, e the named mention it resolves to ("=" when the
speaker mention is itself the name), cue, x further parts. Events: t trigger, ty type, and
arguments by ACE role name. Furniture: (anchor, kind).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE.parent / "gold"))

from build_gold import event_line, find, quote_line  # noqa: E402

from annotator.core.models import Boilerplate, Event, Quote  # noqa: E402
from annotator.importers.text_files import read_text_file  # noqa: E402

TEXTS = HERE / "texts"
OUT = HERE / "devset_gold.jsonl"

DOCS: dict[str, dict[str, Any]] = {}

DOCS["d01_independent_jury_nobbling"] = dict(
    furniture=[
        ("[[Ex-policeman jailed over jury nobbling]]\n\nClick", "headline"),
        ("[[Click to follow]]", "social"),
        ("[[The Independent Online]]", "navigation"),
        ("[[Crime Correspondent]]", "byline"),
    ],
    quotes=[
        dict(
            c='he had done "[[strikes at the very roots of our system of criminal justice]]"',
            k="partial",
            s="Passing sentence, [[Judge Gerald Butler QC]] told",
            e="=",
            cue="Butler QC [[told]] Young",
        ),
        dict(
            c='He said [[he could secure "favourable" verdicts for her brother]], who',
            k="indirect",
            s="[[He]] said he could secure",
            e="[[John Young]], 45",
            cue="He [[said]] he could secure",
        ),
        dict(
            c='secure "[[favourable]]" verdicts',
            k="partial",
            s="[[He]] said he could secure",
            e="[[John Young]], 45",
            cue="He [[said]] he could secure",
        ),
        dict(
            c="told Amanda Lawson that [[he could provide addresses of jurors]].",
            k="indirect",
            s="[[He]] told Amanda Lawson",
            e="[[John Young]], 45",
            cue="He [[told]] Amanda Lawson",
        ),
        dict(
            c="told the court that [[as far as he knew this was the first case involving a former or serving officer]].",
            k="indirect",
            s="[[Detective Chief Inspector Leslie Fitzgerald]], of",
            e="=",
            cue="Organised Crime Squad, [[told]] the court",
        ),
        dict(
            c='He added: "[[Jury nobbling does happen but it is very rare. The problem is that it only rarely comes to light.]]"',
            k="direct",
            s='[[He]] added: "Jury',
            e="[[Detective Chief Inspector Leslie Fitzgerald]], of",
            cue='He [[added]]: "Jury',
        ),
        dict(
            c="Southwark Crown Court was told that [[the former Metropolitan Police officer, with more than 24 years' service, obtained details of the Old Bailey jury with the help of a serving officer who was supposed to be giving them 24 hour protection]].",
            k="indirect",
            cue="Southwark Crown Court was [[told]] that",
        ),
        dict(
            c="The jury heard that [[in March last year Young, of New Barn, Kent, approached the sister of James Lawson, who was one of four defendants facing kidnapping, robbery and firearms charges]].",
            k="indirect",
            cue="The jury [[heard]] that",
        ),
    ],
    events=[
        dict(
            t="the first officer to be [[convicted]] of jury",
            ty="Justice.Convict",
            Defendant="[[A former police sergeant]] who was decorated",
            Crime="convicted of [[jury nobbling]].\n",
        ),
        dict(
            t="45, was [[jailed]] for seven years",
            ty="Justice.Sentence",
            Defendant="[[John Young]], 45, was jailed",
            Sentence="jailed for [[seven years]] after",
        ),
        dict(
            t="after he was [[convicted]] of offering",
            ty="Justice.Convict",
            Defendant="after [[he]] was convicted of offering",
            Crime="convicted of [[offering the names and addresses of jurors]]",
        ),
        dict(
            t="[[Passing sentence]], Judge",
            ty="Justice.Sentence",
            Adjudicator="Passing sentence, [[Judge Gerald Butler QC]]",
            Defendant="Butler QC told [[Young]] that",
        ),
        dict(
            t="Young, of New Barn, Kent, [[approached]] the sister",
            ty="Contact.Meet",
            Entity="last year [[Young]], of New Barn",
            Time="in [[March last year]] Young",
        ),
        dict(
            t="firearms [[charges]]. At the time",
            ty="Justice.Charge-Indict",
            Defendant="was [[one of four defendants]] facing",
            Crime="facing [[kidnapping, robbery and firearms]] charges",
        ),
        dict(
            t="who was later [[jailed]] for 18 years",
            ty="Justice.Sentence",
            Defendant="for [[her brother]], who was later",
            Sentence="jailed for [[18 years]].",
        ),
        dict(
            t="had escaped from [[custody]]",
            ty="Justice.Arrest-Jail",
            Person="because [[one of his co-defendants]] had",
        ),
        dict(t="Young [[accepted]] money", ty="Transaction.Transfer-Money", Recipient="which [[Young]] accepted money"),
        dict(t="to order a [[retrial]]", ty="Justice.Trial-Hearing"),
        dict(
            t="in the event of a [[conviction]] for jury",
            ty="Justice.Convict",
            Crime="conviction for [[jury nobbling]].\n",
        ),
    ],
)

DOCS["d02_independent_nobble_furniture"] = dict(
    furniture=[
        ("[[Stay up to date with notifications from The Independent]]", "notice"),
        ("[[Notifications can be managed in browser preferences.]]", "notice"),
        ("preferences.\n\n[[Former officer jailed for bid to nobble jury]]", "headline"),
        ("[[Thursday 25 January 1996 19:02 EST]]", "timestamp"),
        ("EST\n[[Comments]]", "social"),
        ("[[Your support helps us to tell the story]]", "subscription"),
        ("[[From reproductive rights to climate change>>]]", "subscription"),
        ("[[At such a critical moment in US history>>]]", "subscription"),
        ("[[The Independent is trusted by Americans>>]]", "subscription"),
        ("[[Your support makes all the difference.]]", "subscription"),
    ],
    quotes=[
        dict(
            c="Southwark Crown Court heard that, [[helped by an as-yet-unidentified serving officer, who was supposed to be part of a team providing 24-hour protection for the jurors, he obtained highly-confidential addresses of some of those trying the armed robbery case]].",
            k="indirect",
            cue="Southwark Crown Court [[heard]] that",
        ),
    ],
    events=[
        dict(
            t="who [[left]] the force after",
            ty="Personnel.End-Position",
            Person="[[A former police sergeant]] who left",
            Entity="left [[the force]] after",
        ),
        dict(
            t="career was [[jailed]] for seven years",
            ty="Justice.Sentence",
            Defendant="[[A former police sergeant]] who left",
            Sentence="jailed for [[seven years]] yesterday",
            Time="seven years [[yesterday]] after",
        ),
        dict(t="who was [[shot]] twice", ty="Conflict.Attack", Target="[[John Young]], 45, who"),
        dict(
            t="influence the outcome of an Old Bailey [[trial]] last year",
            ty="Justice.Trial-Hearing",
            Place="outcome of an [[Old Bailey]] trial",
            Time="Old Bailey trial [[last year]].",
        ),
        dict(
            t="addresses of some of those [[trying]] the armed robbery case",
            ty="Justice.Trial-Hearing",
            Adjudicator="some of [[those]] trying",
            Crime="the [[armed robbery]] case",
        ),
    ],
)

DOCS["d03_nbcnews_harrisburg_tornado"] = dict(
    furniture=[
        ("[[Discuss as:]]", "social"),
        ("Discuss as:\n\n[['Devastation ... like we've never seen' in twister-hit town]]", "headline"),
        (
            "[[At least 12 people were killed after devastating tornadoes and storms steamrolled through the Midwest and South. NBC's Lester Holt and TODAY's Al Roker report.]]",
            "video",
        ),
        ("[[Updated at 8:45 p.m. ET: HARRISBURG, Ill. --]]", "dateline"),
        ("[[Whitney Curtis / Getty Images]]", "photo_credit"),
        (
            "[[Steve McDonald stands among debris from the home of his mother-in-law, Mary Osman, who was killed in the twister that raced through Harrisburg, Ill.]]",
            "caption",
        ),
    ],
    quotes=[
        dict(
            c="[[Most if not all the Harrisburg dead were killed by a home tossed atop their own property early Wednesday]], a witness said.",
            k="indirect",
            s="early Wednesday, [[a witness]] said.",
            cue="a witness [[said]].",
        ),
        dict(
            c='"[[It\'s a house on top of a house,]]" said Mike',
            k="direct",
            s="said [[Mike Hancock]], 29",
            e="=",
            cue='house," [[said]] Mike',
            x=[
                '"[[We crawled in there as much as we could. Then there wasn\'t enough stability, the whole foundation was shaking. We had to get out of there,]]" he said.'
            ],
        ),
        dict(
            c='"[[We have devastation in our community like we\'ve never seen,]]" Mayor',
            k="direct",
            s="Mayor [[Eric Gregg]] told",
            e="=",
            cue="Eric Gregg [[told]] a press",
        ),
        dict(
            c="where officials said [[the twister had peak winds of 170 mph, making it an EF-4 on the 1-5 scale used by the National Weather Service, with 5 being the most severe]].",
            k="indirect",
            s="where [[officials]] said the twister",
            cue="where officials [[said]] the twister",
        ),
        dict(
            c='"[[There are hundreds of homes damaged, millions of dollars in damage,]]" he added.',
            k="direct",
            s='damage," [[he]] added.',
            e="Mayor [[Eric Gregg]] told",
            cue='damage," he [[added]].',
            x=['added. "[[The hospital is severely damaged. There\'s a mall with 10 stores that was destroyed.]]"'],
        ),
        dict(
            c="Forecasters warned [[more twisters could strike the Tennessee Valley and southern Appalachians through Wednesday evening as the storm system moved east]].",
            k="indirect",
            s="[[Forecasters]] warned more",
            cue="Forecasters [[warned]] more",
        ),
    ],
    events=[
        dict(
            t="At least 12 people were [[killed]] -- including",
            ty="Life.Die",
            Victim="[[At least 12 people]] were killed --",
        ),
        dict(t="several [[crushed]] by debris", ty="Life.Die", Victim="including [[several]] crushed"),
        dict(
            t="four women and two men [[died]]",
            ty="Life.Die",
            Victim="where [[four women and two men]] died",
            Place="Hardest hit was [[Harrisburg]], where",
        ),
        dict(
            t="some 100 others were [[injured]]",
            ty="Life.Injure",
            Victim="[[some 100 others]] were injured",
            Place="Hardest hit was [[Harrisburg]], where",
        ),
        dict(
            t="the Harrisburg dead were [[killed]] by a home",
            ty="Life.Die",
            Victim="Most if not all [[the Harrisburg dead]]",
            Time="own property [[early Wednesday]], a witness",
        ),
        dict(
            t="Mary Osman, who was [[killed]] in the twister",
            ty="Life.Die",
            Victim="mother-in-law, [[Mary Osman]], who",
        ),
        dict(t="Gregg told a [[press conference]], where", ty="Contact.Statement", Agent="Mayor [[Eric Gregg]] told"),
        dict(t="Forecasters [[warned]] more", ty="Contact.Statement", Agent="[[Forecasters]] warned more"),
    ],
)

DOCS["d04_nbcdfw_granbury_tornadoes"] = dict(
    furniture=[
        ("[[Six Dead After Outbreak of 16 Tornadoes]]", "headline"),
        ("[[Six killed in EF-4 tornado]]", "subhead"),
    ],
    quotes=[
        dict(
            c="damage surveys said [[as many as 16 tornadoes had slammed through the area, killing two women and four men in the Hood County town of Granbury]].",
            k="indirect",
            s="Thursday, [[the National Weather Service damage surveys]] said",
            e="Thursday, the [[National Weather Service]] damage",
            cue="damage surveys [[said]] as many",
        ),
        dict(
            c="Hood County sheriffs said [[all the missing or unaccounted for people had be found by 11:15 a.m]].",
            k="indirect",
            s="[[Hood County sheriffs]] said",
            e="=",
            cue="Hood County sheriffs [[said]]",
        ),
        dict(
            c="said Thursday that [[preliminary damage estimates indicated an EF-4 tornado with wind speeds between 166 mph 200 mph touched down in Granbury and an EF-3 tornado with wind speeds between 136 mph and 165 mph later touched down in Cleburne]].",
            k="indirect",
            s="[[The National Weather Service]] said Thursday that",
            e="=",
            cue="National Weather Service [[said]] Thursday that",
        ),
        dict(
            c='"[[Some were found in houses. Some were found around houses,]]" Deeds said.',
            k="direct",
            s='houses," [[Deeds]] said.',
            e="=",
            cue='Deeds [[said]]. "There',
            x=[
                'said. "[[There was a report that two of these people that they found were not even near their homes, so we\'re going to have to search the area out there.]]"'
            ],
        ),
        dict(
            c="Officials said Thursday that [[Glenda Whitehead, Bob Whitehead, Tommy Martin, Jose Tovar Alvarez, Marjari Davis and Leo Stefanski were killed in the storm]].",
            k="indirect",
            s="[[Officials]] said Thursday that Glenda",
            cue="Officials [[said]] Thursday that Glenda",
        ),
    ],
    events=[
        dict(t="16 tornadoes [[killed]] 6 people", ty="Life.Die", Victim="killed [[6 people]], injured"),
        dict(t="6 people, [[injured]] up to 100 people", ty="Life.Injure", Victim="injured [[up to 100 people]], and"),
        dict(
            t="the area, [[killing]] two women",
            ty="Life.Die",
            Victim="killing [[two women and four men]] in",
            Place="the Hood County town of [[Granbury]].\n",
        ),
        dict(
            t="the six [[fatalities]] and",
            ty="Life.Die",
            Place="[[Granbury's Rancho Brazos Estates neighborhood]], an area",
        ),
        dict(
            t="majority of the [[injuries]] occurred",
            ty="Life.Injure",
            Place="[[Granbury's Rancho Brazos Estates neighborhood]], an area",
        ),
        dict(
            t="Leo Stefanski were [[killed]] in the storm",
            ty="Life.Die",
            Victim="that [[Glenda Whitehead, Bob Whitehead, Tommy Martin, Jose Tovar Alvarez, Marjari Davis and Leo Stefanski]] were",
        ),
        dict(
            t="Ten patients [[injured]] in the Granbury",
            ty="Life.Injure",
            Victim="[[Ten patients]] injured",
            Place="injured in the [[Granbury]] storms",
        ),
    ],
)

DOCS["d05_kfvs12_nws_tornado_damage"] = dict(
    furniture=[
        ("[[NWS confirms tornado damage in parts of Mo., Ill. and Ky.]]", "headline"),
        ("[[NWS preliminary report shows tornado damage in Jackson, Mo. and near Ware, Ill.]]", "subhead"),
        ("[[(KFVS) -]]", "dateline"),
        ("[[[5:50 PM Monday, Jan 13] Our storm damage teams>>]]", "embed"),
        ("[[Posted by US National Weather Service Paducah Kentucky on Monday, January 13, 2020]]", "embed"),
    ],
    quotes=[
        dict(
            c="officials have confirmed [[they found tornado damage in areas of Missouri, Kentucky and Illinois]].",
            k="indirect",
            s="[[The National Weather Service officials]] have confirmed",
            e="The [[National Weather Service]] officials have",
            cue="officials have [[confirmed]] they found",
        ),
        dict(
            c="officials confirmed that [[early Saturday an EF1 tornado briefly touched down near Patton, Missouri]].",
            k="indirect",
            s="[[Weather service officials]] confirmed",
            e="The [[National Weather Service]] officials have",
            cue="Weather service officials [[confirmed]] that",
        ),
        dict(
            c="According to the report, [[EF2 tornado hit several businesses in Jackson on Saturday near I-55]].",
            k="indirect",
            s="According to [[the report]], EF2",
            cue="[[According to]] the report, EF2",
        ),
        dict(
            c="According to the NWS report, [[the tornado was the strongest at the Jackson businesses with wind speeds up to 125 miles per hour]].",
            k="indirect",
            s="According to [[the NWS report]], the tornado",
            e="According to the [[NWS]] report, the tornado",
            cue="[[According to]] the NWS report, the tornado",
        ),
        dict(
            c="They said [[an EF1 tornado with winds reaching 80 mph was likely responsible for damage near the 641 Exit along I-69 in Marshall County]].",
            k="indirect",
            s="[[They]] said an EF1",
            e="[[The NWS]] updated information",
            cue="They [[said]] an EF1",
        ),
        dict(
            c="NWS officials also said [[straight line winds were likely responsible for other damage caused by the storm in the area]].",
            k="indirect",
            s="[[NWS officials]] also said",
            e="[[NWS]] officials also said",
            cue="NWS officials also [[said]]",
        ),
    ],
    events=[
        dict(
            t="The NWS [[sent]] two storm survey teams",
            ty="Movement.Transport",
            Agent="[[The NWS]] sent two",
            Artifact="sent [[two storm survey teams]] to",
            Destination="teams to [[Cape Girardeau and Bollinger Counties]].",
        ),
        dict(t="were [[announced]] in a Facebook post", ty="Contact.Statement", Patient="[[Their reports]] as of"),
        dict(t="No [[injuries]] were reported.", ty="Life.Injure"),
    ],
)

DOCS["d06_nbcnews_midwest_twisters"] = dict(
    furniture=[
        ("[[IE 11 is not supported. For an optimal experience visit our site on another browser.]]", "notice"),
        ("browser.\n\n[[Twisters leave debris trail, Midwest eyes more]]", "headline"),
        (
            "[[Even as the Midwest was warned to watch for more twisters, residents began cleaning up Thursday after tornadoes and severe storms slammed areas in several states.]]\nSever",
            "subhead",
        ),
        ("[[Sever Weather]]", "navigation"),
        (
            "[[Residents survey tornado damage in Loami, Ill., on Thursday. At least 19 people were injured and dozens of homes and businesses were destroyed in the area Wednesday.]] Seth",
            "caption",
        ),
        ("[[Seth Perlman / AP]]", "photo_credit"),
        ("[[/ Source: and NBC News]]", "byline"),
    ],
    quotes=[
        dict(
            c="[[Another line of strong storms was moving from Oklahoma City, Okla., to Milwaukee, Wis.]], NBC's",
            k="indirect",
            s="Wis., [[NBC's Al Roker]] reported.",
            e="NBC's [[Al Roker]] reported.",
            cue="Al Roker [[reported]].",
        ),
        dict(
            c="confirmed Thursday that [[a tornado touched down Wednesday south of Stanley in northeastern Iowa]].",
            k="indirect",
            s="[[The National Weather Service]] confirmed Thursday",
            e="=",
            cue="Weather Service [[confirmed]] Thursday",
        ),
        dict(
            c="[[One person was injured when the wind flipped a car and another was blown off his motorcycle]], said Roscoe",
            k="indirect",
            s="said [[Roscoe Cook]], nursing",
            e="=",
            cue="motorcycle, [[said]] Roscoe",
        ),
        dict(
            c='he saw "[[a wall cloud from the south coming across the parking lot.]]"',
            k="partial",
            s="[[Jack Freitag]] said he was standing",
            e="=",
            cue="Jack Freitag [[said]] he was standing",
        ),
    ],
    events=[
        dict(
            t="at least 19 people were [[hurt]] and",
            ty="Life.Injure",
            Victim="Illinois, [[at least 19 people]] were hurt",
            Place="destroyed in [[the Springfield area]].",
        ),
        dict(t="One person was [[injured]] when the wind", ty="Life.Injure", Victim="[[One person]] was injured when"),
        dict(
            t="also was [[investigating]] reports",
            ty="Justice.Investigate",
            Agent="[[The weather service]] also was",
            Patient="investigating [[reports of tornadoes]] in",
        ),
        dict(
            t="Midwest was [[warned]] to watch for more twisters, residents began cleaning up Thursday after tornadoes and severe storms slammed areas in several states, tearing",
            ty="Contact.Statement",
            Recipient="Even as [[the Midwest]] was warned to watch for more twisters, residents began cleaning up Thursday after tornadoes and severe storms slammed areas in several states, tearing",
        ),
    ],
)

DOCS["d07_ksl_ap_baltimore_briefs"] = dict(
    furniture=[
        ("[[News / ]]", "navigation"),
        (
            '[[Officers in custody...Charges bring shouts of "Justice!"...Prosecutors learn more about bridge closing]]',
            "headline",
        ),
        ("[[Save Story]]", "social"),
        ("[[Leer en español]]", "navigation"),
        ("[[Estimated read time: 2-3 minutes]]", "notice"),
        ("[[This archived news story is available only>>]]", "notice"),
        ("[[BALTIMORE (AP) —]] Baltimore's mayor", "dateline"),
        ("[[BALTIMORE (AP) —]] The charges", "dateline"),
        ("[[RALEIGH, N.C. (AP) —]]", "dateline"),
    ],
    quotes=[
        dict(
            c="mayor says [[at least five of the six police officers who've been charged in the death of Freddie Gray are now in custody]].",
            k="indirect",
            s="[[Baltimore's mayor]] says",
            cue="Baltimore's mayor [[says]]",
        ),
        dict(
            c="prosecutor says [[Gray was illegally arrested, and then assaulted -- and that officers failed to get medical help for him]].",
            k="indirect",
            s="[[The city's top prosecutor]] says",
            cue="top prosecutor [[says]]",
        ),
        dict(
            c="Bush says [[he trusts the legal process that resulted in charges against six Baltimore officers in the death of Freddie Gray]].",
            k="indirect",
            s="Former Florida Gov. [[Jeb Bush]] says",
            e="=",
            cue="Jeb Bush [[says]]",
        ),
        dict(
            c="told reporters [[a president can lead a conversation on how to fight the pockets of poverty that can result in dissatisfaction and anger]].",
            k="indirect",
            s="[[He]] told reporters",
            e="Former Florida Gov. [[Jeb Bush]] says",
            cue="He [[told]] reporters",
        ),
        dict(
            c='Bush said: "[[The process works]]" and',
            k="direct",
            s="the Baltimore case, [[Bush]] said:",
            e="=",
            cue="case, Bush [[said]]:",
            x=['and "[[people are innocent until proven guilty.]]"'],
        ),
    ],
    events=[
        dict(
            t="who've been [[charged]] in the death of Freddie Gray are",
            ty="Justice.Charge-Indict",
            Defendant="of [[the six police officers]] who've",
            Crime="in [[the death of Freddie Gray]] are now",
        ),
        dict(
            t="charged in the [[death]] of Freddie Gray are", ty="Life.Die", Victim="death of [[Freddie Gray]] are now"
        ),
        dict(
            t="are now in [[custody]]. Gray's",
            ty="Justice.Arrest-Jail",
            Person="[[at least five of the six police officers]]",
        ),
        dict(t="Gray's neck was [[broken]]", ty="Life.Injure", Victim="[[Gray's]] neck"),
        dict(
            t="while he was in police [[custody]]",
            ty="Justice.Arrest-Jail",
            Person="while [[he]] was in police",
            Agent="he was in [[police]] custody",
        ),
        dict(
            t="One officer is [[charged]] with",
            ty="Justice.Charge-Indict",
            Defendant="[[One officer]] is charged",
            Crime="charged with [[second-degree murder]].",
        ),
        dict(
            t="The others face [[charges]] including",
            ty="Justice.Charge-Indict",
            Defendant="[[The others]] face",
            Crime="including [[manslaughter]].",
        ),
        dict(t="Gray was illegally [[arrested]]", ty="Justice.Arrest-Jail", Person="says [[Gray]] was illegally"),
        dict(t="and then [[assaulted]]", ty="Conflict.Attack", Target="says [[Gray]] was illegally"),
        dict(
            t="The [[charges]] against six Baltimore police",
            ty="Justice.Charge-Indict",
            Defendant="charges against [[six Baltimore police officers]] come",
        ),
        dict(t="Monday's [[rioting]]", ty="Conflict.Demonstrate", Time="[[Monday's]] rioting"),
        dict(t="expected the [[charges]] to be filed", ty="Justice.Charge-Indict"),
        dict(
            t="resulted in [[charges]] against six",
            ty="Justice.Charge-Indict",
            Defendant="against [[six Baltimore officers]] in the death",
            Crime="officers in [[the death of Freddie Gray]]. The likely",
        ),
        dict(
            t="officers in the [[death]] of Freddie Gray. The likely",
            ty="Life.Die",
            Victim="death of [[Freddie Gray]]. The likely",
        ),
    ],
)

DOCS["d08_arkansasonline_nation_briefs"] = dict(
    furniture=[
        ("[[Sheriff set to face contempt charges]]", "subhead"),
        ("[[PHOENIX —]]", "dateline"),
        ("[[Police-shot Tulsan had PCP in system]]", "subhead"),
        ("[[TULSA —]]", "dateline"),
        ("[[Arrest sought in Nevada protest]]", "subhead"),
        ("[[RENO, Nev. —]]", "dateline"),
    ],
    quotes=[
        dict(
            c="said Tuesday [[they will charge Maricopa County, Ariz., Sheriff Joe Arpaio with criminal contemptof-court for defying a judge’s orders to end his signature immigration patrols in Arizona]].",
            k="indirect",
            s="— [[Federal prosecutors]] said",
            cue="Federal prosecutors [[said]] Tuesday",
        ),
        dict(
            c="said in court that [[the government will bring charges]].",
            k="indirect",
            s="Prosecutor [[John Keller]] said",
            e="=",
            cue="John Keller [[said]] in court",
        ),
        dict(
            c="insists [[his disobedience wasn’t intentional]].",
            k="indirect",
            s="[[Arpaio]] has acknowledged violating",
            e="=",
            cue="patrols but [[insists]]",
        ),
        dict(
            c="— [[An unarmed Oklahoma man shot dead by a police officer after his car broke down on a city street last month had the hallucinogenic drug PCP in his system when he died]], a medical",
            k="indirect",
            s="died, [[a medical examiner]] said Tuesday.",
            cue="a medical examiner [[said]] Tuesday.",
        ),
        dict(
            c="saying [[she reacted unreasonably when Crutcher disobeyed her commands]].",
            k="indirect",
            s="with [[a prosecutor]] saying",
            cue="a prosecutor [[saying]]",
        ),
        dict(
            c="in Virginia, said [[the 96 nanograms per milliliter of PCP found in Crutcher’s system is more than enough to cause someone to be uncoordinated, agitated and combative]].",
            k="indirect",
            s="[[Matthew Lee]], a physician",
            e="=",
            cue="Virginia, [[said]] the 96",
        ),
    ],
    events=[
        dict(
            t="they will [[charge]] Maricopa",
            ty="Justice.Charge-Indict",
            Prosecutor="— [[Federal prosecutors]] said",
            Defendant="Ariz., [[Sheriff Joe Arpaio]] with",
            Crime="with [[criminal contemptof-court]] for",
            Time="prosecutors said [[Tuesday]] they",
        ),
        dict(
            t="criminal [[proceedings]] against",
            ty="Justice.Trial-Hearing",
            Defendant="against [[the 84-year-old sheriff]] less",
        ),
        dict(t="The [[announcement]] sets", ty="Contact.Statement"),
        dict(t="before [[Election]] Day", ty="Personnel.Elect"),
        dict(
            t="contempt [[charges]] against Arpaio",
            ty="Justice.Charge-Indict",
            Adjudicator="[[A judge]] previously",
            Defendant="charges against [[Arpaio]] but",
        ),
        dict(t="will bring [[charges]].", ty="Justice.Charge-Indict", Prosecutor="that [[the government]] will bring"),
        dict(
            t="if [[convicted]] of misdemeanor",
            ty="Justice.Convict",
            Defendant="[[Arpaio]] could face",
            Crime="convicted of [[misdemeanor contempt]].",
        ),
        dict(
            t="Oklahoma man [[shot]] dead",
            ty="Conflict.Attack",
            Target="[[An unarmed Oklahoma man]] shot",
            Attacker="by [[a police officer]] after",
        ),
        dict(
            t="man shot [[dead]] by",
            ty="Life.Die",
            Victim="[[An unarmed Oklahoma man]] shot",
            Agent="by [[a police officer]] after",
        ),
        dict(t="his system when he [[died]], a medical", ty="Life.Die", Victim="system when [[he]] died, a medical"),
        dict(
            t="intoxication” when he [[died]] Sept. 16",
            ty="Life.Die",
            Victim="[[Terence Crutcher]], 40",
            Time="died [[Sept. 16]].",
        ),
        dict(
            t="Shelby was [[charged]] with first-degree",
            ty="Justice.Charge-Indict",
            Defendant="[[Officer Betty Jo Shelby]] was",
            Crime="with [[first-degree manslaughter]] after",
        ),
        dict(t="after his [[death]], with", ty="Life.Die", Victim="after [[his]] death"),
        dict(t="innocent to the [[charge]].", ty="Justice.Charge-Indict", Defendant="[[Shelby]], 42, has"),
        dict(
            t="that was [[rallying]] in Reno",
            ty="Conflict.Demonstrate",
            Entity="[[an American Indian rights group]] that",
            Place="rallying in [[Reno, Nev.]], when",
        ),
        dict(
            t="a pickup [[plowed]] through",
            ty="Conflict.Attack",
            Instrument="when [[a pickup]] plowed",
            Target="plowed through [[protesters]] wants",
        ),
        dict(
            t="haven’t [[arrested]] the driver",
            ty="Justice.Arrest-Jail",
            Agent="why [[police]] haven’t",
            Person="arrested [[the driver]].",
        ),
    ],
)

DOCS["d09_zingtie_west_ham_penalty"] = dict(
    furniture=[
        ("[[Sports]]\n", "navigation"),
        ("Sports\n\n[[Premier League releases statement on West Ham’s penalty against Man Utd]]", "headline"),
        (
            "[[Keep up with latest news and be part of our weekly giveaways and airtime sharing, follow our WhatsApp channel for more update. Click to Follow us]]",
            "promo",
        ),
        ("[[Please don’t forget to “Allow the notification”>>]]", "promo"),
        ("[[Drop your comment in the section below, and don’t forget to share the post.]]", "social"),
        ("[[Jonathan Nwokpor]]", "byline"),
        ("[[Recent Posts>>>]]", "related"),
    ],
    quotes=[
        dict(
            c="public, “[[The referee did not award a penalty to West Ham for a challenge by De Ligt on Ings.]]",
            k="direct",
            s="According to [[a Premier League statement]] that",
            e="According to a [[Premier League]] statement",
            cue="[[According to]] a Premier League statement",
            x=[
                "“[[The VAR deemed there was sufficient contact on Ings’ lower leg and recommended an on-field review.]]",
                "“[[The referee overturned his original decision and awarded a penalty.]]”",
            ],
        ),
    ],
    events=[
        dict(
            t="a Premier League [[statement]] that", ty="Contact.Statement", Agent="a [[Premier League]] statement that"
        ),
    ],
)

DOCS["d10_irishtimes_qualceram_profit_warning"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="Qualceram said [[group sales for September were disappointing]], blaming",
            k="indirect",
            s="[[Qualceram]] said group sales",
            e="=",
            cue="Qualceram [[said]] group sales",
        ),
        dict(
            c="It said [[weakness in October had continued and is unlikely to improve significantly this month]].",
            k="indirect",
            s="[[It]] said weakness",
            e="[[Qualceram]] said group sales",
            cue="It [[said]] weakness",
        ),
        dict(
            c="The company said that [[its operating profit would be in the range of €10-€11 million]].",
            k="indirect",
            s="[[The company]] said that its operating",
            e="[[Qualceram]] said group sales",
            cue="The company [[said]] that its operating",
        ),
        dict(
            c='statement was "[[not a massive surprise given the current circumstances]]"',
            k="partial",
            s="unexpected, [[one broker]] said",
            cue="one broker [[said]] that",
        ),
        dict(
            c="said [[the company had devoted considerable resources to tackling its cost base since the Shires acquisition]].",
            k="indirect",
            s="Mr [[John O'Loughlin]], group",
            e="=",
            cue="chief executive, [[said]] the company",
        ),
        dict(
            c='acquisition. "[[Much progress has been made and, while there has been a cost of implementation in the current year, the benefits will be significant going forward.]]"',
            k="direct",
            s="Mr [[John O'Loughlin]], group",
            e="=",
            cue="chief executive, [[said]] the company",
        ),
        dict(
            c='consensus "[[at this point in time, would indicate that it is prudent to take the view that revenue growth in 2002 could be a single digit percentage]]"',
            k="partial",
            s="[[He]] added that the economic",
            e="Mr [[John O'Loughlin]], group",
            cue="He [[added]] that the economic",
        ),
        dict(
            c="Mr O'Loughlin said, despite the change in market conditions, [[the group was on a sound footing]].",
            k="indirect",
            s="Mr [[O'Loughlin]] said, despite",
            e="=",
            cue="O'Loughlin [[said]], despite",
        ),
        dict(
            c="shareholders were told [[to expect a year of consolidation after the Shires acquisition with the company working towards efficiencies]].",
            k="indirect",
            cue="shareholders were [[told]] to expect",
        ),
    ],
    events=[
        dict(t="following a profits [[warning]].", ty="Contact.Statement", Agent="Shares in [[Qualceram Shires]], the"),
        dict(t="following the [[attacks]] on the World", ty="Conflict.Attack", Target="on [[the World Trade Centre]]."),
        dict(
            t="business which it [[bought]] in September",
            ty="Transaction.Transfer-Ownership",
            Buyer="business which [[it]] bought",
            Artifact="from [[the British Shires business]] which",
            Time="bought in [[September last year]].",
        ),
        dict(t="Qualceram's [[statement]] was", ty="Contact.Statement", Agent="that [[Qualceram's]] statement"),
        dict(
            t='since the Shires [[acquisition]]. "Much',
            ty="Transaction.Transfer-Ownership",
            Artifact='since the [[Shires]] acquisition. "Much',
        ),
        dict(
            t="annual general [[meeting]] earlier",
            ty="Contact.Meet",
            Time="meeting [[earlier this year]], shareholders",
        ),
        dict(
            t="after the Shires [[acquisition]] with",
            ty="Transaction.Transfer-Ownership",
            Artifact="after the [[Shires]] acquisition with",
        ),
    ],
)

DOCS["d11_voa_senate_keeps_government_funded"] = dict(
    furniture=[
        ("[[News / USA]]", "navigation"),
        ("USA\n\n[[US Senate Keeps Government Funded]]", "headline"),
        ("Funded\n\n[[The US Capitol in Washington, DC\nThe US Capitol in Washington, DC]]", "caption"),
        ("[[Cindy Saine]]", "byline"),
        ("[[Amendment to restrict funding]]", "subhead"),
    ],
    quotes=[
        dict(
            c="Paul said [[he did not expect the measure to pass, but he wanted senators to have to go back home and explain to their constituents why they voted for aid to countries where there are violent anti-American protests]].",
            k="indirect",
            s="[[Paul]] said he did not",
            e="=",
            cue="Paul [[said]] he did not",
        ),
        dict(
            c='The senator said, "[[When you look at the polls>>]]',
            k="direct",
            s='[[The senator]] said, "When',
            e="Republican Senator [[Rand Paul]] of",
            cue='The senator [[said]], "When',
        ),
    ],
    events=[
        dict(
            t="the U.S. Senate has [[voted]] to keep", ty="Election.Vote", Agent="vote, [[the U.S. Senate]] has voted"
        ),
        dict(t="The [[vote]] was 62-30", ty="Election.Vote"),
        dict(
            t="forced a [[vote]] on his amendment",
            ty="Election.Vote",
            Agent="Republican Senator [[Rand Paul]] of",
            Patient="vote on [[his amendment]] to cut",
        ),
        dict(
            t="to cut U.S. [[aid]] to Pakistan",
            ty="Transaction.Transfer-Money",
            Giver="to cut [[U.S.]] aid",
            Recipient="aid to [[Pakistan, Libya and Egypt]], but",
        ),
        dict(
            t="overwhelmingtly [[defeated]] the measure",
            ty="Election.Vote",
            Agent="but [[the Senate]] overwhelmingtly",
            Patient="defeated [[the measure]] it",
        ),
        dict(
            t="keep the Senate from [[voting]] on",
            ty="Election.Vote",
            Agent="keep [[the Senate]] from voting",
            Patient="voting on [[a must-pass bill]] to fund",
        ),
        dict(
            t="to allow a [[vote]] on Paul's", ty="Election.Vote", Patient="a vote on [[Paul's amendment]] to cut off"
        ),
        dict(
            t="to cut off foreign [[aid]] to the three",
            ty="Transaction.Transfer-Money",
            Recipient="aid to [[the three countries]].",
        ),
        dict(t="why they [[voted]] for aid", ty="Election.Vote", Agent="why [[they]] voted"),
        dict(t="voted for [[aid]] to countries", ty="Transaction.Transfer-Money"),
        dict(t="anti-American [[protests]].", ty="Conflict.Demonstrate"),
        dict(t="think foreign [[aid]] in general", ty="Transaction.Transfer-Money"),
        dict(t="resumption of [[aid]] contingent", ty="Transaction.Transfer-Money"),
        dict(
            t="Egypt and Libya [[arresting]] the people",
            ty="Justice.Arrest-Jail",
            Agent="on [[Egypt and Libya]] arresting",
            Person="arresting [[the people responsible for the recent embassy and consulate attacks]]",
        ),
        dict(
            t="embassy and consulate [[attacks]]",
            ty="Conflict.Attack",
            Target="the recent [[embassy and consulate]] attacks",
        ),
        dict(
            t="and [[turning them over]] to U.S.",
            ty="Justice.Extradite",
            Person="turning [[them]] over",
            Destination="over to [[U.S. authorities]].",
        ),
        dict(
            t="Pakistan to [[release]] an imprisoned",
            ty="Justice.Release-Parole",
            Entity="required [[Pakistan]] to release",
            Person="release [[an imprisoned doctor]] who",
        ),
        dict(t="an [[imprisoned]] doctor", ty="Justice.Arrest-Jail", Person="an imprisoned [[doctor]] who"),
        dict(t="restrict foreign [[aid]] to countries", ty="Transaction.Transfer-Money"),
        dict(
            t="billions of dollars to [[send]] to people",
            ty="Transaction.Transfer-Money",
            Giver="but [[we]] somehow have",
            Money="have [[billions of dollars]] to send",
            Recipient="send to [[people who disrespect us and burn our flag]].",
        ),
    ],
)

DOCS["d12_drgnews_ap_house_rescissions"] = dict(
    furniture=[
        ("[[July 18, 2025:]]", "timestamp"),
        ("[[WASHINGTON (AP) —]] The House has", "dateline"),
        ("[[Story]]\n", "navigation"),
        ("[[WASHINGTON (AP) —]] The House gave", "dateline"),
    ],
    quotes=[
        dict(
            c="Democrats argued that [[the Republican administration’s animus toward foreign aid programs would hurt America’s standing in the world and create a vacuum for China to fill]].",
            k="indirect",
            s="[[Democrats]] argued",
            e="=",
            cue="Democrats [[argued]]",
        ),
        dict(
            c="White House argued that [[the cuts best served the taxpayer and would incentivize other nations to do more to address humanitarian crises]].",
            k="indirect",
            s="[[The White House]] argued",
            e="=",
            cue="The White House [[argued]]",
        ),
        dict(
            c="White House suggested [[it won’t be the last]].",
            k="indirect",
            s="and [[the White House]] suggested",
            e="=",
            cue="the White House [[suggested]]",
        ),
        dict(
            c="“[[We need to get back to fiscal sanity and this is an important step,]]” said",
            k="direct",
            s="House Speaker [[Mike Johnson]], R-La.",
            e="=",
            cue="step,” [[said]] House",
        ),
        dict(
            c="They said [[previous rescission efforts had at least some bipartisan buy-in]] and",
            k="indirect",
            s="[[They]] said previous",
            cue="They [[said]] previous",
        ),
    ],
    events=[
        dict(
            t="The House has [[approved]] (July",
            ty="Election.Vote",
            Agent="— [[The House]] has approved",
            Patient="approved (July 18, 2025) [[President Donald Trump’s request]] to claw",
        ),
        dict(t="public broadcasting and foreign [[aid]]. Democrats", ty="Transaction.Transfer-Money"),
        dict(t="animus toward foreign [[aid]] programs", ty="Transaction.Transfer-Money"),
        dict(
            t="The House gave final [[approval]] to",
            ty="Election.Vote",
            Agent="— [[The House]] gave final",
            Patient="approval to [[President Donald Trump’s request]] to claw back about $9 billion for public broadcasting and foreign aid early",
            Time="foreign aid [[early Friday (July 18, 2025)]] as",
        ),
        dict(t="public broadcasting and foreign [[aid]] early Friday", ty="Transaction.Transfer-Money"),
        dict(t="The [[vote]] marked", ty="Election.Vote"),
        dict(
            t="The House [[passed]] the bill",
            ty="Election.Vote",
            Agent="[[The House]] passed",
            Patient="passed [[the bill]] by",
        ),
        dict(t="on party-line [[votes]].", ty="Election.Vote"),
    ],
)

DOCS["d13_ripplesnigeria_nasa_exoplanet"] = dict(
    furniture=[
        ("[[date 2024-05-27 Tech]]", "timestamp"),
        ("[[NASA discovers new potentially habitable earth-size exoplanet]]", "headline"),
    ],
    quotes=[
        dict(
            c="Reports say [[Astronomers are interested in the discovery made by NASA’s Transiting Exoplanet Survey Satellite (TESS) because NASA’s James Webb Space Telescope may be used to further investigate the newly found exoplanet]].",
            k="indirect",
            s="[[Reports]] say Astronomers",
            cue="Reports [[say]] Astronomers",
        ),
        dict(
            c="found “[[the nearest, transiting, temperate, Earth-size world located to date.]]”",
            k="partial",
            s="[[He]] said they have found",
            e="[[Masayuki Kuzuhara]], a project",
            cue="He [[said]] they have found",
        ),
        dict(
            c="“[[We know of only a handful of temperate planets>>]]",
            k="direct",
            s="b,” [[he]] added.",
            e="[[Michael McElwain]], a research",
            cue="b,” he [[added]].",
            x=[
                "“[[To better understand the diversity of atmospheres and evolutionary outcomes for these planets, we need more examples like Gliese 12 b,]]”"
            ],
        ),
    ],
    events=[
        dict(
            t="Fukui, [[announced]] the discovery",
            ty="Contact.Statement",
            Agent="[[Masayuki Kuzuhara]], a project",
            Time="discovery on [[Saturday]].",
        ),
        dict(t="the development in a [[statement]].", ty="Contact.Statement", Agent="[[Michael McElwain]], a research"),
    ],
)

DOCS["d14_washingtonexaminer_tess_planet"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="[[The Transiting Exoplanet Survey Satellite began last April and has already made some exciting discoveries]], according",
            k="indirect",
            s="according to [[a report by CNN]].",
            e="a report by [[CNN]].",
            cue="discoveries, [[according to]] a report",
        ),
        dict(
            c="TESS say [[they have discovered a new planet about the size of Saturn]].",
            k="indirect",
            s="[[Scientists working with TESS]] say",
            cue="working with TESS [[say]]",
        ),
        dict(
            c="also announced [[they identified a catalog of stars, more than 1,800 of which might be prospects for supporting life]].",
            k="indirect",
            s="This week, [[a team of astronomers]] also",
            cue="astronomers also [[announced]]",
        ),
        dict(
            c="“[[I have 408 new favorite stars,]]”",
            k="direct",
            s="team [[Lisa Kaltenegger]] said.",
            e="=",
            cue="Lisa Kaltenegger [[said]].",
            x=["said. “[[It is amazing that I don’t have to pick just one; I now get to search hundreds of stars.]]”"],
        ),
        dict(
            c="“[[We don’t know how many planets TESS will find around the hundreds of stars in our catalog or whether they will be habitable. But the odds are in our favor,]]”",
            k="direct",
            s="favor,” [[she]] added.",
            e="team [[Lisa Kaltenegger]] said.",
            cue="favor,” she [[added]].",
        ),
    ],
    events=[
        dict(
            t="astronomers also [[announced]] they",
            ty="Contact.Statement",
            Agent="This week, [[a team of astronomers]] also",
            Time="[[This week]], a team",
        ),
    ],
)

DOCS["d15_localnewswave_texas_tornado"] = dict(
    furniture=[
        ("[[Forecasters warn of storms during peak Thanksgiving travel]]", "related"),
    ],
    quotes=[
        dict(
            c="[[At least one tornado touched down in Texas on Nov. 24, leaving behind a path of destruction with damage to over 100 homes and fallen trees]], officials said.",
            k="indirect",
            s="fallen trees, [[officials]] said.",
            cue="fallen trees, officials [[said]].",
        ),
        dict(
            c="[[The tornado went through parts of Harris County, which includes Houston, the afternoon of Nov. 24]], the National",
            k="indirect",
            s="Nov. 24, [[the National Weather Service office serving Houston and Galveston]] said",
            e="Nov. 24, the [[National Weather Service]] office",
            cue="Houston and Galveston [[said]].",
        ),
        dict(
            c="[[Its intensity has not yet been rated, and survey teams will head to the site on Nov. 25]], the weather",
            k="indirect",
            s="Nov. 25, [[the weather service]] said.",
            e="Nov. 24, the [[National Weather Service]] office",
            cue="the weather service [[said]]. A second",
        ),
        dict(
            c="[[The dozens of damaged homes are in the Memorial Northwest neighborhood]], Constable",
            k="indirect",
            s="Precinct 4 [[Mark Herman]] said",
            e="=",
            cue="Mark Herman [[said]] in a post",
        ),
        dict(
            c="[[On Nov. 24, first responders were searching the debris for any signs of injured or trapped residents]], he said.",
            k="indirect",
            s="residents, [[he]] said.",
            e="Precinct 4 [[Mark Herman]] said",
            cue="residents, he [[said]].",
        ),
        dict(
            c="“[[Our priority is the safety of our residents,]]” Herman",
            k="direct",
            s="residents,” [[Herman]] said.",
            e="=",
            cue="residents,” Herman [[said]].",
            x=[
                "said. “[[We are using every resource available to locate the injured, secure the area, and support our community through this emergency.]]”"
            ],
        ),
        dict(
            c="[[A fire broke out after a tree fell onto power lines and was quickly addressed by first responders]], Herman",
            k="indirect",
            s="responders, [[Herman]] said.",
            e="=",
            cue="responders, Herman [[said]].",
        ),
        dict(
            c="[[All staff were accounted for and safe]], officials",
            k="indirect",
            s="safe, [[officials]] said in a post.",
            cue="safe, officials [[said]] in a post.",
        ),
        dict(
            c='"[[Today our district was hit hard by the tornado. Thankful there were no reports of injuries,]]" said',
            k="direct",
            s="said [[Steve Wilson]], Harris",
            e="=",
            cue='injuries," [[said]] Steve',
        ),
        dict(
            c='there was a "[[long road]]" ahead',
            k="partial",
            s="said [[Steve Wilson]], Harris",
            e="=",
            cue="District 1, [[adding]] that",
        ),
    ],
    events=[
        dict(t="any signs of [[injured]] or trapped", ty="Life.Injure"),
        dict(t="hadn't reported any [[injuries]] as of", ty="Life.Injure", Time="as of [[early Nov. 25]]."),
        dict(t="no reports of [[injuries]],", ty="Life.Injure"),
        dict(t="to locate the [[injured]], secure", ty="Life.Injure"),
        dict(
            t="is also being [[investigated]] after",
            ty="Justice.Investigate",
            Patient="[[A second unconfirmed tornado]] on",
        ),
    ],
)

DOCS["d16_sirennet_ap_explosion_bodycams"] = dict(
    furniture=[
        (
            "[[A house explodes and bursts into flames in Minnesota, killing at least 1 person, fire chief says]]",
            "headline",
        ),
        ("[[BY MARGERY A. BECK from the Associated Press]]", "byline"),
        ("[[City Council in Portland, Oregon, approves $2.6M for police body cameras]]", "headline"),
        ("[[From the Associated Press]]\n", "byline"),
        ("[[PORTLAND, Ore. (AP) —]]", "dateline"),
    ],
    quotes=[
        dict(
            c="[[An explosion and subsequent fire leveled a home in a St. Paul, Minnesota, suburb early Thursday, killing at least one person]], a fire",
            k="indirect",
            s="one person, [[a fire official]] said.",
            cue="a fire official [[said]].",
        ),
        dict(
            c="[[The explosion happened just after 6:15 a.m. in South St. Paul]], said South",
            k="indirect",
            s="Chief [[Mark Juelfs]].",
            e="=",
            cue="St. Paul, [[said]] South",
        ),
        dict(
            c="[[Firefighters arrived within minutes and quickly extinguished the flames]], Juelfs",
            k="indirect",
            s="flames, [[Juelfs]] said.",
            e="=",
            cue="flames, Juelfs [[said]].",
        ),
        dict(
            c="[[Authorities haven’t yet identified the person and don’t yet know if there were other people in the house]], Juelfs",
            k="indirect",
            s="house, [[Juelfs]] said.",
            e="=",
            cue="house, Juelfs [[said]].",
        ),
        dict(
            c="“[[We can’t confirm whether there are additional victims until we sort through a lot of the debris,]]”",
            k="direct",
            s="debris,” [[he]] said.",
            e="Chief [[Mark Juelfs]].",
            cue="debris,” he [[said]].",
        ),
        dict(
            c="[[Fire officials are working with local police and public works officials to determine the cause of the blast]], Juelfs",
            k="indirect",
            s="blast, [[Juelfs]] said.",
            e="=",
            cue="blast, Juelfs [[said]].",
        ),
        dict(
            c="[[All of the city’s roughly 800 uniformed officers who interact with the public will have body-worn cameras by the summer, after training and further negotiations with the police union]], The",
            k="indirect",
            s="union, [[The Oregonian/OregonLive]] reported",
            e="=",
            cue="OregonLive [[reported]] Wednesday.",
        ),
        dict(
            c="But [[only around 300 patrol officers will be required to wear them routinely on their shifts]], the news",
            k="indirect",
            s="shifts, [[the news outlet]] reported.",
            e="union, [[The Oregonian/OregonLive]] reported",
            cue="the news outlet [[reported]].",
        ),
    ],
    events=[
        dict(
            t="early Thursday, [[killing]] at least one person",
            ty="Life.Die",
            Victim="killing [[at least one person]], a fire",
            Place="home in [[a St. Paul, Minnesota, suburb]] early",
            Time="suburb [[early Thursday]], killing",
        ),
        dict(
            t="one person [[dead]] inside",
            ty="Life.Die",
            Victim="turned up [[one person]] dead",
            Place="dead inside [[the garage]].",
        ),
        dict(
            t="Oregon, [[approved]] $2.6 million",
            ty="Election.Vote",
            Agent="— [[The City Council in Portland, Oregon]], approved",
            Patient="approved [[$2.6 million for permanent police body cameras]] in",
        ),
        dict(t="Firefighters [[arrived]] within", ty="Movement.Transport", Artifact="[[Firefighters]] arrived"),
        dict(t="further [[negotiations]] with", ty="Contact.Negotiate", Patient="with [[the police union]], The"),
    ],
)

DOCS["d17_democracyastray_ap_tulsa_arrests"] = dict(
    furniture=[],
    quotes=[
        dict(
            c="and said [[they would face murder charges in the recent shootings that terrorized Tulsa's black community and left three people dead and two others critically wounded]].",
            k="indirect",
            s="[[Police]] backed by a helicopter",
            cue="early Sunday and [[said]] they would",
        ),
        dict(
            c="Willingham said [[the two men were arrested at a home just north of Tulsa about 2 a.m. Sunday and were expected to be charged with three counts of first-degree murder and two counts of shooting with intent to kill in the spate of shootings early Friday]].",
            k="indirect",
            s="Officer [[Jason Willingham]] said",
            e="=",
            cue="Jason Willingham [[said]] the two",
        ),
        dict(
            c="He said [[police made the arrests after receiving an anonymous tip]].",
            k="indirect",
            s="[[He]] said police made",
            e="Officer [[Jason Willingham]] said",
            cue="He [[said]] police made",
        ),
        dict(
            c="said Sunday that [[word of the arrests had provided a great sense of relief]].",
            k="indirect",
            s="Rev. [[Warren Blakney Sr.]], president",
            e="=",
            cue="NAACP, [[said]] Sunday that",
        ),
        dict(
            c="“[[The community once again can go about its business without fear of there being a shooter on the streets on today, on Easter morning,]]”",
            k="direct",
            s="morning,” [[he]] said.",
            e="Rev. [[Warren Blakney Sr.]], president",
            cue="morning,” he [[said]].",
        ),
        dict(
            c="Police said they linked the shootings because [[they happened about the same time within a few miles of each other, and all five victims were out walking when they were shot]].",
            k="indirect",
            s="[[Police]] said they linked",
            cue="Police [[said]] they linked",
        ),
        dict(
            c="Police have said [[they don't believe the victims knew one another]].",
            k="indirect",
            s="[[Police]] have said they",
            cue="Police have [[said]] they",
        ),
        dict(
            c="“[[There obviously still is a lot of investigation]]” ahead",
            k="direct",
            s="ahead, Officer [[Willingham]] said Sunday.",
            e="=",
            cue="Willingham [[said]] Sunday. “We",
            x=[
                "Sunday. “[[We don't have a motive at this time. We are still asking questions and hopefully that will become clear in coming days.]]”"
            ],
        ),
    ],
    events=[
        dict(
            t="a helicopter [[arrested]] two men",
            ty="Justice.Arrest-Jail",
            Agent="[[Police]] backed by a helicopter",
            Person="arrested [[two men]] early",
            Time="two men [[early Sunday]] and",
        ),
        dict(
            t="face murder [[charges]] in the recent",
            ty="Justice.Charge-Indict",
            Defendant="said [[they]] would face",
            Crime="face [[murder]] charges",
        ),
        dict(
            t="in the recent [[shootings]] that terrorized",
            ty="Conflict.Attack",
            Target="terrorized [[Tulsa's black community]]",
        ),
        dict(t="three people [[dead]] and", ty="Life.Die", Victim="left [[three people]] dead"),
        dict(t="critically [[wounded]].", ty="Life.Injure", Victim="dead and [[two others]] critically"),
        dict(
            t="the two men were [[arrested]] at a home",
            ty="Justice.Arrest-Jail",
            Person="said [[the two men]] were arrested",
            Place="arrested at [[a home just north of Tulsa]] about",
            Time="Tulsa [[about 2 a.m. Sunday]] and",
        ),
        dict(
            t="expected to be [[charged]] with three",
            ty="Justice.Charge-Indict",
            Crime="counts of [[first-degree murder]] and",
        ),
        dict(t="the spate of [[shootings]] early Friday", ty="Conflict.Attack", Time="shootings [[early Friday]]."),
        dict(t="police made the [[arrests]] after", ty="Justice.Arrest-Jail", Agent="He said [[police]] made"),
        dict(t="described the [[shootings]] as racially", ty="Conflict.Attack"),
        dict(
            t="motivation for the [[shootings]] on Tulsa's",
            ty="Conflict.Attack",
            Place="on [[Tulsa's predominantly black north side]]",
        ),
        dict(t="word of the [[arrests]] had", ty="Justice.Arrest-Jail"),
        dict(t="they linked the [[shootings]] because", ty="Conflict.Attack"),
        dict(t="walking when they were [[shot]].", ty="Conflict.Attack", Target="walking when [[they]] were shot"),
        dict(
            t="identified those [[killed]] as",
            ty="Life.Die",
            Victim="as [[Dannaer Fields, 49, Bobby Clark, 54, and William Allen, 31]].",
        ),
        dict(t="a lot of [[investigation]]", ty="Justice.Investigate"),
    ],
)

DOCS["d18_kelvinsunday_solskjaer_injuries"] = dict(
    furniture=[
        ("[[Ticker]]", "navigation"),
        ("[[SOLSKJAER REPORTS THREE INJURIES AFTER EVERTON WIN]]", "headline"),
        ("[[BY KELVIN DANLADI ISA]]", "byline"),
    ],
    quotes=[
        dict(
            c="confirmed [[three Manchester United players picked up injuries during the 3-1 comeback victory over Everton at Goodison Park on Saturday]].",
            k="indirect",
            s="[[Ole Gunnar Solskjaer]] has confirmed",
            e="=",
            cue="Solskjaer has [[confirmed]]",
        ),
        dict(
            c="Ole said: \"[[yes. Victor's back>>]]",
            k="direct",
            s="problems, [[Ole]] said:",
            e="=",
            cue="Ole [[said]]:",
        ),
        dict(
            c="[[Give us another 24 hours or 26, 28 hours to recover and you'll get a better game from us,]] \"the manger",
            k="direct",
            s='us, "[[the manger]] fumed.',
            e="[[Ole Gunnar Solskjaer]] has confirmed",
            cue="the manger [[fumed]].",
            x=[
                'fumed. "[[The first half was top. Get on the ball, play and the goals we scored were fantastic.]] ',
                "[[In the second half they went into survival mode>>]]",
            ],
        ),
        dict(
            c="revealed [[illness was the reason why young striker Mason Greenwood was not in the squad to face Everton]].",
            k="indirect",
            s="[[Solskjaer]] has also revealed",
            e="=",
            cue="has also [[revealed]]",
        ),
    ],
    events=[
        dict(
            t="players picked up [[injuries]] during",
            ty="Life.Injure",
            Victim="confirmed [[three Manchester United players]] picked",
        ),
        dict(t="needing treatment on [[injuries]]", ty="Life.Injure", Victim="with [[three players]] now"),
    ],
)


DOCS["d19_wikinews_briefs_jokela_bindeez"] = dict(
    furniture=[
        ("[[Category:November 8, 2007]]", "headline"),
        ("[[From Wikinews, the free news source you can write!]]", "navigation"),
        ("[[Jump to navigation Jump to search]]", "navigation"),
        ("[[News briefs]]", "navigation"),
        ("[[Deadly shooting at high school in Finland]]", "subhead"),
        ("[[Illegal drug found to be used in the manufacture of toys]]", "subhead"),
    ],
    quotes=[
        dict(
            c="[[Eight people have been killed in a school shooting in Jokela, Finland]] according",
            k="indirect",
            s="according to [[an official police briefing]].",
            cue="Finland [[according to]] an official",
        ),
        dict(
            c="police said that [[they arrested the shooter after a siege situation at the Jokela School Centre]].",
            k="indirect",
            s="(UTC+2), [[police]] said that",
            cue="police [[said]] that they arrested",
        ),
        dict(
            c="The police say that [[the shooter had probably shot himself at some point in an apparent suicide attempt]].",
            k="indirect",
            s="[[The police]] say that",
            cue="The police [[say]] that",
        ),
        dict(
            c="The police confirmed that [[they had not used weapons during the incident]].",
            k="indirect",
            s="[[The police]] confirmed that",
            cue="The police [[confirmed]] that",
        ),
    ],
    events=[
        dict(
            t="have been [[killed]] in a school",
            ty="Life.Die",
            Victim="[[Eight people]] have been killed",
            Place="shooting in [[Jokela, Finland]] according",
        ),
        dict(
            t="a school [[shooting]] in Jokela", ty="Conflict.Attack", Place="shooting in [[Jokela, Finland]] according"
        ),
        dict(t="official police [[briefing]].", ty="Contact.Statement", Agent="official [[police]] briefing."),
        dict(
            t="At least 12 people were [[injured]] from", ty="Life.Injure", Victim="[[At least 12 people]] were injured"
        ),
        dict(t="glass and other [[injuries]] during", ty="Life.Injure", Victim="[[At least 12 people]] were injured"),
        dict(t="injuries during [[evacuation]]", ty="Movement.Transport"),
        dict(t="the eight that [[perished]]", ty="Life.Die", Victim="Besides [[the eight]] that perished"),
        dict(t="received a gunshot [[wound]]", ty="Life.Injure", Victim="only [[one other person]] has been"),
        dict(
            t="At a news [[conference]] at 18:00",
            ty="Contact.Statement",
            Time="conference at [[18:00 EET (UTC+2)]], police",
        ),
        dict(
            t="they [[arrested]] the shooter",
            ty="Justice.Arrest-Jail",
            Agent="said that [[they]] arrested",
            Person="arrested [[the shooter]] after",
        ),
        dict(
            t="had probably [[shot]] himself",
            ty="Conflict.Attack",
            Attacker="that [[the shooter]] had probably",
            Target="shot [[himself]] at",
        ),
        dict(
            t="He [[died]] at nearby",
            ty="Life.Die",
            Victim="[[He]] died at nearby",
            Place="at [[nearby Töölö Hospital]] at",
            Time="Hospital at [[22:14 EET]].",
        ),
        dict(
            t="also [[sold]] in the United States",
            ty="Transaction.Transfer-Ownership",
            Artifact="[[The toy]] is also sold",
            Place="sold in [[the United States]] as",
        ),
    ],
)

DOCS["d20_wikiactu_met_hacking_investigation"] = dict(
    furniture=[
        ("[[Wiki Actu en]]", "navigation"),
        ("[[July 31, 2011]]\n\nBritish", "timestamp"),
        ("2011\n\n[[British police launch computer hacking investigation]]\n\nBritish", "headline"),
        ("investigation\n\n[[British police launch computer hacking investigation]]\n\nFrom", "headline"),
        ("[[From Wikinews, the free news source you can write!]]", "navigation"),
        ("[[Jump to: navigation, search]]", "navigation"),
        ("[[Sunday, July 31, 2011]]", "timestamp"),
        ("[[United Kingdom\nRelated articles\n  • 26 June 2015>>]]", "related"),
        ("[[  • 25 June 2015>>]]", "related"),
        ("[[  • 13 June 2015>>]]", "related"),
        ("[[  • 6 June 2015>>]]", "related"),
        ("[[  • 4 June 2015>>]]", "related"),
        ("[[Location of the United Kingdom\nUnited Kingdom (orthographic projection).svg]]", "caption"),
        ("[[Collaborate!\n  • Pillars of Wikinews writing\n  • Writing an article]]", "navigation"),
    ],
    quotes=[
        dict(
            c="but now, “[[some aspects of that operation are being moved towards investigation]]”",
            k="partial",
            s="According to [[a spokesperson for Scotland Yard]], computer",
            e="a spokesperson for [[Scotland Yard]], computer",
            cue="[[According to]] a spokesperson",
        ),
        dict(
            c="Police said that [[the computer hacking claims were not within the remit of the phone hacking allegation probe, so a separate investigation had to be launched]].",
            k="indirect",
            s="[[The Metropolitan Police]] said that the computer",
            e="=",
            cue="Metropolitan Police [[said]] that the computer",
        ),
    ],
    events=[
        dict(
            t="has [[announced]] its intention", ty="Contact.Statement", Agent="[[The Metropolitan Police]], a British"
        ),
        dict(
            t="commence a new [[investigation]] related",
            ty="Justice.Investigate",
            Agent="[[The Metropolitan Police]], a British",
            Patient="related to [[allegations of computer hacking]].",
        ),
        dict(t="the launch of the [[probe]], codenamed", ty="Justice.Investigate"),
        dict(t="being moved towards [[investigation]]", ty="Justice.Investigate"),
        dict(
            t="which has [[investigated]] alleged",
            ty="Justice.Investigate",
            Agent="during [[Operation Weeting]], which",
            Patient="investigated [[alleged phone hacking offences]].",
        ),
        dict(t="allegation [[probe]], so", ty="Justice.Investigate"),
        dict(t="a separate [[investigation]] had", ty="Justice.Investigate"),
    ],
)

DOCS["d21_wikinews_mirror_west_midlands_drugs"] = dict(
    furniture=[
        (
            "[[Friday, January 1, 2021]]\nAfter an active year of original content published on the English-language Wikinews, we take a look back at some of the two dozen-plus original reports from our contributors during 2020.\nFriday",
            "timestamp",
        ),
        (
            "[[After an active year of original content published on the English-language Wikinews, we take a look back at some of the two dozen-plus original reports from our contributors during 2020.]]\nFriday",
            "related",
        ),
        (
            "2020.\n[[Friday, January 1, 2021]]\nAfter an active year of original content published on the English-language Wikinews, we take a look back at some of the two dozen-plus original reports from our contributors during 2020.\nMonday",
            "timestamp",
        ),
        (
            "[[After an active year of original content published on the English-language Wikinews, we take a look back at some of the two dozen-plus original reports from our contributors during 2020.]]\nMonday",
            "related",
        ),
        ("[[Monday, December 2, 2013]]", "timestamp"),
        (
            "[[The impact this seizure will have on drug dealing in the region and the UK as a whole cannot be underestimated | ||]]",
            "pullquote",
        ),
    ],
    quotes=[
        dict(
            c="today said [[nearly 200 kilograms worth of drugs with value possibly as great as £30 million (about US$49 million or €36 million) has been seized from a unit in the town of Brownhills]].",
            k="indirect",
            s="[[Police in the West Midlands in England]] today said",
            e="=",
            cue="in England today [[said]] nearly",
        ),
        dict(
            c="as “[[one of the largest [seizures] in the force’s 39 year history]]”",
            k="partial",
            s="In what [[an officer]] described",
            cue="an officer [[described]] as",
        ),
        dict(
            c="West Midlands Police reported [[recovering six big cellophane-wrapped cardboard boxes containing cannabis, cocaine, and MDMA (“ecstasy”) in a police raid operation on the Maybrook Industrial Estate in the town on Wednesday]].",
            k="indirect",
            s="history”, [[West Midlands Police]] reported",
            e="=",
            cue="West Midlands Police [[reported]] recovering",
        ),
        dict(
            c="“[[When officers opened the boxes they discovered a deep layer of protective foam chips beneath which the drugs were carefully layered]]”",
            k="direct",
            s="”, [[the force]] said.",
            e="history”, [[West Midlands Police]] reported",
            cue="”, the force [[said]].",
            x=[
                "said. “[[All the drugs were wrapped in thick plastic bags taped closed with the cannabis vacuum packed to prevent its distinctive pungent aroma from drawing unwanted attention.]]”"
            ],
        ),
    ],
    events=[
        dict(
            t="has been [[seized]] from a unit",
            ty="Transaction.Seize",
            Agent="[[Police in the West Midlands in England]] today said",
            Patient="said [[nearly 200 kilograms worth of drugs]] with",
            Place="from [[a unit in the town of Brownhills]].",
            Time="England [[today]] said",
        ),
        dict(t="one of the largest [[[seizures]]]", ty="Transaction.Seize"),
        dict(
            t="reported [[recovering]] six",
            ty="Transaction.Seize",
            Agent="history”, [[West Midlands Police]] reported",
            Patient="recovering [[six big cellophane-wrapped cardboard boxes]] containing",
            Place="on [[the Maybrook Industrial Estate]] in",
            Time="in the town on [[Wednesday]].",
        ),
        dict(t="The [[seized]] boxes", ty="Transaction.Seize", Patient="The seized [[boxes]], which"),
        dict(
            t="In a press [[release]], West",
            ty="Contact.Statement",
            Agent="release, [[West Midlands Police]] described",
        ),
        dict(
            t="Police [[moved]] the drugs",
            ty="Movement.Transport",
            Agent="[[Police]] moved the drugs",
            Artifact="moved [[the drugs]] via",
            Vehicle="via [[forklift truck]] to",
            Destination="to [[a flatbed lorry]] to",
        ),
    ],
)


def locate(text: str, anchor: str):  # noqa: ANN201
    """`find`, plus two endings for long targets: `>>` runs to the end of the line (less a closing
    quotation mark), `>>>` to the end of the text."""
    from build_gold import _ANCHOR

    m = _ANCHOR.match(anchor)
    if not m or not m.group(2).endswith(">>"):
        return find(text, anchor)
    left, target, right = m.groups()
    to_end = target.endswith(">>>")
    span = find(text, f"{left}[[{target.rstrip('>')}]]{right}")
    end = len(text.rstrip()) if to_end else (text.find("\n", span.end) % (len(text) + 1))  # a target's last line
    while text[end - 1] in ' ”"’':
        end -= 1
    return type(span)(start=span.start, end=end)


def build_quote(text: str, q: dict[str, Any]) -> Quote:
    speaker = locate(text, q["s"]) if "s" in q else None
    entity = speaker if q.get("e") == "=" else locate(text, q["e"]) if "e" in q else None
    return Quote(
        content=locate(text, q["c"]),
        quote_kind=q["k"],
        speaker=speaker,
        speaker_entity=entity,
        cue=locate(text, q["cue"]) if "cue" in q else None,
        extra=tuple(locate(text, a) for a in q.get("x", ())),
    )


def build_event(text: str, e: dict[str, Any]) -> Event:
    roles = {k: locate(text, v) for k, v in e.items() if k[0].isupper()}
    return Event(trigger=locate(text, e["t"]), type=e["ty"], arguments=roles)


def build() -> None:
    lines = []
    for doc_id, spec in DOCS.items():
        doc = read_text_file(TEXTS / f"{doc_id}.txt")
        text = doc.text
        furniture = [
            Boilerplate(start=s.start, end=s.end, label=kind)
            for s, kind in ((locate(text, a), kind) for a, kind in spec["furniture"])
        ]
        quotes = [build_quote(text, q) for q in spec["quotes"]]
        events = [build_event(text, e) for e in spec["events"]]
        lines.append(
            {
                "id": doc_id,
                "text_hash": doc.content_hash,
                "entities": [],
                "quotes": [quote_line(text, q) for q in quotes],
                "events": [event_line(text, e) for e in events],
                "boilerplate": [{**b.model_dump(mode="json"), "text": text[b.start : b.end]} for b in furniture],
            }
        )
    OUT.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8")
    counts = {k: sum(len(line[k]) for line in lines) for k in ("quotes", "events", "boilerplate")}
    print(f"wrote {OUT.name}: {len(lines)} documents {counts}")


if __name__ == "__main__":
    build()
