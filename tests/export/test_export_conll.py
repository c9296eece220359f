"""CoNLL: blocks per document, tokens that rebuild the text, BIO tags that match the entities."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import export

from annotator.export.conll import DOCSTART, LEFT_OUT
from annotator.store import SqliteStore


def parse_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, tag), the way CoNLL-2003 readers split the file."""
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text("utf-8").split("\n"):
        cols = line.split(" ")
        if line == DOCSTART:
            docs.append([])
        elif not line:
            if sentence:
                docs[-1].append(sentence)
            sentence = []
        else:
            assert len(cols) == 4 and cols[1:3] == ["-X-", "_"], line
            sentence.append((cols[0], cols[3]))
    return docs


def test_tokens_rebuild_each_document(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "conll")
    docs = parse_conll(out)
    assert len(docs) == 3
    ids = ["000_892106252d58e135", "001_ef5a78448afe03ef", "tricky/1"]
    for doc_id, sentences in zip(ids, docs, strict=True):
        text = gold_store.document(doc_id).text
        tokens = [tok for sentence in sentences for tok, _ in sentence]
        assert "".join(tokens) == re.sub(r"\s", "", text)
        assert all(tok and not re.search(r"\s", tok) for tok in tokens)
    assert len(docs[0]) > 5  # sentences, not one block per document


def test_bio_tags_spell_the_entities(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, stats = export(gold_store, tmp_path, "conll")
    tricky = [pair for sentence in parse_conll(out)[2] for pair in sentence]
    spans: list[tuple[str, str]] = []
    for token, tag in tricky:
        if tag.startswith("B-"):
            spans.append((token, tag[2:]))
        elif tag.startswith("I-"):
            assert spans and spans[-1][1] == tag[2:], (token, tag)
            spans[-1] = (spans[-1][0] + " " + token, tag[2:])
    assert spans == [
        ("Zürich", "GPE"),
        ("São Paulo", "GPE"),
        ("👨\u200d👩\u200d👧", "NORP"),
        ("東京", "GPE"),
        ("שלום", "PERSON"),
        ("Cairo", "GPE"),
        ("New York", "GPE"),
    ]
    assert stats.dropped[LEFT_OUT] == 1  # "Paulo" inside "São Paulo"


def test_no_sentence_break_inside_an_entity(mem_store: SqliteStore, tmp_path: Path) -> None:
    """The sentencizer ends a sentence at "!": not inside "Yahoo! Japan"."""
    from annotator.core.models import Document, Entity, Unit

    text = "Shares of Yahoo! Japan rose. Others fell!"
    mem_store.insert_documents([Document(id="d", text=text)])
    mem_store.add_units("gold", [Unit(doc_id="d", body=Entity(start=10, end=22, label="ORG"))])
    out, _ = export(mem_store, tmp_path, "conll")
    (doc,) = parse_conll(out)
    assert [[tok for tok, _ in sentence] for sentence in doc] == [
        ["Shares", "of", "Yahoo", "!", "Japan", "rose", "."],
        ["Others", "fell", "!"],
    ]
    assert doc[0][2:5] == [("Yahoo", "B-ORG"), ("!", "I-ORG"), ("Japan", "I-ORG")]


def _sentences(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (token, tag) pairs, however the file marks documents."""
    out: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text("utf-8").split("\n"):
        if line.startswith("-DOCSTART-"):
            continue
        if not line:
            if out[-1]:
                out.append([])
            continue
        token, _, _, tag = line.split(" ")
        out[-1].append((token, tag))
    return [s for s in out if s]


def test_two_annotators_files_compare_in_seqeval(tmp_path: Path) -> None:
    """Boundaries inside a token and an entity across a sentence end, in one layer only."""
    from seqeval.metrics import classification_report, f1_score

    from annotator.core.models import Document, Entity, Unit
    from annotator.store import open_store

    text = "The Londoners bank met St. Louis officials. Then São Paulo voted."
    at = text.index
    store = open_store(tmp_path / "corpus.db")
    store.insert_documents([Document(id="d", text=text)])
    alice = [
        Entity(start=at("London"), end=at("London") + 6, label="GPE"),
        Entity(start=at("St. Louis"), end=at("St. Louis") + 9, label="GPE"),
        Entity(start=at("São Paulo"), end=at("São Paulo") + 9, label="GPE"),
    ]
    bob = [
        Entity(start=at("Paulo"), end=at("Paulo") + 5, label="PERSON"),
        Entity(start=at("bank"), end=at("bank") + 4, label="ORG"),
    ]
    store.add_units("annotator:alice", [Unit(doc_id="d", body=b) for b in alice])
    store.add_units("annotator:bob", [Unit(doc_id="d", body=b) for b in bob])
    a, _ = export(store, tmp_path, "conll", layer="annotator:alice", name="alice.conll")
    b, _ = export(store, tmp_path, "conll", layer="annotator:bob", name="bob.conll")
    store.mark_layer_done("gold", ["d"])  # an adjudicator settled it as having no units
    g, _ = export(store, tmp_path, "conll", layer="gold", name="gold.conll")  # no units: same tokens still
    store.close()
    sa, sb, sg = _sentences(a), _sentences(b), _sentences(g)
    assert [[t for t, _ in s] for s in sa] == [[t for t, _ in s] for s in sb] == [[t for t, _ in s] for s in sg]
    true, pred = [[tag for _, tag in s] for s in sa], [[tag for _, tag in s] for s in sb]
    assert ("London", "B-GPE") in sa[0] and ("ers", "O") in sa[0] and ("ers", "O") in sb[0]
    assert ("St.", "B-GPE") in sa[0] and ("Louis", "I-GPE") in sa[0]  # one sentence: the entity is not cut
    assert ("Paulo", "B-PERSON") in sb[-1] and ("São", "O") in sb[-1]
    assert f1_score(true, pred) == 0.0 and "GPE" in classification_report(true, pred, zero_division=0)


def test_no_docstart_leaves_the_lines_out(gold_store: SqliteStore, tmp_path: Path) -> None:
    from annotator.export.common import ExportOptions

    out, _ = export(gold_store, tmp_path, "conll", options=ExportOptions(docstart=False))
    text = out.read_text("utf-8")
    assert "-DOCSTART-" not in text and not text.startswith("\n")
    with_it, _ = export(gold_store, tmp_path, "conll", name="with.conll")
    assert _sentences(out) == _sentences(with_it)
