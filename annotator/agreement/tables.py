"""Rich tables of an agreement report, for `annotator agreement` and `annotator stats`.

Names, labels and document ids are data: they go into a table as `Text` (`cell`), never as a
string Rich would parse as markup (`[/]` raises, `[link=...]` emits a hyperlink).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.agreement.report import MEASURES
from annotator.core.display import one_line, rounded_down

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text


def fmt(value: float | None) -> str:
    return "-" if value is None else rounded_down(value, 3)


def cell(value: object) -> Text:
    """A value from data as a table cell or title: plain text on one line, controls made visible."""
    from rich.text import Text

    return Text(one_line(str(value)))


def _table(title: str, *columns: str) -> Table:
    from rich.table import Table

    table = Table(title=cell(title), title_justify="left")
    for i, name in enumerate(columns):
        table.add_column(name, justify="left" if i == 0 or name == "kind" else "right", no_wrap=i == 0)
    return table


def overall_table(report: dict[str, Any]) -> Table:
    overall = report["overall"]
    table = _table(
        f"Agreement: {', '.join(report['annotators'])} on {report['documents_compared']} "
        f"document{'' if report['documents_compared'] == 1 else 's'} ready for review",
        "measure",
        "value",
    )
    for key, title in MEASURES:
        table.add_row(title, fmt(overall.get(key)))
    table.add_row(
        "units compared", f"{overall['entities']} entities, {overall['quotes']} quotes, {overall['events']} events"
    )
    aside = report.get("documents_set_aside") or {}
    if aside:
        words = {"waiting": "waiting for an annotator", "single": "with one annotator only"}
        table.add_row("not compared", ", ".join(f"{n} {words.get(state, state)}" for state, n in aside.items()))
    return table


def labels_table(report: dict[str, Any]) -> Table:
    table = _table("By label", "label", "kind", "strict F1", "overlap F1", "label agr.", "count")
    labels = report["labels"]
    for label, v in labels["entities"].items():
        table.add_row(
            cell(label), "entity", fmt(v["strict_f1"]), fmt(v["overlap_f1"]), fmt(v["label_agreement"]), str(v["count"])
        )
    for etype, v in labels["events"].items():
        table.add_row(cell(etype), "event", fmt(v["f1"]), "", "", str(v["count"]))
    for role, v in labels["roles"].items():
        table.add_row(cell(role), "argument", fmt(v["f1"]), "", "", str(v["count"]))
    return table


# Narrow titles for the wide per-pair table.
SHORT = {
    "entity_strict_f1": "strict",
    "entity_overlap_f1": "overlap",
    "entity_label_agreement": "label",
    "entity_kappa": "kappa",
    "quote_f1": "quote",
    "quote_speaker_agreement": "speaker",
    "event_f1": "event",
    "event_argument_f1": "args",
}


def pairs_table(report: dict[str, Any]) -> Table:
    keys = list(SHORT)
    table = _table(
        "By annotator pair (entity F1 strict/overlap, label agreement, kappa; quote F1, speaker; event F1, argument F1)",
        "pair",
        *SHORT.values(),
    )
    for row in report["pairs"]:
        table.add_row(cell(f"{row['a']}/{row['b']}"), *[fmt(row.get(k)) for k in keys])
    return table


def _agreement(row: dict[str, Any]) -> str:
    """One annotator on a document agrees with nobody, and one still working is not disagreeing:
    their readiness ("waiting for ben", "not comparable: ana"), never 1.000."""
    return fmt(row["agreement"]) if row.get("comparable", True) else row.get("readiness", "not comparable")


def documents_table(report: dict[str, Any], limit: int | None = 50) -> Table:
    rows = report["documents"]
    shown = rows if limit is None else rows[:limit]
    title = "By document, least agreement first" + (
        f" (first {len(shown)} of {len(rows)})" if len(shown) < len(rows) else ""
    )
    table = _table(title, "document", "annotators", "agreement", "conflicts", "entity F1", "quote F1", "event F1")
    for row in shown:
        table.add_row(
            cell(row["doc_id"]),
            cell(",".join(row["annotators"])),
            _agreement(row),
            str(row["conflicts"]),
            fmt(row["entity_strict_f1"]),
            fmt(row["quote_f1"]),
            fmt(row["event_f1"]),
        )
    return table
