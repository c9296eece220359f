"""The processes of the team test (tests/store/test_store_team.py): annotators at their desks,
an export loop and a suggest run, each on its own connection to one database.

Top-level functions, so a spawned process can import them. Each returns what it saw; an
exception that a user would have seen is counted, never raised out of the loop.
"""

from __future__ import annotations

import contextlib
import io
import random
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from annotator.core.models import Decision, Unit
from annotator.desk import SCREEN_WAIT_S, Desk, Outcome, WriteWaiting, write_when_free
from annotator.store import open_store
from annotator.store.labels import label_of

LedgerRow = tuple[str, int, int, str, str]  # doc_id, start, end, label, state


def _act(desk: Desk, action: Callable[[], Outcome]) -> Outcome:
    """What the article screen does: try at once; when busy, wait in the background, then finish."""
    try:
        return action()
    except WriteWaiting as waiting:
        return waiting.finish(write_when_free(desk.store, waiting.write, lambda _s: None))


def _ledger_update(ledger: dict[int, LedgerRow], d: Decision) -> None:
    """My layer as my own decisions left it: the store must hold exactly this at the end."""
    if d.after is None:
        ledger.pop(d.unit_id if d.unit_id is not None else (d.before or {})["id"], None)
        return
    unit = Unit.model_validate(d.after)
    assert unit.id is not None
    ledger[unit.id] = (unit.doc_id, unit.body.span.start, unit.body.span.end, label_of(unit.body), unit.state)


def annotate(url: str, annotator: str, doc_ids: list[str], decisions: int, seed: int) -> dict[str, Any]:
    """One annotator: accepts, rejects, relabels, undoes and redoes until `decisions` are logged;
    on leaving a document, now and then asks for work (a claim, as `n` does when none of mine is left)."""
    rng = random.Random(seed)
    store = open_store(url)
    desk = Desk(store, annotator, patience_s=SCREEN_WAIT_S)
    order = doc_ids[:]
    rng.shuffle(order)
    at = 0
    desk.load(order[at])
    ledger: dict[int, LedgerRow] = {}
    logged: list[int] = []
    errors: list[str] = []
    foreign: list[str] = []
    claimed: list[str] = []
    undone = 0  # undos in a row that a redo may replay
    began = time.monotonic()
    while len(logged) < decisions:
        pending = desk.state.pending()
        if rng.random() < 0.03 or not pending:
            if rng.random() < 0.5:
                try:
                    claimed += store.claim(annotator)
                except Exception:  # noqa: BLE001 - an error a user would have seen
                    errors.append(traceback.format_exc(limit=3))
            at = (at + 1) % len(order)
            desk.load(order[at])
            undone = 0
            continue
        roll = rng.random()
        try:
            if roll < 0.15:
                out, step = _act(desk, desk.undo), +1
            elif roll < 0.25 and undone:
                out, step = _act(desk, desk.redo), -1
            elif roll < 0.40:
                out, step = _relabel(desk, rng), 0
            elif roll < 0.50:
                out, step = _act(desk, partial(desk.reject, rng.choice(pending))), 0
            else:
                out, step = _act(desk, partial(desk.accept, rng.choice(pending))), 0
        except Exception:  # noqa: BLE001 - an error a user would have seen: counted, the run goes on
            errors.append(traceback.format_exc(limit=3))
            continue
        if not out.decisions:
            continue
        undone = undone + step if step else 0
        for d in out.decisions:
            if d.annotator != annotator or d.doc_id != desk.state.document.id:
                foreign.append(f"{annotator} got {d.action} of {d.annotator} on {d.doc_id}")
            _ledger_update(ledger, d)
            assert d.id is not None
            logged.append(d.id)
    store.close()
    return {
        "annotator": annotator,
        "logged": logged[:decisions],
        "extra": len(logged) - decisions,
        "ledger": ledger,
        "errors": errors,
        "foreign": foreign,
        "claimed": claimed,
        "seconds": time.monotonic() - began,
    }


def _relabel(desk: Desk, rng: random.Random) -> Outcome:
    mine = [v for v in desk.state.mentions() if v.mine is not None]
    if not mine:
        return Outcome([], None)
    view = rng.choice(mine)
    labels = [label for label in desk.state.schema.entity_label_names if label != view.label]
    return _act(desk, lambda: desk.relabel(view, rng.choice(labels)))


def cli(argv: list[str]) -> tuple[int, str]:
    """Run one annotator command in this process, as a user would from a shell: (exit code, stderr)."""
    from annotator.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    return code, err.getvalue()


def export_loop(url: str, out: str, stop: Any) -> dict[str, Any]:
    """Export every layer, again and again, until `stop` is set: each run must succeed."""
    runs, failures = 0, []
    while not stop.is_set() or runs == 0:
        target = Path(out) / f"run{runs % 2}.jsonl"
        code, err = cli(["--db", url, "export", "--layer", "all", "--format", "jsonl", "--out", str(target), "--force"])
        runs += 1
        if code != 0 or "error" in err.lower() or "traceback" in err.lower():
            failures.append(err)
    return {"runs": runs, "failures": failures}


def suggest(url: str) -> dict[str, Any]:
    """The real suggestion run (spaCy's model) over the documents that have none yet."""
    code, err = cli(["--db", url, "suggest"])
    return {"code": code, "stderr": err}
