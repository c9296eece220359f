"""Pre-annotated JSONL (ours and Prodigy's) loads as an annotator's layer on the normalised text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from importers_helpers import dump, run_cli, write

from annotator.core.text import normalise
from annotator.store import Layer, open_store

# Raw text as a file might give it: BOM, CRLF, decomposed accents (e + U+0301).
RAW = "\ufeffLavrov met Jose\u0301 Gonza\u0301lez\r\nin Moscow.\r\n\u201cWe talked,\u201d Lavrov said."


def _at(raw: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = raw.index(word, start + 1)
    return {"start": start, "end": start + len(word), "text": word}


def _ours_record(doc_id: str = "d1") -> dict:
    return {
        "id": doc_id,
        "title": "Talks",
        "layer": "annotator:someone",
        "status": "done",
        "text": RAW,
        "entities": [
            {**_at(RAW, "Lavrov"), "label": "PERSON"},
            {**_at(RAW, "Jose\u0301 Gonza\u0301lez"), "label": "PERSON"},
            {**_at(RAW, "Moscow"), "label": "GPE"},
        ],
        "quotes": [
            {
                "content": _at(RAW, "We talked,"),
                "kind": "direct",
                "speaker": _at(RAW, "Lavrov", 1),
                "cue": _at(RAW, "said"),
            }
        ],
        "events": [
            {
                "trigger": _at(RAW, "met"),
                "type": "Contact.Meet",
                "arguments": {"Entity": _at(RAW, "Lavrov"), "Place": _at(RAW, "Moscow")},
            }
        ],
    }


def _layer_units(db: Path, doc_id: str, annotator: str) -> list:
    store = open_store(db)
    try:
        return store.units(doc_id, Layer.annotator_name(annotator))
    finally:
        store.close()


def _stored_text(db: Path, doc_id: str) -> str:
    store = open_store(db)
    try:
        return store.document(doc_id).text
    finally:
        store.close()


def _covered(text: str, span: object) -> str:
    return text[span.start : span.end]


def test_our_format_spans_follow_the_normalisation(tmp_path: Path, db_path: Path) -> None:
    path = write(tmp_path / "gold.jsonl", json.dumps(_ours_record()) + "\n")
    assert run_cli(db_path, "import", str(path), "--annotator", "alice") == 0
    text = _stored_text(db_path, "d1")
    assert text == normalise(RAW)
    units = _layer_units(db_path, "d1", "alice")
    by_kind = {k: [u for u in units if u.kind == k] for k in ("entity", "quote", "event")}
    assert [_covered(text, u.body) for u in by_kind["entity"]] == ["Lavrov", "José González", "Moscow"]
    quote = by_kind["quote"][0].body
    assert (_covered(text, quote.content), _covered(text, quote.speaker), _covered(text, quote.cue)) == (
        "We talked,",
        "Lavrov",
        "said",
    )
    event = by_kind["event"][0].body
    assert _covered(text, event.trigger) == "met"
    assert {r: _covered(text, s) for r, s in event.arguments.items()} == {"Entity": "Lavrov", "Place": "Moscow"}
    assert all(u.state == "accepted" and u.provenance["imported_from"] == str(path) for u in units)


def test_prodigy_spans_follow_the_normalisation(tmp_path: Path, db_path: Path) -> None:
    task = {
        "text": RAW,
        "meta": {"source": "wire"},
        "spans": [
            {**_at(RAW, "Moscow"), "label": "GPE"},
            {**_at(RAW, "Jose\u0301 Gonza\u0301lez"), "label": "PERSON"},
        ],
        "answer": "accept",
        "_input_hash": 1,
        "_task_hash": 2,
    }
    path = write(tmp_path / "prodigy.jsonl", json.dumps(task) + "\n")
    assert run_cli(db_path, "import", str(path), "--annotator", "bob") == 0
    store = open_store(db_path)
    try:
        [doc] = store.documents()
        units = store.units(doc.id, Layer.annotator_name("bob"))
    finally:
        store.close()
    assert sorted(_covered(doc.text, u.body) for u in units) == ["José González", "Moscow"]


def test_span_inside_a_merged_character_is_a_bad_line(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    record = _ours_record()
    start = RAW.index("Jose\u0301")
    record["entities"] = [{"start": start, "end": start + 4, "text": "Jose", "label": "PERSON"}]  # cuts e|U+0301
    assert (
        run_cli(db_path, "import", str(write(tmp_path / "x.jsonl", json.dumps(record) + "\n")), "--annotator", "a") == 2
    )
    assert (
        "x.jsonl:1: entities[0].end: offset 16 falls inside a character that normalisation (NFC) merges"
        in capsys.readouterr().err
    )


def test_annotations_for_a_document_already_imported(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    plain = write(tmp_path / "plain.jsonl", json.dumps({"id": "d1", "text": RAW}) + "\n")
    assert run_cli(db_path, "import", str(plain)) == 0
    pre = write(tmp_path / "pre.jsonl", json.dumps(_ours_record("other-id")) + "\n")
    assert run_cli(db_path, "import", str(pre), "--annotator", "carol") == 0
    assert "0 imported, 1 duplicate skipped, 0 rejected, 5 annotations" in capsys.readouterr().out
    assert len(_layer_units(db_path, "d1", "carol")) == 5
    before = dump(db_path)
    assert run_cli(db_path, "import", str(pre), "--annotator", "carol") == 0
    assert "1 already annotated by this annotator" in capsys.readouterr().out
    assert dump(db_path) == before


def test_skip_bad_writes_rejects_and_keeps_good_lines(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    bad_label = _ours_record("d2")
    bad_label["entities"][0]["label"] = "WIZARD"
    lines = [json.dumps(_ours_record("d1")), "{not json", json.dumps(bad_label), json.dumps({"text": "plain one"})]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    rejects = tmp_path / "out" / "rejects.jsonl"
    code = run_cli(db_path, "import", str(path), "--annotator", "dan", "--skip-bad", "--rejects", str(rejects))
    out = capsys.readouterr().out
    assert code == 1
    assert "2 imported, 0 duplicates skipped, 2 rejected" in out and str(rejects) in out
    entries = [json.loads(x) for x in rejects.read_text("utf-8").splitlines()]
    assert [(e["file"], e["line"]) for e in entries] == [(str(path), 2), (str(path), 3)]
    assert entries[0]["reason"].startswith("not valid JSON") and entries[0]["record"] == "{not json"
    assert "unknown entity label 'WIZARD'" in entries[1]["reason"] and entries[1]["record"]["id"] == "d2"
    assert len(_layer_units(db_path, "d1", "dan")) == 5


def test_status_from_the_record_is_the_annotators_status(tmp_path: Path, db_path: Path) -> None:
    ours = _ours_record("d1")
    tasks = [
        {"text": "Accepted task text.", "spans": [], "answer": "accept"},
        {"text": "Ignored task text.", "spans": [], "answer": "ignore"},
    ]
    write(tmp_path / "a.jsonl", json.dumps(ours) + "\n")
    write(tmp_path / "b.jsonl", "\n".join(json.dumps(t) for t in tasks) + "\n")
    assert run_cli(db_path, "import", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--annotator", "eve") == 0
    store = open_store(db_path)
    try:
        by_text = {d.text: d.id for d in store.documents()}
        assert store.state("d1", "eve").status == "done"
        assert store.state(by_text["Accepted task text."], "eve").status == "done"
        assert store.state(by_text["Ignored task text."], "eve").status == "skipped"
        assert store.status_counts("eve") == {"eve": {"done": 2, "skipped": 1}}
    finally:
        store.close()


def test_unwritable_rejects_file_is_refused_before_importing(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    blocker = write(tmp_path / "file", "not a folder")
    path = write(tmp_path / "a.jsonl", '{"text": "fine"}\n[1]\n')
    assert run_cli(db_path, "import", str(path), "--skip-bad", "--rejects", str(blocker / "rejects.jsonl")) == 2
    assert "cannot create its folder" in capsys.readouterr().err
    assert not db_path.exists()


def test_a_suggestion_score_imports_and_a_score_out_of_range_is_a_bad_line(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """Our export of a suggestions layer carries `score`: it reads back; a score past 1 is refused, nothing written."""
    start = RAW.index("Moscow")
    scored = {"start": start, "end": start + 6, "text": "Moscow", "label": "GPE", "score": 0.83}
    good = {**_ours_record("s1"), "entities": [scored]}
    assert (
        run_cli(db_path, "import", str(write(tmp_path / "ok.jsonl", json.dumps(good) + "\n")), "--annotator", "a") == 0
    )
    assert [u.body.label for u in _layer_units(db_path, "s1", "a") if u.body.kind == "entity"] == ["GPE"]
    before = dump(db_path)
    bad = {**_ours_record("s2"), "text": RAW + " Again.", "entities": [{**scored, "score": 7}]}
    assert (
        run_cli(db_path, "import", str(write(tmp_path / "bad.jsonl", json.dumps(bad) + "\n")), "--annotator", "a") == 2
    )
    assert "bad.jsonl:1: entities[0]" in capsys.readouterr().err
    assert dump(db_path) == before
