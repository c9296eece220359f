"""Furniture on the examples set (tests/suggest/examples): real pages from outlets the dev set does not
use, annotated by reading before the rules were written. Every furniture line is found; no article line
(three words or more) is swallowed. The dev set, not this, measures the rules: these are what they were
written from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.importers.text_files import read_text_file
from annotator.suggest.boilerplate import find_boilerplate
from annotator.suggest.furniture_lines import lines_of

EXAMPLES = Path(__file__).parent / "examples"
ANNOTATION = json.loads((EXAMPLES / "furniture.json").read_text("utf-8"))
FURNITURE: dict[str, list[str]] = ANNOTATION["furniture"]
KNOWN_MISSES: dict[str, list[str]] = ANNOTATION["known_misses"]


def covered(spans: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def check(name: str) -> tuple[list[str], list[str]]:
    """(furniture lines missed, article lines swallowed) for one example."""
    doc = read_text_file(EXAMPLES / "texts" / f"{name}.txt")
    body = doc.text
    spans = [(b.start, b.end) for b in find_boilerplate(body, doc.title)]
    wanted = FURNITURE[name]
    missed, swallowed = [], []
    for start, end, line in lines_of(body):
        prefix = next((w for w in wanted if line.startswith(w)), None)
        if prefix is not None:
            if covered(spans, start, start + len(prefix)) < 0.9 * len(prefix):
                missed.append(line)
            rest = end - start - len(prefix)
            if len(line[len(prefix) :].split()) >= 3 and 2 * covered(spans, start + len(prefix), end) >= rest:
                swallowed.append(line)
        elif line in KNOWN_MISSES.get(name, []):
            continue
        elif len(line.split()) >= 3 and 2 * covered(spans, start, end) >= end - start:
            swallowed.append(line)
    return missed, swallowed


def test_the_examples_set_is_big_and_varied() -> None:
    texts = sorted((EXAMPLES / "texts").glob("*.txt"))
    assert len(texts) >= 12
    assert {t.stem for t in texts} == set(FURNITURE)


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_example_furniture_is_found_and_no_article_line_is_lost(name: str) -> None:
    missed, swallowed = check(name)
    assert swallowed == []
    assert missed == []
