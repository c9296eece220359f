"""After a correction (label, boundary, reject), the same correction for identical mentions: C reviews them.

Mixed into the article screen. Which units match is `annotator.consistency`'s rule (shared with
story-wide tools); this gathers what the editor sees in each article and writes each accepted
match to its own article's log through a desk on that article. The corpus is not read article
by article: the store's full-text search names the articles that hold the mention's words, and
only those are loaded, in a thread worker on its own connection, with a progress bar in the
prompt line (Esc stops it); the screen stays live meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from textual import work
from textual.widgets import Static
from textual.worker import get_current_worker

from annotator.consistency import Correction, DocUnits, Match, Scope, find_matches
from annotator.core.display import one_line
from annotator.core.models import AnnotationError
from annotator.desk import Desk, ViewUnit
from annotator.tui.screens.consistency import ConsistencyScreen

if TYPE_CHECKING:
    from annotator.tui.app import AnnotatorApp

CORRECTIONS = ("label", "boundary", "reject")
PAGE = 1000
PROGRESS_EVERY_S = 0.1
BAR = 24


@dataclass
class Gathered:
    """What the corpus search found: the matches, each document's text and title, how far it got."""

    matches: list[Match] = field(default_factory=list)
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)
    read: int = 0
    candidates: int = 0


def candidate_ids(store: Any, mention: str, here: str) -> Iterator[str]:
    """The other documents that may hold `mention`: full-text candidates (every word in them),
    or every document when the mention has no word to search by (punctuation only)."""
    if any(c.isalnum() for c in mention):
        after = 0
        while batch := store.search_documents(mention, after_seq=after, limit=PAGE):
            yield from (doc_id for _, doc_id in batch if doc_id != here)
            after = batch[-1][0]
        return
    after = 0
    while docs := store.documents(after_seq=after, limit=PAGE):
        yield from (d.id for d in docs if d.id != here)
        after = store.doc_seq(docs[-1].id) or after + len(docs)


def progress_line(read: int, total: int) -> str:
    """`Same fix: [█████·····] 120 of 400 articles with the words… (Esc stops)` as plain text."""
    done = round(BAR * read / total) if total else BAR
    return f"Same fix: looking through {read:,} of {total:,} articles holding the words [{'█' * done}{'·' * (BAR - done)}] (Esc stops)"


class ArticleConsistency:
    """Remembers the last correction here and offers it for identical mentions in the corpus."""

    desk: Desk
    app: AnnotatorApp
    notify: Callable[..., Any]
    redraw_units: Callable[[], None]
    prompt_line: Callable[[], Static]
    show_selection: Callable[[], None]
    last_correction: tuple[Correction, int] | None = None
    _gathering: Any = None  # the corpus worker while it runs

    def note_correction(self, before: ViewUnit | None, key: int | None) -> None:
        """Called after a write to the unit `key` that was `before`: a label, boundary or reject is remembered."""
        after = self.desk.state.view(key)
        if before is None or after is None:
            return
        was = before.suggestion.body if before.pending and before.suggestion is not None else before.body
        if before.state == "rejected":
            return
        now = None if after.state == "rejected" else after.body
        correction = Correction(before=was, after=now, text=self.desk.state.text)
        if now == was or correction.what not in CORRECTIONS:
            return
        self.last_correction = (correction, after.key)  # after is the view of `key`
        here = self._matches_here()
        if here:
            self.notify(f"{len(here)} identical mention(s) here: C offers the same correction (and in the corpus).")

    def action_consistency(self) -> None:
        if self.last_correction is None:
            self.notify("No correction yet: relabel, move a boundary or reject, then C.", markup=False)
            return
        if self._gathering is not None:
            self.notify("Still looking through the corpus (Esc stops).", markup=False)
            return
        correction = self.last_correction[0]
        found = Gathered(matches=self._matches_here())
        here = self.desk.state.document
        found.texts[here.id] = (here.text, here.title or here.id)
        store = self.desk.store
        if getattr(store, "path", None) is None:  # in memory: no second connection, and a small corpus
            self._gather_into(found, store, correction, get_worker=None)
            self._offer(found)
            return
        self._show_progress(0, 0)
        self._gathering = self._gather(found, correction)

    def cancel_gathering(self) -> bool:
        """Esc while the corpus is searched: stop, and offer what was found so far."""
        if self._gathering is None:
            return False
        self._gathering.cancel()
        return True

    # -- gathering ----------------------------------------------------------------------------------

    def _matches_here(self) -> list[Match]:
        assert self.last_correction is not None
        correction, key = self.last_correction
        here = self.desk.state.document.id
        fixed = self.desk.state.view(key)
        fixed_unit = fixed.unit if fixed is not None else None
        return find_matches(
            correction, [_doc_units(self.desk)], Scope.article(here), exclude=lambda d, u: u is fixed_unit
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="consistency", name="same fix in the corpus")
    def _gather(self, found: Gathered, correction: Correction) -> None:
        """In a thread, on its own connection: load each candidate article, keep its matches."""
        worker = get_current_worker()
        failed = ""
        try:
            store = self.desk.store.reopen()
            try:
                self._gather_into(found, store, correction, get_worker=lambda: worker)
            finally:
                store.close()
        except Exception as exc:  # noqa: BLE001 - said in one line; what was found is still offered
            failed = f"{type(exc).__name__}: {exc}"
        self._from_thread(self._gathered, found, failed)

    def _gather_into(
        self, found: Gathered, store: Any, correction: Correction, get_worker: Callable[[], Any] | None
    ) -> None:
        here = self.desk.state.document.id
        mention = correction.before.span.text_of(correction.text)
        ids = list(candidate_ids(store, mention, here))
        found.candidates = len(ids)
        shown = time.monotonic()
        desk = Desk(store, self.desk.annotator, self.desk.min_score)
        for doc_id in ids:
            if get_worker is not None and get_worker().is_cancelled:
                return
            state = desk.load(doc_id)
            doc = DocUnits(doc_id, state.text, [v.unit for v in state.views if v.state != "rejected"])
            matches = find_matches(correction, [doc], Scope.corpus())
            if matches:
                found.matches += matches
                found.texts[doc_id] = (state.text, state.document.title or doc_id)
            found.read += 1
            if get_worker is not None and time.monotonic() - shown > PROGRESS_EVERY_S:
                shown = time.monotonic()
                self._from_thread(self._show_progress, found.read, found.candidates)

    def _from_thread(self, fn: Callable[..., None], *args: Any) -> None:
        try:
            self.app.call_from_thread(fn, *args)
        except RuntimeError:
            pass  # the app has gone

    def _show_progress(self, read: int, total: int) -> None:
        prompt = self.prompt_line()
        prompt.display = True
        prompt.update(one_line(progress_line(read, total)))

    def _gathered(self, found: Gathered, failed: str = "") -> None:
        """Cancelled (Esc), failed or finished, the gathering ends here: the line goes, what was found is offered."""
        self._gathering = None
        self.prompt_line().display = False
        self.show_selection()  # the selection's help line comes back if one is open
        if failed:
            self.notify(f"Looking through the corpus failed: {one_line(failed)}", severity="warning", markup=False)
        elif found.read < found.candidates:
            self.notify(f"Stopped after {found.read:,} of {found.candidates:,} articles.", markup=False)
        self._offer(found)

    def _offer(self, found: Gathered) -> None:
        if not found.matches:
            self.notify("No identical mention left to correct the same way.", markup=False)
            return
        assert self.last_correction is not None
        correction = self.last_correction[0]
        title = f"Same correction ({correction.what}) for {len(found.matches)} identical mention(s)"
        self.app.push_screen(ConsistencyScreen(title, found.matches, found.texts, self._apply), self._reviewed)

    def _reviewed(self, accepted: int | None) -> None:
        if accepted:
            self.notify(f"Corrected {accepted} mention(s) the same way (u in each article undoes).", markup=False)

    # -- writing ----------------------------------------------------------------------------------

    def _desk_on(self, doc_id: str) -> Desk:
        if doc_id == self.desk.state.document.id:
            return self.desk
        desk = Desk(self.desk.store, self.desk.annotator, self.desk.min_score)
        desk.load(doc_id)
        return desk

    def _apply(self, match: Match) -> bool:
        """Write one accepted match to its article's log (one decision); False when it no longer applies."""
        desk = self._desk_on(match.doc_id)
        view = next((v for v in desk.state.views if v.unit == match.unit), None)
        if view is None:
            self.notify("That mention has changed since: left as it is.", markup=False)
            return False
        try:
            outcome = desk.reject(view) if match.proposed is None else desk.correct(view, match.proposed)
        except AnnotationError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return False
        if desk is self.desk and outcome.changed:
            self.redraw_units()
        return outcome.changed


def _doc_units(desk: Desk) -> DocUnits:
    state = desk.state
    return DocUnits(state.document.id, state.text, [v.unit for v in state.views if v.state != "rejected"])
