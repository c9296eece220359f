"""The entity fast path agrees with the export format's model and writes the store's JSON."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from annotator.core.models import Entity
from annotator.core.schema import default_schema
from annotator.export.reading import OffsetMap, RecordError
from annotator.export.records import DocumentRecord
from annotator.importers.preannotated import fast_entities
from annotator.importers.records import BadLine

RAW = "Zürich\r\nPutin met Trump."
SCHEMA = default_schema()


def _fast(items: list) -> list:
    return fast_entities(items, {"id": "d", "text": RAW}, OffsetMap(RAW).text, SCHEMA, "{}", "d")


def _model_accepts(item: dict) -> bool:
    try:
        DocumentRecord.model_validate({"id": "d", "text": RAW, "entities": [item]})
    except ValidationError:
        return False
    return item["label"] in SCHEMA.entity_label_names


ITEMS = st.fixed_dictionaries(
    {
        "start": st.integers(-2, len(RAW) + 2),
        "end": st.integers(-2, len(RAW) + 2),
        "label": st.sampled_from(["PERSON", "GPE", "WIZARD", ""]),
    }
).map(lambda d: {**d, "text": RAW[max(d["start"], 0) : max(d["end"], 0)]})


@settings(max_examples=200, deadline=None)
@given(ITEMS, st.booleans())
def test_fast_path_accepts_exactly_what_the_model_accepts(item: dict, tamper: bool) -> None:
    """Same verdict as DocumentRecord + schema, except a span the normalisation empties (a lone CR)."""
    if tamper:
        item = {**item, "text": item["text"] + "x"}
    try:
        _fast([item])
        fast_ok = True
    except BadLine:
        fast_ok = False
    mapping = OffsetMap(RAW)
    try:
        survives = _model_accepts(item) and mapping(item["start"], "") < mapping(item["end"], "")
    except RecordError:
        survives = False
    assert fast_ok == survives


def test_rows_carry_mapped_offsets_and_the_store_json() -> None:
    start = RAW.index("Putin")
    [row] = _fast([{"start": start, "end": start + 5, "text": "Putin", "label": "PERSON"}])
    _, kind, s, e, label, body, state, *_ = row
    text = OffsetMap(RAW).text
    assert text[s:e] == "Putin" and (kind, label, state) == ("entity", "PERSON", "accepted")
    assert body == Entity(start=s, end=e, label="PERSON").model_dump_json()


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ({"start": 0, "end": 6, "text": "Zürich", "label": "GPE", "x": 1}, "entities[0].x: Extra inputs"),
        ({"start": 0, "end": 6, "label": "GPE"}, "entities[0].text: Field required"),
        ({"start": 0, "end": 6, "text": "Zürich", "label": "WIZARD"}, "unknown entity label 'WIZARD'"),
        ("Zürich", "entities[0]: Input should be a valid dictionary"),
    ],
)
def test_fast_path_reasons(item: object, reason: str) -> None:
    with pytest.raises(BadLine, match=reason.replace("[", r"\[").replace("]", r"\]")):
        _fast([item])
