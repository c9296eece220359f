"""The review screen: documents ordered by disagreement, least agreement first, with their scores.

Scoring costs ~1 ms a document (every annotator's layer is aligned), so it runs in a thread
worker on its own store connection while the list shows `loading`; the thread only returns
rows, and the screen fills the list when they arrive. Enter opens a document for
adjudication (`review_document`); counts come back updated from there. Enter (or n) pressed
while scoring is remembered, said so, and carried out as soon as the list is ready.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from annotator.adjudicate import Adjudication
from annotator.core.display import one_line
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.review_session import ReviewDoc, ReviewSession, score_documents
from annotator.tui.widgets.key_bar import KeyBar
from annotator.tui.widgets.review_detail import DOC_COLUMNS, ReviewText, doc_row
from annotator.tui.widgets.review_rows import ReviewRows

CSS: list[str | PurePath] = [
    "../styles/article.tcss",
    "../styles/review.tcss",
]  # the label colours live with the article view


def _b(key: str, action: str, description: str, tooltip: str, *, show: bool = True, name: str = "") -> Binding:
    return Binding(key, action, description, show=show, id=f"review.{name or action.split('(')[0]}", tooltip=tooltip)


class ReviewScreen(Screen[None]):
    """The list; `adjudicator` defaults to the app's annotator, `annotators` to everyone with a layer."""

    app = getters.app(AnnotatorApp)  # the desk's services, typed

    HELP_GROUP = "Review"
    CSS_PATH = CSS
    BINDINGS = [
        _b("enter", "open", "Open", "Adjudicate the document under the cursor"),
        _b("down,j", "cursor(1)", "Down", "Next document", show=False, name="down"),
        _b("up,k", "cursor(-1)", "Up", "Previous document", show=False, name="up"),
        _b("pagedown", "cursor(20)", "Page down", "Twenty documents down", show=False, name="page_down"),
        _b("pageup", "cursor(-20)", "Page up", "Twenty documents up", show=False, name="page_up"),
        _b("home", "cursor_to(0)", "First", "The document with the least agreement", show=False, name="first"),
        _b("end", "cursor_to(-1)", "Last", "The document with the most agreement", show=False, name="last"),
        _b("n", "next_open", "Next open", "Open the next document with conflicts left"),
        _b(
            "A",
            "accept_agreed",
            "Accept agreed",
            "Put every unit the finished annotators agree on into gold, in every ready document",
        ),
        _b("r", "recount", "Recount", "Score the documents again (after annotators have worked)"),
        _b("escape", "back", "Queue", "Back to the queue"),
    ]

    def __init__(self, adjudicator: str | None = None, annotators: Sequence[str] | None = None) -> None:
        super().__init__()
        self._adjudicator = adjudicator
        self._annotators = list(annotators) if annotators else None
        self.session: ReviewSession | None = None
        self._queued = False  # Enter or n pressed before scoring finished

    def compose(self) -> ComposeResult:
        yield ReviewText(id="review-title")
        yield Static(DOC_COLUMNS, id="review-columns", markup=False)
        yield ReviewRows(id="review-docs")
        yield ReviewText(id="review-status")
        yield KeyBar(id="review-list-keys")

    @property
    def rows(self) -> ReviewRows:
        return self.query_one("#review-docs", ReviewRows)

    def on_mount(self) -> None:
        app = self.app
        adjudication = Adjudication(
            app.store,
            self._adjudicator or app.annotator,
            annotators=self._annotators,
            accept_agreed=app.settings.accept_agreed,
            min_annotators=app.settings.min_annotators,
        )
        self.session = ReviewSession(adjudication)
        self.sub_title = one_line(f"review · {adjudication.adjudicator}")
        self.recount()

    def on_unmount(self) -> None:
        self._start_model()  # left before the scoring finished: the desk still gets its model

    def on_screen_resume(self) -> None:
        """Back from a document: its count changed; keep the cursor where it was."""
        if self.session is not None and self.session.loaded:
            self.show_docs(self.rows.cursor)

    # -- scoring (a thread worker) --------------------------------------------------------------

    def recount(self) -> None:
        assert self.session is not None
        adjudication = self.session.adjudication
        self.rows.loading = True
        self._say_title()
        self._say_status(one_line(f"Scoring documents for {', '.join(adjudication.annotators) or 'nobody'}…"))
        # The thread competes with the UI for the GIL: let the first frame (title, status) paint first.
        self.call_after_refresh(self._start_scoring)

    def _start_scoring(self) -> None:
        assert self.session is not None
        adjudication = self.session.adjudication
        store = self.app.store
        if store.path is None:  # an in-memory store has no second connection
            self._scored(score_documents(store, adjudication.adjudicator, adjudication.annotators, *self._accepts()))
            return
        self._score_worker(adjudication.adjudicator, list(adjudication.annotators), *self._accepts())

    def _accepts(self) -> tuple[bool, int]:
        """The settings a worker's own Adjudication needs: accept agreed up front, annotators needed."""
        assert self.session is not None
        adjudication = self.session.adjudication
        return adjudication.accept_agreed_up_front, adjudication.min_annotators

    @work(thread=True, exclusive=True, exit_on_error=False, group="review", name="score documents")
    def _score_worker(self, adjudicator: str, annotators: list[str], accept_agreed: bool, min_annotators: int) -> None:
        store = self.app.store.reopen()
        try:
            docs = score_documents(store, adjudicator, annotators, accept_agreed, min_annotators)
        finally:
            store.close()
        self.app.call_from_thread(self._scored, docs)

    def _scored(self, docs: list[ReviewDoc]) -> None:
        if self.session is None or not self.is_attached:
            return
        self.session.fill(docs)
        self.rows.loading = False
        first_open = next((i for i, d in enumerate(docs) if d.left), 0)
        self.show_docs(first_open)
        self.refresh_bindings()  # Open and Next open apply now
        self.call_after_refresh(self._start_model)  # once the list has painted
        if self._queued:
            self._queued = False
            self.action_open()  # the cursor is on the first document with conflicts left

    def _start_model(self) -> None:
        """`annotator review` loads the model after the first scoring, not alongside it (the GIL)."""
        self.app.start_model_once()

    @work(thread=True, exclusive=True, exit_on_error=False, group="review", name="accept agreed")
    def _accept_worker(self, adjudicator: str, annotators: list[str], accept_agreed: bool, min_annotators: int) -> None:
        store = self.app.store.reopen()
        try:
            added = Adjudication(
                store, adjudicator, annotators=annotators, accept_agreed=accept_agreed, min_annotators=min_annotators
            ).accept_all_agreed()
        finally:
            store.close()
        self.app.call_from_thread(self._accepted, added)

    def _accepted(self, added: int) -> None:
        self.notify(f"{added:,} agreed units went into gold (ready documents only).", markup=False)
        self.recount()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "review" and event.state == WorkerState.ERROR:
            self._queued = False
            self._start_model()
            self.rows.loading = False
            self._say_status(f"Scoring failed: {event.worker.error}")
            self.notify(f"Review: {event.worker.error}", severity="error", markup=False)

    # -- drawing --------------------------------------------------------------------------------

    def show_docs(self, cursor: int | None) -> None:
        assert self.session is not None
        docs = self.session.docs
        self.rows.show(len(docs), lambda i: doc_row(docs[i]), cursor if docs else None)
        self._say_title()
        if not docs:
            self._say_status("Nothing to review: no annotator has worked on any document yet.")
        else:
            noun = "document" if len(docs) == 1 else "documents"
            ready = sum(1 for d in docs if d.score.agreement is not None)
            self._say_status(
                f"{len(docs):,} {noun}, {ready:,} ready for review, least agreement first.  Enter opens one."
            )

    def _say_title(self) -> None:
        assert self.session is not None
        session = self.session
        adjudication = session.adjudication
        names = adjudication.annotators
        who = ", ".join(names) if names else "no annotators yet"
        parts: list[tuple[str, str] | str] = [
            ("Review", "bold"),
            one_line(f" · adjudicator {adjudication.adjudicator} · {who}"),
        ]
        if len(names) < 2:
            parts.append(("   (a review needs two annotators' layers)", ".review-detail--open"))
        elif not session.loaded:
            parts.append(("   scoring…", ".review-detail--muted"))
        else:
            left = session.overall_left()
            noun = "conflict" if left == 1 else "conflicts"
            parts += [
                "   ",
                (f"{left:,} {noun} left", "bold"),
                f" in {session.documents_left():,} of {len(session.docs):,} documents",
            ]
        self.query_one("#review-title", ReviewText).show(Content.assemble(*parts))

    def _say_status(self, text: str) -> None:
        self.query_one("#review-status", ReviewText).show(Content.styled(text, ".review-detail--muted"))

    # -- actions ----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("open", "next_open") and not self.scored:
            return True  # remembered until the list is ready (`_wait_for_scoring`)
        if action in ("open", "next_open", "cursor", "cursor_to"):
            return (self.session is not None and bool(self.session.docs)) or None
        return True

    @property
    def scored(self) -> bool:
        return self.session is not None and self.session.loaded

    def _wait_for_scoring(self) -> None:
        """Enter or n before the list is ready is not lost: say so, and open a document when scoring ends."""
        self._queued = True
        total = self.app.store.count_documents()
        self.notify(
            f"Scoring… {total:,} document{'' if total == 1 else 's'}. "
            "The first one with conflicts left opens when the list is ready.",
            markup=False,
        )

    def action_cursor(self, step: int) -> None:
        count = self.rows.count
        if count:
            here = self.rows.cursor if self.rows.cursor is not None else -1
            self.rows.show_cursor(max(0, min(count - 1, here + step)))

    def action_cursor_to(self, index: int) -> None:
        if self.rows.count:
            self.rows.show_cursor(index % self.rows.count)

    def action_open(self) -> None:
        if not self.scored:
            self._wait_for_scoring()
            return
        index = self.rows.cursor
        if self.session is not None and index is not None and index < len(self.session.docs):
            self.open_document(self.session.docs[index].doc_id)

    def action_next_open(self) -> None:
        if not self.scored:
            self._wait_for_scoring()
            return
        assert self.session is not None
        docs = self.session.docs
        start = (self.rows.cursor if self.rows.cursor is not None else -1) + 1
        order = list(range(start, len(docs))) + list(range(0, start))
        found = next((i for i in order if docs[i].left), None)
        if found is None:
            self.notify("No conflicts left in any document.", title="All settled", markup=False)
            return
        self.rows.show_cursor(found)
        self.open_document(docs[found].doc_id)

    def open_document(self, doc_id: str) -> None:
        from annotator.tui.screens.review_document import ReviewDocumentScreen

        assert self.session is not None
        self.app.push_screen(ReviewDocumentScreen(self.session, doc_id))

    @on(ReviewRows.Clicked, "#review-docs")
    def _clicked(self, event: ReviewRows.Clicked) -> None:
        if event.index == self.rows.cursor:
            self.action_open()
        else:
            self.rows.show_cursor(event.index)

    def action_accept_agreed(self) -> None:
        assert self.session is not None
        adjudication = self.session.adjudication
        store = self.app.store
        if store.path is None:
            self._accepted(adjudication.accept_all_agreed())
            return
        self.rows.loading = True
        self._say_status("Putting agreed units into gold…")
        self._accept_worker(adjudication.adjudicator, list(adjudication.annotators), *self._accepts())

    def action_recount(self) -> None:
        self.recount()

    def action_back(self) -> None:
        self.app.open_queue()
