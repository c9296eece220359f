"""What `annotator stats` adds for teams: pace per annotator, the model as editors judged it, agreement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.agreement.corpus import corpus_report, default_annotators
from annotator.store.base import Store
from annotator.timing import model_precision, pace

if TYPE_CHECKING:
    from rich.console import Console


def stats_report(store: Store, *, agreement: bool = True) -> dict[str, Any]:
    """{"pace": per person, "suggestions": per label, "agreement": overall figures or None}."""
    report: dict[str, Any] = {
        "pace": {who: p.as_dict() for who, p in pace(store.decisions()).items()},
        "suggestions": model_precision(store.suggestion_outcomes()),
        "agreement": None,
    }
    names = default_annotators(store)
    if agreement and len(names) >= 2:
        full = corpus_report(store, names, per_document=False)
        report["agreement"] = {
            "annotators": full["annotators"],
            "documents_compared": full["documents_compared"],
            **full["overall"],
        }
    return report


def render_stats(report: dict[str, Any], console: Console | None = None) -> None:
    """Print the three parts of `stats_report` as rich tables."""
    from rich.console import Console
    from rich.table import Table

    from annotator.agreement.tables import cell, fmt, overall_table

    console = console or Console()
    if report["pace"]:
        table = Table(title="Pace (from the decision log; gaps over 5 min are breaks)", title_justify="left")
        for col in ("annotator", "actions", "documents done", "active h", "articles/h", "s/decision"):
            table.add_column(col, justify="left" if col == "annotator" else "right")
        for who, p in report["pace"].items():
            table.add_row(
                cell(who),
                str(p["actions"]),
                str(p["documents_done"]),
                f"{p['active_seconds'] / 3600:.2f}",
                _num(p["articles_per_hour"]),
                _num(p["seconds_per_decision"]),
            )
        console.print(table)
    if report["suggestions"]:
        table = Table(title="Model suggestions as editors judged them", title_justify="left")
        for col in ("label", "accepted", "corrected", "rejected", "precision", "lenient"):
            table.add_column(col, justify="left" if col == "label" else "right")
        for label, v in report["suggestions"].items():
            table.add_row(
                cell(label),
                str(v["accepted"]),
                str(v["corrected"]),
                str(v["rejected"]),
                fmt(v["precision"]),
                fmt(v["lenient_precision"]),
            )
        console.print(table)
    if report["agreement"]:
        agreement = report["agreement"]
        console.print(
            overall_table(
                {
                    "annotators": agreement["annotators"],
                    "documents_compared": agreement["documents_compared"],
                    "overall": agreement,
                }
            )
        )


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
