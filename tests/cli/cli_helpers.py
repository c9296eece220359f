"""Helpers for the CLI tests: run a command and capture exit code, stdout and stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main


def cli(capsys: pytest.CaptureFixture, db: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err
