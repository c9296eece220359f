"""The review list of identical mentions after a correction: one key each (accept, skip, accept all).

Each accepted row is written at once, through `apply`, to its own article's log (one decision,
undoable with u in that article); the row says so only once the write has returned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from annotator.consistency import Match
from annotator.core.display import one_line

DONE, SKIPPED = "✓", "·"


def row_text(match: Match, text: str, title: str, mark: str = " ") -> str:
    """A row: mark, where, the words around the mention, and what it becomes (all drawn as plain text)."""
    span = match.unit.span
    left = " ".join(text[max(0, span.start - 30) : span.start].split()[-4:])
    right = " ".join(text[span.end : span.end + 30].split()[:4])
    change = "reject" if match.proposed is None else f"{match.unit.body.main_label} → {match.proposed.main_label}"
    if match.proposed is not None and match.proposed.span != span:
        change += f" “{match.proposed.span.text_of(text)}”"
    return one_line(f"{mark} {title[:24]:<24} …{left} [{match.mention}] {right}…  {change}")


class ConsistencyScreen(ModalScreen[int]):
    """Identical mentions to correct the same way; answers how many were accepted."""

    DEFAULT_CSS = """
    ConsistencyScreen {
        align: center middle;
    }
    ConsistencyScreen > Vertical {
        width: 110;
        max-width: 95%;
        height: auto;
        max-height: 80%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    ConsistencyScreen OptionList {
        height: auto;
        max-height: 24;
        border: none;
    }
    """

    BINDINGS = [
        Binding("a,enter", "accept", "Accept", id="consistency.accept"),
        Binding("s,space", "skip", "Skip", id="consistency.skip"),
        Binding("A", "accept_all", "Accept all", id="consistency.accept_all"),
        Binding("escape", "close", "Close", id="consistency.close"),
    ]

    def __init__(
        self,
        title: str,
        matches: Sequence[Match],
        texts: dict[str, tuple[str, str]],
        apply: Callable[[Match], bool],
    ) -> None:
        super().__init__()
        self.title_text = one_line(title)
        self.matches = list(matches)
        self.texts = texts  # doc_id -> (text, title)
        self.apply = apply
        self.marks = [" "] * len(self.matches)
        self.accepted = 0

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, markup=False)
            yield Label("a accept · s skip · A accept all · Esc close (u in each article undoes)", markup=False)
            yield OptionList(*[Option(self._row(i)) for i in range(len(self.matches))])

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0 if self.matches else None
        options.focus()

    def _row(self, index: int) -> str:
        match = self.matches[index]
        text, title = self.texts[match.doc_id]
        return row_text(match, text, title, self.marks[index])

    def _current(self) -> int | None:
        return self.query_one(OptionList).highlighted

    def _decide(self, index: int, accept: bool) -> None:
        if self.marks[index] != " ":
            return
        if accept:
            if not self.apply(self.matches[index]):
                return
            self.accepted += 1
        self.marks[index] = DONE if accept else SKIPPED
        self.query_one(OptionList).replace_option_prompt_at_index(index, self._row(index))

    def _next_open(self, after: int) -> None:
        following = [i for i in range(after + 1, len(self.matches)) if self.marks[i] == " "]
        if following:
            self.query_one(OptionList).highlighted = following[0]
        elif all(m != " " for m in self.marks):
            self.dismiss(self.accepted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_accept()

    def action_accept(self) -> None:
        index = self._current()
        if index is not None:
            self._decide(index, True)
            self._next_open(index)

    def action_skip(self) -> None:
        index = self._current()
        if index is not None:
            self._decide(index, False)
            self._next_open(index)

    def action_accept_all(self) -> None:
        for index in range(len(self.matches)):
            self._decide(index, True)
        self.dismiss(self.accepted)

    def action_close(self) -> None:
        self.dismiss(self.accepted)
