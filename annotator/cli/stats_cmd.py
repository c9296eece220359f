"""`annotator stats`: where the corpus stands: documents per status per annotator, suggestion outcomes.

Each section is a function of the store returning a titled table (or None when it has
nothing to say); more sections (agreement, timing) are added to SECTIONS.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from annotator.cli import add_common
from annotator.cli.common import open_db, settings_from
from annotator.cli.table import render
from annotator.core.models import DOC_STATUSES
from annotator.store import Store


@dataclass
class Section:
    title: str
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)
    note: str = ""

    def text(self) -> str:
        right = tuple(range(1, len(self.headers)))
        body = render(self.headers, self.rows, right=right) if self.rows else "(none yet)"
        return f"{self.title}\n{body}" + (f"\n{self.note}" if self.note else "")

    def as_dict(self) -> dict[str, object]:
        return {"title": self.title, "rows": [dict(zip(self.headers, r)) for r in self.rows]}


def status_section(store: Store) -> Section:
    """Documents per status for each annotator; documents never opened count as todo."""
    total = store.count_documents()
    counts = store.status_counts()
    section = Section(f"Documents: {total}", ["annotator", *DOC_STATUSES])
    for who in sorted(set(store.annotators()) | set(counts)):
        mine = counts.get(who, {})
        seen = sum(n for status, n in mine.items() if status != "todo")
        section.rows.append([who, max(total - seen, 0), *(mine.get(s, 0) for s in DOC_STATUSES[1:])])
    return section


def suggestion_section(store: Store) -> Section:
    """Per suggested label: accepted, edited and rejected so far, and the share kept."""
    outcomes = store.suggestion_outcomes()
    section = Section("Suggestions reviewed", ["label", "accepted", "edited", "rejected", "kept"])
    totals = [0, 0, 0]
    for label in sorted(outcomes):
        row = [outcomes[label].get(s, 0) for s in ("accepted", "edited", "rejected")]
        totals = [a + b for a, b in zip(totals, row)]
        section.rows.append([label, *row, _share(row)])
    if len(outcomes) > 1:
        section.rows.append(["all", *totals, _share(totals)])
    return section


def _share(row: list[int]) -> str:
    seen = sum(row)
    return f"{(row[0] + row[1]) / seen:.0%}" if seen else "-"


SECTIONS: list[Callable[[Store], Section | None]] = [status_section, suggestion_section]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="documents per status and annotator, suggestions accepted and rejected")
    add_common(p)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_db(settings_from(args), must_exist=True)
    try:
        sections = [s for s in (make(store) for make in SECTIONS) if s is not None]
    finally:
        store.close()
    if args.json:
        print(json.dumps([s.as_dict() for s in sections], indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(s.text() for s in sections))
    return 0
