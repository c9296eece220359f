"""The same event across outlets: one type, agreeing arguments, at least one argument shared.

Two events from different articles are the same event when their types are equal, no role
both fill names different entities (Obama expelling and Putin expelling are two events),
and they share something: an argument naming the same entity, an argument with a content
word in common (events without arguments are too vague to pair: "sanctions" is everywhere). Numbers the versions state in
their arguments and triggers are compared; a group whose outlets state different numbers
(35 diplomats, 755 staff) is flagged, not hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.models import Span
from annotator.stories.words import content_words, numbers, stem

TIME_ROLES = frozenset({"Time"})


@dataclass(frozen=True)
class Argument:
    role: str
    span: Span
    text: str
    entity_id: str | None = None


@dataclass(frozen=True)
class EventVersion:
    doc_id: str
    key: int
    type: str
    trigger: Span
    trigger_text: str
    arguments: tuple[Argument, ...] = ()

    @property
    def numbers(self) -> set[float]:
        found = numbers(self.trigger_text)
        for a in self.arguments:
            if a.role not in TIME_ROLES:
                found |= numbers(a.text)
        return found

    @property
    def time(self) -> str | None:
        return next((a.text for a in self.arguments if a.role in TIME_ROLES), None)

    def entity(self, role: str) -> str | None:
        return next((a.entity_id for a in self.arguments if a.role == role), None)

    def stems(self) -> set[str]:
        return {stem(w) for a in self.arguments if a.role not in TIME_ROLES for w in content_words(a.text)}


@dataclass
class EventGroup:
    type: str
    versions: list[EventVersion] = field(default_factory=list)

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(v.doc_id for v in self.versions))

    @property
    def conflicts(self) -> list[str]:
        stated = {v.doc_id: v.numbers for v in self.versions if v.numbers}
        distinct = {frozenset(n) for n in stated.values()}
        if len(distinct) > 1:
            shown = " / ".join(", ".join(_num(x) for x in sorted(n)) for n in sorted(distinct, key=sorted))
            return [f"numbers: {shown}"]
        return []


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def same_event(a: EventVersion, b: EventVersion) -> bool:
    if a.type != b.type or a.doc_id == b.doc_id:
        return False
    roles = {x.role for x in a.arguments} & {x.role for x in b.arguments}
    shared_entity = False
    for role in roles:
        ea, eb = a.entity(role), b.entity(role)
        if ea is not None and eb is not None:
            if ea != eb:
                return False
            shared_entity = True
    if shared_entity:
        return True
    return bool(a.stems() & b.stems())


def group_events(versions: list[EventVersion]) -> list[EventGroup]:
    """Events reported by two or more articles; a version joins the first group it matches every member of."""
    groups: list[EventGroup] = []
    for v in versions:
        home = next(
            (
                g
                for g in groups
                if g.type == v.type
                and v.doc_id not in g.doc_ids
                and any(same_event(v, w) for w in g.versions)
                and not any(_contradicts(v, w) for w in g.versions)
            ),
            None,
        )
        if home is None:
            groups.append(EventGroup(v.type, [v]))
        else:
            home.versions.append(v)
    out = [g for g in groups if len(g.doc_ids) > 1]
    out.sort(key=lambda g: (-len(g.doc_ids), g.type))
    return out


def _contradicts(a: EventVersion, b: EventVersion) -> bool:
    roles = {x.role for x in a.arguments} & {x.role for x in b.arguments}
    return any(a.entity(r) is not None and b.entity(r) is not None and a.entity(r) != b.entity(r) for r in roles)
