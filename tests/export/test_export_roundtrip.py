"""Export -> parse -> store -> export gives identical files, for our JSONL and for Prodigy.

Documents are generated from awkward pieces (accents composed and decomposed, emoji with
ZWJ and skin tones, CJK, right-to-left scripts, CRLF, a BOM, tabs) with overlapping units
of every kind. The source is raw (CRLF, BOM, NFD): it is read with `parse_record`, which
normalises it as an import does, and the exports after that import must be fixed points.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path
from typing import Any
from unittest.mock import patch

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.schema import default_schema
from annotator.core.text import normalise
from annotator.export.read_jsonl import parse_record
from annotator.export.read_prodigy import parse_task
from annotator.export.runner import run_export
from annotator.store import SqliteStore, open_store

PIECES = [
    "Zürich",
    "naïve",
    "e\u0301",
    "cafe\u0301",
    "😀",
    "👨\u200d👩\u200d👧",
    "👍🏽",
    "❤\ufe0f",
    "東京",
    "北京市",
    "שלום",
    "مرحبا",
    "Привет",
    "Bob",
    "A",
    " ",
    " ",
    "  ",
    "\r\n",
    "\n",
    "\r\n\r\n",
    ".",
    ",",
    "«",
    "»",
    "\t",
    "’s",
]
LAYER = "annotator:ann"
SCHEMA = default_schema()
CLOCK = "2024-05-01T12:00:00.000000+00:00"


@st.composite
def raw_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A raw record: text as a source would have it, spans on piece boundaries of that text."""
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=2, max_size=24))
    bom = draw(st.booleans())
    raw = ("\ufeff" if bom else "") + "".join(pieces)
    bounds = [int(bom)]
    for piece in pieces:
        bounds.append(bounds[-1] + len(piece))

    def span() -> dict[str, Any]:
        i, j = sorted(draw(st.lists(st.integers(0, len(bounds) - 1), min_size=2, max_size=2, unique=True)))
        return {"start": bounds[i], "end": bounds[j], "text": raw[bounds[i] : bounds[j]]}

    def maybe() -> dict[str, Any] | None:
        return span() if draw(st.booleans()) else None

    entities = [
        {**span(), "label": draw(st.sampled_from(SCHEMA.entity_label_names))} for _ in range(draw(st.integers(0, 5)))
    ]
    quotes = [
        {
            "content": span(),
            "kind": draw(st.sampled_from(SCHEMA.quote_kinds)),
            "speaker": maybe(),
            "speaker_entity": maybe(),
            "cue": maybe(),
            "parts": [span() for _ in range(draw(st.integers(0, 2)))],
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    events = []
    for _ in range(draw(st.integers(0, 2))):
        etype = draw(st.sampled_from(SCHEMA.event_types))
        roles = draw(st.lists(st.sampled_from(etype.roles), unique=True, max_size=3))
        events.append({"trigger": span(), "type": etype.name, "arguments": {r: span() for r in roles}})
    boiler = [{**span(), "label": "boilerplate"}] if draw(st.booleans()) else []
    n = draw(st.integers(0, 10**6))
    return {
        "id": f"doc-{n}",
        "title": f"Doc {n} é",
        "text": raw,
        "meta": {"n": n, "note": "ü"},
        "entities": entities,
        "quotes": quotes,
        "events": events,
        "boilerplate": boiler,
    }


def _store_from(parsed: list[tuple[Any, Any]]) -> SqliteStore:
    store = open_store(None)
    for doc, units in parsed:
        store.insert_documents([doc])
        store.add_units(LAYER, units)
    return store


def _export(store: SqliteStore, fmt: str, folder: Path) -> bytes:
    """The export's bytes (Prodigy's folder: its two files one after the other)."""
    out = folder / f"{fmt}-{id(store)}"
    run_export(store, fmt=fmt, layer=LAYER, out=out)
    if out.is_dir():
        return b"".join((out / name).read_bytes() for name in ("entities.jsonl", "relations.jsonl"))
    return out.read_bytes()


def _merged(parsed: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """One (document, units) per document: Prodigy writes several tasks for one text."""
    by_id: dict[str, tuple[Any, list[Any]]] = {}
    for doc, units in parsed:
        by_id.setdefault(doc.id, (doc, []))[1].extend(units)
    return list(by_id.values())


def _records(data: bytes) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in data.splitlines()]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(raw_documents(), min_size=1, max_size=3, unique_by=(lambda r: r["id"], lambda r: normalise(r["text"]))))
def test_jsonl_and_prodigy_exports_survive_a_round_trip(sources: list[dict[str, Any]]) -> None:
    with patch("annotator.store.clock.now_iso", lambda: CLOCK), tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first = _store_from([parse_record(src) for src in sources])
        jsonl1, prodigy1 = _export(first, "jsonl", folder), _export(first, "prodigy", folder)

        second = _store_from([parse_record(rec) for rec in _records(jsonl1)])
        assert _export(second, "jsonl", folder) == jsonl1

        third = _store_from(_merged([parse_task(task) for task in _records(prodigy1)]))
        assert _export(third, "prodigy", folder) == prodigy1
        # Prodigy carries everything but boilerplate: the units come back whole.
        without_boiler = [{**r, "boilerplate": []} for r in _records(jsonl1)]
        assert _records(_export(third, "jsonl", folder)) == without_boiler

    # The raw offsets landed on the same characters of the normalised text.
    for src, rec in zip(sources, _records(jsonl1), strict=True):
        assert rec["text"] == normalise(src["text"])
        want = Counter((normalise(e["text"]).lstrip("\ufeff"), e["label"]) for e in src["entities"])
        assert Counter((e["text"], e["label"]) for e in rec["entities"]) == want


def test_crlf_source_offsets_move_onto_the_stored_text() -> None:
    raw = "Line one\r\nBob said\r\n“hi”"
    start = raw.index("Bob")
    doc, units = parse_record(
        {"id": "x", "text": raw, "entities": [{"start": start, "end": start + 3, "text": "Bob", "label": "PERSON"}]}
    )
    assert doc.text == "Line one\nBob said\n“hi”"
    (unit,) = units
    assert doc.text[unit.body.start : unit.body.end] == "Bob" and unit.body.start == start - 1
