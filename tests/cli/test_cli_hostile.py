"""Every command that prints data, on the hostile corpus: no control code of the data reaches the
terminal, no markup of the data is parsed, and the rest of the data still shows.

Rich is forced to behave as on a terminal (FORCE_COLOR), so a parsed `[link=...]` would emit its
OSC 8 sequence and a parsed `[bold red]` would swallow its brackets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import cli
from hostile_data import (
    CLOSE,
    LABEL,
    LINK,
    NAME_ESCAPE,
    NAME_MARKUP,
    OSC52,
    RICH,
    bidi_in,
    control_problems,
    hostile_jsonl,
    hostile_store,
)

from annotator.core.models import Decision, Entity, Unit
from annotator.store import Layer, open_store


@pytest.fixture(autouse=True)
def _terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def hostile_db(db_path: Path) -> Path:
    store = hostile_store(db_path)
    # The model's suggestions judged by an editor: the label table of `stats` names the hostile label.
    uid = store.add_units(
        Layer.suggestions_name("m", "1"), [Unit(doc_id="h1", body=Entity(start=0, end=5, label=LABEL))]
    )[0]
    after = Unit(doc_id="h1", body=Entity(start=0, end=5, label=LABEL), state="accepted", origin_id=uid)
    store.decide([Decision(doc_id="h1", annotator=NAME_MARKUP, action="accept", after=after.model_dump(mode="json"))])
    store.close()
    return db_path


def clean(out: str, err: str) -> None:
    assert control_problems(out + err, program_escapes=True) == []


def test_docs_table_and_json(hostile_db: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = cli(capsys, hostile_db, "docs", "--annotator", "alice")
    assert code == 0
    clean(out, err)
    assert "Kremlin" in out and RICH in out and "Out␛[?1049l" in out and "x␛]52;c;" in out
    assert not bidi_in(out)  # a table row is a one-line place
    code, out, err = cli(capsys, hostile_db, "docs", "--json")
    assert code == 0
    clean(out, err)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["title"].startswith("Kremlin " + RICH) and OSC52 in rows[0]["title"]  # the data, exactly


def test_stats_with_a_name_that_is_markup(hostile_db: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = cli(capsys, hostile_db, "stats")
    assert code == 0, err
    clean(out, err)
    assert NAME_MARKUP in out and "EV␛]52" in out  # the names and the label, shown as written
    code, out, err = cli(capsys, hostile_db, "stats", "--json")
    assert code == 0
    clean(out, err)
    assert NAME_ESCAPE in json.loads(out)["documents"]["by_annotator"]


def test_agreement_tables_and_json(hostile_db: Path, capsys: pytest.CaptureFixture) -> None:
    store = open_store(hostile_db)
    store.set_status("h1", NAME_ESCAPE, "done")  # both finished: h1 is compared, its hostile labels shown
    store.close()
    code, out, err = cli(capsys, hostile_db, "agreement", "--by", "label", "--by", "pair", "--by", "document")
    assert code == 0, err
    clean(out, err)
    assert NAME_MARKUP in out and "x␛]52" in out
    code, out, err = cli(capsys, hostile_db, "agreement", "--json")
    assert code == 0
    clean(out, err)
    assert set(json.loads(out)["annotators"]) == {NAME_MARKUP, NAME_ESCAPE}


def test_assign_refuses_bad_names_and_shows_the_table(hostile_db: Path, capsys: pytest.CaptureFixture) -> None:
    for bad in (f"ana,{RICH}", "ana,b c", f"ana,{OSC52}", "ana," + "x" * 500, "ana,li\nne"):
        code, out, err = cli(capsys, hostile_db, "assign", "--annotators", bad, "--overlap", "1")
        assert code == 2 and "not a valid annotator name" in err, (bad, err)
        clean(out, err)
    code, out, err = cli(capsys, hostile_db, "assign", "--annotators", "ana,ben", "--overlap", "1")
    assert code == 0
    clean(out, err)
    assert "ana" in out


def test_review_refuses_a_bad_adjudicator(hostile_db: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = cli(capsys, hostile_db, "review", "--adjudicator", f"judge {OSC52}", "--no-model")
    assert code == 2 and "--adjudicator" in err and "not a valid annotator name" in err
    clean(out, err)


@pytest.mark.parametrize("name", [RICH, "b c", OSC52, "x" * 500, "a\nb", CLOSE])
def test_annotator_option_refuses_bad_names(hostile_db: Path, capsys: pytest.CaptureFixture, name: str) -> None:
    code, out, err = cli(capsys, hostile_db, "docs", "--annotator", name)
    assert code == 2 and "not a valid annotator name" in err
    clean(out, err)
    code, out, err = cli(
        capsys, hostile_db, "export", "--layer", f"annotator:{name}", "--out", str(hostile_db.parent / "o.jsonl")
    )
    assert code == 2 and "not a valid annotator name" in err
    clean(out, err)


def test_export_progress_and_summary(hostile_db: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = cli(capsys, hostile_db, "export", "--layer", "all", "--out", str(hostile_db.parent / "all.jsonl"))
    assert code == 0, err
    clean(out, err)
    code, out, err = cli(
        capsys, hostile_db, "export", "--layer", f"{LINK}{OSC52}", "--out", str(hostile_db.parent / "x.jsonl")
    )
    assert code == 2 and "unknown layer" in err
    clean(out, err)


def test_import_errors_quote_headers_and_lines_safely(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "c.db"
    csv = tmp_path / "bad.csv"
    csv.write_text(f"id,{OSC52}{RICH}\n1,hello\n", encoding="utf-8")
    code, out, err = cli(capsys, db, "import", str(csv))
    assert code == 2 and "no column 'text'" in err
    clean(out, err)
    assert RICH in err  # the header is quoted, visibly, not styled
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "fine"}) + "\n" + f"{{{OSC52} {LINK}\n", encoding="utf-8")
    code, out, err = cli(capsys, db, "import", str(bad))
    assert code == 2
    clean(out, err)
    code, out, err = cli(capsys, db, "import", str(hostile_jsonl(tmp_path / "h.jsonl")))
    assert code == 0, err
    clean(out, err)
    code, out, err = cli(capsys, db, "import", str(tmp_path / "h.jsonl"), "--annotator", OSC52)
    assert code == 2 and "not a valid annotator name" in err
    clean(out, err)


def test_schema_show_toml_and_json(hostile_db: Path, capsys: pytest.CaptureFixture) -> None:
    import tomllib

    code, out, err = cli(capsys, hostile_db, "schema", "show")
    assert code == 0
    clean(out, err)
    assert LABEL in [label["name"] for label in tomllib.loads(out)["entity_labels"]]  # still the exact schema
    code, out, err = cli(capsys, hostile_db, "schema", "show", "--json")
    assert code == 0
    clean(out, err)
    assert LABEL in [label["name"] for label in json.loads(out)["entity_labels"]]


def test_evaluate_errors_quote_ids_safely(hostile_db: Path, capsys: pytest.CaptureFixture) -> None:
    gold = hostile_db.parent / "gold.jsonl"
    gold.write_text(json.dumps({"id": f"nope{OSC52}{RICH}", "text": "x", "quotes": []}) + "\n", encoding="utf-8")
    code, out, err = cli(capsys, hostile_db, "evaluate", "--gold", str(gold))
    assert code == 2
    clean(out, err)
    assert "nope␛]52" in err
    code, out, err = cli(capsys, hostile_db, "evaluate", "--gold", str(gold), "--model", f"m{OSC52}")
    assert code == 2
    clean(out, err)
