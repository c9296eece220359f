"""The article screen: one article with its suggestions and my units, edited from the keyboard.

The screen is thin: every edit goes through `annotator.desk.Desk` (one store transaction),
and only after the store has it does the screen redraw from the desk's state. Multi-step
edits (selection, new quotes and events, speakers, cues, roles) live in `article_flows`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual import getters, work
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from annotator.core.display import one_line
from annotator.core.models import KINDS, DocState, Quote, Span
from annotator.core.selection import next_quotation
from annotator.desk import SCREEN_WAIT_S, Desk, Outcome, ViewUnit, doubt_rank
from annotator.guidelines import guideline_lines
from annotator.suggest.reported import next_reported
from annotator.tui.app import AnnotatorApp
from annotator.tui.messages import ModelLoaded, ModelMissing
from annotator.tui.screens.article_consistency import ArticleConsistency
from annotator.tui.screens.article_flows import (
    SELECTING,
    ArticleFlows,
    Selection,
    cursor_bindings,
    kind_label_choices,
    screen_binding,
)
from annotator.tui.screens.article_jumps import ArticleJumps
from annotator.tui.screens.pickers import Choice, ConfirmScreen, NoteScreen, PickerScreen
from annotator.tui.screens.writes import WaitingWrites
from annotator.tui.widgets.article_header import ArticleHeader, HeaderInfo
from annotator.tui.widgets.article_view import ArticleView
from annotator.tui.widgets.key_bar import KeyBar
from annotator.tui.widgets.legend import LabelLegend
from annotator.tui.widgets.palette import label_classes
from annotator.tui.widgets.unit_list import UnitDetail, UnitList

FOCUS_SAVE_S = 0.5

# Actions that edit or leave the article: off while a selection is open or a flow asks.
EDITING = {
    "accept",
    "reject",
    "accept_all",
    "pick_label",
    "move_start",
    "move_end",
    "select",
    "speaker",
    "cue",
    "roles",
    "undo",
    "redo",
    "done",
    "skip",
    "flag",
    "reopen",
    "next_article",
    "previous_article",
    "next_unit",
    "previous_unit",
    "first_unit",
    "last_unit",
    "least_sure",
    "consistency",
    "quote_here",
    "reported_here",
    "quote_part",
    "next_pending",
    "next_kind",
    "next_label",
    "first_on_screen",
    "page",
}


# Keys that act on the focused unit, and the kind it must be (None: any kind).
UNIT_KEYS: dict[str, str | None] = {
    "accept": None,
    "reject": None,
    "relabel": None,
    "pick_label": None,
    "move_start": None,
    "move_end": None,
    "speaker": "quote",
    "cue": "quote",
    "roles": "event",
    "quote_part": "quote",
}
UNIT_KEY_NAMES = {
    "relabel": "A digit",
    "speaker": "Speaker (S)",
    "cue": "Cue (c)",
    "roles": "Roles (r)",
    "quote_part": "A quote part (+)",
}


def _an(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


@dataclass(frozen=True)
class _Widgets:
    view: ArticleView
    units: UnitList
    details: list[UnitDetail]
    header: ArticleHeader
    prompt: Static


THRESHOLDS = (0.3, 0.5, 0.7)


def _b(*args: Any, **kwargs: Any) -> Binding:
    """A binding with an id (`article.<name>`) for keymaps."""
    return screen_binding("article", *args, **kwargs)


class ArticleScreen(ArticleJumps, ArticleConsistency, ArticleFlows, WaitingWrites, Screen[None]):
    """One article. Keys act on the focused unit (▶ in the gutter, highlighted in the list)."""

    app = getters.app(AnnotatorApp)  # the desk's services, typed
    HELP_GROUP = "Article"
    ROLES_BY_DIGITS = True
    CSS_PATH = "../styles/article.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-very-narrow"), (100, "-narrow"), (130, "-wide")]

    BINDINGS = [
        _b("down,j", "next_unit", "Next unit", "Focus the next unit in the text", show=False),
        _b("up,k", "previous_unit", "Previous unit", "Focus the previous unit in the text", show=False),
        _b("home", "first_unit", "First unit", "Focus the first unit", show=False),
        _b("end", "last_unit", "Last unit", "Focus the last unit", show=False),
        _b(
            "pagedown",
            "page(1)",
            "Page down",
            "A page down; the focus goes to the first unit on it",
            show=False,
            name="page_down",
        ),
        _b(
            "pageup",
            "page(-1)",
            "Page up",
            "A page up; the focus goes to the first unit on it",
            show=False,
            name="page_up",
        ),
        _b("H", "first_on_screen", "First on screen", "Focus the first unit on the screen", show=False),
        _b(
            "tab",
            "next_pending(1)",
            "Next unreviewed",
            "Focus the next suggestion still to review",
            show=False,
            name="next_pending",
        ),
        _b(
            "shift+tab",
            "next_pending(-1)",
            "Previous unreviewed",
            "Focus the previous suggestion still to review",
            show=False,
            name="previous_pending",
        ),
        _b("N", "next_kind('entity')", "Next entity", "Focus the next entity", show=False, name="next_entity"),
        _b("Q", "next_kind('quote')", "Next quote", "Focus the next quote", show=False, name="next_quote"),
        _b("E", "next_kind('event')", "Next event", "Focus the next event", show=False, name="next_event"),
        _b("L", "next_label", "Next same label", "Focus the next unit with the focused unit's label", show=False),
        _b(
            "slash",
            "search",
            "Search",
            "Search the article: type, Enter lands on the unit there or selects the words",
            show=False,
        ),
        _b(
            "semicolon",
            "search_again(1)",
            "Search again",
            "The next match of the last search",
            show=False,
            name="search_next",
        ),
        _b(
            "comma",
            "search_again(-1)",
            "Search back",
            "The previous match of the last search",
            show=False,
            name="search_previous",
        ),
        _b("a", "accept", "Accept", "Accept the focused suggestion and move on"),
        _b("x", "reject", "Reject", "Reject the focused suggestion (a hand-made unit is deleted) and move on"),
        _b("A", "accept_all", "Accept all", "Accept every remaining suggestion in one step"),
        *[
            _b(
                str(n),
                f"relabel({n})",
                f"Choice {n}",
                f"An entity: label {n} of the legend; an event or quote: choice {n} in its details"
                f" (a role's filler, a speaker); a selection: a new entity labelled {n}",
                show=False,
                name=f"label_{n}",
            )
            for n in range(1, 10)
        ],
        _b("l", "pick_label", "Label…", "Choose a label, event type or quote kind by typing"),
        _b(
            "left_square_bracket",
            "move_start(-1)",
            "Start ←",
            "Move the start one token left",
            show=False,
            name="start_left",
        ),
        _b(
            "right_square_bracket",
            "move_start(1)",
            "Start →",
            "Move the start one token right",
            show=False,
            name="start_right",
        ),
        _b("left_curly_bracket", "move_end(-1)", "End ←", "Move the end one token left", show=False, name="end_left"),
        _b("right_curly_bracket", "move_end(1)", "End →", "Move the end one token right", show=False, name="end_right"),
        _b(
            "w",
            "least_sure",
            "Least sure",
            "Focus the pending suggestion the model is least sure of, then the next",
            show=False,
        ),
        _b("v", "select", "Select", "Select text with the keyboard to add an entity, quote or event"),
        *cursor_bindings("article"),
        _b("enter", "finish_selection", "Use selection", "Selection: use it (asks for a label)"),
        _b("q", "quote", "Quote", "Selection: make it a quote, then choose speaker and cue"),
        _b("e", "event", "Event", "Selection: make it an event trigger, then type and roles"),
        _b(
            "quotation_mark",
            "quote_here",
            "Quote here",
            "Make a quote of the words between the quotation marks at the focus (else the next ones not yet a quote)",
            show=False,
        ),
        _b(
            "apostrophe",
            "reported_here",
            "Reported speech",
            "Make a quote of the clause a reporting verb reports (said that …) at the focus, else the next not yet a quote",
            show=False,
        ),
        _b(
            "plus",
            "quote_part",
            "Quote part",
            "Add a part to the focused quote: the next quotation after it is selected, Enter adds it",
            show=False,
        ),
        _b("S", "speaker", "Speaker", "Set the focused quote's speaker"),
        _b("c", "cue", "Cue", "Set the focused quote's cue"),
        _b("r", "roles", "Roles", "Fill or clear a role of the focused event"),
        _b(
            "C",
            "consistency",
            "Same fix…",
            "The last correction (label, boundary, reject) for identical mentions here and in the corpus",
            show=False,
        ),
        _b("u,backspace", "undo", "Undo", "Undo my last change to this article"),
        _b("U", "redo", "Redo", "Redo what was undone", show=False),
        _b("d", "done", "Done", "Mark the article done and open my next undone one"),
        _b("s", "skip", "Skip", "Skip the article and open my next undone one"),
        _b("f", "flag", "Flag", "Flag the article with a note for a second look"),
        _b("h", "threshold", "Hide low", "Hide suggestions scored under 0.3, 0.5, 0.7, or show all again", show=False),
        _b("o", "reopen", "Reopen", "Put a done or skipped article back in progress (u takes it back)", show=False),
        _b("n", "next_article", "Next", "Open the next article"),
        _b("p", "previous_article", "Prev", "Open the previous article", show=False),
        _b("escape", "back", "Back", "Cancel the selection, or go back to the queue"),
    ]

    def __init__(self, doc_id: str, focus: int | None = None) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.initial_focus = focus
        self.focus_key: int | None = None
        self.selection: Selection | None = None
        self.label_classes: dict[str, str] = {}
        self.suggesting = ""
        self._binding_state: tuple[object, ...] = ()
        self._focus_unsaved = False
        self._least_sure_rank: tuple[float, int, int] | None = None  # where w left off
        # The article d or s just left: u here, before any change here, undoes that step there.
        self.came_from: str | None = None
        self._drawing_keys = False

    # -- building -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield ArticleHeader(id="article-header")
        with Horizontal(id="article-body"):
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield UnitList(id="units")
                yield UnitDetail(id="detail")
        yield UnitDetail(id="narrow-detail")
        yield Static("", id="prompt", markup=False)
        yield LabelLegend(id="legend")
        yield KeyBar(id="keys")

    @property
    def view(self) -> ArticleView:
        return self._widgets.view

    @property
    def _widgets(self) -> _Widgets:
        """The screen's widgets, looked up once (a DOM query per key press adds up)."""
        found = self.__dict__.get("_widget_refs")
        if found is None:
            found = _Widgets(
                view=self.query_one(ArticleView),
                units=self.query_one(UnitList),
                details=list(self.query(UnitDetail)),
                header=self.query_one(ArticleHeader),
                prompt=self.query_one("#prompt", Static),
            )
            self.__dict__["_widget_refs"] = found
        return found

    def on_mount(self) -> None:
        self.desk = Desk(
            self.app.store,
            self.app.annotator,
            self.app.settings.min_score,
            patience_s=SCREEN_WAIT_S,
        )
        self.view.focus()
        # The focus is written at most twice a second and whenever the screen goes: a durable
        # commit per arrow key costs a disk flush (~20 ms on a busy disk) inside the frame.
        self.set_interval(FOCUS_SAVE_S, self.save_focus)
        self.show_doc(self.doc_id, self.initial_focus)

    def show_doc(self, doc_id: str, focus: int | None) -> None:
        """Load an article into this screen; n, p, d and s move on this way, with no new screen."""
        self.save_focus()
        if self.selection is not None:
            self.end_selection(None)
        self.workers.cancel_group(self, "flow")
        self.doc_id, self.initial_focus = doc_id, focus
        self.came_from = None
        self.suggesting = ""
        self._binding_state = ()
        self.load()
        if self.desk.needs_suggestions:
            self.request_suggestions()

    def save_focus(self) -> None:
        if self._focus_unsaved:  # a busy database: kept unsaved, tried again on the next tick
            self._focus_unsaved = not self.desk.set_focus(self.focus_key)

    def on_unmount(self) -> None:
        self.save_focus()

    def on_screen_suspend(self) -> None:
        self.save_focus()

    def load(self) -> None:
        state = self.desk.load(self.doc_id)
        store = self.desk.store
        mine = store.place_in_list(self.doc_id, self.desk.annotator)  # None: the whole corpus is my list
        # The header counts among my articles, or in the corpus: the corpus place only when shown.
        seq, total = (store.doc_seq(self.doc_id), store.count_documents()) if mine is None else (None, 0)
        self._place = (seq, total, mine)
        labels = state.schema.entity_label_names
        self.label_classes = label_classes(labels)
        self.title = one_line(state.document.title)
        self.view.show_article(state.text, state.boilerplate)
        self.query_one(LabelLegend).show(labels, self.label_classes, self.view.paint_styles)
        self.redraw_units()
        key = self.initial_focus if state.view(self.initial_focus) else state.status.focus
        if state.view(key) is None:
            key = state.views[0].key if state.views else None
        self.set_focus_key(key, persist=False)

    # -- drawing ------------------------------------------------------------------------

    def redraw_units(self) -> None:
        state = self.desk.state
        self.view.show_units(state.views, self.label_classes)
        self._widgets.units.show(state.views, state.text, self.label_classes, self.view.paint_styles)
        self.redraw_header()

    def redraw_header(self) -> None:
        state = self.desk.state
        seq, total, mine = self._place
        self._widgets.header.show(
            HeaderInfo(
                title=state.document.title,
                outlet=state.document.outlet,
                position=seq,
                total=total,
                mine=mine,
                annotator=self.desk.annotator,
                status=state.status.status,
                flagged=state.status.flagged,
                counts=state.counts(),
                suggesting=self.suggesting,
            )
        )

    def focused_view(self) -> ViewUnit | None:
        return self.desk.state.view(self.focus_key)

    # What the jumps and search walk (ArticleJumps): the article's units.
    def jump_views(self) -> list[ViewUnit]:
        return self.desk.state.views

    def jump_index(self) -> int | None:
        return self.desk.state.index_of(self.focus_key)

    def jump_to(self, index: int, *, scroll: bool = True) -> None:
        self.set_focus_key(self.desk.state.views[index].key, scroll=scroll)

    def set_focus_key(self, key: int | None, *, persist: bool = True, scroll: bool = True) -> None:
        """Move the focus: highlight in text and list, details, scroll; remember it in the store."""
        state = self.desk.state
        if state.view(key) is None:
            key = None
        self.focus_key = key
        view = state.view(key)
        self.show_selection()
        self._widgets.units.show_cursor(state.index_of(key))
        self._show_details()
        if view is not None and scroll:
            self.view.scroll_to_span(view.span)
        if persist:
            self._focus_unsaved = True
        self.sync_bindings()

    def _show_details(self) -> None:
        """The focused unit in full, in whichever detail panel the layout shows, with its one-key choices.

        Working the choices out takes a few milliseconds on a long article: the key's frame goes
        out first and the choices follow in the next one (a digit pressed sooner works them out then)."""
        state = self.desk.state
        view = state.view(self.focus_key)
        ready = self._choices_ready()
        keys = [c.prompt for c in self.focused_choices()] if ready else []
        for detail in self._widgets.details:
            if detail.display:  # the narrow layout's copy is hidden on wide terminals
                detail.show(view, state.text, state.schema, self.label_classes, self.view.paint_styles, keys)
        if not ready:
            self.call_after_refresh(self._show_choices, self.focus_key)

    def _show_choices(self, key: int | None) -> None:
        if self.is_attached and key == self.focus_key and not self._choices_ready():
            self.focused_choices()
            self._show_details()

    def _choices_stamp(self) -> tuple[object, ...] | None:
        view = self.focused_view()
        if view is None or view.kind not in ("event", "quote"):
            return None
        return (self.desk.state.version, view.key, id(self.desk.state), bool(self.app_nlp()))

    def _choices_ready(self) -> bool:
        stamp = self._choices_stamp()
        cached = self.__dict__.get("_choices")
        return stamp is None or (cached is not None and cached[0] == stamp)

    def focused_choices(self) -> list[Choice]:
        """The focused event's or quote's one-key choices (digits), worked out once per change."""
        stamp = self._choices_stamp()
        view = self.focused_view()
        if stamp is None or view is None:
            return []
        cached = self.__dict__.get("_choices")
        if cached is None or cached[0] != stamp:
            cached = (stamp, self.unit_choices(view))
            self.__dict__["_choices"] = cached
        return cached[1]

    def app_nlp(self) -> Any:
        return getattr(self.app, "nlp", None)

    def on_resize(self) -> None:
        if hasattr(self, "desk"):
            self.call_after_refresh(self._show_details)  # a breakpoint may have swapped panels

    def sync_bindings(self) -> None:
        """Re-check which keys apply (the footer redraws) only when the answer can change."""
        view = self.focused_view()
        selection = self.selection
        state = (
            view.kind if view else None,
            view.state if view else None,
            self.desk.state.pending_count > 0,
            self.desk.state.status.status,
            selection is not None,
            selection is not None and selection.request is not None,
        )
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def prompt_line(self) -> Static:
        return self._widgets.prompt

    # -- committing -----------------------------------------------------------------------

    def commit(
        self,
        action: Callable[[], Outcome],
        *,
        advance: bool = False,
        unchanged: str | None = None,
        correction: bool = False,
    ) -> None:
        """Run one desk action; the screen redraws only from what the store has accepted.

        With `advance`, a change to the focused unit moves the focus on to the next one;
        `unchanged` is said when the action changed nothing (undo with nothing to undo).
        A busy database makes the action wait in a worker (`WaitingWrites`). A `correction`
        (label, boundary, reject) is remembered for C (the same correction for identical mentions).
        """
        pressed_on = self.focus_key
        before = self.focused_view() if correction else None

        def show(outcome: Outcome) -> None:
            self._show_outcome(outcome, advance, unchanged, pressed_on)
            if before is not None and outcome.changed:
                self.note_correction(before, before.key)

        self.run_write(action, show)

    def _show_outcome(self, outcome: Outcome, advance: bool, unchanged: str | None, pressed_on: int | None) -> None:
        if unchanged is not None and not outcome.changed:
            self.notify(unchanged, markup=False)
        if outcome.changed:
            self.came_from = None
            self.redraw_units()
            self.sync_bindings()
        if self.focus_key != pressed_on:  # the editor moved on while the write waited: stay there
            self.set_focus_key(self.focus_key)
            return
        target = outcome.focus if outcome.focus is not None else self.focus_key
        if advance and outcome.changed and target == self.focus_key:
            state = self.desk.state
            index = state.index_of(target)
            if index is not None and index + 1 < len(state.views):
                target = state.views[index + 1].key
        self.set_focus_key(target)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide selection keys outside a selection; dim what does not fit the focused unit."""
        if not hasattr(self, "desk"):
            return True
        selecting = self.selection is not None
        if action in SELECTING:
            return self.selection_allows(action)
        if action in EDITING and selecting:
            return False
        if action == "relabel" and selecting:  # digits label the selected words; not while a flow asks for them
            return self.selection is not None and self.selection.request is None
        view = self.focused_view()
        why = self._why_not(action, view)
        if why is None:
            return True
        if not self._drawing_keys:  # a key pressed, not the key bar asking: say why in one line
            self.notify(why, markup=False, timeout=4)
        return None

    def _why_not(self, action: str, view: ViewUnit | None) -> str | None:
        """Why `action` does not apply to the focused unit now (None: it does)."""
        kind = view.kind if view is not None else None
        if action == "accept_all":
            return None if self.desk.state.pending_count > 0 else "Nothing left to accept: every suggestion is decided."
        if action == "reopen":
            status = self.desk.state.status.status
            return (
                None
                if status in ("done", "skipped")
                else f"Reopen is for done or skipped articles; this one is {status}."
            )
        if action not in UNIT_KEYS:
            return None
        if view is None:
            return "No unit is focused: j/k move to one, v selects text to make one."
        wanted = UNIT_KEYS[action]
        if wanted is not None and kind != wanted:
            plural = KINDS[wanted].plural
            return f"{UNIT_KEY_NAMES[action]} applies to {plural}; the focused unit is {_an(kind or 'unit')}."
        if action == "accept" and view.state not in ("suggested", "rejected"):
            return f"Already {view.state}: nothing to accept (x rejects it)."
        if action == "reject" and view.state == "rejected":
            return "Already rejected (a brings it back)."
        return None

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The key bar and palette ask which keys apply: that asking must not say why aloud."""
        self._drawing_keys = True
        try:
            return super().active_bindings
        finally:
            self._drawing_keys = False

    # -- navigation -----------------------------------------------------------------------

    def _step_focus(self, step: int) -> None:
        views = self.desk.state.views
        if not views:
            return
        index = self.desk.state.index_of(self.focus_key)
        if index is None:
            index = -1 if step > 0 else len(views)
        self.set_focus_key(views[max(0, min(len(views) - 1, index + step))].key)

    def action_next_unit(self) -> None:
        self._step_focus(+1)

    def action_previous_unit(self) -> None:
        self._step_focus(-1)

    def action_least_sure(self) -> None:
        """Doubt first: step through the pending suggestions from the model's lowest score up."""
        found = self.desk.state.next_least_sure(self._least_sure_rank)
        if found is None:
            self.notify("No scored suggestion left to decide here.", title="Least sure")
            return
        self._least_sure_rank = doubt_rank(found)
        self.set_focus_key(found.key)

    def action_first_unit(self) -> None:
        views = self.desk.state.views
        if views:
            self.set_focus_key(views[0].key)

    def action_last_unit(self) -> None:
        views = self.desk.state.views
        if views:
            self.set_focus_key(views[-1].key)

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        """Focus the innermost unit under the click (a name inside a quote, not the quote)."""
        hits = [v for v in self.desk.state.views if v.span.start <= message.offset < v.span.end]
        if hits:
            self.set_focus_key(min(hits, key=lambda v: v.span.end - v.span.start).key)

    # -- decisions on the focused unit ----------------------------------------------------------

    def _on_focused(
        self, make: Callable[[ViewUnit], Outcome], *, advance: bool = False, correction: bool = False
    ) -> None:
        view = self.focused_view()
        if view is not None:
            self.commit(lambda: make(view), advance=advance, correction=correction)

    def action_accept(self) -> None:
        self._on_focused(self.desk.accept, advance=True)

    def action_reject(self) -> None:
        self._on_focused(self.desk.reject, advance=True, correction=True)

    def action_accept_all(self) -> None:
        self.run_write(self.desk.accept_all, self._accepted_all)

    def _accepted_all(self, outcome: Outcome) -> None:
        count = len(outcome.decisions)
        self.notify(
            f"Accepted {count} suggestion{'s' if count != 1 else ''} (u undoes them in one step).", markup=False
        )
        self._show_outcome(outcome, False, None, self.focus_key)

    def action_relabel(self, number: int) -> None:
        """A digit: the focused entity's label, the focused event's or quote's choice, or a new entity."""
        labels = self.desk.state.schema.entity_label_names
        view = self.focused_view()
        if self.selection is None and view is not None and view.kind in ("event", "quote"):
            choices = self.focused_choices()
            if number > len(choices):
                key = "r" if view.kind == "event" else "S"
                self.notify(
                    f"This {view.kind} offers {len(choices)} choices here: {key} lists every one.", markup=False
                )
                return
            self.choose_for(view, choices[number - 1].id)
            return
        if number > len(labels):
            self.notify(f"The legend has {len(labels)} labels: {number} is none of them.", markup=False)
            return
        if self.selection is not None:  # the selected words become an entity with that label
            span = self.selection.span(self.desk.state.tokens)
            self.end_selection(None)
            self.commit(lambda: self.desk.add_entity(span, labels[number - 1]))
            return
        if view is not None:
            label = labels[number - 1]
            self.commit(
                lambda: self.desk.relabel(view, label),
                unchanged=f"Already {one_line(label)}: nothing changed.",
                correction=True,
            )

    def action_move_start(self, step: int) -> None:
        self._on_focused(lambda v: self.desk.move_start(v, step), correction=True)

    def action_move_end(self, step: int) -> None:
        self._on_focused(lambda v: self.desk.move_end(v, step), correction=True)

    def action_quote_here(self) -> None:
        """`"`: the quotation at the focus (or the next one not yet a quote) becomes a quote; who said it comes next."""
        text = self.desk.state.text
        self._quote_next(lambda offset, taken: next_quotation(text, offset, taken), "quotation marks")

    def action_reported_here(self) -> None:
        """`'`: the clause a reporting verb reports ("said that …") becomes a quote; who said it comes next."""
        parse = self._parse()
        if parse.doc is None:
            self.notify("Reported speech needs the model's parse: it is not loaded (yet).", markup=False)
            return
        reported = list(parse.reported)
        self._quote_next(lambda offset, taken: next_reported(reported, offset, taken), "reported speech")

    def _quote_next(self, find: Callable[[int, list[Span]], Span | None], what: str) -> None:
        """The `what` at the focus (or the next one not yet a quote) becomes a new quote:
        `find` gets where to look from and the spans of the quotes already there."""
        focused = self.focused_view()
        offset = focused.span.start if focused is not None else self._search_origin() + 1
        taken = [v.span for v in self.desk.state.views if v.kind == "quote" and v.state != "rejected"]
        found = find(offset, taken)
        if found is None:
            self.notify(f"No {what} from here on that is not a quote already.", markup=False)
            return
        self.view.scroll_to_span(found)
        self.new_quote_flow(found)

    def action_quote_part(self) -> None:
        """`+` on a quote: select its next part (the next quotation after it, selected already); Enter adds it."""
        view = self.focused_view()
        if view is not None and isinstance(view.body, Quote):
            self.quote_part_flow(view)

    def action_pick_label(self) -> None:
        view = self.focused_view()
        if view is not None:
            self._pick_label(view)

    @work(exclusive=True, group="flow")
    async def _pick_label(self, view: ViewUnit) -> None:
        kind = type(view.body)
        if kind.label_title is None:
            self.app.bell()
            return
        if view.kind == "event":  # the types the trigger likely has first, one key each
            choices = self.type_choices_for(view.span)
        else:
            choices = kind_label_choices(kind, self.desk.state.schema, self.label_classes)
        cards = guideline_lines(self.app.store, view.kind)
        picker = PickerScreen(
            kind.label_title,
            choices,
            highlight=view.label,
            paint_styles=self.view.paint_styles,
            cards=cards,
            numbered=True,
        )
        answer = await self.app.push_screen_wait(picker)
        if answer is not None:
            self.commit(
                lambda: self.desk.relabel(view, answer),
                unchanged=f"Already {one_line(answer)}: nothing changed.",
                correction=True,
            )

    def action_undo(self) -> None:
        """Undo here; straight after d or s, go back to the article left and undo that instead."""
        left = self.came_from
        if left is not None:
            self.open_article(left)
            if self.doc_id == left:
                self.notify("Back to the article you left: its status change is undone.", markup=False)
        self.commit(self.desk.undo, unchanged="Nothing to undo.")

    def action_redo(self) -> None:
        self.commit(self.desk.redo, unchanged="Nothing to redo.")

    # -- the article as a whole -------------------------------------------------------------------

    def _open(self, doc_id: str | None, none_left: str) -> None:
        if doc_id is None:
            self.notify(none_left, markup=False)
            self.app.open_queue()
            return
        left = self.doc_id
        self.open_article(doc_id)
        self.came_from = left

    def open_article(self, doc_id: str) -> None:
        """Open another article in place, where I left it (its remembered focus), not at its top."""
        if self.refuse_while_waiting():
            return
        self.save_focus()
        focus = self.desk.store.state(doc_id, self.desk.annotator).focus
        self.desk.set_focus(focus, doc_id)  # the resume point, as app.open_article keeps it
        self.show_doc(doc_id, focus)

    def action_done(self) -> None:
        """Done, but first ask when suggestions are still undecided (they would be left out as unseen)."""
        pending = self.desk.state.pending_count
        if pending == 0:
            self._mark_done(True)
            return
        noun = "suggestion is" if pending == 1 else "suggestions are"
        question = f"{pending} {noun} not reviewed yet. Mark this article done anyway?"
        self.app.push_screen(ConfirmScreen(question), self._mark_done)

    def _mark_done(self, confirmed: bool | None) -> None:
        if confirmed:
            self.run_write(self.desk.done, lambda found: self._open(found, "Done. No undone articles left."))

    def action_skip(self) -> None:
        self.run_write(self.desk.skip, lambda found: self._open(found, "Skipped. No undone articles left."))

    def action_next_article(self) -> None:
        if self.refuse_while_waiting():
            return
        found = self.desk.neighbour(+1)
        if found is None:
            self.notify("This is the last article.", markup=False)
        else:
            self.open_article(found)

    def action_previous_article(self) -> None:
        if self.refuse_while_waiting():
            return
        found = self.desk.neighbour(-1)
        if found is None:
            self.notify("This is the first article.", markup=False)
        else:
            self.open_article(found)

    def action_threshold(self) -> None:
        """Cycle the confidence under which suggestions are hidden; remembered in the settings."""
        value = next((t for t in THRESHOLDS if t > self.desk.min_score + 1e-9), 0.0)
        self.desk.set_min_score(value)
        settings = self.app.settings
        settings.min_score = value
        settings.save()
        self.redraw_units()
        shown = "all suggestions shown" if value == 0 else f"suggestions under {value:.1f} hidden"
        self.notify(f"Confidence: {shown}.", markup=False)

    def action_reopen(self) -> None:
        self.run_write(self.desk.reopen, self._reopened)

    def _reopened(self, status: DocState) -> None:
        self.came_from = None
        self.notify("Reopened: back in progress (u takes it back).", markup=False)
        self.redraw_header()
        self.sync_bindings()

    def action_flag(self) -> None:
        state = self.desk.state.status
        self.app.push_screen(NoteScreen("Flag this article: why?", state.note), self._flagged)

    def _flagged(self, note: str | None) -> None:
        if note is None:
            return
        self.run_write(lambda: self.desk.flag(note), self._show_flag)

    def _show_flag(self, status: DocState) -> None:
        self.notify("Flagged." if status.flagged else "Flag cleared.", markup=False)
        self.redraw_header()

    def action_back(self) -> None:
        if self.cancel_gathering():
            return
        if self.selection is not None:
            self.end_selection(None)
            return
        if self.refuse_while_waiting():
            return
        self.app.open_queue(self.doc_id)

    # -- suggestions for an article the model has not seen -------------------------------------

    def request_suggestions(self) -> None:
        if self.app.nlp is not None:
            self._start_suggesting()
        elif self.app.model_error:
            self._set_suggesting("no suggestions (model unavailable)")

    def on_model_loaded(self, message: ModelLoaded) -> None:
        if self.desk.needs_suggestions:
            self._start_suggesting()

    def on_model_missing(self, message: ModelMissing) -> None:
        if self.desk.needs_suggestions:
            self._set_suggesting("no suggestions (model unavailable)")

    def _set_suggesting(self, text: str) -> None:
        self.suggesting = text
        self.redraw_header()

    def _start_suggesting(self) -> None:
        store = self.desk.store
        if store.path is None:
            self._set_suggesting("no suggestions (in-memory store)")
            return
        self._set_suggesting("suggesting…")
        self._suggest_worker(self.desk.state.document.id, self.app.nlp)

    @work(thread=True, exclusive=True, exit_on_error=False, group="suggest", name="suggest article")
    def _suggest_worker(self, doc_id: str, nlp: Any) -> None:
        """Runs in a thread with its own connection; only a message goes back to the screen."""
        store = self.desk.store.reopen()
        try:
            failure = suggest_one(store, nlp, doc_id, self.app.settings)
        finally:
            store.close()
        self.app.call_from_thread(self._suggestions_ready, doc_id, failure)

    def _suggestions_ready(self, doc_id: str, failure: str | None = None) -> None:
        if not self.is_attached or doc_id != self.desk.state.document.id:
            return
        # Escaped where it is recorded (safe_pipe.error_text), drawn through the display rule as plain text.
        self.suggesting = f"suggestions failed: {one_line(failure)}" if failure else ""
        if self.desk.reload_suggestions():
            self.view.show_boilerplate(self.desk.state.boilerplate)
            self.redraw_units()
            if self.focus_key is None and self.desk.state.views:
                self.set_focus_key(self.desk.state.views[0].key)
            else:
                self.set_focus_key(self.focus_key, scroll=False)
        else:
            self.redraw_header()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "suggest" and event.state == WorkerState.ERROR:
            self._set_suggesting("suggesting failed")
            self.notify(f"Suggesting failed: {event.worker.error}", severity="warning", markup=False)


def suggest_one(store: Any, nlp: Any, doc_id: str, settings: Any) -> str | None:
    """The one call into the suggester for one article: stores its units and marks it seen,
    or records why it could not; returns that error (also one left from earlier runs)."""
    from annotator.suggest import run_suggest

    report = run_suggest(store, settings, [doc_id], nlp=nlp)
    failed = store.suggest_failures(layer=report.layer, doc_id=doc_id)
    return failed[0].error if failed else None
