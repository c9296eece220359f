"""A small corpus of distinct real articles and a byte-for-byte export, for comparing engines."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.cli import main
from annotator.core.models import Document
from annotator.importers.text_files import read_text_file

SAMPLE = Path(__file__).resolve().parents[2] / "annotator" / "data" / "sample"
STAMPS = re.compile(rb'"(created_at|updated_at)":"[^"]*"')


def articles(n: int) -> list[Document]:
    """n documents from the sample articles, each made distinct by a numbered last paragraph."""
    bodies = [read_text_file(p).text for p in sorted(SAMPLE.glob("*.txt"))]
    return [
        Document(id=f"art-{i:03d}", text=bodies[i % len(bodies)] + f"\n\nThis is copy {i} of the article.")
        for i in range(n)
    ]


def export_bytes(db: Path, layer: str, out: Path) -> bytes:
    """The layer's JSONL export; only the clock's stamps (import and run times) are blanked."""
    assert main(["export", "--db", str(db), "--layer", layer, "--out", str(out)]) == 0
    return STAMPS.sub(rb'"\1":""', out.read_bytes())


def missing_model() -> None:
    """A loader as on a Ray worker without the model installed."""
    raise OSError("[E050] Can't find model 'en_core_web_nope'.")
