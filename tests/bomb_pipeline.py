"""A pipeline that cannot handle one kind of document: for the tests of a run that goes on.

A blank English pipeline with an entity ruler and our components (fast, no model), plus a
component that raises on any text containing `BOMB`, the way a component's bug would.
"""

from __future__ import annotations

from typing import Any

BOMB = "BOMB"
ERROR = "the test component cannot handle this \x1b]52;c;SGk=\x07 text"


def bomb_pipeline(bomb: bool = True) -> Any:
    import spacy
    from spacy.language import Language

    from annotator.suggest.pipeline import add_components

    if "test_bomb" not in Language.factories:

        @Language.component("test_bomb")
        def explode(doc: Any) -> Any:
            if BOMB in doc.text:
                raise ValueError(ERROR)
            return doc

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Maria Zakharova"},
            {"label": "GPE", "pattern": "Moscow"},
            {"label": "PERSON", "pattern": "José Müller"},
            {"label": "GPE", "pattern": "Zürich"},
        ]
    )
    add_components(nlp)
    if bomb:
        nlp.add_pipe("test_bomb", last=True)
    return nlp
