"""Loading the suggestion pipeline for the app, with a message a user can act on when it is missing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from annotator.errors import UserError


class ModelUnavailable(UserError):
    """The configured spaCy pipeline is not installed (or failed to load)."""


def install_hint(name: str) -> str:
    """The pip command that installs a pipeline package (pip names use dashes)."""
    return f"pip install {name.replace('_', '-')}"


def load_model(name: str) -> Any:
    """Load the pipeline once (slow: ~0.7 s with the import); call it from a thread worker.

    Uses the suggestion package's loader when it exists, so the app and `annotator suggest`
    build the very same pipeline; falls back to a bare `spacy.load`.
    """
    try:
        return _loader()(name)
    except UserError as exc:  # the loader's own message already says what to install
        raise ModelUnavailable(str(exc)) from exc
    except (OSError, ImportError) as exc:
        raise ModelUnavailable(
            f"model {name!r} is not available ({_first_line(exc)}): {install_hint(name)}. "
            "Annotation by hand works without a model."
        ) from exc


def _loader() -> Callable[[str], Any]:
    try:
        from annotator.suggest.pipeline import load_pipeline
    except ModuleNotFoundError as exc:
        if exc.name not in ("annotator.suggest", "annotator.suggest.pipeline"):
            raise
        return _spacy_load
    return load_pipeline


def _spacy_load(name: str) -> Any:
    import spacy

    return spacy.load(name)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
