"""Desk start-up: process start to the first frame of the queue, on 10 and on 100,000 articles.

What is measured, for each case, in a fresh Python process (median of N runs):
wall time from just before the parent spawns the child to the first frame the compositor
hands to the driver that shows the content (for the desk: the queue with its first page
of rows; the child hooks `App._display`, where every frame goes out, and checks the rows).
Both run headless, so every frame is composed but nothing is written to a terminal.
Wall time is what a user waits; the child's CPU time (`time.process_time()` at that frame,
all threads) is the steadier figure on a machine shared with other work. The baseline is a bare Textual app (one
Static) timed the same way in the same run; the target is the desk on 100,000 articles
within 2x of it. Python start-up and imports are inside both figures, as a user sees them.

    python3 bench/bench_tui.py [--quick] [--runs N]

The 100,000-article corpus is generated once into bench/out/ (gitignored) and reused.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

# Both children stamp the first frame the compositor hands to the (headless) driver that
# shows their content, then exit: `App._display` is where every frame goes out.
STAMP = """
import sys, time
from textual.app import App

def stamp_first_frame(ready):
    display = App._display
    def hooked(self, screen, renderable):
        display(self, screen, renderable)
        if renderable is not None and not getattr(self, "_stamped", False) and ready(self, screen):
            self._stamped = True
            print(time.time(), time.process_time(), len(getattr(screen, "rows", [1])))
            self.call_later(self.exit)
    App._display = hooked
"""

BARE = (
    STAMP
    + """
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")

stamp_first_frame(lambda app, screen: bool(screen.query(Static)))
Bare().run(headless=True, size=(120, 40))
"""
)

DESK = (
    STAMP
    + """
from annotator.config import Settings
from annotator.tui.factory import build_app

stamp_first_frame(lambda app, screen: bool(getattr(screen, "rows", None)))
app = build_app(Settings(db=sys.argv[1], annotator="bench"), load_model=sys.argv[2] == "model")
app.run(headless=True, size=(120, 40))
app.store.close()
"""
)


def make_corpus(path: Path, n: int) -> float:
    """N short articles in one transaction; returns seconds taken (0 when already there)."""
    from annotator.core.models import Document
    from annotator.store import open_store

    if path.exists():
        store = open_store(path)
        try:
            if store.count_documents() == n:
                return 0.0
        finally:
            store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    store = open_store(path)
    docs = (
        Document(
            id=f"a{i:06d}",
            title=f"Article {i}: talks resume over the seized compounds",
            text=f"Article {i}. Officials met in Moscow on day {i % 365} to discuss the dispute.",
            outlet=("Reuters", "AP", "BBC", "CNBC")[i % 4],
        )
        for i in range(n)
    )
    store.insert_documents(docs)
    for i in range(0, min(n, 50)):
        store.set_status(f"a{i:06d}", "bench", "done")
    store.close()
    return time.perf_counter() - start


def time_child(code: str, *args: str) -> tuple[float, float, int]:
    """(wall seconds from spawn, CPU seconds of the child, rows shown) at the first frame."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"child failed:\n{out.stderr[-2000:]}")
    stamp, cpu, rows = out.stdout.strip().splitlines()[-1].split()
    return float(stamp) - start, float(cpu), int(rows)


def medians(runs: int, cases: list[tuple[str, str, tuple[str, ...]]]) -> dict[str, tuple[float, float, int]]:
    """Round-robin over the cases, so a busy moment on a shared machine hits them all alike."""
    for _, code, args in cases:
        time_child(code, *args)  # warm the file cache once
    samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name, _, _ in cases}
    for _ in range(runs):
        for name, code, args in cases:
            samples[name].append(time_child(code, *args))
    return {
        name: (statistics.median(s[0] for s in got), statistics.median(s[1] for s in got), got[-1][2])
        for name, got in samples.items()
    }


IMPORTS = (
    ("python itself", "pass"),
    ("textual.app", "import textual.app"),
    ("annotator.store (sqlite-utils, pydantic models)", "import annotator.store"),
    ("  of which numpy (sqlite-utils imports it if present)", "import numpy"),
    ("annotator.tui.factory (all of the above)", "import annotator.tui.factory"),
)


def import_cpu(runs: int) -> list[tuple[str, float]]:
    """CPU seconds of a fresh interpreter that imports one thing: where start-up time goes."""
    out = []
    for name, statement in IMPORTS:
        code = f"import time; {statement}; print(time.process_time())"
        times = [
            float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout)
            for _ in range(runs)
        ]
        out.append((name, statistics.median(times)))
    return out


def page_query_ms(path: Path, repeats: int = 200) -> float:
    """One queue page (100 rows, counts included) from the store, as the screen asks for it."""
    from annotator.store import open_store

    store = open_store(path)
    try:
        start = time.perf_counter()
        for i in range(repeats):
            store.queue("bench", after_seq=(i * 97) % 1000, limit=101)
        return (time.perf_counter() - start) / repeats * 1000
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 runs per case instead of 15")
    parser.add_argument("--runs", type=int, default=None)
    args = parser.parse_args()
    runs = args.runs or (5 if args.quick else 15)
    OUT.mkdir(parents=True, exist_ok=True)
    big, small = OUT / "tui_100k.db", OUT / "tui_10.db"
    built = make_corpus(big, 100_000)
    make_corpus(small, 10)
    if built:
        print(f"generated the 100,000-article corpus in {built:.1f} s")

    cases = [
        ("bare Textual app (baseline)", BARE, ()),
        ("desk, 10 articles, no model", DESK, (str(small), "nomodel")),
        ("desk, 100,000 articles, no model", DESK, (str(big), "nomodel")),
        ("desk, 100,000 articles, model loading", DESK, (str(big), "model")),
    ]
    results = medians(runs, cases)
    bare_wall, bare_cpu, _ = results[cases[0][0]]
    print(f"\nstart-up to first frame (median of {runs} runs, fresh process each, cases interleaved)")
    print(f"{'case':40} {'wall s':>7} {'bare':>7} {'ratio':>6} {'cpu s':>7} {'bare':>7} {'ratio':>6}  rows")
    for name, (wall, cpu, rows) in results.items():
        print(
            f"{name:40} {wall:7.3f} {bare_wall:7.3f} {wall / bare_wall:6.2f}"
            f" {cpu:7.3f} {bare_cpu:7.3f} {cpu / bare_cpu:6.2f}  {rows}"
        )
    print("\nwhere a fresh process spends CPU before any app code runs (median, seconds)")
    for name, cpu in import_cpu(runs):
        print(f"{name:56} {cpu:6.3f}")
    small_ms, big_ms = page_query_ms(small), page_query_ms(big)
    print("\nqueue page query (store.queue, 101 rows)")
    print(f"{'corpus':42} {'ms':>8} {'10 docs':>8} {'ratio':>6}")
    print(f"{'100,000 articles':42} {big_ms:8.3f} {small_ms:8.3f} {big_ms / small_ms:6.2f}")


if __name__ == "__main__":
    main()
