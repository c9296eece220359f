"""What the two review screens share: the adjudication, the documents in review order, the counters.

Plain Python (no Textual): the list screen fills it from a worker, the document screen
updates one document's count after every decision, and both read the overall count from
it, so the two counters can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from annotator.adjudicate import Adjudication, DocScore
from annotator.core.models import Body, QuoteKind, Span, Unit
from annotator.desk import ArticleState, ViewUnit, load_article
from annotator.edit_rules import Change, EditRules
from annotator.store.base import Layer, Store


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


class GoldEdits:
    """The article screen's edit rules for the review: each edit returns the `Change` it would
    make (or None when it changes nothing), and the review screen writes its body to gold
    through `Adjudication`.

    The same `EditRules` as the article screen's `Desk` (token steps for `[ ] { }`, event roles
    pruned on a new type, schema checks, whitespace trimmed from new spans), so an edit in
    review is the same edit as on the article screen; the article screen's flows (selection,
    new quote, speaker...) call these methods by the desk's names and hand the change to the
    review screen's `commit`.
    """

    def __init__(self, store: Store, adjudicator: str) -> None:
        self.store = store
        self.adjudicator = adjudicator
        self._rules: EditRules | None = None

    @property
    def rules(self) -> EditRules:
        if self._rules is None:
            raise RuntimeError("no document loaded: call GoldEdits.load(doc_id) first")
        return self._rules

    @property
    def state(self) -> ArticleState:
        return self.rules.state

    def load(self, doc_id: str) -> ArticleState:
        state = load_article(self.store, doc_id, Layer.annotator_name(self.adjudicator), self.adjudicator)
        self._rules = EditRules(state, self.adjudicator)
        return state

    def offer(self, views: Sequence[ViewUnit]) -> None:
        """The units the flows' pickers offer as speakers and role fillers: the review's gold and
        open versions, not the adjudicator's own layer or the model's suggestions."""
        self.state.show(views)

    def propose(self, doc_id: str, body: Body, edit: Callable[[ViewUnit], Change | None]) -> Body | None:
        """The body `edit` makes of `body` (None when it changes nothing, e.g. a start at the end)."""
        unit = Unit(doc_id=doc_id, body=body, state="edited")
        change = edit(ViewUnit(0, unit, "edited", None, unit))
        return change.body if change is not None else None

    # The desk's edit actions, by the desk's names (the flows call them), returning the change.

    def relabel(self, view: ViewUnit, label: str) -> Change | None:
        return self.rules.relabelled(view, label)

    def move_start(self, view: ViewUnit, step: int) -> Change | None:
        return self.rules.moved_start(view, step)

    def move_end(self, view: ViewUnit, step: int) -> Change | None:
        return self.rules.moved_end(view, step)

    def set_quote_speaker(
        self, view: ViewUnit, speaker: Span | None, speaker_entity: Span | None = None, *, cue: Span | None = None
    ) -> Change | None:
        return self.rules.with_speaker(view, speaker, speaker_entity, cue=cue)

    def set_quote_cue(self, view: ViewUnit, cue: Span | None) -> Change | None:
        return self.rules.with_cue(view, cue)

    def set_event_argument(self, view: ViewUnit, role: str, span: Span | None) -> Change | None:
        return self.rules.with_argument(view, role, span)

    def add_entity(self, span: Span, label: str) -> Change:
        return self.rules.new_entity(span, label)

    def add_quote(
        self,
        content: Span,
        speaker: Span | None = None,
        speaker_entity: Span | None = None,
        cue: Span | None = None,
        kind: QuoteKind | None = None,
    ) -> Change:
        return self.rules.new_quote(content, speaker, speaker_entity, cue, kind)

    def add_event(self, trigger: Span, type_: str, arguments: dict[str, Span] | None = None) -> Change:
        return self.rules.new_event(trigger, type_, arguments)
