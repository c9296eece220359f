"""Every binding is documented: it has an id and a description, and the help screen lists it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from tui_shell_support import anyio_backend, app_on, store_with  # noqa: F401 (fixture)

import annotator
from annotator.tui.help import binding_classes, declared_bindings, group_of
from annotator.tui.screens.help import HelpScreen

PACKAGE = Path(annotator.__file__).parent


def all_bindings() -> list[tuple[str, object]]:
    return [(cls.__qualname__, b) for cls in binding_classes(strict=True) for b in declared_bindings(cls)]


def test_the_registry_finds_every_screen_module() -> None:
    names = {cls.__name__ for cls in binding_classes(strict=True)}
    assert {"AnnotatorApp", "QueueScreen", "QueueList", "HelpScreen", "IdentityScreen"} <= names
    for path in (PACKAGE / "tui" / "screens").glob("*.py"):
        source = path.read_text("utf-8")
        if "BINDINGS" in source and path.stem != "__init__":
            assert any(cls.__module__.endswith(f".{path.stem}") for cls in binding_classes(strict=True)), path


def test_every_binding_has_an_id_and_a_description() -> None:
    missing = [f"{owner}: {b.key} -> {b.action}" for owner, b in all_bindings() if not (b.id and b.description)]
    assert missing == []


def test_binding_ids_are_unique_per_action() -> None:
    seen: dict[str, tuple[str, str]] = {}
    for owner, b in all_bindings():
        key = (group_of(next(c for c in binding_classes() if c.__qualname__ == owner)), b.action)
        assert seen.setdefault(b.id, key) == key, f"id {b.id} used for two actions"


@pytest.mark.anyio
async def test_help_screen_lists_every_binding(tmp_path: Path) -> None:
    app = app_on(store_with(tmp_path / "c.db", 2), keymap={"queue.filter": "ctrl+f"})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        by_id = {e.id: (e.keys, e.description) for e in app.screen.entries}
        for owner, b in all_bindings():
            assert b.id in by_id, f"{owner} {b.id} not in help"
            assert by_id[b.id][1] == b.description
        assert by_id["queue.filter"][0] == "^f"  # keys as the keymap says
        assert by_id["app.help"][0] == "? f1"
        headings = [str(s.content) for s in app.screen.query(".help-group")]
        assert headings[:2] == ["Queue", "Everywhere"]  # opened on the queue: its keys first
        shown = _screen_text(app)
        for ident in ("queue.filter", "app.help"):
            assert ident in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


def _screen_text(app: object) -> str:
    """What the help screen's tables show, line by line, at the width they have on screen."""
    from rich.console import Console

    from annotator.tui.screens.help import HelpScreen

    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, HelpScreen)
    out = []
    for table in screen.query(".help-table"):
        console = Console(width=table.content_region.width, record=True, file=__import__("io").StringIO())
        console.print(table.content if hasattr(table, "content") else table.renderable)
        out.append(console.export_text())
    return "\n".join(out)


@pytest.mark.anyio
async def test_help_on_the_article_lists_its_keys_first_and_never_wraps_an_id(tmp_path: Path) -> None:
    app = app_on(store_with(tmp_path / "c.db", 2))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # open the first article
        await pilot.pause()
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        headings = [str(s.content) for s in app.screen.query(".help-group")]
        assert headings[0] == "Article"
        shown = _screen_text(app)
        lines = shown.splitlines()
        for _owner, b in all_bindings():
            assert any(b.id in line for line in lines), f"{b.id} is cut across lines"


def _imports_textual(path: Path) -> bool:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "textual" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "textual" and not node.level:
            return True
    return False


def test_nothing_outside_tui_imports_textual() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "tui" not in p.relative_to(PACKAGE).parts[:1] and _imports_textual(p)
    ]
    assert offenders == []
    assert _imports_textual(PACKAGE / "tui" / "app.py")  # the check does see textual imports


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("import annotator.cli; annotator.cli.build_parser()", "False"),  # `annotator --help` stays fast
        ("import annotator.tui.help", "True"),  # the probe does see textual when it is imported
    ],
)
def test_textual_is_not_imported_eagerly(code: str, expected: str) -> None:
    import subprocess
    import sys

    probe = f"import sys; {code}; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert out == expected
