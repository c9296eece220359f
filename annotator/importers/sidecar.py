"""Sidecar metadata for plain-text articles: what a .txt file cannot say about itself.

Two forms, both UTF-8 JSON next to the articles:

* `sidecar.json` in a folder: an object mapping file name -> entry; the key `"*"` holds
  defaults for every file in that folder.
* `NAME.meta.json` beside `NAME.txt`: one entry for that file (it wins over sidecar.json).

An entry may set `id`, `title`, `outlet`, `url`, `published` (ISO date), `story_key`
and `meta` (an object). The first non-empty line of a .txt file is never part of the
article text; an entry's title replaces it as the title (useful when that line is site
navigation rather than the headline).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.text import decode

SIDECAR_NAME = "sidecar.json"
META_SUFFIX = ".meta.json"
ENTRY_KEYS = frozenset({"id", "title", "outlet", "url", "published", "story_key", "meta"})


def is_sidecar(path: Path) -> bool:
    return path.name == SIDECAR_NAME or path.name.endswith(META_SUFFIX)


def entry_for(path: Path) -> dict[str, Any]:
    """The merged sidecar entry for one text file ({} when there is none)."""
    folder = _folder_sidecar(path.parent.resolve())
    merged = {**folder.get("*", {}), **folder.get(path.name, {})}
    own = path.with_name(path.stem + META_SUFFIX)
    if own.is_file():
        merged.update(_read_entry(own))
    return merged


@lru_cache(maxsize=64)
def _folder_sidecar(folder: Path) -> dict[str, dict[str, Any]]:
    target = folder / SIDECAR_NAME
    if not target.is_file():
        return {}
    data = _read_json(target)
    if not isinstance(data, dict):
        raise InputError(str(target), None, "a sidecar must be a JSON object mapping file name -> entry")
    for name, entry in data.items():
        _check_entry(target, entry, name)
    return data


def _read_entry(path: Path) -> dict[str, Any]:
    data = _read_json(path)
    _check_entry(path, data, None)
    return data


def _read_json(path: Path) -> Any:
    text = decode(path.read_bytes(), str(path))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), exc.lineno, f"not valid JSON: {exc.msg}") from None


def _check_entry(path: Path, entry: Any, name: str | None) -> None:
    where = f"entry {name!r}" if name is not None else "the entry"
    if not isinstance(entry, dict):
        raise InputError(str(path), None, f"{where} must be an object, not {type(entry).__name__}")
    unknown = sorted(set(entry) - ENTRY_KEYS)
    if unknown:
        raise InputError(
            str(path), None, f"{where} has unknown keys {unknown} (allowed: {', '.join(sorted(ENTRY_KEYS))})"
        )


def clear_cache() -> None:
    """Forget sidecars read so far (a long-lived process importing edited folders)."""
    _folder_sidecar.cache_clear()
