"""Names of the style classes the desk paints with; the colours themselves live in article.tcss.

Labels of the default schema have a class each (`article-view--person`); a label a custom
schema adds gets a numbered slot by its place in the schema (`article-view--label-3`).
Every widget that paints labels (article, unit list, legend) declares the same classes, so
one TCSS rule colours a label everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from annotator.core.models import Body

PREFIX = "article-view--"
NAMED_LABELS = ("person", "org", "gpe", "loc", "fac", "norp", "date", "money", "event", "law")
SLOTS = 10
STATES = ("suggested", "accepted", "edited", "added", "rejected")

LABEL_CLASSES: frozenset[str] = frozenset(
    [PREFIX + name for name in NAMED_LABELS] + [f"{PREFIX}label-{i}" for i in range(SLOTS)]
)
STATE_CLASSES: frozenset[str] = frozenset(PREFIX + state for state in STATES)
KIND_CLASSES: frozenset[str] = frozenset(PREFIX + k for k in ("event-trigger", "quote", "quote-rejected"))
PAINT_CLASSES: frozenset[str] = LABEL_CLASSES | STATE_CLASSES | KIND_CLASSES

# What the editor sees in the unit list and the legend for each state (not colour alone).
STATE_MARKS = {"suggested": "?", "accepted": "✓", "edited": "✎", "added": "+", "rejected": "✗"}
# The quote bar in the article's left gutter, by the quote's state.
QUOTE_BARS = {"suggested": "┆", "accepted": "┃", "edited": "┃", "added": "▌", "rejected": " "}


def label_classes(labels: Sequence[str]) -> dict[str, str]:
    """Class for each entity label of a schema, in schema order."""
    out: dict[str, str] = {}
    for index, label in enumerate(labels):
        name = label.lower()
        out[label] = PREFIX + name if name in NAMED_LABELS else f"{PREFIX}label-{index % SLOTS}"
    return out


def state_class(state: str) -> str:
    return PREFIX + state


def kind_style(body: Body, label_classes: Mapping[str, str]) -> str:
    """The style a unit's label paints with: its kind's own class, else its label's (entities)."""
    if body.colour_class is not None:
        return "." + PREFIX + body.colour_class
    return "." + label_classes.get(body.main_label, PREFIX + "label-0")
