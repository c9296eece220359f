"""One document under review: the text with the current conflict lit up, the conflicts, who said what.

Opening a document puts every unit all annotators agree on into gold (unless the settings
say not to; `Adjudication.open` does it). Each key is one gold decision through
`Adjudication` (one transaction, logged under the adjudicator, undoable), and the screen
redraws from what the store then says, so a conflict settled here is settled after a
restart too. Edits reuse the article screen's rules through `GoldEdits`, and its flows
(`ArticleFlows`): `v` selects text to add a gold unit nobody marked (Enter: an entity,
q: a quote with speaker and cue, e: an event with type and roles); S, c and r set the
current conflict's quote speaker, cue or event role and settle it with that version.
Digits take an annotator's version here, so relabelling is on `l` only (on the article
screen 1-9 relabel).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static

from annotator.adjudicate import Adjudication, Conflict
from annotator.agreement.differences import describe
from annotator.core.models import Body, Decision, Span, Unit
from annotator.desk import SCREEN_WAIT_S, ViewUnit, WriteWaiting
from annotator.edit_rules import Change
from annotator.errors import UserError
from annotator.guidelines import guideline_lines
from annotator.store.base import GOLD, StoreBusy, StoreWriteError
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.article_flows import (
    SELECTING,
    ArticleFlows,
    Selection,
    cursor_bindings,
    kind_label_choices,
    screen_binding,
)
from annotator.tui.screens.article_jumps import ArticleJumps
from annotator.tui.screens.pickers import PickerScreen
from annotator.tui.screens.review_session import GoldEdits, ReviewSession
from annotator.tui.screens.writes import WaitingWrites, one_line
from annotator.tui.widgets.article_view import ArticleView
from annotator.tui.widgets.key_bar import KeyBar
from annotator.tui.widgets.palette import label_classes
from annotator.tui.widgets.review_detail import ReviewText, conflict_content, conflict_row, doc_header
from annotator.tui.widgets.review_rows import ReviewRows

CSS: list[str | PurePath] = ["../styles/article.tcss", "../styles/review.tcss"]
MAX_VERSIONS = 9  # keys 1-9
# Actions that decide or move: off while a keyboard selection is open (or a flow asks for a span).
EDITING = {
    "take",
    "majority",
    "reject",
    "pick_label",
    "move_start",
    "move_end",
    "undo",
    "redo",
    "toggle_agreed",
    "document",
    "step",
    "next_open",
    "next_pending",
    "next_kind",
    "next_label",
    "first_on_screen",
    "page",
    "settle_empty",
    "take_single",
    "select",
    "speaker",
    "cue",
    "roles",
}


def _b(*args: Any, **kwargs: Any) -> Binding:
    """A binding with an id (`review_document.<name>`) for keymaps."""
    return screen_binding("review_document", *args, **kwargs)


@dataclass(frozen=True, eq=False)
class ConflictView(ViewUnit):
    """The current conflict's shown version as the article flows see it; an edit of it settles `conflict`."""

    conflict: Conflict | None = None


class ReviewDocumentScreen(ArticleJumps, ArticleFlows, WaitingWrites, Screen[None]):
    """Keys act on the current conflict (▶ in the text, highlighted in the list)."""

    app = getters.app(AnnotatorApp)  # the desk's services, typed
    HELP_GROUP = "Review document"
    CSS_PATH = CSS
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        _b("down,j", "step(1)", "Next conflict", "The next conflict in the text", show=False, name="next"),
        _b("up,k", "step(-1)", "Previous conflict", "The previous conflict in the text", show=False, name="previous"),
        _b("tab", "next_open", "Next open", "The next conflict not settled yet"),
        _b(
            "shift+tab",
            "next_pending(-1)",
            "Previous open",
            "The previous conflict not settled yet",
            show=False,
            name="previous_open",
        ),
        _b(
            "N",
            "next_kind('entity')",
            "Next entity",
            "The next conflict over an entity",
            show=False,
            name="next_entity",
        ),
        _b("Q", "next_kind('quote')", "Next quote", "The next conflict over a quote", show=False, name="next_quote"),
        _b("E", "next_kind('event')", "Next event", "The next conflict over an event", show=False, name="next_event"),
        _b("L", "next_label", "Next same label", "The next conflict with the shown version's label", show=False),
        _b("H", "first_on_screen", "First on screen", "The first conflict on the screen", show=False),
        _b(
            "slash",
            "search",
            "Search",
            "Search the text: type, Enter lands on the conflict there or selects the words (to add a unit)",
            show=False,
        ),
        _b("semicolon", "search_again(1)", "Search again", "The next match", show=False, name="search_next"),
        _b("comma", "search_again(-1)", "Search back", "The previous match", show=False, name="search_previous"),
        *[
            _b(
                str(n),
                f"take({n})",
                f"Take version {n} (not relabel: l here)",
                f"Take version {n}: annotator {n} in the order shown (here digits take versions; l relabels)",
                show=False,
                name=f"take_{n}",
            )
            for n in range(1, MAX_VERSIONS + 1)
        ],
        _b("a", "majority", "Majority", "Take the version more than half the annotators have"),
        _b("x", "reject", "Reject", "Leave the unit out of gold"),
        _b(
            "l",
            "pick_label",
            "Label…",
            "Settle with the shown version under another label, type or quote kind (1-9 take versions here)",
        ),
        _b(
            "left_square_bracket",
            "move_start(-1)",
            "Start ←",
            "Settle with the start one token left",
            show=False,
            name="start_left",
        ),
        _b(
            "right_square_bracket",
            "move_start(1)",
            "Start →",
            "Settle with the start one token right",
            show=False,
            name="start_right",
        ),
        _b(
            "left_curly_bracket",
            "move_end(-1)",
            "End ←",
            "Settle with the end one token left",
            show=False,
            name="end_left",
        ),
        _b(
            "right_curly_bracket",
            "move_end(1)",
            "End →",
            "Settle with the end one token right",
            show=False,
            name="end_right",
        ),
        _b("v", "select", "Add…", "Select text to add a gold unit nobody marked: an entity, quote or event"),
        # S, c and r are listed in the conflict panel's key line, where they apply; the key bar is full.
        _b(
            "S",
            "speaker",
            "Speaker",
            "Settle with the shown quote's speaker set (the article screen's picker)",
            show=False,
        ),
        _b("c", "cue", "Cue", "Settle with the shown quote's cue set", show=False),
        _b("r", "roles", "Roles", "Settle with one role of the shown event filled or cleared", show=False),
        *cursor_bindings("review_document"),
        _b("enter", "finish_selection", "Use selection", "Selection: add it to gold as an entity (asks for a label)"),
        _b("q", "quote", "Quote", "Selection: add it to gold as a quote, then choose speaker and cue"),
        _b("e", "event", "Event", "Selection: add it to gold as an event trigger, then type and roles"),
        _b("u,backspace", "undo", "Undo", "Undo my last gold decision in this document"),
        _b("U", "redo", "Redo", "Redo what was undone", show=False),
        _b(
            "T",
            "take_single",
            "Take document",
            "One annotator only: their units become this document's gold (your decision, 'single' in provenance)",
            show=False,
        ),
        _b(
            "Z",
            "settle_empty",
            "No units",
            "Settle the document as having zero units: the gold export then writes it as such (Z again or u takes it back)",
            show=False,
        ),
        _b(
            "g",
            "toggle_agreed",
            "Agreed too",
            "List the units everyone agreed on too, to fix or reject one in gold",
            show=False,
        ),
        _b("n", "document(1)", "Doc ▸", "The next document in review order", name="next_document"),
        _b(
            "p",
            "document(-1)",
            "Prev doc",
            "The previous document in review order",
            show=False,
            name="previous_document",
        ),
        _b(
            "pagedown",
            "page(1)",
            "Page down",
            "A page down; the cursor goes to the first conflict on it",
            show=False,
            name="page_down",
        ),
        _b(
            "pageup",
            "page(-1)",
            "Page up",
            "A page up; the cursor goes to the first conflict on it",
            show=False,
            name="page_up",
        ),
        _b("escape", "back", "Back", "Cancel the selection, or go back to the list of documents"),
    ]

    def __init__(self, session: ReviewSession, doc_id: str) -> None:
        super().__init__()
        self.session = session
        self.doc_id = doc_id
        self.conflicts: list[Conflict] = []
        self.index: int | None = None
        self.text = ""
        self.label_classes: dict[str, str] = {}
        self.annotators: list[str] = []
        self._binding_state: tuple[object, ...] = ()
        self.show_agreed = False
        self._everything: Adjudication | None = None
        self.selection: Selection | None = None

    def compose(self) -> ComposeResult:
        yield ReviewText(id="review-doc-header")
        with Horizontal(id="review-doc-body"):
            yield ArticleView(id="review-text")
            yield ReviewRows(id="review-conflicts")
        yield ReviewText(id="review-conflict")
        prompt = Static("", id="prompt", markup=False)  # the selection's prompt, as on the article screen
        prompt.display = False
        yield prompt
        yield KeyBar(id="review-doc-keys")

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def conflict_list(self) -> ReviewRows:
        return self.query_one("#review-conflicts", ReviewRows)

    @property
    def adjudication(self) -> Adjudication:
        return self.session.adjudication

    @property
    def desk(self) -> GoldEdits:  # type: ignore[override]
        """What the article flows edit through: the article screen's rules, writing nothing."""
        return self.edits

    def prompt_line(self) -> Static:
        return self.query_one("#prompt", Static)

    @property
    def current(self) -> Conflict | None:
        return self.conflicts[self.index] if self.index is not None else None

    def on_mount(self) -> None:
        self.edits = GoldEdits(self.adjudication.store, self.session.adjudicator)
        self.load(self.doc_id)
        self.view.focus()

    # -- loading ----------------------------------------------------------------------------------

    def load(self, doc_id: str) -> None:
        """Open a document: agreed units go to gold (if set), the cursor lands on the first open conflict."""
        if self.selection is not None:
            self.end_selection(None)
        self.workers.cancel_group(self, "flow")
        self.doc_id = doc_id
        try:
            self.conflicts = self._open_conflicts(doc_id)
            if self.show_agreed:
                self.conflicts = self.read_conflicts()
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)
            self.conflicts = []
        state = self.edits.load(doc_id)
        self.text = state.text
        self.title = one_line(state.document.title)
        self.label_classes = label_classes(state.schema.entity_label_names)
        self.annotators = self.adjudication.annotators_of(doc_id)
        self.query_one("#review-conflict").styles.height = max(
            5, len(self.annotators) + 4
        )  # + heading, keys, gold, border
        self.view.show_article(state.text, state.boilerplate)
        first_open = next((i for i, c in enumerate(self.conflicts) if not c.settled), 0)
        self.index = first_open if self.conflicts else None
        self.redraw()

    def _open_conflicts(self, doc_id: str) -> list[Conflict]:
        """`Adjudication.open`, never waiting long on a busy database: then the agreed units
        wait for a later opening, and the conflicts are shown as they are."""
        try:
            with self.adjudication.store.patience(SCREEN_WAIT_S):
                return self.adjudication.open(doc_id)
        except StoreWriteError as exc:
            self.show_write_line(f"{one_line(str(exc))} (agreed units go to gold next time)")
            return self.adjudication.conflicts(doc_id)

    # -- drawing ----------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Everything that depends on the conflicts: paints, list, counters; then the cursor."""
        conflicts = self.conflicts
        self.session.set_left(self.doc_id, self.left_here())
        views = self._paint_views()
        self.view.show_units(views, self.label_classes)
        self.edits.offer(views)  # speakers and role fillers are picked from what the text shows
        text = self.text
        self.conflict_list.show(len(conflicts), lambda i: conflict_row(conflicts[i], text), self.index)
        self.show_cursor()

    def read_conflicts(self) -> list[Conflict]:
        """The conflicts as the store has them now; with `g`, the agreed units as well."""
        if not self.show_agreed:
            return self.adjudication.conflicts(self.doc_id)
        if self._everything is None:
            adj = self.adjudication
            self._everything = Adjudication(
                adj.store,
                adj.adjudicator,
                annotators=adj.annotators,
                accept_agreed=False,
                min_annotators=adj.min_annotators,
            )
        return self._everything.conflicts(self.doc_id)

    def left_here(self) -> int:
        return sum(1 for c in self.conflicts if not c.settled)

    def _paint_views(self) -> list[ViewUnit]:
        """Gold as decided (✓ bold, ✎ edited, ✗ struck out); each open conflict as its shown version, underlined."""
        views = [ViewUnit(u.id or 0, u, u.state, None, u) for u in self.adjudication.store.units(self.doc_id, GOLD)]
        for i, conflict in enumerate(self.conflicts):
            if not conflict.settled:
                unit = Unit(doc_id=self.doc_id, body=shown_body(conflict))
                views.append(ViewUnit(-1 - i, unit, "suggested", unit, None))
        return views

    def focused_view(self) -> ViewUnit | None:
        """The current conflict's shown version, for the flows (S, c, r edit it; v starts at it)."""
        conflict = self.current
        if conflict is None:
            return None
        unit = Unit(doc_id=self.doc_id, body=shown_body(conflict))
        return ConflictView(-1 - (self.index or 0), unit, "edited", None, unit, conflict=conflict)

    # What the jumps and search walk (ArticleJumps): the conflicts, each as its shown version.
    def jump_views(self) -> list[ViewUnit]:
        views: list[ViewUnit] = self.__dict__.get("_jump_cache", (None, []))[1]
        if self.__dict__.get("_jump_cache", (None,))[0] is not self.conflicts:
            views = [_item_view(self.doc_id, i, c) for i, c in enumerate(self.conflicts)]
            self.__dict__["_jump_cache"] = (self.conflicts, views)
        return views

    def jump_index(self) -> int | None:
        return self.index

    def jump_to(self, index: int, *, scroll: bool = True) -> None:
        self.index = index
        self.show_cursor(scroll=scroll)

    def painted_focus(self) -> ViewUnit | None:
        """The focus in the text covers every version's span, so the whole dispute is lit."""
        conflict = self.current
        if conflict is None:
            return None
        unit = Unit(doc_id=self.doc_id, body=widened(shown_body(conflict), conflict.start, conflict.end))
        return ViewUnit(-1, unit, "suggested", unit, None)

    def show_cursor(self, *, scroll: bool = True) -> None:
        conflict = self.current
        self.conflict_list.show_cursor(self.index)
        self.show_selection()
        if conflict is not None and self.selection is None and scroll:
            self.view.scroll_to_span(Span(start=conflict.start, end=max(conflict.start + 1, conflict.end)))
        width = max(20, self.query_one("#review-conflict").size.width - 30)
        position = ((self.index or 0) + 1, len(self.conflicts))
        labels = self.view.paint_styles
        self.query_one("#review-conflict", ReviewText).show(
            conflict_content(conflict, position, self.text, self.label_classes, width, self._cards(conflict)), labels
        )
        self.redraw_header()
        self.sync_bindings()

    def sync_bindings(self) -> None:
        """Re-check the keys (the footer rebuilds) only when what they depend on changed."""
        conflict = self.current
        selection = self.selection
        state = (
            conflict is not None,
            len(conflict.versions) if conflict else 0,
            bool(conflict and conflict.majority is not None),
            selection is not None,
            selection is not None and selection.request is not None,
        )
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def redraw_header(self) -> None:
        session = self.session
        doc = session.doc(self.doc_id)
        header = doc_header(
            doc,
            self.title or "",
            (session.index_of(self.doc_id), len(session.docs)),
            self.annotators,
            (self.left_here(), len(self.conflicts)),
            session.overall_left() if session.docs else self.left_here(),
            session.adjudicator,
        )
        self.query_one("#review-doc-header", ReviewText).show(header)

    # -- deciding ---------------------------------------------------------------------------------

    def decide(self, action: Callable[[Adjudication, Conflict], list[Decision]], *, advance: bool) -> None:
        """One gold decision on the current conflict; then the conflicts as the store has them."""
        conflict = self.current
        if conflict is not None:
            self.write(lambda adj: action(adj, conflict), advance=advance)

    def write(
        self,
        step: Callable[[Adjudication], list[Decision]],
        *,
        advance: bool = False,
        then: Callable[[list[Decision]], None] | None = None,
    ) -> None:
        """Run one gold write and redraw from the store; a user mistake is a notification.

        A busy database makes the write wait in a worker (`WaitingWrites`), over its own
        connection; the screen redraws once it has landed.
        """

        def shown(decisions: list[Decision]) -> None:
            self.conflicts = self.read_conflicts()
            if advance:
                self.index = self._next_open(self.index or 0) if self.left_here() else self.index
            self.redraw()
            if then is not None:
                then(decisions)

        self.run_write(lambda: self._gold_write(step), shown)

    def _cards(self, conflict: Conflict | None) -> list[str]:
        """The guideline cards of the labels in dispute (read once per kind while the document is open)."""
        if conflict is None:
            return []
        kind, disputed = conflict_labels(conflict)
        cache: dict[str, dict[str, list[str]]] = self.__dict__.setdefault("_card_cache", {})
        if kind not in cache:
            cache[kind] = guideline_lines(self.app.store, kind)
        return [line for label in disputed for line in cache[kind].get(label, [])]

    def _gold_write(self, step: Callable[[Adjudication], list[Decision]]) -> list[Decision]:
        """The step now, if the lock comes within a few milliseconds; else handed to a worker."""
        adjudication = self.adjudication
        try:
            with adjudication.store.patience(SCREEN_WAIT_S):
                return step(adjudication)
        except StoreBusy:
            raise WriteWaiting(lambda store: step(adjudication.on(store)), lambda decisions: decisions) from None

    def commit(self, action: Callable[[], Change | None]) -> None:
        """A flow's last step: the unit the article screen's rules make goes to gold.

        A new unit (v, then Enter, q or e) is added to gold; an edited version of a conflict
        (S, c, r) settles that conflict, as l and [ ] { } do.
        """
        try:
            change = action()
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return None
        if change is None:
            return None
        view, body = change.view, change.body
        doc_id = self.doc_id
        if view is None:
            added = f"Added to gold: {describe(Unit(doc_id=doc_id, body=body), self.text)}"
            self.write(
                lambda adj: adj.add(doc_id, body), then=lambda d: self.notify(added, markup=False) if d else None
            )
        elif isinstance(view, ConflictView) and view.conflict is not None:
            target = view.conflict
            self.write(lambda adj: adj.edit(target, body))
        return None

    def _next_open(self, after: int) -> int | None:
        """The first open conflict after `after`, wrapping round; None when all are settled."""
        n = len(self.conflicts)
        for step in range(1, n + 1):
            i = (after + step) % n
            if not self.conflicts[i].settled:
                return i
        return None

    def action_take(self, number: int) -> None:
        conflict = self.current
        if conflict is None or number > len(conflict.versions):
            self.app.bell()
            return
        self.decide(lambda adj, c: adj.take_version(c, number - 1), advance=True)

    def action_majority(self) -> None:
        self.decide(lambda adj, c: adj.take_majority(c), advance=True)

    def action_reject(self) -> None:
        self.decide(lambda adj, c: adj.reject(c), advance=True)

    def _edit(self, make: Callable[[GoldEdits, Any], Any]) -> None:
        """Settle the current conflict with an edit of its shown version (the article screen's rules)."""
        conflict = self.current
        if conflict is None:
            return
        try:
            body = self.edits.propose(self.doc_id, shown_body(conflict), lambda v: make(self.edits, v))
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if body is None:
            self.app.bell()
            return
        self.decide(lambda adj, c: adj.edit(c, body), advance=False)

    def action_move_start(self, step: int) -> None:
        self._edit(lambda edits, v: edits.move_start(v, step))

    def action_move_end(self, step: int) -> None:
        self._edit(lambda edits, v: edits.move_end(v, step))

    def action_pick_label(self) -> None:
        if self.current is not None:
            self._pick_label(self.current)

    @work(exclusive=True, group="review-flow")
    async def _pick_label(self, conflict: Conflict) -> None:
        body = shown_body(conflict)
        kind = type(body)
        if kind.label_title is None:
            self.app.bell()
            return
        choices = kind_label_choices(kind, self.edits.state.schema, self.label_classes)
        cards = guideline_lines(self.app.store, body.kind)
        picker = PickerScreen(
            kind.label_title, choices, highlight=body.main_label, paint_styles=self.view.paint_styles, cards=cards
        )
        answer = await self.app.push_screen_wait(picker)
        if answer is None or self.current is not conflict:
            return
        if answer == body.main_label:  # the shown version's own label: that is the decision, not "nothing"
            self._settle_as_shown(conflict, answer)
            return
        self._edit(lambda edits, v: edits.relabel(v, answer))

    def _settle_as_shown(self, conflict: Conflict, label: str) -> None:
        """Relabel to the label shown: gold takes the shown version; when gold has it already, say so."""
        body = shown_body(conflict)
        if conflict.resolution is not None and conflict.resolution.body == body:
            self.notify(f"Already {one_line(label)} in gold: nothing changed.", markup=False)
            return
        self.notify(f"Gold takes the shown version, labelled {one_line(label)}.", markup=False)
        self.decide(lambda adj, c: adj.edit(c, body), advance=False)

    def action_take_single(self) -> None:
        """The whole of a single annotator's finished work to gold, by the adjudicator's decision."""
        doc_id = self.doc_id
        self.write(
            lambda adj: adj.take_single(doc_id),
            then=lambda d: self.notify(f"{len(d)} units of the one annotator went into gold.", markup=False),
        )

    def action_settle_empty(self) -> None:
        """No units in this document (or, pressed again, not settled after all): one logged gold
        decision, so u takes it back, after a restart too; the gold export reads the mark."""
        doc_id = self.doc_id
        if self.adjudication.settled_empty(doc_id):
            self.write(lambda adj: adj.unsettle_empty(doc_id), then=self._said_mark)
        else:
            self.write(lambda adj: adj.settle_empty(doc_id), then=self._said_mark)

    def _said_mark(self, decisions: list[Decision]) -> None:
        for d in decisions:
            if d.layer_mark is not None:
                self.notify(_MARK_SAID[d.layer_mark] + " (u takes it back)", markup=False)

    def action_undo(self) -> None:
        """Undo the last gold decision here (a 'no units' settle too)."""
        self._history(lambda adj, doc_id: adj.undo(doc_id), "Nothing to undo.")

    def action_redo(self) -> None:
        self._history(lambda adj, doc_id: adj.redo(doc_id), "Nothing to redo.")

    def _history(self, step: Callable[[Adjudication, str], list[Decision]], nothing: str) -> None:
        doc_id = self.doc_id
        self.run_write(lambda: self._gold_write(lambda adj: step(adj, doc_id)), lambda d: self._undone(d, nothing))

    def _undone(self, decisions: list[Decision], nothing: str) -> None:
        if not decisions:
            self.notify(nothing, markup=False)
            return
        marks = [d.layer_mark for d in decisions if d.layer_mark is not None]
        if marks:
            self.notify(f"{_MARK_SAID[marks[-1]]}", markup=False)
        self.conflicts = self.read_conflicts()
        touched = touched_conflict(self.conflicts, decisions)
        if touched is not None:
            self.index = touched
        elif self.index is not None and self.index >= len(self.conflicts):
            self.index = len(self.conflicts) - 1 if self.conflicts else None
        self.redraw()

    # -- moving -----------------------------------------------------------------------------------

    def action_toggle_agreed(self) -> None:
        """Agreed units become items too (each a conflict with one version), so the same keys fix them."""
        here = self.current.difference.unit_ids if self.current is not None else None
        self.show_agreed = not self.show_agreed
        self.conflicts = self.read_conflicts()
        keys = [c.difference.unit_ids for c in self.conflicts]
        self.index = keys.index(here) if here in keys else (0 if self.conflicts else None)
        self.redraw()
        self.notify("Agreed units listed too." if self.show_agreed else "Disagreements only.", markup=False)

    def action_step(self, step: int) -> None:
        if not self.conflicts:
            return
        index = self.index if self.index is not None else -1
        self.index = max(0, min(len(self.conflicts) - 1, index + step))
        self.show_cursor()

    def action_next_open(self) -> None:
        if not self.conflicts:
            return
        found = self._next_open(self.index if self.index is not None else -1)
        if found is None:
            self.notify("Every conflict in this document is settled.", markup=False)
            return
        self.index = found
        self.show_cursor()

    def action_document(self, step: int) -> None:
        if self.refuse_while_waiting():
            return
        found = self.session.neighbour(self.doc_id, step)
        if found is None:
            self.notify("This is the last document." if step > 0 else "This is the first document.", markup=False)
            return
        self.load(found)

    def action_back(self) -> None:
        if self.selection is not None:
            self.end_selection(None)
            return
        if self.refuse_while_waiting():
            return
        self.app.pop_screen()

    @on(ReviewRows.Clicked, "#review-conflicts")
    def _row_clicked(self, event: ReviewRows.Clicked) -> None:
        self.index = event.index
        self.show_cursor()

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        """The innermost conflict under the click."""
        hits = [i for i, c in enumerate(self.conflicts) if c.start <= message.offset < c.end]
        if hits:
            self.index = min(hits, key=lambda i: self.conflicts[i].end - self.conflicts[i].start)
            self.show_cursor()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SELECTING:
            return self.selection_allows(action)
        if self.selection is not None and action in EDITING:
            return False
        conflict = self.current
        kind = conflict.difference.unit_kind if conflict is not None else None
        if action in ("speaker", "cue"):
            return kind == "quote" or None
        if action == "roles":
            return kind == "event" or None
        if action == "take":
            return conflict is not None and int(parameters[0]) <= len(conflict.versions) or None  # type: ignore[call-overload]
        if action == "majority":
            return (conflict is not None and conflict.majority is not None) or None
        if action in ("reject", "pick_label", "move_start", "move_end", "step", "next_open", "next_label"):
            return conflict is not None or None
        return True


_MARK_SAID = {
    True: "Settled: this document has no units; the gold export writes it so.",
    False: "No longer settled as having no units.",
}


def conflict_labels(conflict: Conflict) -> tuple[str, list[str]]:
    """The kind and every label the versions of a conflict carry (the cards the panel shows)."""
    bodies = [v.body for v in conflict.versions if v is not None]
    kind = shown_body(conflict).kind
    return kind, list(dict.fromkeys(b.main_label for b in bodies if b.kind == kind))


def _item_view(doc_id: str, index: int, conflict: Conflict) -> ViewUnit:
    """A conflict as the jumps see it: its shown version; still open counts as pending (Tab, shift+Tab)."""
    unit = Unit(doc_id=doc_id, body=shown_body(conflict))
    return ViewUnit(
        -1 - index, unit, "accepted" if conflict.settled else "suggested", None, unit if conflict.settled else None
    )


def shown_body(conflict: Conflict) -> Body:
    """The version edits start from and the text shows: gold if settled, else the majority's, else the first."""
    if conflict.resolution is not None:
        return conflict.resolution.body
    majority = conflict.majority
    chosen = conflict.versions[majority] if majority is not None else None
    return (chosen or conflict.difference.present[0]).body


def widened(body: Body, start: int, end: int) -> Body:
    """The body with its main span stretched over every version's, so the focus covers the dispute."""
    return body.with_span(Span(start=start, end=max(end, start + 1)))


def touched_conflict(conflicts: list[Conflict], decisions: list[Decision]) -> int | None:
    """Which conflict an undo or redo changed, by the annotator units its gold unit settles."""
    for d in decisions:
        for dump in (d.after, d.before):
            ids = ((dump or {}).get("provenance") or {}).get("units")
            if ids:
                key = frozenset(int(i) for i in ids.values())
                for index, conflict in enumerate(conflicts):
                    if conflict.difference.unit_ids == key:
                        return index
    return None
