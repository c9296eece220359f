"""The command line: parse, build services, call the domain, print.

Each subcommand lives in its own module here with `register(subparsers)`; heavy
libraries (spaCy, Textual) are imported inside the handlers, so `annotator --help` is fast.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from annotator import __version__
from annotator.core.display import block
from annotator.errors import UserError

# Subcommand modules, in the order --help lists them.
COMMANDS: tuple[str, ...] = (
    "app_cmd",
    "import_cmd",
    "suggest_cmd",
    "docs_cmd",
    "stats_cmd",
    "schema_cmd",
    "export_cmd",
    "evaluate_cmd",
    "assign_cmd",
    "claim_cmd",
    "agreement_cmd",
    "review_cmd",
    "train_cmd",
    "models_cmd",
    "errors_cmd",
    "db_cmd",
    "stories_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="A keyboard-driven annotation desk for news text. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        if importlib.util.find_spec(f"annotator.cli.{name}") is None:
            continue
        importlib.import_module(f"annotator.cli.{name}").register(sub)
    return parser


# One meaning on every command: a name for this run, never written to the settings.
ANNOTATOR_HELP = (
    "who is annotating, for this run only (no command remembers it; the desk asks your name once "
    "and remembers that answer)"
)


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options every command takes, accepted before or after the command name."""
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database file (default: ./corpus.db), or a team's PostgreSQL database as "
        "postgresql://user@host:port/dbname (also: the ANNOTATOR_DB environment variable)",
    )
    parser.add_argument("--annotator", default=argparse.SUPPRESS, help=ANNOTATOR_HELP)
    parser.add_argument(
        "--model",
        default=argparse.SUPPRESS,
        help="spaCy pipeline for suggestions: installed package, directory, or trained NAME[@VERSION]",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from annotator.cli.app_cmd import run_app

        handler = run_app
    try:
        return int(handler(args) or 0)
    except UserError as exc:
        print(f"error: {block(_user_message(exc, args))}", file=sys.stderr)  # messages quote names and contents
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted: work committed so far is kept", file=sys.stderr)
        return 130
    except Exception as exc:
        message = _machine_failure(exc, args)
        if message is None:
            raise  # a bug: the traceback is what a report needs
        print(f"error: {message}", file=sys.stderr)
        return UserError.exit_code


def _machine_failure(exc: Exception, args: argparse.Namespace) -> str | None:
    """A full disk, a damaged or read-only database met mid-command: one line, no traceback."""
    from annotator.store.failures import explain

    return explain(exc, _where(args))


def _user_message(exc: UserError, args: argparse.Namespace) -> str:
    """A write the store refused speaks the desk's one-line words; here it also names the file."""
    from annotator.store.base import StoreWriteError

    if isinstance(exc, StoreWriteError):
        return f"{_where(args)}: {exc}"
    return str(exc)


def _where(args: argparse.Namespace) -> str:
    """The corpus a message names: --db, else ANNOTATOR_DB, with no password shown."""
    import os

    from annotator.store.location import shown

    return shown(getattr(args, "db", None) or os.environ.get("ANNOTATOR_DB") or "the database")
