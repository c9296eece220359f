"""`annotator errors`: what editors did to a model's suggestions, per kind and label, with examples."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from annotator.cli import add_common
from annotator.cli.common import open_db, settings_from
from annotator.cli.table import clip, render
from annotator.core.display import one_line, visible
from annotator.errors import UserError

if TYPE_CHECKING:
    from annotator.errors_report.report import ErrorReport  # imported where the command runs


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "errors",
        help="the model-error report: accepted, rejected, boundary moved, relabelled, missed, per label",
        description=(
            "From the editors' decisions on one model's suggestions: per kind and label, how many were "
            "accepted, rejected (false positives), had a boundary moved (left/right, in tokens), were "
            "relabelled (from -> to) or otherwise edited, and what editors added that the model missed "
            "(false negatives), with examples. --format jsonl writes one line per suggestion-decision pair "
            "(text, context and correction). --model NAME[@VERSION] (or a suggestions:... layer) chooses the "
            "model; the default is the newest suggestions layer."
        ),
    )
    add_common(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="table (default) or jsonl")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.errors_report.report import build, resolve_layer

    settings = settings_from(args)
    store = open_db(settings, must_exist=True)
    try:
        wanted = getattr(args, "model", None)
        layer = resolve_layer(store, wanted)
        if layer is None or store.layer(layer) is None:
            raise UserError(
                f"no suggestions from {wanted!r}" if wanted else "no suggestions yet: run `annotator suggest`"
            )
        report = build(store, layer)
    finally:
        store.close()
    if args.format == "jsonl":
        for pair in report.pairs:
            print(json.dumps(pair.as_dict(layer), ensure_ascii=True))
        return 0
    print(render_report(report))
    return 0


def render_report(report: ErrorReport) -> str:
    lines = [f"Model errors: {visible(report.layer)} ({len(report.pairs)} suggestion-decision pairs)", ""]
    if not report.pairs:
        return lines[0] + "\nno decisions on its suggestions yet"
    rows = []
    for (kind, label), errs in sorted(report.by_label.items()):
        r = errs.rates()
        rows.append(
            (
                kind,
                label,
                r["judged"],
                _pct(r, "accepted"),
                _pct(r, "rejected"),
                _pct(r, "boundary"),
                _pct(r, "relabelled"),
                _pct(r, "edited"),
                r["missed"],
            )
        )
    lines.append(
        render(
            ["kind", "label", "judged", "accepted", "rejected (FP)", "boundary", "relabelled", "edited", "missed (FN)"],
            rows,
            right=(2, 3, 4, 5, 6, 7, 8),
        )
    )
    confusion = report.confusion()
    if confusion:
        lines += ["", "Relabelled (from -> to):"]
        lines.append(render(["from", "to", "n"], [(a, b, n) for (a, b), n in confusion.most_common()], right=(2,)))
    shifts = [
        (kind, label, lr, n)
        for (kind, label), e in sorted(report.by_label.items())
        for lr, n in e.shifts.most_common(3)
    ]
    if shifts:
        lines += ["", "Boundary moves (tokens: start, end; - is leftwards):"]
        lines.append(
            render(
                ["kind", "label", "start", "end", "n"],
                [(k, lab, f"{a:+d}", f"{b:+d}", n) for k, lab, (a, b), n in shifts],
                right=(2, 3, 4),
            )
        )
    lines += ["", "Examples:"]
    for (kind, label), errs in sorted(report.by_label.items()):
        for outcome, pairs in errs.examples.items():
            for p in pairs[:2]:
                fix = (
                    f" -> {one_line(p.correction['label'])} “{clip(p.correction['text'], 40)}”"
                    if (p.correction and outcome != "missed")
                    else ""
                )
                lines.append(f"  {kind} {one_line(label)} {outcome}: {clip(p.context, 90)}{fix}")
    return "\n".join(lines)


def _pct(rates: dict, key: str) -> str:
    return f"{rates[key]} ({rates[key + '_rate']:.0%})" if rates["judged"] else "-"
