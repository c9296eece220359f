"""What the two review screens share: the adjudication, the documents in review order, the counters.

Plain Python (no Textual): the list screen fills it from a worker, the document screen
updates one document's count after every decision, and both read the overall count from
it, so the two counters can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from annotator.adjudicate import Adjudication, DocScore
from annotator.core.models import Body, Unit
from annotator.desk import Desk, Outcome, ViewUnit
from annotator.store.base import Store


@dataclass(frozen=True)
class ReviewDoc:
    """One row of the review list: the document's scores, its title, and what is left."""

    score: DocScore
    title: str
    left: int

    @property
    def doc_id(self) -> str:
        return self.score.doc_id


class ReviewSession:
    """One adjudicator's review over one set of annotators, for as long as the screens are open."""

    def __init__(self, adjudication: Adjudication) -> None:
        self.adjudication = adjudication
        self.docs: list[ReviewDoc] = []
        self.loaded = False
        self._index: dict[str, int] = {}

    @property
    def adjudicator(self) -> str:
        return self.adjudication.adjudicator

    def fill(self, docs: Sequence[ReviewDoc]) -> None:
        self.docs = list(docs)
        self._index = {d.doc_id: i for i, d in enumerate(self.docs)}
        self.loaded = True

    def index_of(self, doc_id: str) -> int | None:
        return self._index.get(doc_id)

    def doc(self, doc_id: str) -> ReviewDoc | None:
        index = self._index.get(doc_id)
        return None if index is None else self.docs[index]

    def set_left(self, doc_id: str, left: int) -> None:
        index = self._index.get(doc_id)
        if index is not None and self.docs[index].left != left:
            self.docs[index] = replace(self.docs[index], left=left)

    def overall_left(self) -> int:
        return sum(d.left for d in self.docs)

    def documents_left(self) -> int:
        return sum(1 for d in self.docs if d.left)

    def neighbour(self, doc_id: str, step: int) -> str | None:
        """The next (step > 0) or previous document in review order, or None at either end."""
        index = self._index.get(doc_id)
        if index is None:
            return self.docs[0].doc_id if self.docs else None
        target = index + step
        return self.docs[target].doc_id if 0 <= target < len(self.docs) else None


def score_documents(
    store: Store, adjudicator: str, annotators: Sequence[str] | None, accept_agreed: bool, min_annotators: int = 2
) -> list[ReviewDoc]:
    """The review list, ready documents least agreement first, with titles: ~1 ms a document, so
    the screen runs this in a thread on its own connection."""
    adjudication = Adjudication(
        store, adjudicator, annotators=annotators, accept_agreed=accept_agreed, min_annotators=min_annotators
    )
    return [ReviewDoc(s, store.document(s.doc_id).title, s.left) for s in adjudication.documents()]


# What a captured desk action would write: the view it edits (None for a new unit) and the body.
Proposal = tuple[ViewUnit | None, Body]


class GoldEdits(Desk):
    """The article screen's edit rules, with the write left out: each edit returns the body it
    would make, and the review screen writes that body to gold through `Adjudication`.

    Reusing `Desk` (token steps for `[ ] { }`, event roles pruned on a new type, schema
    checks, whitespace trimmed from new spans) keeps an edit in review the same edit as on the
    article screen. `Desk` funnels every body change through `_edit` and every new unit through
    `_add`, the two places overridden here; the article screen's flows (selection, new quote,
    speaker...) run unchanged on top, and `capture` hands their result to the review screen.
    """

    def __init__(self, store: Store, adjudicator: str) -> None:
        super().__init__(store, adjudicator)
        self._proposed: Proposal | None = None

    def propose(self, doc_id: str, body: Body, edit: Callable[[ViewUnit], Outcome]) -> Body | None:
        """The body `edit` makes of `body` (None when it changes nothing, e.g. a start at the end)."""
        unit = Unit(doc_id=doc_id, body=body, state="edited")
        found = self.capture(lambda: edit(ViewUnit(0, unit, "edited", None, unit)))
        return found[1] if found is not None else None

    def capture(self, action: Callable[[], Outcome]) -> Proposal | None:
        """Run one desk action; what it would write: (the view it edits, or None for a new unit; the body)."""
        self._proposed = None
        action()
        proposed, self._proposed = self._proposed, None
        return proposed

    def offer(self, views: Sequence[ViewUnit]) -> None:
        """The units the flows' pickers offer as speakers and role fillers: the review's gold and
        open versions, not the adjudicator's own layer or the model's suggestions."""
        state = self.state
        state.views = list(views)
        state._index = {v.key: i for i, v in enumerate(state.views)}  # keep `view(key)` in step

    def _edit(self, view: ViewUnit, body: Body) -> Outcome:
        if body != view.body:
            self._validate(body)
            self._proposed = (view, body)
        return Outcome([], view.key)

    def _add(self, body: Body) -> Outcome:
        self._validate(body)
        self._proposed = (None, body)
        return Outcome([], None)
