"""`annotator review`: the app opens on the review screen, with the adjudicator and annotators asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_review_support import review_store

from annotator.cli import main
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.review_session import ReviewDoc, ReviewSession


@pytest.fixture
def ran(monkeypatch: pytest.MonkeyPatch) -> list[AnnotatorApp]:
    """Record the app the CLI would run instead of taking over the terminal."""
    apps: list[AnnotatorApp] = []
    monkeypatch.setattr(AnnotatorApp, "run", lambda self, *a, **k: apps.append(self))
    return apps


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    review_store(path).close()
    return path


def test_review_opens_on_the_review_screen_as_the_adjudicator(db: Path, ran: list[AnnotatorApp]) -> None:
    assert (
        main(["review", "--db", str(db), "--annotator", "ann", "--annotators", "a, c", "--adjudicator", "judge"]) == 0
    )
    [app] = ran
    assert app.review_on_start is True
    assert (app.annotator, app.review_adjudicator, app.review_annotators) == ("ann", "judge", ["a", "c"])
    assert app._load_model is True  # as on a normal start: an article opened from the queue gets suggestions


def test_no_model_skips_loading_the_model(db: Path, ran: list[AnnotatorApp]) -> None:
    assert main(["review", "--db", str(db), "--annotator", "ann", "--no-model"]) == 0
    [app] = ran
    assert app._load_model is False and app.review_on_start is True


def test_the_adjudicator_defaults_to_the_annotator(db: Path, ran: list[AnnotatorApp]) -> None:
    assert main(["review", "--db", str(db), "--annotator", "ann"]) == 0
    [app] = ran
    assert app.review_adjudicator is None and app.review_annotators is None  # the screen uses app.annotator


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--annotators", "a,zed"], "no work by zed in this corpus (annotators: a, b, c)"),
        (["--annotators", "a"], "a review needs two annotators' work (found: a)"),
    ],
)
def test_unknown_or_too_few_annotators_are_user_errors(
    db: Path, ran: list[AnnotatorApp], capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["review", "--db", str(db), "--annotator", "ann", *argv]) == 2
    assert ran == []
    assert message in capsys.readouterr().err


def test_a_missing_database_is_a_user_error(tmp_path: Path, ran: list[AnnotatorApp]) -> None:
    assert main(["review", "--db", str(tmp_path / "none.db"), "--annotator", "ann"]) != 0
    assert ran == [] and not (tmp_path / "none.db").exists()


def test_the_session_counts_and_walks_the_review_order(db: Path) -> None:
    from annotator.adjudicate import Adjudication
    from annotator.store import open_store

    store = open_store(db)
    adjudication = Adjudication(store, "judge")
    session = ReviewSession(adjudication)
    session.fill([ReviewDoc(s, "", s.left) for s in adjudication.documents()])
    assert (session.overall_left(), session.documents_left()) == (3, 1)
    session.set_left("d1", 1)
    assert session.overall_left() == 1 and session.doc("d1").left == 1
    assert [session.neighbour("d1", 1), session.neighbour("d2", 1), session.neighbour("d1", -1)] == ["d2", None, None]
    store.close()
