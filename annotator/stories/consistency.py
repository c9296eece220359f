"""The consistency helper, story-wide: a correction made in one article, offered for the matching
units of the story's other articles, one at a time.

`story_matches` is the one place the matching rule lives here, so the shared per-article and
corpus helper (`annotator.consistency`, being built beside this) can take its place. Until
then the rule is the same as that helper's: a unit of the same kind and label covering the
same characters as the corrected unit did gets the same correction (a label change; a
boundary moved by the same amounts, offered only where the moved span reads the same; a
rejection). Story-wide, an entity's name variants count too: relabelling "Lavrov" offers
the same label for "Sergey Lavrov" in another outlet, when both are one row of the story's
entities (`entities.merge_entities`).
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.consistency import corrected, moved_span, what_changed
from annotator.core.models import Body, Entity, Unit
from annotator.store.base import Store
from annotator.stories.apply import Change
from annotator.stories.story import Story


@dataclass(frozen=True)
class Correction:
    """What an editor did to one unit in one article: its body before and after (None: rejected)."""

    doc_id: str
    before: Body
    after: Body | None

    @property
    def what(self) -> str:
        return what_changed(self.before, self.after)


@dataclass(frozen=True)
class Offer:
    """One matching unit in another article and what the correction would make of it."""

    change: Change
    correction: Correction
    mention: str
    before_label: str

    @property
    def doc_id(self) -> str:
        return self.change.doc_id

    @property
    def key(self) -> int:
        return self.change.key

    @property
    def proposal(self) -> str:
        """'ORG -> PERSON', 'reject', or the new words, for the review list."""
        body = self.change.body
        if body is None:
            return "reject"
        if body.main_label != self.before_label:
            return f"{self.before_label} → {body.main_label}"
        return f"→ “{self.correction.after.span.text_of(self.correction_text)}”" if self.correction.after else "edit"

    correction_text: str = ""
    correction_outlet: str = ""


@dataclass
class OfferGroup:
    """The offers one correction makes, as the story desk lists them."""

    correction: Correction
    offers: list[Offer]
    conflicts: tuple[str, ...] = ()

    @property
    def versions(self) -> list[Offer]:
        return self.offers

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(o.doc_id for o in self.offers))


def offer_groups(offers: list[Offer]) -> list[OfferGroup]:
    groups: dict[int, OfferGroup] = {}  # by identity: an event's body (a dict of arguments) has no hash
    for o in offers:
        groups.setdefault(id(o.correction), OfferGroup(o.correction, [])).offers.append(o)
    return list(groups.values())


def corrections_since(store: Store, annotator: str, doc_id: str, after_id: int) -> tuple[list[Correction], int]:
    """The edits and rejections `annotator` made in `doc_id` after decision `after_id` (undone ones
    left out), and the last decision id seen."""
    decisions = [d for d in store.decisions(doc_id, annotator) if (d.id or 0) > after_id]
    undone = {d.undoes for d in decisions if d.action == "undo"}
    out = []
    for d in decisions:
        if d.id in undone or d.action not in ("edit", "reject") or d.after is None:
            continue
        after = Unit.model_validate(d.after)
        before = Unit.model_validate(d.before).body if d.before else _suggested(store, after)
        if before is None:
            continue
        out.append(Correction(doc_id, before, None if d.action == "reject" else after.body))
    last = max((d.id or 0 for d in decisions), default=after_id)
    return out, last


def _suggested(store: Store, mine: Unit) -> Body | None:
    """The suggestion an edited or rejected unit of mine came from (its body before the correction)."""
    origin = store.unit(mine.origin_id) if mine.origin_id is not None else None
    return origin.body if origin is not None else None


def story_matches(story: Story, correction: Correction) -> list[Offer]:
    """The units of the story's other articles the correction also fits (module docstring)."""
    source = story.article(correction.doc_id).text
    before, after = correction.before, correction.after
    mention = before.span.text_of(source)
    variants = _variant_keys(story, correction)
    out = []
    for article in story.articles:
        if article.id == correction.doc_id:
            continue
        for key, body in article.units:
            if body.kind != before.kind or body.main_label != before.main_label:
                continue
            text = article.text
            same = body.span.text_of(text) == mention
            if not same and (article.id, key) not in variants:
                continue
            proposed = None if after is None else _proposed(body, before, after, text, source, same)
            if after is not None and (proposed is None or proposed == body):
                continue
            out.append(
                Offer(
                    Change(article.id, key, proposed),
                    correction,
                    body.span.text_of(text),
                    body.main_label,
                    source,
                    story.outlet(correction.doc_id),
                )
            )
    return out


def _variant_keys(story: Story, correction: Correction) -> set[tuple[str, int]]:
    """Other outlets' mentions of the same entity, for a label change or a rejection of an entity."""
    if not isinstance(correction.before, Entity) or correction.what == "boundary":
        return set()
    b = correction.before
    row = next(
        (
            r
            for r in story.entities
            for m in r.mentions
            if (m.doc_id, m.start, m.end) == (correction.doc_id, b.start, b.end)
        ),
        None,
    )
    return set() if row is None or row.ambiguous_with else {(m.doc_id, m.key) for m in row.mentions}


def _proposed(body: Body, before: Body, after: Body, text: str, source: str, same: bool) -> Body | None:
    if body.is_furniture:
        return None
    span = body.span
    if after.span != before.span:
        if not same:
            return None
        moved = moved_span(body.span, before.span, after.span, text)
        if moved is None or moved.text_of(text) != after.span.text_of(source):
            return None
        span = moved
    return corrected(body, span, after.main_label)
