"""spaCy suggestions: entities, quotes, events and page furniture, computed in batches.

Nothing here imports spaCy at import time; `pipeline.load_pipeline` does, when asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.suggest.runner import SuggestReport


def run_suggest(*args: Any, **kwargs: Any) -> SuggestReport:
    """See `annotator.suggest.runner.run_suggest` (imported on call, so spaCy loads only then)."""
    from annotator.suggest.runner import run_suggest as run

    return run(*args, **kwargs)
