"""brat standoff: .txt is the stored text, every T line's text is its slice, links point at real ids."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from conftest import TRICKY, export

from annotator.export.brat import annotation_conf, brat_type, fragments
from annotator.store import SqliteStore


def parse_ann(path: Path) -> dict[str, Any]:
    """A small reader of brat's .ann, strict about the line shapes brat accepts."""
    out: dict[str, Any] = {"T": {}, "E": {}, "R": {}, "A": {}}
    for line in path.read_text("utf-8").split("\n"):
        if not line:
            continue
        ident, rest = line.split("\t", 1)
        kind = ident[0]
        if kind == "T":
            head, text = rest.split("\t")
            ttype, offsets = head.split(" ", 1)
            frags = [tuple(map(int, f.split(" "))) for f in offsets.split(";")]
            out["T"][ident] = (ttype, frags, text)
        elif kind == "E":
            parts = rest.split(" ")
            out["E"][ident] = [tuple(p.split(":")) for p in parts]
        elif kind == "R":
            rtype, a1, a2 = rest.split(" ")
            out["R"][ident] = (rtype, a1.removeprefix("Arg1:"), a2.removeprefix("Arg2:"))
        elif kind == "A":
            atype, target, value = rest.split(" ")
            out["A"][ident] = (atype, target, value)
        else:
            raise AssertionError(f"unexpected line {line!r}")
    return out


def test_every_T_text_is_its_slice_of_the_txt(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "brat")
    anns = sorted(out.glob("*.ann"))
    assert [p.stem for p in anns] == ["000_892106252d58e135", "001_ef5a78448afe03ef", "tricky_1"]
    for ann in anns:
        text = ann.with_suffix(".txt").read_bytes().decode("utf-8")
        assert text == gold_store.document(_doc_id(ann.stem)).text
        parsed = parse_ann(ann)
        assert parsed["T"]
        for _ttype, frags, covered in parsed["T"].values():
            assert covered == " ".join(text[s:e] for s, e in frags)
            for s, e in frags:
                assert s < e and not re.search(r"[\n\r\t\u2028]", text[s:e])


def _doc_id(stem: str) -> str:
    return "tricky/1" if stem == "tricky_1" else stem


def test_a_span_across_a_line_break_is_written_as_fragments(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "brat")
    t = parse_ann(out / "tricky_1.ann")["T"]
    (newyork,) = [v for v in t.values() if v[2] == "New York"]
    start = TRICKY.index("New\nYork")
    assert newyork == ("GPE", [(start, start + 3), (start + 4, start + 8)], "New York")
    assert fragments("a\r\nb\tc\u2028d", 0, 9) == [(0, 1), (3, 4), (5, 6), (7, 8)]


def test_events_relations_and_attributes_link_existing_annotations(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "brat")
    ann = parse_ann(out / "tricky_1.ann")
    t = ann["T"]
    (event,) = ann["E"].values()
    (etype, trigger), *args = event
    assert etype == "Contact-Meet" and t[trigger][0] == "Contact-Meet" and t[trigger][2] == "met"
    assert {role: t[tid][2] for role, tid in args} == {"Entity": "Ministers", "Place": "São Paulo", "Time": "Monday"}
    assert dict(args)["Place"] in {k for k, v in t.items() if v[0] == "GPE"}  # reuses the entity's T
    rels = {(r, t[a][2], t[b][2]) for r, a, b in ann["R"].values()}
    assert rels == {
        ("Speaker", "«no»", "Маріа"),
        ("SpeakerEntity", "«no»", "Маріа"),
        ("Cue", "«no»", "said"),
        ("Continues", "«no»", "שלום עליכם"),
        ("Speaker", "twice", "officials"),
        ("Cue", "twice", "发言"),
    }
    kinds = sorted((t[target][2], value) for _, target, value in ann["A"].values())
    assert kinds == [("twice", "indirect"), ("«no»", "direct"), ("שלום עליכם", "direct")]


def test_annotation_conf_declares_every_type_used(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "brat")
    conf = (out / "annotation.conf").read_text("utf-8")
    assert conf == annotation_conf(gold_store.schema())
    sections = dict(re.findall(r"\[(\w+)\]\n(.*?)(?=\n\[|\Z)", conf, re.S))
    entities = set(sections["entities"].split())
    events = {line.split("\t")[0] for line in sections["events"].strip().splitlines()}
    relations = {line.split("\t")[0] for line in sections["relations"].strip().splitlines()}
    assert "QuoteKind\tArg:Quote, Value:direct|indirect|partial" in sections["attributes"]
    assert "Contact-Meet\tEntity?:" in conf and "Victim:" in conf
    for ann in out.glob("*.ann"):
        parsed = parse_ann(ann)
        for ttype, _, _ in parsed["T"].values():
            assert ttype in entities | events
        assert {r for r, _, _ in parsed["R"].values()} <= relations
    assert brat_type("Contact.Meet") == "Contact-Meet" and brat_type("a b:c") == "a-b-c"


def test_all_layers_go_to_one_folder_per_annotator(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, stats = export(gold_store, tmp_path, "brat", layer="all")
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        "alice",
        "alice/tricky_1.ann",
        "alice/tricky_1.txt",
        "annotation.conf",
    ]
    assert stats.records == 1
