"""The bundled sample articles, loaded on first run so a new user has something to annotate.

Five reports (July 2017) on Russia and the seized US diplomatic compounds, from five
outlets; their titles and outlets come from `annotator/data/sample/sidecar.json`,
because several files open with site navigation rather than the headline.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from annotator.importers.records import Defaults
from annotator.importers.report import Report
from annotator.importers.text_files import parse_text_file
from annotator.importers.writer import Writer
from annotator.store import Store

STORY_KEY = "us-russia-compounds-2017"


def sample_files() -> list[Path]:
    folder = resources.files("annotator.data").joinpath("sample")
    return sorted(Path(str(folder)).glob("*.txt"))


def load_sample(store: Store) -> int:
    """Import the sample articles (in one transaction); return how many were new."""
    report = Report()
    writer = Writer(store, None)
    with store.transaction():
        for path in sample_files():
            writer.write(parse_text_file(path, Defaults()), report)
        writer.flush()
    return report.imported
