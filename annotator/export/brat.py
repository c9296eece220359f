"""brat standoff: per document the exact text (.txt) and its annotations (.ann), plus annotation.conf.

- `T` lines: entities (their label), event triggers (their type), quotes (`Quote`),
  speakers (`Speaker`), cues (`Cue`), and `Mention` for an event argument or a resolved
  speaker with no entity at the same offsets (arguments reuse that entity's T otherwise).
- `E` lines: events, `Type:Ttrigger Role:Targ ...`.
- `R` lines: `Speaker`, `SpeakerEntity` and `Cue` from a quote, `Continues` from a quote
  to the next part of a split quote.
- `A` lines: `QuoteKind Tn direct|indirect|partial`.

Offsets are character (code point) offsets into the .txt, which is written byte for byte
as stored. A T line never holds a line break or a tab: a span across one is written as
discontinuous fragments (`start end;start end`), its text the fragments joined by a
space, as brat itself writes them. brat type names allow no dots, so `Contact.Meet` is
written `Contact-Meet` (annotation.conf uses the same names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.schema import LabelSchema
from annotator.export.common import ExportContext, LayerDoc, safe_name

# Python's str.splitlines() breaks, and the tab that separates .ann fields.
BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t"
_FRAGMENT = re.compile(f"[^{re.escape(BREAKS)}]+")
EMPTY = "spans made only of line breaks (brat)"
MENTION, QUOTE, SPEAKER, CUE = "Mention", "Quote", "Speaker", "Cue"


def brat_type(name: str) -> str:
    """A type name brat accepts: letters, digits, '-' and '_'."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", name) or "_"


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of [start, end) between line breaks (one piece when there are none)."""
    return [(m.start(), m.end()) for m in _FRAGMENT.finditer(text, start, end)]


class _Ann:
    """The lines of one .ann file, with T ids handed out once per (type, offsets)."""

    def __init__(self, text: str, ctx: ExportContext) -> None:
        self.text = text
        self.ctx = ctx
        self.lines: list[str] = []
        self.counts = {"T": 0, "E": 0, "R": 0, "A": 0}
        self.by_span: dict[tuple[str, int, int], str] = {}
        self.entity_at: dict[tuple[int, int], str] = {}

    def next_id(self, prefix: str) -> str:
        self.counts[prefix] += 1
        return f"{prefix}{self.counts[prefix]}"

    def t(self, kind: str, start: int, end: int, *, shared: bool = False) -> str | None:
        key = (kind, start, end)
        if shared and key in self.by_span:
            return self.by_span[key]
        frags = fragments(self.text, start, end)
        if not frags:
            self.ctx.stats.drop(EMPTY)
            return None
        tid = self.next_id("T")
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        covered = " ".join(self.text[s:e] for s, e in frags)
        self.lines.append(f"{tid}\t{kind} {offsets}\t{covered}")
        self.by_span.setdefault(key, tid)
        return tid

    def mention(self, span: dict[str, int]) -> str | None:
        """The entity at exactly these offsets, else a shared Mention."""
        s, e = span["start"], span["end"]
        return self.entity_at.get((s, e)) or self.t(MENTION, s, e, shared=True)

    def relation(self, kind: str, arg1: str, arg2: str | None) -> None:
        if arg2 is not None:
            self.lines.append(f"{self.next_id('R')}\t{kind} Arg1:{arg1} Arg2:{arg2}")


def ann(item: LayerDoc, ctx: ExportContext) -> str:
    """The .ann text of one record."""
    out = _Ann(item.doc.text, ctx)
    entities, quotes, events = item.entities, item.quotes, item.events
    for s, e, label in entities:
        tid = out.t(brat_type(label), s, e)
        if tid is not None:
            out.entity_at.setdefault((s, e), tid)
    for q in quotes:
        _quote(out, q)
    for ev in events:
        _event(out, ev)
    ctx.stats.units.update({"entities": len(entities), "quotes": len(quotes), "events": len(events)})
    return "".join(line + "\n" for line in out.lines)


def _quote(out: _Ann, q: dict[str, Any]) -> None:
    c = q["content"]
    qid = out.t(QUOTE, c["start"], c["end"])
    if qid is None:
        return
    out.lines.append(f"{out.next_id('A')}\tQuoteKind {qid} {q.get('quote_kind', 'direct')}")
    if q.get("speaker"):
        out.relation("Speaker", qid, out.t(SPEAKER, q["speaker"]["start"], q["speaker"]["end"], shared=True))
    if q.get("speaker_entity"):
        out.relation("SpeakerEntity", qid, out.mention(q["speaker_entity"]))
    if q.get("cue"):
        out.relation("Cue", qid, out.t(CUE, q["cue"]["start"], q["cue"]["end"], shared=True))
    previous = qid
    for part in q.get("extra", ()):
        pid = out.t(QUOTE, part["start"], part["end"])
        if pid is not None:
            out.lines.append(f"{out.next_id('A')}\tQuoteKind {pid} {q.get('quote_kind', 'direct')}")
            out.relation("Continues", previous, pid)
            previous = pid


def _event(out: _Ann, ev: dict[str, Any]) -> None:
    etype = brat_type(ev["type"])
    t = ev["trigger"]
    tid = out.t(etype, t["start"], t["end"])
    if tid is None:
        return
    args = []
    for role, span in ev.get("arguments", {}).items():
        aid = out.mention(span)
        if aid is not None:
            args.append(f" {brat_type(role)}:{aid}")
    out.lines.append(f"{out.next_id('E')}\t{etype}:{tid}{''.join(args)}")


def annotation_conf(schema: LabelSchema) -> str:
    """brat's configuration for our schema: entity, event, relation and attribute types."""
    labels = [brat_type(x) for x in schema.entity_label_names]
    mention = "|".join([*labels, MENTION])
    lines = ["# Generated by annotator from label schema version " + str(schema.version), "", "[entities]"]
    lines += [*labels, QUOTE, SPEAKER, CUE, MENTION, "", "[relations]"]
    lines += [
        f"Speaker\tArg1:{QUOTE}, Arg2:{SPEAKER}",
        f"SpeakerEntity\tArg1:{QUOTE}, Arg2:{mention}",
        f"Cue\tArg1:{QUOTE}, Arg2:{CUE}",
        f"Continues\tArg1:{QUOTE}, Arg2:{QUOTE}",
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
        "",
        "[events]",
    ]
    for etype in schema.event_types:
        roles = [f"{brat_type(r)}{'' if r in etype.required else '?'}:{mention}" for r in etype.roles]
        lines.append(f"{brat_type(etype.name)}\t{', '.join(roles)}" if roles else brat_type(etype.name))
    lines += ["", "[attributes]", f"QuoteKind\tArg:{QUOTE}, Value:{'|'.join(schema.quote_kinds)}", ""]
    return "\n".join(lines)


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:  # newline="": never translate
        fh.write(text)


def write(items: Iterable[LayerDoc], folder: Path, ctx: ExportContext) -> None:
    """One .txt and .ann per record; for `--layer all`, one subfolder per annotator."""
    _write_text(folder / "annotation.conf", annotation_conf(ctx.schema))
    used: dict[Path, set[str]] = {}
    for item in items:
        target = folder
        if ctx.per_annotator:
            target = folder / item.layer.slug
            target.mkdir(exist_ok=True)
        stem = _unique(safe_name(item.doc.id), used.setdefault(target, set()))
        _write_text(target / f"{stem}.txt", item.doc.text)
        _write_text(target / f"{stem}.ann", ann(item, ctx))


def _unique(stem: str, used: set[str]) -> str:
    """Two ids that clean up to the same file name get -2, -3... (names compared case-blind)."""
    candidate, n = stem, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate.lower())
    return candidate
