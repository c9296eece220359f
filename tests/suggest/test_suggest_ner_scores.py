"""Entity suggestions scored by the NER's own beam probabilities, and the prior where there is none."""

from __future__ import annotations

from typing import Any

from annotator.core.schema import default_schema
from annotator.suggest.scores import score
from annotator.suggest.units import rows_from_doc, units_from_doc

SURE = "Angela Merkel met Emmanuel Macron in Paris on Tuesday."
DOUBT = "Bluegrass Frenzy played at the Old Mill last night with Tinker."


def _entity_scores(nlp: Any, text: str) -> dict[str, float]:
    doc = nlp(text)
    units = units_from_doc(doc, "d", default_schema(), "m", "1")
    return {u.body.span.text_of(text): u.score for u in units if u.body.kind == "entity"}


def test_entity_units_carry_the_models_probability(nlp: Any) -> None:
    scores = _entity_scores(nlp, SURE + "\n\n" + DOUBT)
    assert all(0.0 <= s <= 1.0 for s in scores.values())
    assert len(set(scores.values())) > 1  # not one prior per label
    assert scores["Angela Merkel"] > scores["Tinker"]


def test_rows_carry_the_same_scores_as_units(nlp: Any) -> None:
    """The bulk path (worker processes and Ray actors build rows) scores as the desk's path."""
    doc = nlp(DOUBT)
    units = units_from_doc(doc, "d", default_schema(), "m", "1")
    rows = rows_from_doc(doc, "d", default_schema(), "m", "1")
    assert sorted(u.score for u in units if u.body.kind == "entity") == sorted(
        r.score for r in rows if r.kind == "entity"
    )


def test_long_texts_keep_their_scores_at_whole_text_offsets(nlp: Any) -> None:
    from annotator.suggest.safe_pipe import process_long

    text = SURE + "\n\n" + DOUBT
    whole = process_long(nlp, text, len(SURE) + 5)
    tinker = next(s for s in whole._.ent_scores if text[s["start"] : s["end"]] == "Tinker")
    assert tinker["score"] < 0.9


def test_a_pipeline_without_a_beam_ner_keeps_the_prior() -> None:
    import spacy

    from annotator.suggest.ner_scores import use_beam
    from annotator.suggest.pipeline import add_components

    blank = spacy.blank("en")
    blank.add_pipe("entity_ruler", name="ner").add_patterns([{"label": "PERSON", "pattern": "Angela Merkel"}])
    add_components(blank)
    assert not use_beam(blank) and "annotator_ner" not in blank.pipe_names
    [unit] = [u for u in units_from_doc(blank(SURE), "d", default_schema(), "m", "1") if u.body.kind == "entity"]
    assert unit.score == score("entities", unit.body.label)
