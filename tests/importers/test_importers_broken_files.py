"""Files that used to import wrong or crash: lone surrogates, rejects into a folder,
an unterminated CSV quote, UTF-16 text without a byte-order mark."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from importers_helpers import dump, run_cli, write


def _texts(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM documents ORDER BY seq")]
    finally:
        conn.close()


LINES = [
    '{"text": "Putin met Trump in Helsinki."}',
    '{"text": "A lone surrogate \\ud800 in the text."}',
    '{"text": "Lavrov spoke in Manila."}',
]


def test_skip_bad_rejects_a_lone_surrogate_and_imports_the_rest(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = write(tmp_path / "s.jsonl", "\n".join(LINES) + "\n")
    rejects = tmp_path / "rejects.jsonl"
    code = run_cli(db_path, "import", str(path), "--skip-bad", "--rejects", str(rejects))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 1  # some rejected
    assert _texts(db_path) == ["Putin met Trump in Helsinki.", "Lavrov spoke in Manila."]
    (entry,) = [json.loads(line) for line in rejects.read_text("utf-8").splitlines()]
    assert entry["line"] == 2 and "surrogate" in entry["reason"]
    assert entry["record"]["text"].startswith("A lone surrogate \ufffd")


def test_rejects_into_a_folder_is_refused_before_anything_is_written(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert run_cli(db_path, "import", str(write(tmp_path / "seed.jsonl", '{"text": "already here"}\n'))) == 0
    before = dump(db_path)
    path = write(tmp_path / "s.jsonl", "\n".join([LINES[0], "{not json", LINES[2]]) + "\n")
    folder = tmp_path / "rejects"
    folder.mkdir()
    capsys.readouterr()
    code = run_cli(db_path, "import", str(path), "--skip-bad", "--rejects", str(folder))
    err = capsys.readouterr().err
    assert code == 2 and f"{folder}: not a regular file" in err and "Traceback" not in err
    assert dump(db_path) == before
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ('1,"first article about Moscow"\n2,"second starts here\n3,third row\n4,fourth\n', 3),
        ('1,first\n2,"never closed and no newline', 3),
        ('"1,everything from the first row on\n2,x\n', 2),
    ],
    ids=["middle", "last-row", "first-row"],
)
def test_csv_unterminated_quote_names_file_and_line(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture, body: str, line: int
) -> None:
    path = write(tmp_path / "a.csv", "id,text\n" + body)
    code = run_cli(db_path, "import", str(path))
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert f"{path}:{line}: a quoted field that starts in this row is never closed" in err
    assert _texts(db_path) == []


@pytest.mark.parametrize(
    "body",
    ['1,"closed, quoted"', '1,a stray " quote inside', '1,"quoted ""twice"" inside"\n'],
    ids=["closed-no-newline", "stray-quote", "escaped-quotes"],
)
def test_csv_well_closed_quotes_still_import(tmp_path: Path, db_path: Path, body: str) -> None:
    path = write(tmp_path / "a.csv", "id,text\n" + body)
    assert run_cli(db_path, "import", str(path)) == 0
    assert len(_texts(db_path)) == 1


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_bom_is_refused(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture, encoding: str
) -> None:
    path = write(tmp_path / "a.txt", "Title\nPutin met Trump in Helsinki.\n".encode(encoding))
    code = run_cli(db_path, "import", str(path))
    err = capsys.readouterr().err
    order = encoding[-2:].upper()
    assert code == 2 and f"{path}:1: the file looks like UTF-16 ({order}) without a byte-order mark" in err
    assert _texts(db_path) == []


def test_utf8_with_a_few_nuls_is_not_taken_for_utf16(tmp_path: Path, db_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Title\nPutin met\x00 Trump in Helsinki.\n")
    assert run_cli(db_path, "import", str(path)) == 0
