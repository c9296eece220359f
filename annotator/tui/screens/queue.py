"""The queue: the corpus one page at a time, my progress, status filter, search and next-undone."""

from __future__ import annotations

import time
from typing import Any, TypedDict

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input, ProgressBar, Static

from annotator.core.matches import MATCH_CAP, WALK, match_count, walked_to
from annotator.core.models import DOC_STATUSES, DocStatus
from annotator.desk import SCREEN_WAIT_S, write_on_own_connection
from annotator.store import DocRow
from annotator.store.base import QUEUE_ORDERS, QueuePage, StoreBusy, StoreWriteError
from annotator.tui.app import AnnotatorApp
from annotator.tui.display import one_line_content
from annotator.tui.screens.writes import from_thread, one_line
from annotator.tui.widgets.model_status import ModelStatus
from annotator.tui.widgets.queue_list import QueueList

PAGE = 100
CLAIM_WAITING = "waiting for the database (another process is writing): the article opens once it is claimed"
LIST_POLL_S = 3.0  # how often the queue looks for claims made elsewhere (another desk, `annotator claim`)
FILL_S = 0.05  # how long one key press goes on filling a page whose filters hardly meet
WIDE = 100  # from this many columns the filter row lists every status
LAST = 2**62  # a seq beyond any document: "before LAST" is the last page
STATUS_NAMES = {"todo": "todo", "in_progress": "in progress", "done": "done", "skipped": "skipped"}
UNDONE = ("todo", "in_progress")
FILTERS: tuple[DocStatus | None, ...] = (None, *DOC_STATUSES)
ORDER_NAMES = {"seq": "corpus order", "doubt": "least sure first", "doubt-mean": "lowest mean confidence first"}


class _After(TypedDict, total=False):
    """Where the next page starts: `load_page`'s keywords."""

    after_seq: int
    after_key: tuple[float, str]


class _Before(TypedDict, total=False):
    """Where the previous page ends: `load_before`'s keywords."""

    before_seq: int
    before_key: tuple[float, str]


class QueueScreen(Screen[None]):
    """Pages of `store.queue` (keyset paging and FTS in the store), so 100,000 articles open like 10."""

    app = getters.app(AnnotatorApp)  # the desk's services, typed

    CSS_PATH = "../styles/queue.tcss"
    # Below 100 columns the footer drops its ^p entry (help lists it) so ? Help stays on screen.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    AUTO_FOCUS = "#queue-list"
    BINDINGS = [
        Binding(
            "n",
            "next_undone",
            "Next undone",
            id="queue.next_undone",
            tooltip="Open my next article that is not done or skipped",
        ),
        Binding("slash", "search", "Find", id="queue.search", tooltip="Full-text search of titles and text"),
        Binding(
            "f",
            "cycle_status",
            "Filter",
            id="queue.filter",
            tooltip="Status filter: all, todo, in progress, done, skipped",
        ),
        Binding(
            "a",
            "toggle_scope",
            "Mine/all",
            id="queue.scope",
            tooltip="Only the articles assigned to me, or the whole corpus",
        ),
        Binding("escape", "clear", "Clear", id="queue.clear", tooltip="Clear the search and the status filter"),
        Binding(
            "R",
            "review",
            "Review",
            id="queue.review",
            tooltip="Review disagreements: settle the annotators' differences into gold",
        ),
        Binding(
            "t",
            "story",
            "Story",
            id="queue.story",
            tooltip="Open the story of the article under the cursor: its outlets side by side",
        ),
        Binding(
            "o",
            "cycle_order",
            "Order",
            id="queue.order",
            show=False,
            tooltip="Corpus order, or undone articles by the model's doubt: least sure first, lowest mean next",
        ),
    ]

    status: reactive[DocStatus | None] = reactive(None, init=False)
    search: reactive[str] = reactive("", init=False)
    assigned_only: reactive[bool] = reactive(False, init=False)
    order: reactive[str] = reactive("seq", init=False)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DocRow] = []
        self.has_before = False
        self.has_after = False
        # Where a page cut short by a bounded walk stopped (forward, backward): the next page
        # in that direction goes on from there rather than from the last row shown.
        self.walked_after: int | None = None
        self.walked_before: int | None = None
        # Whether I work from a list of my own (assignments, or a corpus open for claims): the
        # queue then opens on it, and `a` switches to the whole corpus and back.
        self.has_list = False
        self.claims = False  # the corpus hands out work by claims
        self.scope_chosen = False  # I pressed `a`: the scope stays where I put it
        self._list_seen: tuple[int, int] = (0, 0)  # my (articles, done) as last shown
        self._left = False  # resumed after another screen covered it (not the first show)
        self.claiming = False  # a claim waits in a worker for a busy database
        self.came_back_from: str | None = None  # the article the editor left to come back here

    def compose(self) -> ComposeResult:
        with Horizontal(id="queue-top"):
            yield Static("", id="queue-title")
            yield ProgressBar(total=1, show_eta=False, id="queue-progress")
            yield Static("", id="queue-done")
            yield ModelStatus(id="queue-model")
        with Horizontal(id="queue-filters"):
            yield Input(placeholder="/ search titles and text", id="queue-search", compact=True)
            yield Static("", id="queue-status")
        yield QueueList(id="queue-list")
        yield Static("", id="queue-page")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._follow_list()
        self._show_filters()
        self.load_page(0)  # in this frame: the first paint already shows rows
        self.set_interval(LIST_POLL_S, self._poll_list)

    def _follow_list(self) -> bool:
        """Whether I work from a list, and the scope with it unless I chose one; True when the
        scope changed. A corpus opened for claims while the desk runs, or my first claim,
        turns the queue to my articles: before, an annotator with claims only kept "all
        articles" and read other people's work as theirs."""
        store, who = self.app.store, self.app.annotator
        self.claims = store.claims_open()
        self.has_list = store.works_from_list(who)
        self.refresh_bindings()
        if self.scope_chosen or self.assigned_only == self.has_list:
            return False
        self.set_reactive(QueueScreen.assigned_only, self.has_list)
        return True

    def _poll_list(self) -> None:
        """My list grew or moved elsewhere (a claim from another desk or the CLI): show it."""
        if not self.is_current:
            return
        if self._follow_list() or (self.assigned_only and self._assigned_progress() != self._list_seen):
            self._reload_here()

    def on_screen_suspend(self) -> None:
        self._left = True

    def on_screen_resume(self) -> None:
        """Back from an article: statuses and counts changed, my list may have grown (a claim);
        keep the same page and row."""
        if not self._left:
            return
        came, self.came_back_from = self.came_back_from, None
        if self._follow_list() or not self.rows:  # a new scope, or a list that was empty
            self.load_page(0, cursor_id=came)
            return
        self._reload_here(came)

    def _reload_here(self, came: str | None = None) -> None:
        """The same page again, the cursor on the same article, or on `came` (the article I
        came back from) on the page that holds it."""
        if not self.rows:
            self.load_page(0)
            return
        cursor_id = came or self.queue_list.doc_id_at_cursor()
        if came is not None and self.order == "seq" and all(r.id != came for r in self.rows):
            seq = self.app.store.doc_seq(came)  # the page that holds the article I was on
            if seq is not None:
                self.load_page(seq - 1, cursor_id=came)
                return
        if self.order != "seq":  # a doubt key has no "just before": reopen from the top
            self.load_page(0, cursor_id=cursor_id)
        else:
            self.load_page(self.rows[0].seq - 1, cursor_id=cursor_id)

    @property
    def queue_list(self) -> QueueList:
        return self.query_one(QueueList)

    # -- loading pages -------------------------------------------------------------------

    def _fetch(self, **where: Any) -> QueuePage:
        """A page, going on past bounded walks that found too little while FILL_S lasts: each
        walk costs a few ms at any corpus size, so one key press looks through tens of
        thousands of articles and still answers at once."""
        page = self._query(**where)
        forward = "before_seq" not in where and "before_key" not in where
        deadline = time.monotonic() + FILL_S
        while page.walked_to is not None and len(page) <= PAGE and time.monotonic() < deadline:
            more = self._query(**({"after_seq": page.walked_to} if forward else {"before_seq": page.walked_to}))
            joined = QueuePage([*page, *more] if forward else [*more, *page])
            # Past a full page the next one starts after its last row, not where the walk stopped.
            joined.walked_to = more.walked_to if len(joined) <= PAGE else None
            page = joined
        return page

    def _query(self, **where: Any) -> QueuePage:
        app = self.app
        return app.store.queue(
            app.annotator,
            limit=PAGE + 1,
            status=self.status,
            query=self.search or None,
            assigned_only=self.assigned_only,
            order=self.order,
            walk=WALK,
            **where,
        )

    def _more(self, **where: object) -> bool:
        """Whether anything lies that way (a walk cut short may find more beyond its edge)."""
        probe = self._fetch(**where)
        return bool(probe) or probe.walked_to is not None

    def load_page(
        self,
        after_seq: int,
        cursor_id: str | None = None,
        after_key: tuple[float, str] | None = None,
        going_on: bool = False,
    ) -> None:
        """The page after `after_seq` (ordered by doubt: after `after_key`), with whether more lies either side.

        `going_on`: PgDn past a page a bounded walk cut short; when the rest holds nothing,
        the page shown stays and says the corpus was searched to its end.
        """
        page = self._fetch(after_seq=after_seq, after_key=after_key)
        if going_on and not page and page.walked_to is None:
            self.walked_after, self.has_after = None, False
            self.app.bell()
            self._show_position()
            return
        self.walked_after, self.walked_before = page.walked_to, None
        self.has_after = len(page) > PAGE or page.walked_to is not None
        rows = page[:PAGE]
        # Nothing lies before the top; elsewhere a probe says (under a filter, seqs have gaps).
        first = self._before(rows[0]) if rows else {"before_seq": after_seq + 1}
        self.has_before = (after_seq > 0 or after_key is not None) and self._more(**first)
        self._show(rows, cursor_id)

    def load_before(self, before_seq: int, before_key: tuple[float, str] | None = None) -> None:
        page = self._fetch(before_seq=before_seq, before_key=before_key)
        if not page and page.walked_to is None:
            self.app.bell()
            return
        self.walked_after, self.walked_before = None, page.walked_to
        self.has_before = len(page) > PAGE or page.walked_to is not None
        rows = page[-PAGE:]
        last = self._after(rows[-1]) if rows else {"after_seq": before_seq - 1}
        self.has_after = (before_seq != LAST or before_key is not None) and self._more(**last)
        self._show(rows, None, at_end=True)

    def _after(self, row: DocRow) -> _After:
        """Where the page after `row` starts, in the current order."""
        return {"after_seq": row.seq} if self.order == "seq" else {"after_seq": 0, "after_key": row.doubt_key}

    def _before(self, row: DocRow) -> _Before:
        return {"before_seq": row.seq} if self.order == "seq" else {"before_key": row.doubt_key}

    def _show(self, rows: list[DocRow], cursor_id: str | None, at_end: bool = False) -> None:
        self.rows = rows
        self.queue_list.show_rows(rows, cursor_id, at_end=at_end)
        self._show_position()
        self._show_progress()

    @on(QueueList.EdgeReached)
    def _edge(self, event: QueueList.EdgeReached) -> None:
        if event.edge == "first":
            self.load_page(0)
        elif event.edge == "last":
            self.load_before(LAST)
        elif event.edge == "next" and self.walked_after is not None:
            self.load_page(self.walked_after, going_on=True)
        elif event.edge == "previous" and self.walked_before is not None:
            self.load_before(self.walked_before)
        elif event.edge == "next" and self.has_after and self.rows:
            self.load_page(**self._after(self.rows[-1]))
        elif event.edge == "previous" and self.has_before and self.rows:
            self.load_before(**self._before(self.rows[0]))
        else:
            self.app.bell()

    # -- what the bars say ---------------------------------------------------------------

    def _assigned_progress(self) -> tuple[int, int]:
        """(assigned, done among them) for this annotator; (0, 0) when nothing is assigned."""
        return self.app.store.assigned_progress(self.app.annotator)

    def _show_progress(self) -> None:
        store, who = self.app.store, self.app.annotator
        if self.assigned_only:
            total, done = self._list_seen = self._assigned_progress()
            scope = "my articles: claimed or assigned" if self.claims else "assigned to me"
        else:
            total = store.count_documents()
            done = store.status_counts(who).get(who, {}).get("done", 0)
            scope = "all articles"
        read_only = " · read-only: nothing is saved" if store.read_only else ""
        self.query_one("#queue-title", Static).update(one_line_content(f"Queue · {who} · {scope}{read_only}"))
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#queue-done", Static).update(f"{done:,} / {total:,} done")

    def _show_position(self) -> None:
        parts = []
        if self.has_before:
            parts.append("▲ earlier: PgUp / ↑ at the top")
        edge = self.walked_after if self.walked_after is not None else self.walked_before
        if edge is not None:  # a walk cut short: say how far it looked, not "nothing matches"
            shown = walked_to(edge, len(self.rows)) + (" (PgDn goes on)" if self.walked_after else " (PgUp goes on)")
        else:
            shown = f"{len(self.rows):,} shown" if self.rows else self._empty_text()
        parts.append(shown)
        if self.search and (self.rows or edge is not None):
            parts.append(match_count(self.app.store.count_matches(self.search, MATCH_CAP), MATCH_CAP))
        if self.order != "seq":
            parts.append(f"undone articles the newest model has seen, {ORDER_NAMES[self.order]} (o)")
        if self.has_after:
            parts.append("▼ more: PgDn / ↓ at the bottom")
        self.query_one("#queue-page", Static).update("   ".join(parts))

    def _empty_text(self) -> str:
        if self.search or self.status:
            return "nothing matches: Esc clears the search and filter"
        if self.assigned_only and self.claims:
            return "nothing claimed yet: n claims the next article, a shows all articles"
        if self.assigned_only:
            return "nothing assigned to you: a shows all articles"
        return "no articles yet: add some with `annotator import FILES`"

    def _show_filters(self) -> None:
        """Every status with the current one marked; on a narrow terminal, just the current one."""
        if self.size.width and self.size.width < WIDE:
            name = "all" if self.status is None else STATUS_NAMES[self.status]
            self.query_one("#queue-status", Static).update(f"status: [reverse] {name} [/] (f)")
            return
        names = [("all" if s is None else STATUS_NAMES[s], s == self.status) for s in FILTERS]
        text = " ".join(f"[reverse] {n} [/]" if on else f" {n} " for n, on in names)
        self.query_one("#queue-status", Static).update(f"status:{text}")

    def on_resize(self) -> None:
        self._show_filters()

    # -- reactions -----------------------------------------------------------------------

    def watch_status(self) -> None:
        self._show_filters()
        self.load_page(0)

    def watch_search(self) -> None:
        self.load_page(0)

    def watch_assigned_only(self) -> None:
        self.load_page(0)

    def watch_order(self) -> None:
        self.load_page(0)

    @on(QueueList.Selected)
    def _row_selected(self, event: QueueList.Selected) -> None:
        self.app.open_article(event.doc_id)

    @on(Input.Submitted, "#queue-search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.search = event.value.strip()
        self.queue_list.focus()

    # -- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_scope":  # hidden, not dimmed: without assignments it never applies
            return self.has_list
        if action == "clear":
            return bool(self.search or self.status or self.focused is self.query_one(Input)) or None
        return True

    def action_open(self) -> None:
        doc_id = self.queue_list.doc_id_at_cursor()
        if doc_id is not None:
            self.app.open_article(doc_id)

    def action_next_undone(self) -> None:
        store, who = self.app.store, self.app.annotator
        here = self.queue_list.doc_id_at_cursor()
        if here is not None and store.state(here, who).status in UNDONE and store.holds(here, who):
            self.app.open_article(here)  # "next" counts from the row I am on
            return
        if self.claiming:
            self.notify("Still waiting for the database to claim the last one.", markup=False)
            return
        try:  # my next, wrapping to the top; in a corpus open for claims, a new claim: a write
            with store.patience(SCREEN_WAIT_S):
                doc_id = store.next_work(who, here or "")
        except StoreBusy:  # another process is writing: wait for it in a worker, never here
            self.claiming = True
            self.notify(CLAIM_WAITING, title="Claiming", markup=False)
            self._claim_later(here or "")
            return
        except StoreWriteError as exc:
            self._not_claimed(str(exc))
            return
        self._open_next(doc_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="claim", name="claim when the database is free")
    def _claim_later(self, after: str) -> None:
        app, who = self.app, self.app.annotator
        try:
            found = write_on_own_connection(app.store, lambda s: s.next_work(who, after), lambda _waited: None)
        except StoreWriteError as exc:
            from_thread(app, self._not_claimed, str(exc))
            return
        from_thread(app, self._open_next, found)

    def _not_claimed(self, why: str) -> None:
        self.claiming = False
        self.notify(one_line(why), title="No article claimed", severity="warning", markup=False)

    def _open_next(self, doc_id: str | None) -> None:
        self.claiming = False
        if doc_id is None:
            self.notify("Every article is done or skipped.", title="Nothing left")
        elif self.is_current:  # not if the editor has gone elsewhere meanwhile
            self.app.open_article(doc_id)

    def action_search(self) -> None:
        """Focus the search with its text selected, so typing replaces the last search."""
        search = self.query_one(Input)
        search.focus()
        search.select_all()

    def action_cycle_status(self) -> None:
        self.status = FILTERS[(FILTERS.index(self.status) + 1) % len(FILTERS)]

    def action_toggle_scope(self) -> None:
        self.scope_chosen = True
        self.assigned_only = not self.assigned_only

    def action_cycle_order(self) -> None:
        self.order = QUEUE_ORDERS[(QUEUE_ORDERS.index(self.order) + 1) % len(QUEUE_ORDERS)]

    def action_review(self) -> None:
        self.app.open_review()

    def action_story(self) -> None:
        doc_id = self.queue_list.doc_id_at_cursor()
        key = self.app.store.story_of(doc_id) if doc_id is not None else None
        if key is None:
            self.notify("This article is in no story (annotator stories suggest finds them)", markup=False)
            return
        self.app.open_story(key)

    def action_clear(self) -> None:
        search = self.query_one(Input)
        search.value = ""
        self.search = ""
        self.status = None
        self.queue_list.focus()
