"""spaCy DocBin (.spacy): entities as `doc.ents`, every unit in named span groups, links in user_data.

- `doc.ents`: the entities, overlaps resolved as `spacy.util.filter_spans` does (longest
  first, then earliest); the ones left out stay in `doc.spans["entities"]` and are counted.
  Tokens of page furniture (boilerplate) outside any entity are *missing* (`set_ents(...,
  missing=...)`), not "no entity": captions and credits hold real names nobody annotated,
  and training on `O` there would teach a model they are not names. `--furniture-as-o`
  (ExportOptions.furniture_as_o) writes them as `O` instead.
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

import shlex
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
MISSING = "page furniture tokens written as missing in doc.ents, not O (--furniture-as-o to change)"


def _missing(doc: Any, furniture: list[tuple[int, int, str]], ents: list[Any]) -> list[Any]:
    """Runs of furniture tokens outside every entity, as spans to mark missing."""
    from spacy.tokens import Span

    if not furniture:
        return []
    in_ent = {i for sp in ents for i in range(sp.start, sp.end)}
    marked = [False] * len(doc)
    for s, e, _ in furniture:
        found = doc.char_span(s, e, alignment_mode="contract")
        for i in range(found.start, found.end) if found is not None else ():
            marked[i] = i not in in_ent and not doc[i].is_space
    runs: list[Any] = []
    start = None
    for i, on in enumerate([*marked, False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            runs.append(Span(doc, start, i))
            start = None
    return runs


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
    furniture = [] if ctx.options.furniture_as_o else item.boilerplate
    starts, ends = boundaries(entities, quotes, events)
    toks, splits = tokenize(text, starts | {s for s, _, _ in furniture}, ends | {e for _, e, _ in furniture})
    ctx.stats.notes["tokens split at annotation boundaries"] += splits
    doc = spacy_doc(text, toks)
    groups = _Groups(doc, ctx)
    for s, e, label in entities:
        groups.add("entities", {"start": s, "end": e}, label)
    kept, left_out = resolve_overlaps(entities)
    if left_out:
        ctx.stats.notes[LEFT_OUT_OF_ENTS] += left_out
    ents = [sp for sp in (groups.span(s, e, label) for s, e, label in kept) if sp is not None]
    missing = _missing(doc, furniture, ents)
    doc.set_ents(ents, missing=missing, default="outside")
    ctx.stats.notes[MISSING] += sum(len(sp) for sp in missing)
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


SPANCAT_KEY = "entities"  # spancat's default key "sc" names no group of ours


def next_steps(out: Path) -> list[str]:
    """The spaCy commands that train on this file as written (docs/tools/spacy.md)."""
    key = SPANCAT_KEY
    weights = " ".join(f"--training.score_weights.spans_sc_{m} null" for m in "fpr")
    return [
        "train a pipeline on it (use a held-out export for --paths.dev):",
        "  python -m spacy init config config.cfg --lang en --pipeline ner,spancat",
        f"  python -m spacy train config.cfg --paths.train {shlex.quote(str(out))} --paths.dev {shlex.quote(str(out))}"
        f" --components.spancat.spans_key {key} {weights} --training.score_weights.spans_{key}_f 0.5",
        f"  (spancat on another span group: replace {key} with one of {', '.join(g for g in GROUPS if g != key)})",
    ]


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
    msgpack_encoders.get_all = lambda: encoders
    try:
        yield
    finally:
        vars(msgpack_encoders).pop("get_all", None)
