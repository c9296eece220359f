"""The legend under the article: the 1-9 label keys in their colours and how each state looks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.widgets import Static

from annotator.core.display import one_line
from annotator.tui.widgets.paint_style import ComponentStyles
from annotator.tui.widgets.palette import QUOTE_BARS, STATE_MARKS


def legend_content(labels: Sequence[str], label_classes: Mapping[str, str]) -> Content:
    """Line 1: keys 1-9 and their labels; line 2: the look of each state (not colour alone)."""
    keys: list[tuple[str, str] | str] = []
    for number, label in enumerate(labels[:9], start=1):
        keys += [(f"{number}", "bold"), " ", (one_line(label), "." + label_classes[label]), "  "]
    if len(labels) > 9:
        keys.append(("l: more labels", "dim"))
    states: list[tuple[str, str] | str] = [
        (f"{STATE_MARKS['suggested']} suggested", ".article-view--suggested"),
        "  ",
        (f"{STATE_MARKS['accepted']} accepted", ".article-view--accepted"),
        "  ",
        (f"{STATE_MARKS['edited']} edited", ".article-view--edited"),
        "  ",
        (f"{STATE_MARKS['added']} hand-made", ".article-view--added"),
        "  ",
        (f"{STATE_MARKS['rejected']} rejected", ".article-view--rejected"),
        "  ",
        (f"{QUOTE_BARS['suggested']}{QUOTE_BARS['accepted']} quote", ".article-view--quote"),
        "  ",
        ("event", ".article-view--event-trigger"),
        "  ",
        ("role", ".article-view--role"),
    ]
    return Content.assemble(*keys, "\n", *states)


class LabelLegend(Static):
    """Attributes down: the screen passes the schema's labels once per article."""

    def show(self, labels: Sequence[str], label_classes: Mapping[str, str], paint_styles: ComponentStyles) -> None:
        self.update(paint_styles.resolve_content(legend_content(labels, label_classes)))
