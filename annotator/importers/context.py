"""What one import run knows besides the file: schema, defaults, whose annotations, CSV columns."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.schema import LabelSchema
from annotator.importers.records import Defaults


@dataclass
class CsvColumns:
    text: str = "text"
    id: str | None = None  # None: use an "id" column when the header has one
    title: str | None = None  # None: use a "title" column when the header has one


@dataclass
class ImportContext:
    schema: LabelSchema
    defaults: Defaults = field(default_factory=Defaults)
    annotator: str | None = None  # required for pre-annotated records
    columns: CsvColumns = field(default_factory=CsvColumns)
    skip_bad: bool = False
    keep_ids: bool = False  # collect the ids of new documents (import --suggest needs them)
