"""Run the pipeline on gold documents and score the result (the impure half of evaluation)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.schema import LabelSchema, default_schema
from annotator.core.text import content_hash
from annotator.suggest.evaluate import GoldDoc, RuleCalibration, Scores, right_flags, score_document


def evaluate_gold(
    gold: Sequence[GoldDoc],
    texts: dict[str, str],
    model: str,
    source: Path | str = "gold",
    schema: LabelSchema | None = None,
    calibration: RuleCalibration | None = None,
) -> Scores:
    """Suggest for each gold document's text (checked against its hash) and add up the scores.

    `schema` maps the model's labels (the corpus's own schema; the default one without a corpus).
    """
    from annotator.suggest.pipeline import load_pipeline, model_version
    from annotator.suggest.safe_pipe import pipe
    from annotator.suggest.units import units_from_doc

    for g in gold:
        if g.text_hash and content_hash(texts[g.id]) != g.text_hash:
            raise InputError(
                str(source),
                None,
                f"document {g.id}: its text differs from the one the gold was made on "
                "(offsets would not line up); pass --texts DIR with the files the gold was made from",
            )
    nlp = load_pipeline(model)
    schema = schema or default_schema()
    total = Scores()
    pairs = ((texts[g.id], g) for g in gold)
    for g, doc, error in pipe(nlp, pairs, batch_size=32):  # long texts in chunks, like `suggest`
        if doc is None:  # a score without this document would look better than it is
            raise InputError(str(source), None, f"document {g.id}: the pipeline failed on it ({error})")
        units = units_from_doc(doc, g.id, schema, model, model_version(nlp))
        bodies = [u.body for u in units]
        total.add(score_document(g, texts[g.id], bodies, [u.score for u in units]))
        if calibration is not None:
            for unit, right in zip(units, right_flags(g, texts[g.id], bodies)):
                calibration.add(unit.kind, str(unit.provenance.get("rule")), unit.score, right)
    return total
