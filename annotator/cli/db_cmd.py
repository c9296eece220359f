"""`annotator db copy SRC DST`: move a whole corpus between SQLite files and PostgreSQL databases."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli import add_common
from annotator.cli.common import open_db, progress, say, settings_from
from annotator.errors import UserError
from annotator.store.location import exists, is_server, local_path, shown


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "db",
        help="copy a whole corpus between a SQLite file and a PostgreSQL database",
        description="Database tools. `db copy SRC DST` copies every table of the corpus SRC (documents, "
        "layers, units, decisions and their undo history, statuses, assignments, schemas, models, "
        "failures) into DST, in one transaction on DST. SRC and DST are files or postgresql:// URLs.",
    )
    add_common(p)
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    copy = verbs.add_parser("copy", help="copy a whole corpus from SRC to DST")
    copy.add_argument("src", metavar="SRC", help="the corpus to copy: a file or a postgresql:// URL")
    copy.add_argument("dst", metavar="DST", help="where to copy it: a new or empty file or database")
    copy.add_argument("--replace", action="store_true", help="DST already holds a corpus: delete it and copy over it")
    copy.set_defaults(handler=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    from annotator.store.copy import COPY_ORDER, copy_corpus, counts

    _check_ends(args.src, args.dst)
    base = settings_from(args)
    base.db = args.src
    source = open_db(base, must_exist=True, reading=True)
    new_file = local_path(args.dst) if not exists(args.dst) else None
    try:
        base.db = args.dst
        target = open_db(base)
        try:
            total = sum(counts(source.conn).values())
            with progress(f"copy {shown(args.src)} to {shown(args.dst)}", total) as advance:
                copied = copy_corpus(
                    source.conn,
                    target.conn,
                    source_name=args.src,
                    target_name=args.dst,
                    replace=args.replace,
                    advance=advance,
                )
        except BaseException:
            target.close()
            _remove(new_file)  # a refused or failed copy leaves no new file behind
            raise
        target.close()
    finally:
        source.close()
    summary = ", ".join(f"{copied[t]} {t}" for t in COPY_ORDER if copied[t] and t in _SHOWN)
    say(f"copied {shown(args.src)} to {shown(args.dst)}: {summary or 'an empty corpus'}")
    return 0


_SHOWN = ("documents", "units", "decisions", "doc_status", "assignments", "models")


def _remove(path: Path | None) -> None:
    if path is not None:
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _check_ends(src: str, dst: str) -> None:
    """Refuse a copy onto itself before opening anything: it would delete what it copies."""
    same = src == dst
    if not same and not is_server(src) and not is_server(dst):
        a, b = local_path(src), local_path(dst)
        same = a is not None and b is not None and Path(a).resolve() == Path(b).resolve()
    if same:
        raise UserError(f"{shown(src)}: SRC and DST are the same corpus; nothing was copied")
