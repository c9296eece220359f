"""spaCy DocBin: loads with DocBin().from_disk, every unit is there, and spaCy's own checks pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import TRICKY, export, sample_documents, sample_gold, tricky_units

from annotator.export.spacy_docbin import LEFT_OUT_OF_ENTS
from annotator.store import SqliteStore, open_store


def _docs(path: Path) -> list[Any]:
    import spacy
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(spacy.blank("en").vocab))


def _chars(span: Any) -> tuple[int, int, str]:
    return span.start_char, span.end_char, span.label_


def test_docbin_holds_every_unit_with_its_links(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, stats = export(gold_store, tmp_path, "spacy")
    docs = _docs(out)
    assert len(docs) == 3
    doc = docs[2]
    assert doc.text == TRICKY
    units = [u.body for u in tricky_units("tricky/1", TRICKY)]
    ents = [(b.start, b.end, b.label) for b in units if b.kind == "entity"]
    assert sorted(_chars(s) for s in doc.spans["entities"]) == sorted(ents)
    # "Paulo" overlaps the longer "São Paulo": left out of doc.ents, counted, kept in the group
    assert sorted(_chars(s) for s in doc.ents) == sorted(e for e in ents if e[2] != "PERSON" or e[0] != 46)
    assert stats.notes[LEFT_OUT_OF_ENTS] == 1
    data = doc.user_data["annotator"]
    assert (data["id"], data["layer"], data["meta"]) == ("tricky/1", "gold", {"source": "test"})
    quotes = [b for b in units if b.kind == "quote"]
    for body, link in zip(quotes, data["quotes"], strict=True):
        content = doc.spans["quotes"][link["content"]]
        assert _chars(content) == (body.content.start, body.content.end, body.quote_kind)
        assert doc.spans["speakers"][link["speaker"]].text == body.speaker.text_of(TRICKY)
        assert doc.spans["cues"][link["cue"]].text == body.cue.text_of(TRICKY)
        assert [doc.spans["quote_parts"][i].text for i in link["parts"]] == [p.text_of(TRICKY) for p in body.extra]
    assert data["quotes"][1]["speaker_entity"] is None
    (event,) = [b for b in units if b.kind == "event"]
    (elink,) = data["events"]
    assert _chars(doc.spans["triggers"][elink["trigger"]]) == (event.trigger.start, event.trigger.end, "Contact.Meet")
    args = {role: _chars(doc.spans["arguments"][i]) for role, i in elink["arguments"].items()}
    assert args == {role: (s.start, s.end, role) for role, s in event.arguments.items()}


def test_gold_entities_of_the_samples_align_to_tokens(tmp_path: Path) -> None:
    store = _sample_gold_store(tmp_path)
    out, stats = export(store, tmp_path, "spacy")
    docs = _docs(out)
    wanted = sum(len(sample_gold(d)) for d in sample_documents())
    assert sum(len(d.ents) for d in docs) == wanted == stats.units["entities"]
    assert not stats.dropped
    store.close()


def test_spacy_debug_data_accepts_the_exported_gold(tmp_path: Path) -> None:
    """spaCy's own data check on the sample gold: loadable, aligned, no entity on whitespace."""
    from spacy.cli.init_config import init_config

    store = _sample_gold_store(tmp_path)
    out, _ = export(store, tmp_path, "spacy", name="gold.spacy")
    store.close()
    config = tmp_path / "config.cfg"
    init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False).to_disk(config)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "debug",
            "data",
            str(config),
            "--paths.train",
            str(out),
            "--paths.dev",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )
    report = result.stdout
    for line in (
        "Corpus is loadable",
        "Pipeline can be initialized with data",
        "0 missing value(s)",
        "No entities consisting of or starting/ending with whitespace",
    ):
        assert line in report, report
    # Five articles are too few to train on: that is the only error spaCy may report.
    errors = [ln for ln in report.splitlines() if "✘" in ln and "error" not in ln]
    assert all("Low number of examples" in ln for ln in errors), errors


def _sample_gold_store(tmp_path: Path) -> SqliteStore:
    store = open_store(tmp_path / "samples.db")
    docs = sample_documents()
    store.insert_documents(docs)
    for doc in docs:
        store.add_units("gold", sample_gold(doc))
    return store


def test_the_msgpack_encoder_shortcut_is_undone_after_export(gold_store: SqliteStore, tmp_path: Path) -> None:
    from srsly.msgpack import msgpack_encoders

    export(gold_store, tmp_path, "spacy")
    assert "get_all" not in vars(msgpack_encoders)  # the registry's own method is back


GOLD_FILE = Path(__file__).resolve().parents[1] / "suggest" / "gold" / "sample_gold.jsonl"


def _imported_sample_gold(tmp_path: Path) -> Path:
    """corpus.db holding the shipped sample gold (with its page furniture) as annotator:gold."""
    from annotator.cli import main

    db = tmp_path / "corpus.db"
    assert main(["--db", str(db), "import", str(GOLD_FILE), "--annotator", "gold"]) == 0
    return db


def _iob_in_furniture(path: Path, db: Path) -> tuple[set[str], int]:
    """The ent_iob_ values of non-space tokens inside marked furniture, and how many names the model finds there."""
    store = open_store(db)
    try:
        furniture = {
            d.id: [u.body for u in store.units(d.id, "annotator:gold") if u.body.kind == "boilerplate"]
            for d in store.documents()
        }
    finally:
        store.close()
    seen: set[str] = set()
    count = 0
    for doc in _docs(path):
        for b in furniture[doc.user_data["annotator"]["id"]]:
            span = doc.char_span(b.start, b.end, alignment_mode="contract")
            seen |= {t.ent_iob_ for t in span if not t.is_space and not t.ent_type_}
            count += len(span)
    return seen, count


def test_page_furniture_is_missing_in_doc_ents_unless_asked(tmp_path: Path, capsys: Any) -> None:
    """Captions and credits hold names nobody annotated: `O` there would teach that they are not names."""
    from annotator.cli import main

    db = _imported_sample_gold(tmp_path)
    out = tmp_path / "g.spacy"
    assert main(["--db", str(db), "export", "-f", "spacy", "-l", "annotator:gold", "-o", str(out)]) == 0
    seen, count = _iob_in_furniture(out, db)
    assert count > 300 and seen == {""}  # "" is spaCy's missing value
    as_o = tmp_path / "o.spacy"
    assert (
        main(["--db", str(db), "export", "-f", "spacy", "-l", "annotator:gold", "-o", str(as_o), "--furniture-as-o"])
        == 0
    )
    assert _iob_in_furniture(as_o, db)[0] == {"O"}
    # entities outside furniture are untouched by the choice
    assert [[_chars(e) for e in d.ents] for d in _docs(out)] == [[_chars(e) for e in d.ents] for d in _docs(as_o)]


def test_the_printed_spacy_commands_train_on_the_export(
    gold_store: SqliteStore, tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """What `annotator export -f spacy` prints runs as printed: spancat finds its span key."""
    import shlex

    from annotator.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(gold_store.path), "export", "-f", "spacy", "-o", "gold.spacy"]) == 0
    printed = capsys.readouterr().out
    commands = [shlex.split(line) for line in printed.splitlines() if line.strip().startswith("python -m spacy")]
    assert [c[3] for c in commands] == ["init", "train"]
    for argv in commands:
        extra = ["--training.max_steps", "2", "--training.eval_frequency", "2"] if argv[3] == "train" else []
        done = subprocess.run(
            [sys.executable, *argv[1:], *extra],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert done.returncode == 0, done.stdout + done.stderr
    assert "SPANS_ENTI" in done.stdout  # spancat scored on our span group, not the empty default
