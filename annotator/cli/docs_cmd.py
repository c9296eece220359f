"""`annotator docs`: list the corpus, or search it, a page at a time."""

from __future__ import annotations

import argparse
import json

from annotator.cli import add_common
from annotator.cli.common import open_db, settings_from
from annotator.cli.table import clip, render
from annotator.core.display import json_for_terminal
from annotator.core.matches import MATCH_CAP, WALK, match_count, walked_to
from annotator.core.models import DOC_STATUSES
from annotator.errors import UserError
from annotator.store import DocRow, Store, SuggestFailure
from annotator.store.base import QUEUE_ORDERS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "docs",
        help="list or search the documents",
        description="List documents in corpus order, with one annotator's status; search the full text.",
    )
    add_common(p)
    p.add_argument("--search", metavar="WORDS", help="only documents whose title or text has all these words")
    p.add_argument("--status", choices=DOC_STATUSES, help="only documents with this status (for --annotator)")
    p.add_argument("--limit", type=int, default=50, help="how many to list (default: 50)")
    p.add_argument("--after", type=int, default=0, metavar="SEQ", help="continue after this position (#)")
    p.add_argument(
        "--order",
        choices=QUEUE_ORDERS,
        default="seq",
        help="seq (corpus order, default); doubt: undone documents, the model's least confident "
        "suggestion first; doubt-mean: lowest mean confidence first",
    )
    p.add_argument("--after-doubt", type=float, metavar="D", help="with --order doubt*: continue after this doubt...")
    p.add_argument("--after-id", metavar="ID", default="", help="...and this document id (the `more:` line says both)")
    p.add_argument(
        "--failed",
        action="store_true",
        help="only documents a model could not suggest for, with the error (retried once by the next "
        "`annotator suggest`, then only with --redo)",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per line instead of a table")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    if args.failed and (args.search or args.status):
        raise UserError(
            "--failed lists the documents whose suggestions failed; it does not combine with --search or --status"
        )
    settings = settings_from(args)
    store = open_db(settings, must_exist=True, reading=True)
    if args.failed:
        return _failed(store, args)
    try:
        who = settings.annotator or ""
        where = {"status": args.status, "query": args.search, "order": args.order}
        key = None if args.after_doubt is None else (args.after_doubt, args.after_id)
        page = store.queue(who, after_seq=args.after, after_key=key, limit=args.limit + 1, walk=WALK, **where)
        hits = store.count_matches(args.search, MATCH_CAP) if args.search and not args.json else None
    finally:
        store.close()
    walked, rows = page.walked_to, page[: args.limit]
    more = len(page) > args.limit or walked is not None
    if args.json:
        for row in rows:
            print(json_for_terminal(json.dumps(_as_dict(row), ensure_ascii=False)))
        return 0
    if not rows and walked is None:
        print("no documents match" if (args.search or args.status or args.after) else "no documents yet")
    elif rows:
        print(_table(rows, args.order != "seq"))
    if hits is not None:  # of the whole corpus, before any status filter
        print(f"search: {match_count(hits, MATCH_CAP)}" + (", whatever their status" if args.status else ""))
    if not rows and walked is None:
        return 0
    if walked is not None:
        print(walked_to(walked, len(rows)))
    if more:
        if args.order == "seq":
            after = walked if walked is not None else rows[-1].seq
            print(f"more: annotator docs --after {after}" + _repeat(args))
        else:
            doubt, doc_id = rows[-1].doubt_key
            print(f"more: annotator docs --after-doubt {doubt!r} --after-id {json.dumps(doc_id)}" + _repeat(args))
    return 0


def _failed(store: Store, args: argparse.Namespace) -> int:
    """The documents whose suggestions failed, oldest in the corpus first, with the error."""
    try:
        rows = store.suggest_failures(after_seq=args.after, limit=args.limit + 1)
    finally:
        store.close()
    more, rows = len(rows) > args.limit, rows[: args.limit]
    if args.json:
        for row in rows:
            print(json.dumps(_failure_dict(row), ensure_ascii=False))
        return 0
    if not rows:
        print("no failed documents" + (" after that position" if args.after else ""))
        return 0
    print(
        render(
            ["#", "id", "model", "tries", "last failed", "error"],
            [
                (
                    r.seq,
                    clip(r.doc_id, 40),
                    f"{r.model}@{r.model_version}",
                    r.attempts,
                    r.failed_at[:16].replace("T", " "),
                    r.error,
                )
                for r in rows
            ],  # render draws every cell through one_line
            right=(0, 3),
        )
    )
    if more:
        print(f"more: annotator docs --failed --after {rows[-1].seq}" + _repeat(args))
    return 0


def _failure_dict(row: SuggestFailure) -> dict[str, object]:
    return {
        "seq": row.seq,
        "id": row.doc_id,
        "title": row.title,
        "layer": row.layer,
        "model": row.model,
        "model_version": row.model_version,
        "attempts": row.attempts,
        "failed_at": row.failed_at,
        "error": row.error,
    }


def _table(rows: list[DocRow], doubt: bool = False) -> str:
    headers = ["#", "id", "status", "outlet", "chars", "sugg", "title"]
    body = [
        [
            r.seq,
            r.id,
            r.status + ("*" if r.flagged else ""),
            clip(r.outlet or "", 16),
            r.length,
            "failed" if r.suggest_failed else r.suggestions if r.suggested else "not yet",
            clip(r.title, 60),
        ]
        for r in rows
    ]
    if doubt:  # the model's lowest (or mean) confidence, before the title
        headers.insert(6, "conf")
        for row, r in zip(body, rows):
            row.insert(6, "-" if r.doubt is None else f"{r.doubt:.2f}")
    return render(headers, body, right=(0, 4, 5, 6) if doubt else (0, 4, 5))


def _as_dict(row: DocRow) -> dict[str, object]:
    return {
        "seq": row.seq,
        "id": row.id,
        "title": row.title,
        "outlet": row.outlet,
        "length": row.length,
        "status": row.status,
        "flagged": row.flagged,
        "suggestions": row.suggestions,
        "decisions": row.decisions,
        "doubt": row.doubt,
        "suggest_failed": row.suggest_failed,
    }


def _repeat(args: argparse.Namespace) -> str:
    """The filters to repeat on the next page's command."""
    parts = []
    if args.search:
        parts.append(f" --search {json.dumps(args.search)}")
    if args.status:
        parts.append(f" --status {args.status}")
    if args.limit != 50:
        parts.append(f" --limit {args.limit}")
    if args.order != "seq":
        parts.append(f" --order {args.order}")
    return "".join(parts)
