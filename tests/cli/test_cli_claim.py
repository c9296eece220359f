"""`annotator assign --open` and `annotator claim`: a corpus opened for claims, work taken from the shell."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import cli

from annotator.core.models import Document
from annotator.store import open_store


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    db = tmp_path / "c.db"
    store = open_store(db)
    store.insert_documents([Document(id=f"d{i}", text=f"Article {i}.") for i in range(3)])
    store.close()
    return db


def test_claim_waits_for_assign_open_then_hands_out_each_slot_once(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = cli(capsys, corpus, "claim", "--annotator", "ana")
    assert code == 2 and "not open for claims" in err and "assign --open" in err
    code, out, err = cli(capsys, corpus, "assign", "--open", "--overlap", "2")
    assert code == 0 and "6 slots opened" in out, err
    code, out, err = cli(capsys, corpus, "claim", "--annotator", "ana", "-n", "2")
    assert (code, out.split()) == (0, ["d0", "d1"]) and "2 claimed by ana" in err
    code, out, err = cli(capsys, corpus, "claim", "--annotator", "bob", "-n", "5")
    assert (code, out.split()) == (0, ["d0", "d1", "d2"])
    code, out, err = cli(capsys, corpus, "claim", "--annotator", "ana", "-n", "5")
    assert (code, out.split()) == (0, ["d2"])
    code, out, err = cli(capsys, corpus, "claim", "--annotator", "cleo")
    assert code == 1 and out == "" and "nothing left to claim for cleo" in err


def test_bad_counts_and_a_missing_choice_are_refused(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli(capsys, corpus, "assign", "--open", "--overlap", "0")[0] == 2
    assert cli(capsys, corpus, "claim", "--annotator", "ana", "-n", "0")[0] == 2
    with pytest.raises(SystemExit):  # argparse: --annotators or --open, one of them
        cli(capsys, corpus, "assign", "--overlap", "2")
