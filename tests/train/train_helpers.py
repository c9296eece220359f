"""The sample corpus with the sample gold's entities as one annotator's finished work."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.models import Entity, Unit
from annotator.store import SqliteStore
from annotator.suggest.units import unit_row

GOLD = Path(__file__).resolve().parents[1] / "suggest" / "gold" / "sample_gold.jsonl"
EDITOR = "gold-ed"


def gold_layer(store: SqliteStore, annotator: str = EDITOR) -> list[str]:
    """Import the sample gold's entities as `annotator:NAME`, every document done; return the ids."""
    ids = []
    rows = []
    for line in GOLD.read_text("utf-8").splitlines():
        rec = json.loads(line)
        ids.append(rec["id"])
        for e in rec["entities"]:
            body = Entity(start=e["start"], end=e["end"], label=e["label"])
            rows.append(unit_row(Unit(doc_id=rec["id"], body=body, state="added", source="import")))
    store.add_unit_rows(f"annotator:{annotator}", rows)
    store.import_statuses(annotator, [(i, "done") for i in ids])
    return ids


def put_article(store: SqliteStore, doc_id: str = "a1") -> None:
    """The desk tests' small article with its suggestions of every kind (score 0.9)."""
    from article_data import LAYER, TEXT, suggestions_for

    from annotator.core.models import Document

    store.insert_documents([Document(id=doc_id, title=f"Title {doc_id}", text=TEXT, outlet="FT")])
    store.add_units(LAYER, suggestions_for(doc_id, TEXT, score=0.9))
    store.mark_layer_done(LAYER, [doc_id])
