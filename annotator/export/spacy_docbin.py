"""spaCy DocBin (.spacy): entities as `doc.ents`, every unit in named span groups, links in user_data.

- `doc.ents`: the entities, overlaps resolved as `spacy.util.filter_spans` does (longest
  first, then earliest); the ones left out stay in `doc.spans["entities"]` and are counted.
- span groups: `entities` (all), `quotes` (label: quote kind), `quote_parts`, `speakers`,
  `speaker_entities`, `cues`, `triggers` (label: event type), `arguments` (label: role).
- `doc.user_data["annotator"]`: the document's id, title, layer, status, annotators, and
  the links: `quotes` as {content, speaker, speaker_entity, cue, parts} and `events` as
  {trigger, arguments: {role: i}}, each number an index into its span group (None when
  absent). DocBin keeps it with `store_user_data=True` (msgpack turns lists into tuples).

Tokens are spaCy's (`spacy.blank("en")`) split where a unit boundary falls inside one
(see annotator.export.tokens), so `char_span(..., alignment_mode="expand")` finds every
unit exactly; any span that still cannot align is counted and left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from annotator.export.common import ExportContext, LayerDoc, boundaries
from annotator.export.tokens import resolve_overlaps, spacy_doc, tokenize

GROUPS = ("entities", "quotes", "quote_parts", "speakers", "speaker_entities", "cues", "triggers", "arguments")
USER_DATA_KEY = "annotator"
LEFT_OUT_OF_ENTS = "entities overlapping a longer one, not in doc.ents (kept in doc.spans['entities'])"
UNALIGNED = "spans that cannot align to tokens (spaCy)"
MOVED = "spans widened to token boundaries (spaCy)"


class _Groups:
    """Span groups being filled for one Doc; `add` returns the span's index in its group."""

    def __init__(self, doc: Any, ctx: ExportContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.groups: dict[str, list[Any]] = {name: [] for name in GROUPS}

    def span(self, start: int, end: int, label: str) -> Any | None:
        found = self.doc.char_span(start, end, label=label, alignment_mode="expand")
        if found is None:
            self.ctx.stats.drop(UNALIGNED)
        elif (found.start_char, found.end_char) != (start, end):
            self.ctx.stats.notes[MOVED] += 1
        return found

    def add(self, group: str, span: dict[str, int] | None, label: str) -> int | None:
        if not span:
            return None
        found = self.span(span["start"], span["end"], label)
        if found is None:
            return None
        self.groups[group].append(found)
        return len(self.groups[group]) - 1


def to_doc(item: LayerDoc, ctx: ExportContext) -> Any:
    """The spaCy Doc of one record, with ents, span groups and links."""
    text = item.doc.text
    entities, quotes, events = item.entities, item.quotes, item.events
    toks, splits = tokenize(text, *boundaries(entities, quotes, events))
    ctx.stats.notes["tokens split at annotation boundaries"] += splits
    doc = spacy_doc(text, toks)
    groups = _Groups(doc, ctx)
    for s, e, label in entities:
        groups.add("entities", {"start": s, "end": e}, label)
    kept, left_out = resolve_overlaps(entities)
    if left_out:
        ctx.stats.notes[LEFT_OUT_OF_ENTS] += left_out
    doc.ents = [sp for sp in (groups.span(s, e, label) for s, e, label in kept) if sp is not None]
    quote_links = [_quote_links(groups, q) for q in quotes]
    event_links = [_event_links(groups, ev) for ev in events]
    for name, spans in groups.groups.items():
        doc.spans[name] = spans
    doc.user_data[USER_DATA_KEY] = _user_data(item, quote_links, event_links)
    ctx.stats.units.update({"entities": len(entities), "quotes": len(quotes), "events": len(events)})
    return doc


def _quote_links(groups: _Groups, q: dict[str, Any]) -> dict[str, Any]:
    kind = q.get("quote_kind", "direct")
    return {
        "content": groups.add("quotes", q["content"], kind),
        "speaker": groups.add("speakers", q.get("speaker"), "SPEAKER"),
        "speaker_entity": groups.add("speaker_entities", q.get("speaker_entity"), "SPEAKER_ENTITY"),
        "cue": groups.add("cues", q.get("cue"), "CUE"),
        "parts": [groups.add("quote_parts", p, kind) for p in q.get("extra", ())],
    }


def _event_links(groups: _Groups, ev: dict[str, Any]) -> dict[str, Any]:
    return {
        "trigger": groups.add("triggers", ev["trigger"], ev["type"]),
        "type": ev["type"],
        "arguments": {role: groups.add("arguments", sp, role) for role, sp in ev.get("arguments", {}).items()},
    }


def _user_data(item: LayerDoc, quotes: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, Any]:
    doc = item.doc
    return {
        "id": doc.id,
        "title": doc.title,
        "layer": item.layer.name,
        "status": item.status,
        "annotators": item.annotators,
        "content_hash": doc.content_hash,
        "meta": orjson.loads(doc.meta),
        "boilerplate": [[s, e, label] for s, e, label in item.boilerplate],
        "quotes": quotes,
        "events": events,
    }


def write(items: Iterable[LayerDoc], path: Path, ctx: ExportContext) -> None:
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=True)
    with _msgpack_encoders_cached():
        for item in items:
            docbin.add(to_doc(item, ctx))
        data = docbin.to_bytes()
    path.write_bytes(data)


@contextmanager
def _msgpack_encoders_cached() -> Iterator[None]:
    """Look srsly's msgpack encoders up once for the whole export, not once per call.

    `DocBin.add` packs user data and each span group with srsly, whose Packer asks the
    catalogue registry for its encoders every time, scanning installed entry points and
    the whole registry: over half of the export's time. The encoders cannot change while
    we write, so the first answer is kept for the duration and the method restored after.
    """
    from srsly.msgpack import msgpack_encoders

    if "get_all" in vars(msgpack_encoders):  # another export (a thread) holds the cache already
        yield
        return
    encoders = msgpack_encoders.get_all()
    msgpack_encoders.get_all = lambda: encoders  # type: ignore[method-assign]
    try:
        yield
    finally:
        vars(msgpack_encoders).pop("get_all", None)
