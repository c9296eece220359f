"""The display rule on the hot paths: what making data safe costs per queue row, unit row and article.

What is measured (one process, CPU time, best of N repeats of a timed loop, the two in turns):

* queue row: fitting a title into its column with the rule (`queue_list._fit`), against the
  same fitting without it (the landed code before the rule), on 100 real-length titles;
* unit row: building a unit-list row and passing it through `one_line_content`, against
  building it alone, for the 300 units of bench_article's 5,000-word article;
* article: `display_text` of that article (the rule), against the landed regex it replaced.

Each on clean text (the common case) and on text full of escapes. Target: clean text within
1.2x of the raw baseline (the rule is one regex scan when there is nothing to replace).

    python3 bench/bench_display.py [--quick]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_OLD_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def old_fit(text: str, width: int, right: bool) -> str:
    """queue_list._fit as landed, before the display rule."""
    from rich.cells import cell_len, set_cell_size

    text = " ".join(text.split())
    if cell_len(text) > width:
        text = set_cell_size(text, max(width - 1, 0)) + "…"
    pad = " " * (width - cell_len(text))
    return pad + text if right else text + pad


def old_display_text(text: str) -> str:
    return _OLD_CONTROL.sub(lambda m: " " if m.group() == "\t" else "\ufffd", text)


def best_pair(raw: object, rule: object, repeat: int, number: int) -> tuple[float, float]:
    """Best CPU time per call of each, measured in turns (steadier than wall time on a shared machine)."""
    t_raw, t_rule = [], []
    for _ in range(repeat):
        t_raw.append(timeit.timeit(raw, number=number, timer=time.process_time))  # type: ignore[arg-type]
        t_rule.append(timeit.timeit(rule, number=number, timer=time.process_time))  # type: ignore[arg-type]
    return min(t_raw) / number, min(t_rule) / number


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeat = 5 if args.quick else 15

    from bench_article import make_article

    from annotator.core.models import Unit
    from annotator.desk import ViewUnit
    from annotator.tui.display import one_line_content
    from annotator.tui.widgets.queue_list import _fit
    from annotator.tui.widgets.text_layout import display_text
    from annotator.tui.widgets.unit_list import row_content

    rng = random.Random(7)
    text, bodies = make_article(rng)
    hostile = text.replace(" said ", " said \x1b]52;c;QQ==\x07 ").replace(" the ", " \x9b2J the ")
    titles = [" ".join(rng.choice(text.split()) for _ in range(14)) for _ in range(100)]
    bad_titles = [t.replace(" ", " \x1b[2J ", 2) for t in titles]
    labels = {"PERSON": "article-view--person", "GPE": "article-view--gpe", "ORG": "article-view--org"}

    rows = [
        ViewUnit(i, unit, "suggested", unit)
        for i, unit in enumerate(Unit(id=i, doc_id="d", body=b) for i, b in enumerate(bodies))
    ]
    cases = [
        (
            "queue row, clean title",
            lambda: [old_fit(t, 60, False) for t in titles],
            lambda: [_fit(t, 60, False) for t in titles],
            100,
        ),
        (
            "queue row, escapes in title",
            lambda: [old_fit(t, 60, False) for t in bad_titles],
            lambda: [_fit(t, 60, False) for t in bad_titles],
            100,
        ),
        (
            "unit row, clean text",
            lambda: [row_content(v, text, labels) for v in rows],
            lambda: [one_line_content(row_content(v, text, labels)) for v in rows],
            300,
        ),
        (
            "unit row, escapes in text",
            lambda: [row_content(v, hostile, labels) for v in rows],
            lambda: [one_line_content(row_content(v, hostile, labels)) for v in rows],
            300,
        ),
        ("article, clean", lambda: old_display_text(text), lambda: display_text(text), 1),
        ("article, escapes", lambda: old_display_text(hostile), lambda: display_text(hostile), 1),
    ]
    print(f"{'case':34} {'raw us':>9} {'rule us':>9} {'ratio':>6}   (per row / per article)")
    worst_clean = 0.0
    for name, raw, rule, per in cases:
        number = 20 if per > 1 else 200
        t_raw, t_rule = (t / per for t in best_pair(raw, rule, repeat, number))
        ratio = t_rule / t_raw
        if "clean" in name:
            worst_clean = max(worst_clean, ratio)
        print(f"{name:34} {t_raw * 1e6:9.2f} {t_rule * 1e6:9.2f} {ratio:6.2f}")
    print(f"{len(text):,}-character article, {len(rows)} units; baseline: the same work without the rule")
    ok = worst_clean <= 1.2
    print("TARGET MET" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
