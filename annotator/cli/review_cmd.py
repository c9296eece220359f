"""`annotator review`: the desk opened straight on the review screen, to adjudicate into gold."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.store import Store


def register(sub: argparse._SubParsersAction) -> None:
    from annotator.cli import add_common
    from annotator.cli.common import add_min_annotators

    p = sub.add_parser(
        "review",
        help="adjudicate the annotators' disagreements into the gold layer",
        description="Open the desk on the review screen: documents ordered by disagreement (least agreement "
        "first); inside one, each difference between annotators with who said what. Keys 1, 2, 3... take an "
        "annotator's version, a the majority, x rejects the unit; l, [ ] { }, S (speaker), c (cue) and r (roles) "
        "settle it with an edited version; v selects text to add a unit nobody marked (Enter: entity, q: quote, "
        "e: event); u/U undo and redo. A document is ready for review once the annotators it needs (its "
        "assignment, or --min-annotators) have all marked it done; only those finished annotators are compared, "
        "and the list shows the others as waiting (for whom) or not comparable (one annotator). Units the "
        "finished annotators all agree on go into gold when a ready document is opened (settings: "
        "accept_agreed). A one-annotator document reaches gold only by your decision: its units one by one, "
        "or T for all of them; E settles a document as having no units. Every decision "
        "is logged under the adjudicator, and each gold unit keeps its provenance. The suggestion model loads "
        "once the list is scored (for articles opened from the queue) unless --no-model.",
    )
    add_common(p)
    p.add_argument("--annotators", help="comma-separated names to compare (default: everyone with work in the corpus)")
    p.add_argument("--adjudicator", help="whose gold decisions these are (default: the annotator name)")
    add_min_annotators(p)
    p.add_argument(
        "--no-model",
        action="store_true",
        help="do not load the suggestion model (articles opened from the queue then get no suggestions)",
    )
    p.set_defaults(handler=run)


def names(value: str | None) -> list[str] | None:
    return [a.strip() for a in value.split(",") if a.strip()] if value else None


def check_annotators(store: Store, wanted: list[str] | None) -> None:
    """A review needs two annotators who exist: say which names are unknown rather than show nothing."""
    from annotator.agreement.corpus import default_annotators
    from annotator.errors import UserError

    known = default_annotators(store)
    unknown = [a for a in wanted or [] if a not in known]
    if unknown:
        raise UserError(f"no work by {', '.join(unknown)} in this corpus (annotators: {', '.join(known) or 'none'})")
    chosen = wanted if wanted is not None else known
    if len(chosen) < 2:
        raise UserError(
            f"a review needs two annotators' work (found: {', '.join(chosen) or 'none'}); pass --annotators a,b"
        )


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import min_annotators, open_db, settings_from
    from annotator.core.names import check_name
    from annotator.tui.factory import build_app

    settings = settings_from(args)
    settings.min_annotators = min_annotators(args, settings)
    if args.adjudicator:  # gold decisions are logged under this name: the one rule for names
        check_name(args.adjudicator, "--adjudicator")
    store = open_db(settings, must_exist=True)
    try:
        wanted = names(args.annotators)
        check_annotators(store, wanted)
        # The model loads in a thread as on a normal start: an article opened from the queue gets suggestions.
        app = build_app(settings, store, load_model=not args.no_model)
        app.review_on_start = True
        app.review_adjudicator = args.adjudicator or None
        app.review_annotators = wanted
        app.run()
    finally:
        store.close()
    return int(app.return_code or 0)
