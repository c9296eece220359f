"""The one registry of export formats: a format is a writer module plus one line here.

The CLI's `--format` choices and help, the default output suffix and the runner's
choice of writer all come from `FORMATS`. Writer modules are imported on use: the
spaCy-based ones must not load spaCy for a JSONL export.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from annotator.core.errors import UserError


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name, writer module, output suffix and the line `--help` shows.

    The writer module provides `write(items, path, ctx)` and, optionally,
    `next_steps(out, ctx) -> list[str]`: commands to print after the export (how the
    consuming tool reads the file).
    """

    name: str
    module: str
    suffix: str  # "" for a folder
    help: str
    # Tokens from every layer's boundaries (not only the exported one's), so files of two
    # layers of the same documents have the same tokens and compare token by token.
    tokens_across_layers: bool = False

    @property
    def is_dir(self) -> bool:
        return self.suffix == ""

    def writer(self) -> ModuleType:
        return importlib.import_module(self.module)

    def next_steps(self, out: Path) -> list[str]:
        """Lines to print after an export: how the consuming tool reads `out` (none if the writer has none)."""
        steps = getattr(self.writer(), "next_steps", None)
        return steps(out) if steps is not None else []


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "jsonl",
            "annotator.export.jsonl",
            ".jsonl",
            "ours: one line per document and layer, every span with its text (docs/export-format.md)",
        ),
        ExportFormat(
            "prodigy",
            "annotator.export.prodigy",
            "",
            "a folder for `prodigy db-in`: entities.jsonl (ner_manual), relations.jsonl (quotes, events)",
        ),
        ExportFormat(
            "spacy",
            "annotator.export.spacy_docbin",
            ".spacy",
            "a spaCy DocBin (.spacy) for `spacy train`: doc.ents, span groups, links in doc.user_data",
        ),
        ExportFormat(
            "brat", "annotator.export.brat", "", "a folder of .txt/.ann pairs with annotation.conf, to open in brat"
        ),
        ExportFormat(
            "doccano",
            "annotator.export.doccano",
            ".jsonl",
            "doccano JSONL (entities + relations) for a Sequence Labeling project with relations",
        ),
        ExportFormat(
            "labelstudio",
            "annotator.export.labelstudio",
            ".json",
            "Label Studio JSON tasks: annotator layers as annotations, suggestions as predictions",
        ),
        ExportFormat(
            "conll",
            "annotator.export.conll",
            ".conll",
            "CoNLL-2003 style BIO for entities (seqeval, spacy convert, datasets)",
            tokens_across_layers=True,
        ),
        ExportFormat(
            "stories",
            "annotator.export.stories",
            ".jsonl",
            "one line per story: its outlets' quotes aligned, entities across articles, shared events",
        ),
    )
}


def get_format(name: str) -> ExportFormat:
    """The registered format called `name`, or a UserError listing the known ones."""
    try:
        return FORMATS[name]
    except KeyError:
        raise UserError(f"unknown export format {name!r} (one of {', '.join(FORMATS)})") from None


def formats_help() -> str:
    """The `formats:` block of `annotator export --help`."""
    width = max(map(len, FORMATS))
    return "\n".join(f"  {f.name:<{width}}  {f.help}" for f in FORMATS.values())
