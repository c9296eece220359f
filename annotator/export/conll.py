"""CoNLL-2003 style BIO for entities: `-DOCSTART- -X- -X- O`, then one sentence per block.

Each line is `TOKEN -X- _ TAG` (no part-of-speech or chunk columns to give). One
tokenisation per document, whichever layer is written: spaCy's tokens
(`spacy.blank("en")`) split at the entity boundaries of *every* layer of the document
(the runner reads them all: `tokens_across_layers` in the registry), and sentences from
spaCy's rule-based sentencizer, never cut inside an entity of any layer. So files of two
annotators (or an annotator and the suggestions) have the same tokens and sentences and
compare in seqeval. Whitespace is not a token, and a token holding an odd space
character is cut at it. Overlapping entities are resolved as for `doc.ents` (longest
first, then earliest) and the rest counted. `--no-docstart` leaves out the
`-DOCSTART-` lines (spaCy's `convert -c ner` reads them as tokens).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotator.export.common import ExportContext, LayerDoc, write_lines
from annotator.export.tokens import Token, resolve_overlaps, spacy_doc, tokenize

DOCSTART = "-DOCSTART- -X- -X- O"
LEFT_OUT = "entities overlapping a longer one, not in CoNLL"
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def sentences(item: LayerDoc, ctx: ExportContext) -> list[list[tuple[str, str]]]:
    """The record's sentences as (token, tag) pairs."""
    text = item.doc.text
    kept, left_out = resolve_overlaps(item.entities)
    if left_out:
        ctx.stats.drop(LEFT_OUT, left_out)
    ctx.stats.units["entities"] += len(kept)
    every = _entity_spans(item)
    toks, splits = tokenize(text, {s for s, _ in every}, {e for _, e in every})
    ctx.stats.notes["tokens split at annotation boundaries"] += splits
    tags = _bio(text, toks, kept)
    starts = _sentence_starts(text, toks, _inside(toks, every))
    out: list[list[tuple[str, str]]] = []
    for i, (s, e, _) in enumerate(toks):
        if i in starts or not out:
            out.append([])
        tag = tags[i]
        for n, m in enumerate(_WORD.finditer(text, s, e)):
            out[-1].append((m.group(), "I" + tag[1:] if n and tag != "O" else tag))
    return [sentence for sentence in out if sentence]


def _bio(text: str, toks: list[Token], entities: list[tuple[int, int, str]]) -> list[str]:
    """One tag per token: B- on an entity's first token with text, I- on the rest."""
    tags = ["O"] * len(toks)
    by_start = {s: i for i, (s, _, _) in enumerate(toks)}
    for s, e, label in entities:
        i = by_start.get(s)
        first = True
        while i is not None and i < len(toks) and toks[i][1] <= e:
            if text[toks[i][0] : toks[i][1]].strip():
                tags[i] = ("B-" if first else "I-") + label.replace(" ", "_")
                first = False
            i += 1
    return tags


def _entity_spans(item: LayerDoc) -> set[tuple[int, int]]:
    """(start, end) of every entity in every layer read for the document: where tokens split."""
    return {(u.start, u.end) for units in item.doc.units.values() for u in units if u.kind == "entity"}


def _inside(toks: list[Token], spans: set[tuple[int, int]]) -> set[int]:
    """Token indices that continue an entity of some layer (a sentence must not start there)."""
    by_start = {s: i for i, (s, _, _) in enumerate(toks)}
    out: set[int] = set()
    for s, e in spans:
        i = by_start.get(s)
        if i is None:
            continue
        i += 1
        while i < len(toks) and toks[i][1] <= e:
            out.add(i)
            i += 1
    return out


def _sentence_starts(text: str, toks: list[Token], inside: set[int]) -> set[int]:
    """Token indices that begin a sentence, except where that would cut an entity of any layer."""
    doc = _sentencizer()(spacy_doc(text, toks))
    return {tok.i for tok in doc if tok.is_sent_start and tok.i not in inside}


def lines(items: Iterable[LayerDoc], ctx: ExportContext) -> Iterator[bytes]:
    head = [DOCSTART, ""] if ctx.options.docstart else []
    for item in items:
        block = list(head)
        for sentence in sentences(item, ctx):
            block += [f"{token} -X- _ {tag}" for token, tag in sentence]
            block.append("")
        if not block:
            continue
        yield ("\n".join(block) + "\n").encode("utf-8")


def write(items: Iterable[LayerDoc], path: Path, ctx: ExportContext) -> None:
    write_lines(path, lines(items, ctx))
