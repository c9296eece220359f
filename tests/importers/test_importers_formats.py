"""Each import format lands documents with the right text, title and metadata."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from importers_helpers import run_cli, write

from annotator.core.text import content_hash
from annotator.store import open_store


def _docs(db: Path) -> dict[str, object]:
    store = open_store(db)
    try:
        return {d.id: d for d in store.documents()}
    finally:
        store.close()


def test_txt_first_line_is_title_and_text_is_normalised(tmp_path: Path, db_path: Path) -> None:
    write(tmp_path / "a.txt", b"\xef\xbb\xbfHeadline\r\n\r\nCafe\xcc\x81 body.\r\nLine two.")
    assert run_cli(db_path, "import", str(tmp_path / "a.txt"), "--outlet", "Wire", "--story", "s1") == 0
    doc = _docs(db_path)["a"]
    assert doc.title == "Headline"
    assert doc.text == "\nCafé body.\nLine two."
    assert doc.outlet == "Wire" and doc.story_key == "s1"
    assert doc.content_hash == content_hash(doc.text)
    assert doc.meta == {"source_file": "a.txt"}


def test_folder_with_sidecar_and_meta_json(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "one.txt", "Nav line\nBody one.")
    write(folder / "two.txt", "Title two\nBody two.")
    write(folder / "sub" / "three.txt", "Title three\nBody three.")
    write(folder / "notes.md", "not imported")
    write(
        folder / "sidecar.json",
        json.dumps(
            {
                "*": {"story_key": "story-a", "outlet": "Default Outlet"},
                "one.txt": {
                    "title": "Real headline",
                    "outlet": "FT",
                    "url": "https://x/1",
                    "published": "2017-07-14",
                    "meta": {"section": "world"},
                },
            }
        ),
    )
    write(folder / "two.meta.json", json.dumps({"id": "custom-two", "published": "2017-07-15T09:00:00Z"}))
    assert run_cli(db_path, "import", str(folder)) == 0
    docs = _docs(db_path)
    assert sorted(docs) == ["custom-two", "one", "three"]
    one = docs["one"]
    assert (one.title, one.text, one.outlet, one.url) == ("Real headline", "Body one.", "FT", "https://x/1")
    assert one.published == date(2017, 7, 14) and one.story_key == "story-a"
    assert one.meta == {"source_file": "one.txt", "section": "world"}
    two = docs["custom-two"]
    assert (two.title, two.text, two.outlet, two.published) == (
        "Title two",
        "Body two.",
        "Default Outlet",
        date(2017, 7, 15),
    )
    assert docs["three"].outlet is None  # sidecars apply to their own folder only


def test_jsonl_plain_records(tmp_path: Path, db_path: Path) -> None:
    lines = [
        {
            "id": "n1",
            "title": "T1",
            "text": "First\r\narticle",
            "outlet": "AP",
            "published": "2017-07-28",
            "story_key": "k",
            "meta": {"a": 1},
            "section": "world",
        },
        {"id": 7, "text": "Second article"},
        {"text": "Third article", "title": None},
    ]
    write(tmp_path / "in.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    assert run_cli(db_path, "import", str(tmp_path / "in.jsonl"), "--outlet", "Fallback") == 0
    docs = _docs(db_path)
    n1 = docs["n1"]
    assert (n1.text, n1.title, n1.outlet, n1.story_key) == ("First\narticle", "T1", "AP", "k")
    assert n1.meta == {"section": "world", "a": 1}
    assert docs["7"].outlet == "Fallback"
    generated = [d for d in docs.values() if d.text == "Third article"][0]
    assert generated.id == "doc-" + content_hash("Third article")[:16]


def test_csv_columns_multiline_and_tsv(tmp_path: Path, db_path: Path) -> None:
    write(
        tmp_path / "a.csv",
        'key,headline,body,outlet,extra\nk1,H1,"Para one.\r\n\r\nPara ""two"".",Reuters,x\n\nk2,H2,Body 2,,y\n',
    )
    write(tmp_path / "b.tsv", "text\tid\nTab body\tt1\n")
    code = run_cli(
        db_path,
        "import",
        str(tmp_path / "a.csv"),
        str(tmp_path / "b.tsv"),
        "--text-column",
        "body",
        "--id-column",
        "key",
        "--title-column",
        "headline",
    )
    assert code == 2  # b.tsv has no "body" column: the error stops there, a.csv is in
    docs = _docs(db_path)
    assert sorted(docs) == ["k1", "k2"]
    assert docs["k1"].text == 'Para one.\n\nPara "two".'
    assert (docs["k1"].title, docs["k1"].outlet, docs["k1"].meta) == ("H1", "Reuters", {"extra": "x"})
    assert run_cli(db_path, "import", str(tmp_path / "b.tsv")) == 0
    assert _docs(db_path)["t1"].text == "Tab body"


def test_duplicates_are_skipped_and_counted(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture) -> None:
    write(tmp_path / "a.jsonl", '{"text": "Same\\ntext"}\n{"text": "\\ufeffSame\\r\\ntext"}\n{"text": "Other"}\n')
    assert run_cli(db_path, "import", str(tmp_path / "a.jsonl")) == 0
    assert "2 imported, 1 duplicate skipped, 0 rejected" in capsys.readouterr().out
    assert run_cli(db_path, "import", str(tmp_path / "a.jsonl")) == 0
    assert "0 imported, 3 duplicates skipped" in capsys.readouterr().out
    assert len(_docs(db_path)) == 2


def test_txt_id_clash_gets_a_suffix_but_explicit_id_clash_is_an_error(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    write(tmp_path / "x" / "a.txt", "T\nOne text")
    write(tmp_path / "y" / "a.txt", "T\nAnother text")
    assert run_cli(db_path, "import", str(tmp_path / "x"), str(tmp_path / "y")) == 0
    assert sorted(_docs(db_path)) == ["a", "a-" + content_hash("Another text")[:8]]
    write(tmp_path / "c.jsonl", '{"id": "a", "text": "Third text"}\n')
    assert run_cli(db_path, "import", str(tmp_path / "c.jsonl")) == 2
    assert "c.jsonl:1: id 'a' is already used by a different text" in capsys.readouterr().err
