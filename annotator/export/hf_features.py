"""Hugging Face `datasets` features of our JSONL, so any two exports load as splits of one dataset.

`datasets` infers column types per file: a layer where a column is always empty (gold
before adjudication: no entities, `updated_at` always null) infers `null`, and the
next split fails with "Couldn't cast array of type string to null". Passing these
features types every column up front. `meta` and event `arguments` have free keys (what
an import carried along; the roles of a schema), so they are `Json` (datasets >= 4.1).
Written in `datasets`' own serialised form (`Features.to_dict()`) so this module needs no
`datasets`; `write_features` renders docs/annotator-jsonl.features.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FEATURES_FILE = Path(__file__).resolve().parents[2] / "docs" / "annotator-jsonl.features.json"


def _value(dtype: str) -> dict[str, Any]:
    return {"dtype": dtype, "_type": "Value"}


def _list(feature: Any) -> dict[str, Any]:
    return {"feature": feature, "_type": "List"}


JSON: dict[str, Any] = {"_type": "Json"}
STRING, INT, FLOAT = _value("string"), _value("int64"), _value("float64")
SPAN = {"start": INT, "end": INT, "text": STRING}
LABELLED = {**SPAN, "score": FLOAT, "label": STRING}  # score: a suggestion's confidence (null elsewhere)


def features() -> dict[str, Any]:
    """The features of one line (see annotator.export.records.DocumentRecord), as `Features.to_dict()` gives them."""
    quote = {
        "content": SPAN,
        "kind": STRING,
        "speaker": SPAN,
        "speaker_entity": SPAN,
        "cue": SPAN,
        "parts": _list(SPAN),
        "score": FLOAT,
    }
    event = {"trigger": SPAN, "type": STRING, "arguments": JSON, "score": FLOAT}
    return {
        "format_version": INT,
        "schema_version": INT,
        "id": STRING,
        "layer": STRING,
        "annotators": _list(STRING),
        "status": STRING,
        "adjudicated": STRING,
        "created_at": STRING,
        "updated_at": STRING,
        "title": STRING,
        "outlet": STRING,
        "url": STRING,
        "published": STRING,
        "story_key": STRING,
        "content_hash": STRING,
        "meta": JSON,
        "text": STRING,
        "entities": _list(LABELLED),
        "quotes": _list(quote),
        "events": _list(event),
        "boilerplate": _list(LABELLED),
    }


def render_features() -> str:
    return json.dumps(features(), indent=2) + "\n"


def write_features(path: Path = FEATURES_FILE) -> Path:
    """Regenerate the committed features file (run after changing the JSONL records)."""
    path.write_text(render_features(), "utf-8")
    return path


if __name__ == "__main__":
    print(write_features())
