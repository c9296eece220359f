"""Story suggestion over generated articles with planted stories: precision, recall, and how time grows.

The generator (seeded) writes articles of ~150 words. A planted story has 2-8 articles
published within three days; it owns eight names and three quotations, and each of its
articles mentions five of the names (as "First Last", "Last" or "Mr Last") and one or two
of the quotations, reworded (a word dropped, the rest shuffled inside a window). Every
article also mentions eight background names drawn from a Zipf distribution over 5,000
(so a few, like real heads of state, are in thousands of articles) and some filler words;
40% of the articles belong to no story. Nothing here is the sample corpus or tuned on it.

"ours" is feature extraction plus `suggest_stories`; "raw" splits the same texts into
lower-cased word sets and counts them (one pass, nothing else), measured in the same run.
Precision and recall are over pairs of articles put in one story; "exact" is the share of
planted stories found with exactly their articles. The time column divided by n log n
should stay flat (or fall) as n grows; it is printed as a ratio to the smallest n.

    python3 bench/bench_stories.py [--quick] [--sizes 1000,2000,5000,10000]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.stories.suggest import features_of, suggest_stories  # noqa: E402

SYLLABLES = "ka lo mi ra sen tor vin bel dra gor nik ost pal qui res tas ul var wen yor zan bru che fel".split()
FILLER = "the ministry said on a statement officials were talks after before week report new plan over".split()


def name(rng: random.Random) -> tuple[str, str]:
    def word(n: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    return word(2), word(rng.choice((2, 3)))


def make_corpus(n: int, seed: int = 7) -> tuple[list[tuple[str, str, str]], list[int]]:
    """(id, text, published) per article and its planted story (-1: none)."""
    rng = random.Random(seed)
    vocab = [name(rng) for _ in range(5000)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    words = ["".join(rng.choice(SYLLABLES) for _ in range(3)) for _ in range(8000)]
    labels: list[int] = []
    while len(labels) < n:
        if rng.random() < 0.4:
            labels.append(-1)
        else:
            labels += [len(set(labels))] * rng.randint(2, 8)
    labels = labels[:n]
    stories: dict[int, tuple[list[tuple[str, str]], list[list[str]], int]] = {}
    out = []
    for i, story in enumerate(labels):
        parts: list[str] = []
        background = rng.choices(vocab, weights, k=8)
        if story >= 0:
            if story not in stories:
                own = [name(rng) for _ in range(8)]
                quotes = [[rng.choice(words) for _ in range(rng.randint(4, 10))] for _ in range(3)]
                stories[story] = (own, quotes, rng.randint(0, 700))
            own, quotes, day = stories[story]
            mentioned = rng.sample(own, 5)
            said = rng.sample(quotes, rng.randint(1, 2))
            published = day + rng.randint(0, 3)
        else:
            mentioned, said, published = [], [], rng.randint(0, 700)
        for first, last in mentioned + background:
            form = rng.choice((f"{first} {last}", last, f"Mr {last}"))
            parts.append(f"{form} {' '.join(rng.choices(FILLER, k=rng.randint(4, 9)))}.")
        for q in said:
            q = list(q)
            if len(q) > 4:
                q.pop(rng.randrange(len(q)))
            j = rng.randrange(len(q) - 1)
            q[j], q[j + 1] = q[j + 1], q[j]
            parts.append(f"“{' '.join(q)}”, {rng.choice(mentioned)[1]} said.")
        rng.shuffle(parts)
        date = f"2017-{1 + published // 60 % 12:02d}-{1 + published % 28:02d}"
        out.append((f"a{i}", " ".join(parts), date))
    return out, labels


def pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {p for g in groups for p in combinations(sorted(g), 2)}


def score(found: list[list[int]], labels: list[int]) -> tuple[float, float, float]:
    planted: dict[int, list[int]] = {}
    for i, s in enumerate(labels):
        if s >= 0:
            planted.setdefault(s, []).append(i)
    truth, got = pairs(list(planted.values())), pairs(found)
    precision = len(truth & got) / len(got) if got else 1.0
    recall = len(truth & got) / len(truth) if truth else 1.0
    found_sets = {frozenset(g) for g in found}
    exact = sum(frozenset(g) in found_sets for g in planted.values()) / max(1, len(planted))
    return precision, recall, exact


def run(n: int) -> dict[str, float]:
    corpus, labels = make_corpus(n)
    t0 = time.process_time()
    counts: Counter[str] = Counter()
    for _, text, _ in corpus:
        counts.update(set(text.lower().split()))
    raw = time.process_time() - t0
    t0 = time.process_time()
    feats = [features_of(doc_id, text, published=date) for doc_id, text, date in corpus]
    found = suggest_stories(feats)
    ours = time.process_time() - t0
    index = {f"a{i}": i for i in range(n)}
    p, r, exact = score([[index[d] for d in s.doc_ids] for s in found], labels)
    return {"n": n, "ours": ours, "raw": raw, "precision": p, "recall": r, "exact": exact}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 500, 1000, 2000")
    parser.add_argument("--sizes", default="1000,2000,5000,10000")
    args = parser.parse_args(argv)
    sizes = [500, 1000, 2000] if args.quick else [int(x) for x in args.sizes.split(",")]
    rows = [run(n) for n in sizes]
    base = rows[0]["ours"] / (rows[0]["n"] * math.log(rows[0]["n"]))
    print("story suggestion on generated articles with planted stories (CPU seconds of this process)")
    print(
        f"{'n':>7} {'ours s':>8} {'raw s':>7} {'ours/raw':>9} {'/(n log n), vs first':>21} {'precision':>10} {'recall':>7} {'exact':>6}"
    )
    for row in rows:
        growth = row["ours"] / (row["n"] * math.log(row["n"])) / base
        print(
            f"{row['n']:>7} {row['ours']:>8.2f} {row['raw']:>7.3f} {row['ours'] / row['raw']:>9.1f} {growth:>21.2f}"
            f" {row['precision']:>10.3f} {row['recall']:>7.3f} {row['exact']:>6.3f}"
        )
    last = rows[-1]["ours"] / (rows[-1]["n"] * math.log(rows[-1]["n"])) / base
    print(f"time / (n log n) at the largest n is {last:.2f}x the smallest's (1.0 or less: no worse than n log n)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
