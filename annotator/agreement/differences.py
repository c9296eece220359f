"""Typed differences between annotators on one document, with who said what, for the review screen.

Each cluster of aligned units becomes a `Difference` holding every annotator's version
(None where they have nothing); its `kinds` say how the versions differ, most telling
first. A difference with no kinds is a unit everyone agrees on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from annotator.agreement.matching import align, body_key, bounds
from annotator.core.models import BOUNDARY, EVENT_ARGUMENT, EVENT_TYPE, LABEL, SPEAKER, Unit

MISSING = "missing"
DIFFERENCE_KINDS: tuple[str, ...] = (MISSING, BOUNDARY, LABEL, EVENT_TYPE, SPEAKER, EVENT_ARGUMENT)


@dataclass(frozen=True)
class Difference:
    """One unit as each annotator has it (versions in annotator order), and how they differ."""

    doc_id: str
    unit_kind: str
    annotators: tuple[str, ...]
    versions: tuple[Unit | None, ...]
    kinds: tuple[str, ...]

    @property
    def agreed(self) -> bool:
        return not self.kinds

    @property
    def kind(self) -> str:
        """The most telling way the versions differ ("agreed" when they do not)."""
        return self.kinds[0] if self.kinds else "agreed"

    @property
    def present(self) -> list[Unit]:
        return [u for u in self.versions if u is not None]

    @property
    def start(self) -> int:
        return min(bounds(u)[0] for u in self.present)

    @property
    def end(self) -> int:
        return max(bounds(u)[1] for u in self.present)

    @property
    def unit_ids(self) -> frozenset[int]:
        """The annotator units behind it: what identifies the difference across sessions."""
        return frozenset(u.id for u in self.present if u.id is not None)

    def holders(self, index: int) -> tuple[str, ...]:
        """The annotators whose version is the same as version `index` (absence included)."""
        key = _key(self.versions[index])
        return tuple(a for a, v in zip(self.annotators, self.versions) if _key(v) == key)

    def groups(self) -> list[tuple[int, tuple[str, ...]]]:
        """Who said what: (index of the first version of each distinct kind, its holders)."""
        seen: dict[object, int] = {}
        out: list[tuple[int, tuple[str, ...]]] = []
        for i, v in enumerate(self.versions):
            key = _key(v)
            if key not in seen:
                seen[key] = i
                out.append((i, self.holders(i)))
        return out

    def majority(self) -> int | None:
        """Index of the version more than half the annotators hold (absence counts), or None."""
        for index, holders in self.groups():
            if 2 * len(holders) > len(self.annotators):
                return index
        return None


def _key(unit: Unit | None) -> object:
    return None if unit is None else body_key(unit)


def compare(doc_id: str, units: Mapping[str, Sequence[Unit]], annotators: Sequence[str]) -> list[Difference]:
    """Every aligned unit of the document, agreed or not, in text order."""
    out: list[Difference] = []
    names = tuple(annotators)
    for cluster in align(units, annotators):
        versions = tuple(cluster.members.get(a) for a in names)
        out.append(Difference(doc_id, cluster.kind, names, versions, kinds_of(versions)))
    return out


def disagreements(doc_id: str, units: Mapping[str, Sequence[Unit]], annotators: Sequence[str]) -> list[Difference]:
    return [d for d in compare(doc_id, units, annotators) if not d.agreed]


def kinds_of(versions: Sequence[Unit | None]) -> tuple[str, ...]:
    """How the versions differ, in DIFFERENCE_KINDS order."""
    present = [u for u in versions if u is not None]
    found: set[str] = set()
    if len(present) < len(versions):
        found.add(MISSING)
    if present:
        first = present[0].body
        for other in present[1:]:
            # The versions of one cluster are of one kind: the kind compares them.
            found |= first.differences(other.body)  # type: ignore[arg-type]
    return tuple(k for k in DIFFERENCE_KINDS if k in found)


# -- words for the screen ------------------------------------------------------------------


def describe(unit: Unit | None, text: str, width: int = 40) -> str:
    """One line for a version: what it marks and how, with the marked words."""
    if unit is None:
        return "(not marked)"
    return unit.body.describe(text, width)


def who_said_what(diff: Difference, text: str) -> list[str]:
    """Lines like 'a, b: PERSON "Lavrov" 10-16', one per distinct version."""
    return [f"{', '.join(holders)}: {describe(diff.versions[i], text)}" for i, holders in diff.groups()]
