"""Which pipeline `--model` means: a trained model registered in the corpus, a directory, or a package."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import UserError
from annotator.store.base import Store


@dataclass(frozen=True)
class ModelChoice:
    load: str  # what spacy.load takes
    name: str  # what names its suggestions layer: suggestions:NAME@VERSION
    trained: bool  # one of ours (registered or a directory), not an installed package


def resolve_model(store: Store, spec: str) -> ModelChoice:
    """NAME or NAME@VERSION of a registered model (newest version by default), a pipeline
    directory (registered or not), else an installed package name, as it was."""
    name, _, version = spec.partition("@")
    found = [m for m in store.models(name) if not version or m.version == version]
    if found:
        record = found[-1]
        if not Path(record.path).is_dir():
            raise UserError(f"model {record.name}@{record.version}: its directory {record.path} is gone")
        return ModelChoice(record.path, record.name, True)
    if version:
        raise UserError(f"no model {name}@{version} registered (see `annotator models`)")
    path = Path(spec)
    if path.is_dir():
        resolved = str(path.resolve())
        for record in store.models():
            if str(Path(record.path).resolve()) == resolved:
                return ModelChoice(record.path, record.name, True)
        return ModelChoice(resolved, _meta_name(path), True)
    return ModelChoice(spec, spec, False)


def _meta_name(path: Path) -> str:
    """An unregistered directory's pipeline name from its meta.json (its folder name without one)."""
    try:
        meta = json.loads((path / "meta.json").read_text("utf-8"))
    except (OSError, ValueError):
        raise UserError(f"{path}: not a spaCy pipeline directory (no readable meta.json)") from None
    return str(meta.get("name") or path.name).replace("@", "_")
