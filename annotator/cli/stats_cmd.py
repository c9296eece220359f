"""`annotator stats`: where the corpus stands, per annotator, and how the model fares with editors.

This command owns the document counts; pace, the model's precision as editors judged it,
and agreement come from `annotator.agreement.stats` (stats_report / render_stats).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from annotator.cli import add_common
from annotator.cli.common import open_db, settings_from
from annotator.core.display import json_for_terminal
from annotator.core.models import DOC_STATUSES
from annotator.store import Store

if TYPE_CHECKING:
    from rich.console import Console


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats",
        help="documents per status and annotator, pace, suggestions accepted and rejected, agreement",
    )
    add_common(p)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--no-agreement", action="store_true", help="leave out agreement (slow on a large corpus)")
    p.set_defaults(handler=run)


def documents(store: Store) -> dict[str, Any]:
    """Documents in the corpus, and per annotator per status (documents never opened are todo)."""
    total = store.count_documents()
    counts = store.status_counts()
    per: dict[str, dict[str, int]] = {}
    for who in sorted(set(store.annotators()) | set(counts)):
        mine = counts.get(who, {})
        seen = sum(n for status, n in mine.items() if status != "todo")
        per[who] = {"todo": max(total - seen, 0), **{s: mine.get(s, 0) for s in DOC_STATUSES[1:]}}
    return {"total": total, "by_annotator": per}


def render_documents(figures: dict[str, Any], console: Console) -> None:
    """The counts as a rich table, like the sections `render_stats` prints after it."""
    from rich.table import Table

    from annotator.agreement.tables import cell

    table = Table(title=f"Documents: {figures['total']}", title_justify="left")
    table.add_column("annotator")
    for status in DOC_STATUSES:
        table.add_column(status.replace("_", " "), justify="right")
    for who, n in figures["by_annotator"].items():
        table.add_row(cell(who), *(str(n[s]) for s in DOC_STATUSES))
    if figures["by_annotator"]:
        console.print(table)
    else:
        console.print(f"Documents: {figures['total']} (no annotator has started)", highlight=False)


def run(args: argparse.Namespace) -> int:
    from annotator.agreement.stats import render_stats, stats_report

    store = open_db(settings_from(args), must_exist=True, reading=True)
    try:
        figures = documents(store)
        report = stats_report(store, agreement=not args.no_agreement)
        errors = model_errors(store)
    finally:
        store.close()
    if args.json:
        print(
            json_for_terminal(
                json.dumps(
                    {"documents": figures, **report, "model_errors": errors}, indent=2, ensure_ascii=False, default=str
                )
            )
        )
        return 0
    from rich.console import Console

    console = Console()
    render_documents(figures, console)
    render_stats(report, console)
    render_model_errors(errors, console)
    return 0


def model_errors(store: Store) -> dict[str, Any] | None:
    """The model-error report's headline rates per label for the newest model (`annotator errors` has it all)."""
    from annotator.errors_report.report import build

    layer = store.latest_suggestions_layer()
    if layer is None:
        return None
    report = build(store, layer)
    return {"layer": layer, "labels": report.headline()} if report.pairs else None


def render_model_errors(errors: dict[str, Any] | None, console: Console) -> None:
    """Per label: what editors did to the newest model's suggestions. Names from data go in as Text."""
    if not errors:
        return
    from rich.table import Table
    from rich.text import Text

    from annotator.core.display import one_line

    table = Table(
        title=Text(f"Model errors: {one_line(errors['layer'])} (annotator errors for examples)"), title_justify="left"
    )
    for col in ("kind label", "judged", "accepted", "rejected", "boundary", "relabelled", "missed"):
        table.add_column(col, justify="left" if col == "kind label" else "right")
    for label, r in errors["labels"].items():
        table.add_row(
            Text(one_line(label)),
            str(r["judged"]),
            *(
                f"{r[k + '_rate']:.0%}" if r["judged"] else "-"
                for k in ("accepted", "rejected", "boundary", "relabelled")
            ),
            str(r["missed"]),
        )
    console.print(table)
