"""Bad input stops the file with a message naming file and line, and changes nothing in the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from importers_helpers import dump, run_cli, write


def _ours(text: str, entities: list[dict]) -> str:
    return json.dumps({"id": "pre", "text": text, "entities": entities})


def _ent(start: int, end: int, label: str, text: str) -> dict:
    return {"start": start, "end": end, "label": label, "text": text[start:end] if 0 <= start < end else "x"}


GOOD = '{"text": "A good first line that goes in only with the rest of the file."}\n'
TEXT = "Putin met Trump."

# name -> (file name, bytes after the good first line, line named, words the reason contains)
CASES: dict[str, tuple[str, bytes, int, str]] = {
    "malformed json": ("a.jsonl", b'{"text": "unterminated\n', 2, "not valid JSON"),
    "not an object": ("a.jsonl", b'["text", "a list"]\n', 2, "expected a JSON object, got a list"),
    "missing text": ("a.jsonl", b'{"title": "no text here"}\n', 2, "no 'text' field"),
    "text not a string": ("a.jsonl", b'{"text": 42}\n', 2, "'text' must be a string"),
    "empty text": ("a.jsonl", b'{"text": "  "}\n', 2, "'text' is empty"),
    "bad date": ("a.jsonl", b'{"text": "x", "published": "last tuesday"}\n', 2, "not an ISO date"),
    "not utf-8": ("a.jsonl", b'{"text": "caf\xe9"}\n', 2, "not valid UTF-8 (byte 0xe9"),
    "span start >= end": (
        "a.jsonl",
        _ours(TEXT, [{"start": 5, "end": 5, "label": "PERSON", "text": ""}]).encode() + b"\n",
        2,
        "start 5 must be before end 5",
    ),
    "negative offset": (
        "a.jsonl",
        _ours(TEXT, [{"start": -1, "end": 5, "label": "PERSON", "text": "xxxxxx"}]).encode() + b"\n",
        2,
        "greater than or equal to 0",
    ),
    "span out of range": (
        "a.jsonl",
        _ours(TEXT, [{"start": 10, "end": 40, "label": "PERSON", "text": "x" * 30}]).encode() + b"\n",
        2,
        "runs past",
    ),
    "unknown label": (
        "a.jsonl",
        _ours(TEXT, [_ent(0, 5, "WIZARD", TEXT)]).encode() + b"\n",
        2,
        "unknown entity label 'WIZARD'",
    ),
    "csv wrong field count": ("a.csv", b"only,two\n", 3, "2 fields where the header has 1"),
    "csv not utf-8": ("a.csv", b"caf\xe9 au lait\n", 3, "not valid UTF-8"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_line_changes_nothing_and_names_file_and_line(
    case: str, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    name, bad, line, reason = CASES[case]
    assert run_cli(db_path, "import", str(write(tmp_path / "seed.jsonl", '{"text": "already here"}\n'))) == 0
    before = dump(db_path)
    first = GOOD if name.endswith(".jsonl") else "text\n" + json.loads(GOOD)["text"] + "\n"
    path = write(tmp_path / name, first.encode() + bad)
    capsys.readouterr()
    code = run_cli(db_path, "import", str(path), "--annotator", "ann")
    err = capsys.readouterr().err
    assert code == 2
    assert f"{path}:{line}: " in err and reason in err
    assert "Traceback" not in err
    assert dump(db_path) == before


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.jsonl", b"", "the file is empty"),
        ("blank.jsonl", b"\n  \n", "the file is empty"),
        ("empty.txt", b"", "the file is empty"),
        ("title-only.txt", b"Just a title\n", "has a title line but no text"),
        ("latin1.txt", b"Title\nCaf\xe9\n", "not valid UTF-8"),
        ("utf16.jsonl", '{"text": "x"}\n'.encode("utf-16"), "the file is UTF-16"),
        ("header-only.csv", b"text\n", "the file is empty"),
        ("no-column.csv", b"body\nx\n", "no column 'text' for --text-column"),
    ],
)
def test_bad_whole_file(
    name: str, data: bytes, reason: str, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert run_cli(db_path, "import", str(write(tmp_path / "seed.jsonl", '{"text": "already here"}\n'))) == 0
    before = dump(db_path)
    path = write(tmp_path / name, data)
    assert run_cli(db_path, "import", str(path)) == 2
    err = capsys.readouterr().err
    assert str(path) in err and reason in err and "Traceback" not in err
    assert dump(db_path) == before


def test_bad_file_in_the_middle_keeps_earlier_files(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    write(tmp_path / "in" / "1.jsonl", '{"text": "one"}\n')
    write(tmp_path / "in" / "2.jsonl", '{"text": "two"}\n{"oops": 1}\n')
    write(tmp_path / "in" / "3.jsonl", '{"text": "three"}\n')
    assert run_cli(db_path, "import", str(tmp_path / "in")) == 2
    err = capsys.readouterr().err
    assert "2.jsonl:2: no 'text' field" in err and "earlier files were imported" in err
    texts = [line for line in dump(db_path) if line.startswith('INSERT INTO "documents" ')]
    assert len(texts) == 1 and "'one'" in texts[0]


def test_preannotated_without_annotator_is_refused(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = write(tmp_path / "p.jsonl", json.dumps({"text": TEXT, "spans": []}) + "\n")
    assert run_cli(db_path, "import", str(path), "--skip-bad") == 2
    err = capsys.readouterr().err
    assert "p.jsonl:1: this line carries annotations" in err and "--annotator NAME" in err


def test_missing_path_and_unknown_type(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert run_cli(db_path, "import", str(tmp_path / "nope.jsonl")) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert run_cli(db_path, "import", str(write(tmp_path / "a.docx", b"x"))) == 2
    assert "unsupported file type" in capsys.readouterr().err


def test_csv_line_numbers_count_lines_inside_quoted_fields(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = write(tmp_path / "m.csv", 'id,text\nm1,"Para one.\n\nPara two."\nm2,Fine\nm3,too,many\n')
    assert run_cli(db_path, "import", str(path)) == 2
    assert f"{path}:6: 3 fields where the header has 2" in capsys.readouterr().err
