"""Units as labelled regions and relations between them: how doccano and Label Studio hold them.

Both tools know labelled spans ("regions") and labelled links between two of them,
nothing more. Our units map onto that both ways:

- an entity is a region labelled with its entity label;
- a quote is a region labelled `QUOTE_DIRECT`, `QUOTE_INDIRECT` or `QUOTE_PARTIAL`, linked
  to a `SPEAKER` region by a `SPEAKER` relation, to its `CUE` region by `CUE`, to the
  named speaker by `SPEAKER_ENTITY` and to the further parts of a split quote (`QUOTE_PART`
  regions) by `QUOTE_PART`;
- an event is a region labelled with its event type (`Contact.Meet`), linked to each
  argument by a relation labelled with the role.

A link whose target is an entity's span points at that entity's region; a target that is
no region yet (a speaker entity or argument that is not an annotated entity) becomes a
`MENTION` region. Page furniture is not carried. Reading back, a region is a quote by its
label, an event trigger when its label is an event type of the schema, a part of a
quote or event when it is one of the labels above, and an entity otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.core.models import Entity, Event, Quote, Span
from annotator.core.schema import LabelSchema
from annotator.export.common import LayerDoc

QUOTE_PREFIX = "QUOTE_"
SPEAKER, SPEAKER_ENTITY, CUE, QUOTE_PART, MENTION = "SPEAKER", "SPEAKER_ENTITY", "CUE", "QUOTE_PART", "MENTION"
QUOTE_LINKS = (("speaker", SPEAKER), ("speaker_entity", SPEAKER_ENTITY), ("cue", CUE))
# Region labels of a link's target that are never entities on their own.
PART_LABELS = frozenset({SPEAKER, CUE, QUOTE_PART, MENTION})


def quote_label(kind: str) -> str:
    return QUOTE_PREFIX + kind.upper()


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Link:
    head: int  # index into the regions
    child: int
    label: str


@dataclass
class Regions:
    """A record's regions (each (start, end, label) once) and links, in the order made."""

    items: list[Region] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    _index: dict[Region, int] = field(default_factory=dict)
    _spans: dict[tuple[int, int], int] = field(default_factory=dict)  # entity span -> its region

    def add(self, start: int, end: int, label: str, entity: bool = False) -> int:
        region = Region(start, end, label)
        if region not in self._index:
            self._index[region] = len(self.items)
            self.items.append(region)
        found = self._index[region]
        if entity:
            self._spans.setdefault((start, end), found)
        return found

    def target(self, span: dict[str, int], label: str) -> int:
        """The region a link points at: an entity on that span, else a new one labelled `label`."""
        found = self._spans.get((span["start"], span["end"]))
        return found if found is not None else self.add(span["start"], span["end"], label)

    def link(self, head: int, child: int, label: str) -> None:
        self.links.append(Link(head, child, label))


def regions_of(item: LayerDoc) -> Regions:
    """The regions and links of one record."""
    out = Regions()
    for s, e, label in item.entities:
        out.add(s, e, label, entity=True)
    for q in item.quotes:
        c = q["content"]
        head = out.add(c["start"], c["end"], quote_label(q.get("quote_kind", "direct")))
        for key, label in QUOTE_LINKS:
            span = q.get(key)
            if span:
                target = (
                    out.target(span, MENTION) if key == "speaker_entity" else out.add(span["start"], span["end"], label)
                )
                out.link(head, target, label)
        for part in q.get("extra", ()):
            out.link(head, out.add(part["start"], part["end"], QUOTE_PART), QUOTE_PART)
    for ev in item.events:
        t = ev["trigger"]
        head = out.add(t["start"], t["end"], ev["type"])
        for role, span in ev.get("arguments", {}).items():
            out.link(head, out.target(span, MENTION), role)
    return out


def bodies_from(regions: list[Region], links: Iterable[Link], schema: LabelSchema) -> list[Any]:
    """Our unit bodies from regions and links (offsets already on the stored text)."""
    event_types = {t.name for t in schema.event_types}
    quotes: dict[int, dict[str, Any]] = {}
    events: dict[int, dict[str, Any]] = {}
    bodies: list[Any] = []
    for i, r in enumerate(regions):
        span = Span(start=r.start, end=r.end)
        if r.label.startswith(QUOTE_PREFIX) and r.label != QUOTE_PART:
            quotes[i] = {"content": span, "quote_kind": r.label.removeprefix(QUOTE_PREFIX).lower(), "extra": []}
        elif r.label in event_types:
            events[i] = {"trigger": span, "type": r.label, "arguments": {}}
        elif r.label not in PART_LABELS:
            bodies.append(Entity(start=r.start, end=r.end, label=r.label))
    for link in links:
        child = regions[link.child]
        span = Span(start=child.start, end=child.end)
        if link.head in quotes:
            _quote_link(quotes[link.head], link.label, span)
        elif link.head in events:
            events[link.head]["arguments"][link.label] = span
    for q in quotes.values():
        q["extra"] = tuple(sorted(q["extra"], key=lambda s: (s.start, s.end)))
        bodies.append(Quote(**q))
    bodies += [Event(**ev) for ev in events.values()]
    return bodies


def _quote_link(quote: dict[str, Any], label: str, span: Span) -> None:
    if label == QUOTE_PART:
        quote["extra"].append(span)
    elif label in (SPEAKER, SPEAKER_ENTITY, CUE):
        quote[label.lower()] = span
    # any other relation from a quote is not ours: left out
