"""`annotator models`: the trained models registered in this corpus."""

from __future__ import annotations

import argparse
import json

from annotator.cli import add_common
from annotator.cli.common import open_db, settings_from
from annotator.cli.table import render


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list the trained models (name, version, training data, held-out F1)")
    add_common(p)
    p.add_argument("--json", action="store_true", help="one JSON object per model")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_db(settings_from(args), must_exist=True)
    try:
        records = store.models()
    finally:
        store.close()
    if args.json:
        for r in records:
            print(
                json.dumps(
                    {
                        "name": r.name,
                        "version": r.version,
                        "path": r.path,
                        "base": r.base,
                        "layer": r.layer,
                        "documents": r.documents,
                        "heldout": r.heldout,
                        "scores": r.scores,
                        "created_at": r.created_at,
                    },
                    ensure_ascii=True,
                )
            )
        return 0
    if not records:
        print("no trained models yet: annotator train --layer gold")
        return 0
    rows = []
    for r in records:
        base_f1 = r.scores.get("base", {}).get("ALL", {}).get("f1")
        f1 = r.scores.get("trained", {}).get("ALL", {}).get("f1")
        rows.append(
            (
                f"{r.name}@{r.version}",
                r.layer,
                r.documents,
                r.heldout,
                _f(base_f1),
                _f(f1),
                r.created_at[:16].replace("T", " "),
                r.base,
                r.path,  # render draws every cell through one_line
            )
        )
    print(
        render(
            ["model", "trained on", "docs", "held out", "base F1", "F1", "created", "base", "path"],
            rows,
            right=(2, 3, 4, 5),
        )
    )
    return 0


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
