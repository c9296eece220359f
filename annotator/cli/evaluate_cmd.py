"""`annotator evaluate --gold FILE`: precision, recall and F1 of the suggestions against a gold file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.cli import add_common
from annotator.cli.common import open_db, say, settings_from
from annotator.errors import UserError

if TYPE_CHECKING:  # the suggestion modules load spaCy: imported where the command runs
    from annotator.config import Settings
    from annotator.core.schema import LabelSchema
    from annotator.suggest.evaluate import GoldDoc, Scores


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate",
        help="score the suggestion model against a gold file",
        description=(
            "Run the suggestion pipeline on the gold file's documents and print precision, recall and "
            "F1 per kind: quotes (content overlap; direct quote content at IoU>=0.5 and exact; indirect "
            "recall; speaker accuracy), events (trigger recall, trigger and type, arguments by role), "
            "entities (exact span and label), furniture (overlap, and article sentences lost inside it), "
            "and a calibration table of suggestion scores. Old event type names are mapped to the ACE "
            "2005 ones before matching. Texts come from the database, or from --texts DIR (DIR/ID.txt, "
            "first line the title)."
        ),
    )
    add_common(p)
    p.add_argument("--gold", type=Path, required=True, metavar="FILE", help="gold JSONL: one document per line")
    p.add_argument(
        "--texts", type=Path, metavar="DIR", help="read each document from DIR/ID.txt instead of the database"
    )
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument(
        "--calibration",
        action="store_true",
        help="also print, per suggestion rule, its score and how often it was right (to re-calibrate rule_scores.toml)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.suggest.evaluate import RuleCalibration, read_gold
    from annotator.suggest.scoring_run import evaluate_gold

    settings = settings_from(args)
    gold = read_gold(args.gold)
    if not gold:
        raise UserError(f"{args.gold}: no documents in the gold file")
    if args.texts:
        texts, schema = _texts_from_dir(args.texts, gold), None
    else:
        texts, schema = _texts_from_db(settings, gold)
    calibration = RuleCalibration() if args.calibration else None
    scores = evaluate_gold(gold, texts, settings.model, args.gold, schema, calibration)
    if args.json:
        out = _as_json(scores)
        if calibration is not None:
            out["calibration"] = [
                dict(zip(("kind", "rule", "score", "suggested", "right", "precision"), r)) for r in calibration.table()
            ]
        print(json.dumps(out, indent=2))
        return 0
    say(f"{len(gold)} documents, model {settings.model}")
    for line in report_lines(scores):
        say(line)
    if calibration is not None:
        from annotator.cli.table import render

        say("\ncalibration by rule: each rule's score against how often its suggestions were right")
        say(
            render(
                ("kind", "rule", "score", "suggested", "right", "precision"), calibration.table(), right=(2, 3, 4, 5)
            )
        )
    return 0


def report_lines(scores: Scores) -> list[str]:
    """The figures table, then the calibration table (plain text: nothing here is markup)."""
    from annotator.suggest.evaluate import table

    out = _columns([("figure", "precision", "recall", "F1", ""), *table(scores)])
    out += ["", "calibration of suggestion scores (None: suggestions without a score)"]
    rows = list(scores.calibration.rows())
    out += _columns(
        [("kind", "score", "n", "mean score", "share right"), *((k, r, str(n), m, sh) for k, r, n, m, sh in rows)]
    )
    return out


def _columns(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]


def _texts_from_dir(folder: Path, gold: list[GoldDoc]) -> dict[str, str]:
    from annotator.importers.text_files import read_text_file
    from annotator.suggest.titled import titled

    out = {}
    for g in gold:
        path = folder / f"{g.id}.txt"
        if not path.exists():
            raise UserError(f"{path}: no text for gold document {g.id}")
        doc = read_text_file(path)
        out[g.id] = titled(doc.text, doc.title)  # the furniture rules know a headline printed again
    return out


def _texts_from_db(settings: Settings, gold: list[GoldDoc]) -> tuple[dict[str, str], LabelSchema]:
    """The gold documents' texts and the corpus's label schema."""
    from annotator.store import UnknownDocumentError
    from annotator.suggest.titled import titled

    store = open_db(settings, must_exist=True, reading=True)
    try:
        out = {}
        for g in gold:
            try:
                doc = store.document(g.id)
                out[g.id] = titled(doc.text, doc.title)
            except UnknownDocumentError:
                raise UserError(
                    f"gold document {g.id} is not in {settings.db}: import it, or pass --texts DIR"
                ) from None
        return out, store.schema()
    finally:
        store.close()


def _as_json(scores: Scores) -> dict[str, Any]:
    from annotator.suggest.evaluate import PRF_FIELDS

    s = scores
    kinds = {name: getattr(s, name) for name in PRF_FIELDS}
    out = {
        k: {"precision": v.precision, "recall": v.recall, "f1": v.f1, "tp": v.tp, "fp": v.fp, "fn": v.fn}
        for k, v in kinds.items()
    }
    out["speakers"] = {"accuracy": s.speaker_accuracy, "right": s.speakers_right, "scored": s.speakers_scored}
    out["furniture_sentences"] = {"article": s.article_sentences, "lost": s.sentences_lost}
    out["calibration"] = s.calibration.as_json()
    return out
