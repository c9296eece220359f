"""Events across outlets: one type with agreeing, shared arguments; disagreeing numbers flagged."""

from __future__ import annotations

from annotator.core.models import Span
from annotator.stories.events import Argument, EventVersion, group_events

S = Span(start=0, end=1)


def ev(doc: str, agent: str | None, patient: str, type_: str = "Personnel.Expel") -> EventVersion:
    args = [Argument("Patient", S, patient)]
    if agent:
        args.append(Argument("Agent", S, agent, entity_id=agent))
    return EventVersion(doc, 0, type_, S, "expelled", tuple(args))


def test_the_same_event_with_different_numbers_is_one_group_flagged() -> None:
    [group] = group_events([ev("a", "obama", "35 Russian diplomats"), ev("b", "obama", "755 staff")])
    assert group.conflicts == ["numbers: 35 / 755"]


def test_different_agents_are_different_events() -> None:
    assert group_events([ev("a", "obama", "35 diplomats"), ev("b", "putin", "755 diplomats")]) == []


def test_different_types_never_group() -> None:
    assert group_events([ev("a", "obama", "diplomats"), ev("b", "obama", "diplomats", "Transaction.Seize")]) == []


def test_arguments_that_share_nothing_do_not_group() -> None:
    assert group_events([ev("a", None, "the compounds"), ev("b", None, "35 diplomats")]) == []


def test_agreeing_numbers_have_no_conflict() -> None:
    [group] = group_events([ev("a", "obama", "35 diplomats"), ev("b", "obama", "thirty-five, 35 diplomats")])
    assert group.conflicts == []
