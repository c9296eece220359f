"""Settings: a broken or mistyped settings file is named in a warning, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.config import Settings
from annotator.store import open_store


def _settings_file(text: str) -> Path:
    path = Path(os.environ["ANNOTATOR_SETTINGS"])
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "settings must be a JSON object, not list"),
        ('"corpus.db"', "settings must be a JSON object, not str"),
        ('{"db": 5}', "'db' must be a file name"),
        ('{"keymap": []}', "'keymap' must be an object of action id -> keys"),
        ('{"keymap": {"accept": 1}}', "'keymap' must be an object of action id -> keys"),
        ('{"accept_agreed": "no"}', "'accept_agreed' must be true or false"),
        ('{"annotator": ["x"]}', "'annotator' must be a name"),
        ('{"db": ', "cannot read the settings (not JSON"),
        ('{"min_score": 7}', "'min_score' must be a confidence from 0 to 1"),
    ],
    ids=[
        "list",
        "string",
        "db-int",
        "keymap-list",
        "keymap-value",
        "bool-string",
        "annotator-list",
        "truncated",
        "min-score-range",
    ],
)
def test_bad_settings_are_named_and_commands_still_work(
    tmp_path: Path, capsys: pytest.CaptureFixture, text: str, message: str
) -> None:
    path = _settings_file(text)
    db = tmp_path / "corpus.db"
    open_store(db).close()
    code = main(["--db", str(db), "docs"])
    err = capsys.readouterr().err
    assert code == 0
    assert f"warning: {path}: {message}" in err and "Traceback" not in err


def test_a_bad_entry_falls_back_alone(tmp_path: Path) -> None:
    path = _settings_file(json.dumps({"db": 5, "model": "my_model", "keymap": {"accept": "y"}}))
    settings = Settings.load(path)
    assert (settings.db, settings.model, settings.keymap) == ("corpus.db", "my_model", {"accept": "y"})


def test_saving_over_a_broken_file_keeps_it_beside(tmp_path: Path) -> None:
    path = _settings_file("[1, 2]")
    settings = Settings.load(path)
    settings.annotator = "ana"
    settings.save(path)
    assert json.loads(path.read_text("utf-8"))["annotator"] == "ana"
    assert "problems" not in json.loads(path.read_text("utf-8"))
    assert path.with_name(path.name + ".bad").read_text("utf-8") == "[1, 2]"
