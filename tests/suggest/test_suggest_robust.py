"""Odd inputs never crash the components, and everything suggested fits the text and the schema."""

from __future__ import annotations

import random
from typing import Any

import pytest

EDGE = [
    "",
    "\n\n",
    '"',
    "“”",
    "‘",
    "It’s",
    '"a" "b" "c"',
    "“Unclosed\n\n“still\n\nend",
    "said",
    "according to",
    '" said he',
    "He said that.",
    "’Twas ‘ ’ ' '",
    "• \n•",
    "VIDEO0:46",
    'x "y\n"z" said Bob',
    "The ministry said.",
    "“Quote one.”\n“Quote two,” she said, “and three.”",
]


def noise(seed: int) -> str:
    rng = random.Random(seed)
    pieces = list("abc .\"“”‘’'\n,:") + ["said", "told", "according to", "Lavrov", "he", "it", "the ministry"]
    return " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))


@pytest.mark.parametrize("text", EDGE + [noise(i) for i in range(12)])
def test_units_fit_text_and_schema(nlp: Any, text: str) -> None:
    from annotator.core.schema import default_schema
    from annotator.suggest.units import rows_from_doc, unit_row, units_from_doc

    schema = default_schema()
    doc = nlp(text)
    units = units_from_doc(doc, "d", schema, "m", "1")
    for unit in units:
        schema.validate_body(unit.body, text)
    assert [unit_row(u) for u in units] == rows_from_doc(doc, "d", schema, "m", "1")
