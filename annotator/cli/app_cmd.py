"""`annotator` (no command) and `annotator open`: the desk, creating the corpus on first run."""

from __future__ import annotations

import argparse

from annotator.cli import add_common
from annotator.cli.common import settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "open",
        help="open the annotation desk (the default with no command)",
        description="Open the desk on --db (created with five sample articles if absent). "
        "Your name is asked once and remembered; --annotator NAME works as NAME for this run only.",
    )
    add_common(p)
    p.add_argument("--no-model", action="store_true", help="do not load the suggestion model (manual annotation only)")
    p.set_defaults(handler=run_app)


def run_app(args: argparse.Namespace) -> int:
    """Build the app from the remembered settings and the command line, run it, close the store."""
    from annotator.tui.factory import build_app

    settings = settings_from(args)  # --annotator for this run only, as on every command
    app = build_app(settings, load_model=not getattr(args, "no_model", False))
    try:
        app.run()
    finally:
        app.store.close()
    return int(app.return_code or 0)
