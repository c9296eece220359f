"""The house rules that keep the domain apart from the UI and SQL inside the store."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S)


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def test_only_the_tui_imports_textual() -> None:
    offenders = [
        _rel(p)
        for p in _modules()
        if "tui" not in p.relative_to(PACKAGE).parts
        and any(name == "textual" or name.startswith("textual.") for name in _imports(p))
    ]
    assert offenders == []


def test_core_imports_nothing_of_ours_but_core() -> None:
    offenders = {
        _rel(p): sorted(n for n in _imports(p) if n.startswith("annotator") and not n.startswith("annotator.core"))
        for p in (PACKAGE / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_sql_lives_only_in_the_store() -> None:
    offenders = []
    for path in _modules():
        if "store" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        if {"sqlite3", "sqlite_utils"} & _imports(path):
            offenders.append(f"{_rel(path)}: imports sqlite")
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{_rel(path)}:{node.lineno}: SQL string")
    assert offenders == []


def test_the_cli_starts_without_spacy_or_textual() -> None:
    """`annotator --help` must be instant: heavy libraries load only in the handlers that need them."""
    code = (
        "import sys, annotator.cli; annotator.cli.build_parser(); "
        "print(sorted(m for m in ('spacy', 'textual') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
