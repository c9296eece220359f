"""Counts of one import run, printed as its summary."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Report:
    """Counts for a run (or one file), added to the run only once the file is committed."""

    files: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    units: int = 0
    annotated_skipped: int = 0  # documents already annotated by this annotator
    left_out: int = 0  # further annotations of a task (Label Studio) that one --annotator cannot hold
    doc_ids: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        self.files += other.files
        self.imported += other.imported
        self.duplicates += other.duplicates
        self.rejected += other.rejected
        self.units += other.units
        self.annotated_skipped += other.annotated_skipped
        self.left_out += other.left_out
        self.doc_ids.extend(other.doc_ids)

    def summary(self) -> str:
        parts = [
            f"{self.imported} imported",
            f"{self.duplicates} duplicate{'s' if self.duplicates != 1 else ''} skipped",
            f"{self.rejected} rejected",
        ]
        if self.units:
            parts.append(f"{self.units} annotations")
        if self.annotated_skipped:
            parts.append(f"{self.annotated_skipped} already annotated by this annotator")
        if self.left_out:
            parts.append(
                f"{self.left_out} further annotation{'s' if self.left_out != 1 else ''} of the same tasks "
                "left out (the first kept annotation of a task is imported as --annotator)"
            )
        return f"{self.files} file{'s' if self.files != 1 else ''}: " + ", ".join(parts)
