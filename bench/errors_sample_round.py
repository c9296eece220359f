"""A round of editing on the sample corpus through the Desk API, then the model-error report.

    python3 bench/errors_sample_round.py [--db FILE]

The base model suggests on the five sample articles; an editor who follows the sample
gold (tests/suggest/gold/sample_gold.jsonl) then works through every entity suggestion
with the desk's own actions: accept it when the gold has it; relabel it and move its
edges a token at a time (the [ ] { } keys) when the gold has an overlapping entity;
reject it otherwise; and add the gold entities nobody suggested. The report shows what
that round says about the model. Not a benchmark: it prints the report's top lines.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "tests" / "suggest" / "gold" / "sample_gold.jsonl"


def edit_round(store, editor: str = "editor") -> int:  # noqa: ANN001
    """Work every sample document like an editor following the gold; return the actions taken."""
    from annotator.core.models import Span
    from annotator.desk import Desk

    gold = {json.loads(line)["id"]: json.loads(line) for line in GOLD.read_text("utf-8").splitlines()}
    desk = Desk(store, editor)
    actions = 0
    for doc_id, rec in gold.items():
        state = desk.load(doc_id)
        want = {(e["start"], e["end"]): e["label"] for e in rec["entities"]}
        covered: set[tuple[int, int]] = set()
        for view in [v for v in state.views if v.kind == "entity" and v.pending]:
            span = (view.span.start, view.span.end)
            if want.get(span) == view.label:
                desk.accept(view)
                covered.add(span)
            else:
                target = next((g for g in want if g[0] < span[1] and span[0] < g[1] and g not in covered), None)
                if target is None:
                    desk.reject(view)
                else:
                    _fix(desk, view.key, target, want[target])
                    covered.add(target)
            actions += 1
        for (s, e), label in want.items():
            if (s, e) not in covered and not any(v.span.start == s and v.span.end == e for v in desk.state.views):
                try:
                    desk.add_entity(Span(start=s, end=e), label)
                    actions += 1
                except Exception:  # noqa: BLE001  (a gold span the schema refuses is left out)
                    pass
        desk.done()
    return actions


def _fix(desk, key: int, target: tuple[int, int], label: str) -> None:  # noqa: ANN001
    """Relabel, then move each edge a token at a time towards the gold span (as the keys do)."""
    view = desk.state.view(key)
    if view.label != label:
        desk.relabel(view, label)
    for _ in range(12):
        view = desk.state.view(key)
        s, e = view.span.start, view.span.end
        if (s, e) == target:
            return
        if s != target[0]:
            outcome = desk.move_start(view, -1 if target[0] < s else 1)
        else:
            outcome = desk.move_end(view, -1 if target[1] < e else 1)
        if not outcome.changed:
            return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="keep the corpus here (default: a temporary file)")
    args = parser.parse_args(argv)

    from annotator.cli.errors_cmd import render_report
    from annotator.config import Settings
    from annotator.errors_report.report import build
    from annotator.importers.sample import load_sample
    from annotator.store import open_store
    from annotator.suggest.runner import run_suggest

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "corpus.db"
        store = open_store(db)
        load_sample(store)
        report = run_suggest(store, Settings(db=str(db)))
        actions = edit_round(store)
        errors = build(store, report.layer)
        print(f"{actions} editor actions on {report.documents} sample articles\n")
        print(render_report(errors))
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
