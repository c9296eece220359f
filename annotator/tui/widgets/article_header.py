"""The article screen's header: title, outlet, place in the corpus, annotator, status, progress."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widgets import Static

from annotator.core.display import one_line
from annotator.tui.display import block_content
from annotator.tui.widgets.palette import STATE_MARKS


@dataclass(frozen=True)
class HeaderInfo:
    title: str
    outlet: str | None
    position: int | None
    total: int
    annotator: str
    status: str
    flagged: bool
    counts: dict[str, int]
    suggesting: str = ""  # "", "suggesting…", or why there are no suggestions
    # (place among my articles or None, how many are mine) when I work from a list
    # (claims, assignments): then the header counts there, not in the corpus.
    mine: tuple[int | None, int] | None = None


def place_text(info: HeaderInfo) -> str:
    """Where the article stands: among mine when I work from a list, else in the corpus."""
    if info.mine is not None:
        position, total = info.mine
        if position is not None:
            return f"your article {position:,} of {total:,}"
        return f"not one of your {total:,}" if total else "not yours: none claimed yet"
    return f"article {info.position:,} of {info.total:,}" if info.position else f"{info.total:,} articles"


def header_content(info: HeaderInfo) -> Content:
    parts = [one_line(info.outlet or ""), place_text(info), one_line(info.annotator), info.status.replace("_", " ")]
    line2: list[tuple[str, str] | str] = [" · ".join(p for p in parts if p)]
    if info.flagged:
        line2 += ["  ", ("⚑ flagged", "bold")]
    counts = "  ".join(f"{STATE_MARKS[s]}{info.counts[s]}" for s in STATE_MARKS if info.counts.get(s))
    if counts:
        line2 += ["   ", (counts, "dim")]
    if info.suggesting:
        line2 += ["   ", (info.suggesting, "italic")]
    return block_content(Content.assemble((one_line(info.title) or "(untitled)", "bold"), "\n", *line2))


class ArticleHeader(Static):
    def show(self, info: HeaderInfo) -> None:
        self.update(header_content(info), layout=False)  # fixed height: no layout pass
