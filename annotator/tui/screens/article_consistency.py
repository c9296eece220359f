"""After a correction (label, boundary, reject), the same correction for identical mentions: C reviews them.

Mixed into the article screen. Which units match is `annotator.consistency`'s rule (shared with
story-wide tools); this only gathers what the editor sees in each article and writes each
accepted match to its own article's log through a desk on that article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from annotator.consistency import Correction, DocUnits, Match, Scope, find_matches
from annotator.core.models import AnnotationError
from annotator.desk import Desk, ViewUnit
from annotator.tui.screens.consistency import ConsistencyScreen

if TYPE_CHECKING:
    from annotator.tui.app import AnnotatorApp

CORRECTIONS = ("label", "boundary", "reject")
PAGE = 500


class ArticleConsistency:
    """Remembers the last correction here and offers it for identical mentions in the corpus."""

    desk: Desk
    app: AnnotatorApp
    notify: Callable[..., Any]
    redraw_units: Callable[[], None]
    last_correction: tuple[Correction, int] | None = None

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
        here = self._matches(Scope.article(self.desk.state.document.id))
        if here:
            self.notify(f"{len(here)} identical mention(s) here: C offers the same correction (and in the corpus).")

    def action_consistency(self) -> None:
        if self.last_correction is None:
            self.notify("No correction yet: relabel, move a boundary or reject, then C.", markup=False)
            return
        matches = self._matches(Scope.corpus())
        if not matches:
            self.notify("No identical mention left to correct the same way.", markup=False)
            return
        texts = {m.doc_id: self._doc_text(m.doc_id) for m in matches}
        correction = self.last_correction[0]
        title = f"Same correction ({correction.what}) for {len(matches)} identical mention(s)"
        self.app.push_screen(ConsistencyScreen(title, matches, texts, self._apply), self._reviewed)

    def _reviewed(self, accepted: int | None) -> None:
        if accepted:
            self.notify(f"Corrected {accepted} mention(s) the same way (u in each article undoes).", markup=False)

    # -- gathering and writing ---------------------------------------------------------------------

    def _matches(self, scope: Scope) -> list[Match]:
        assert self.last_correction is not None
        correction, key = self.last_correction
        here = self.desk.state.document.id
        fixed = self.desk.state.view(key)
        fixed_unit = fixed.unit if fixed is not None else None
        return find_matches(correction, self._docs(scope), scope, exclude=lambda d, u: d == here and u is fixed_unit)

    def _docs(self, scope: Scope) -> Iterator[DocUnits]:
        """Every document in scope as its editor sees it (this one first), rejected units left out."""
        here = self.desk.state.document.id
        yield _doc_units(self.desk)
        if scope.name == "article":
            return
        store = self.desk.store
        after = 0
        while True:
            batch = store.documents(after_seq=after, limit=PAGE)
            if not batch:
                return
            for doc in batch:
                if doc.id != here and scope.covers(doc.id):
                    yield _doc_units(self._desk_on(doc.id))
            after = _last_seq(store, batch[-1].id, after + len(batch))

    def _desk_on(self, doc_id: str) -> Desk:
        if doc_id == self.desk.state.document.id:
            return self.desk
        desk = Desk(self.desk.store, self.desk.annotator, self.desk.min_score)
        desk.load(doc_id)
        return desk

    def _doc_text(self, doc_id: str) -> tuple[str, str]:
        doc = self.desk.store.document(doc_id)
        return doc.text, doc.title or doc.id

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


def _last_seq(store: Any, doc_id: str, fallback: int) -> int:
    seq = store.doc_seq(doc_id) if hasattr(store, "doc_seq") else None
    return seq if seq is not None else fallback
