"""Small modal dialogs of the article screen: a type-to-filter picker and a one-line note.

The picker answers with the chosen option's id (or None on Escape); the caller decides what
ids mean. Options marked `always` (such as "select in text…" or "none") stay listed
whatever is typed, so a filter can never hide the way out.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from annotator.core.display import one_line
from annotator.tui.display import block_content, one_line_content
from annotator.tui.widgets.paint_style import ComponentStyles


@dataclass(frozen=True)
class Choice:
    id: str
    prompt: str | Content
    always: bool = False
    search: str = ""  # extra words the filter matches (a label's description)
    # False: typing matches the id and `search` only, not the prompt (a role's prompt shows its
    # current value: "Pl" must find Place, not Patient because it is filled with "diplomats").
    match_prompt: bool = True

    def matches(self, needle: str, *, strict: bool = False) -> bool:
        """Does the typed filter match? `strict` ignores `always` (to pick what to highlight)."""
        if not needle or (self.always and not strict):
            return True
        plain = self.prompt.plain if isinstance(self.prompt, Content) else self.prompt
        haystack = f"{self.id} {plain if self.match_prompt else ''} {self.search}".lower()
        return all(word in haystack for word in needle.lower().split())

    def starts_with(self, needle: str) -> bool:
        """The id begins with what was typed: the best match, highlighted before the others."""
        return bool(needle.strip()) and self.id.lower().startswith(needle.strip().lower())


DIGITS = "123456789"


class LettersInput(Input):
    """The filter of a numbered picker: digits are left to the picker (they choose a row)."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        if character is not None and character.isdigit():
            return False
        return super().check_consume_key(key, character)


class PickerScreen(ModalScreen[str | None]):
    """Type to filter, up/down to move, Enter to choose, Escape to cancel.

    A `numbered` picker (mentions, roles) also takes one key per choice: 1-9 the first nine
    rows, 0 the first way out ("none", "skip", "clear"). Its filter then takes letters only.
    """

    DEFAULT_CSS = """
    PickerScreen {
        align: center middle;
    }
    PickerScreen > Vertical {
        width: 64;
        max-width: 90%;
        height: auto;
        max-height: 80%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    PickerScreen #picker-title {
        width: 1fr;
        text-style: bold;
    }
    PickerScreen Input {
        margin: 0 0 1 0;
    }
    PickerScreen OptionList {
        height: auto;
        max-height: 20;
        border: none;
    }
    PickerScreen #picker-card {
        height: auto;
        max-height: 6;
        margin: 1 0 0 0;
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
        Binding("down", "move(1)", "Down", show=False, id="picker.down"),
        Binding("up", "move(-1)", "Up", show=False, id="picker.up"),
        Binding("enter", "choose", "Choose", id="picker.choose"),
        *[
            Binding(d, f"number({d})", f"Choice {d}", show=False, priority=True, id=f"picker.choice_{d}")
            for d in "0" + DIGITS
        ],
    ]

    def __init__(
        self,
        title: str,
        choices: list[Choice],
        *,
        highlight: str | None = None,
        paint_styles: ComponentStyles | None = None,
        cards: dict[str, list[str]] | None = None,
        numbered: bool = False,
    ) -> None:
        super().__init__()
        # Guideline cards by choice id: the highlighted label's definition and examples show below.
        self.cards = cards or {}
        self.numbered = numbered
        self.title_text = one_line(title)  # it quotes the text: "Label for “…”"
        # Prompts are data (labels, the text's words): plain content on one line, never markup.
        choices = [_plain(c) for c in choices]
        # Class names in prompts (label colours) are resolved by the article view that owns them.
        self.choices = [_resolved(c, paint_styles) for c in choices] if paint_styles else choices
        self._highlight = highlight
        self._shown: list[Choice] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, id="picker-title", markup=False)
            kind = LettersInput if self.numbered else Input
            yield kind(
                placeholder="type to filter, or press a row's digit" if self.numbered else "type to filter",
                id="picker-filter",
            )
            yield OptionList(id="picker-options")
            if self.cards:
                yield Static("", id="picker-card")

    def on_mount(self) -> None:
        self._fill("")
        if self._highlight is not None:
            ids = [c.id for c in self._shown]
            if self._highlight in ids:
                self.query_one(OptionList).highlighted = ids.index(self._highlight)
        self.query_one(Input).focus()

    def _fill(self, needle: str) -> None:
        options = self.query_one(OptionList)
        self._shown = [c for c in self.choices if c.matches(needle)]
        options.set_options(Option(self._numbered_prompt(c), id=c.id) for c in self._shown)
        # Land on the first option the words really match, not on an always-shown escape hatch.
        first = next((i for i, c in enumerate(self._shown) if c.starts_with(needle)), None)
        if first is None:
            first = next((i for i, c in enumerate(self._shown) if c.matches(needle, strict=True)), 0)
        if self._shown:
            options.highlighted = first

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.cards:
            lines = self.cards.get(event.option.id or "", [])
            self.query_one("#picker-card", Static).update(block_content("\n".join(lines)))

    def _numbered_prompt(self, choice: Choice) -> str | Content:
        key = self.key_for(choice.id)
        if not self.numbered:
            return choice.prompt
        return Content.assemble((f"{key or ' '} ", "bold"), choice.prompt)

    def key_for(self, choice_id: str) -> str | None:
        """The one key that chooses `choice_id` now (None: none, or not a numbered picker)."""
        if not self.numbered:
            return None
        rows = [c.id for c in self._shown if not c.always][: len(DIGITS)]
        if choice_id in rows:
            return DIGITS[rows.index(choice_id)]
        way_out = next((c.id for c in self._shown if c.always and not c.id.endswith("select")), None)
        return "0" if choice_id == way_out else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Digits choose only in a numbered picker; elsewhere they are typed into the filter."""
        return self.numbered if action == "number" else True

    def action_number(self, key: str | int) -> None:
        key = str(key)
        chosen = next((c.id for c in self._shown if self.key_for(c.id) == key), None)
        if chosen is not None:
            self.dismiss(chosen)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if not self._shown:
            return
        current = options.highlighted if options.highlighted is not None else -step
        options.highlighted = max(0, min(len(self._shown) - 1, current + step))

    def action_choose(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not self._shown:
            return
        self.dismiss(self._shown[options.highlighted].id)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _plain(choice: Choice) -> Choice:
    return Choice(choice.id, one_line_content(choice.prompt), choice.always, choice.search, choice.match_prompt)


def _resolved(choice: Choice, paint_styles: ComponentStyles) -> Choice:
    if not isinstance(choice.prompt, Content):
        return choice
    return Choice(
        choice.id, paint_styles.resolve_content(choice.prompt), choice.always, choice.search, choice.match_prompt
    )


class NoteScreen(ModalScreen[str | None]):
    """One line of text (the flag's note); Enter keeps it, Escape cancels."""

    DEFAULT_CSS = """
    NoteScreen {
        align: center middle;
    }
    NoteScreen > Vertical {
        width: 64;
        max-width: 90%;
        height: auto;
        border: round $warning;
        background: $surface;
        padding: 0 1;
    }
    ConfirmScreen #confirm-question {
        width: 1fr;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel")]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text = one_line(title)
        self.value = one_line(value)  # shown for editing: what is saved is what was shown

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, markup=False)
            yield Input(value=self.value, placeholder="why (empty clears the flag)")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question before a step that is easy to take by mistake: one key goes on, one goes back."""

    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
    }
    ConfirmScreen > Vertical {
        width: 64;
        max-width: 90%;
        height: auto;
        border: round $warning;
        background: $surface;
        padding: 0 1;
    }
    ConfirmScreen #confirm-question {
        width: 1fr;
    }
    """

    BINDINGS = [
        Binding("d,y,enter", "answer(True)", "Yes, go on", id="confirm.yes"),
        Binding("escape,n", "answer(False)", "No, go back", id="confirm.no"),
    ]

    def __init__(self, question: str, keys_line: str = "d or Enter: yes, go on · Escape: no, go back") -> None:
        super().__init__()
        self.question = one_line(question)
        self.keys_line = keys_line

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question, id="confirm-question", markup=False)
            yield Label(self.keys_line, id="confirm-keys", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
