"""`annotator stories`: list, show, merge, split and set; mistakes change nothing and say why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from story_data import KEY, story_store

from annotator.cli import main
from annotator.store import open_store


@pytest.fixture
def db(tmp_path: Path) -> str:
    story_store(tmp_path / "s.db").close()
    return str(tmp_path / "s.db")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_and_show(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stories", "list", "--db", db)
    assert code == 0 and out.strip() == f"{KEY}  3 articles  Bloomberg, CNBC, Financial Times"
    code, out, _ = run(capsys, "stories", "show", KEY, "--db", db, "--annotator", "ann")
    assert "Bloomberg: “daylight robbery” (partial; Sergey Lavrov; told)" in out
    assert "! numbers: 35 / 755" in out
    code, out, _ = run(capsys, "stories", "show", KEY, "--db", db, "--json")
    assert json.loads(out)["quotes"][0]["versions"][1]["content"][0]["text"] == "robbery in broad daylight."


def test_split_merge_and_set_move_articles(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "stories", "split", KEY, "ft", "--new", "ft-side", "--db", db)[0] == 0
    store = open_store(db)
    assert store.story_doc_ids(KEY) == ["bloomberg", "cnbc"] and store.story_doc_ids("ft-side") == ["ft"]
    store.close()
    assert run(capsys, "stories", "merge", KEY, "ft-side", "--db", db)[0] == 0
    assert run(capsys, "stories", "set", KEY, "other", "--db", db)[0] == 0
    assert run(capsys, "stories", "set", "--none", "bloomberg", "--db", db)[0] == 0
    store = open_store(db)
    assert store.story_doc_ids(KEY) == ["cnbc", "ft", "other"]
    assert store.story_of("bloomberg") is None


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("stories", "show", "nope"), "no story 'nope'"),
        (("stories", "merge", KEY, "nope"), "no story 'nope' (nothing changed)"),
        (("stories", "split", KEY, "other", "--new", "x"), "not in story 'compounds': other (nothing changed)"),
        (("stories", "set", KEY, "ft", "ghost"), "no such document: ghost (nothing changed)"),
        (("stories", "set", " padded", "ft"), "printable characters"),
        (("stories", "set", "a\x1b]52;c;x\x07", "ft"), "printable characters"),
    ],
)
def test_mistakes_say_why_and_change_nothing(
    db: str, capsys: pytest.CaptureFixture[str], args: tuple, says: str
) -> None:
    code, _, err = run(capsys, *args, "--db", db)
    assert code != 0 and says in err and "Traceback" not in err and "\x1b" not in err
    store = open_store(db)
    assert store.story_doc_ids(KEY) == ["bloomberg", "cnbc", "ft"]
