"""Run every bench/bench_*.py in this folder, one subprocess each, and print their output.

    python3 bench/run_all.py [--quick] [--only NAME ...]

Each benchmark prints its own table of our figure against a raw baseline measured in the
same run. This runner passes --quick through, shows each one's output as it comes, and
exits non-zero if any benchmark failed (non-zero exit, e.g. a missed target or a crash).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks(only: list[str] | None = None) -> list[Path]:
    """bench_*.py beside this file, in name order; `only` keeps those whose name contains a given word."""
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        found = [p for p in found if any(word in p.stem for word in only)]
    return found


def run(path: Path, quick: bool) -> tuple[int, float]:
    """Run one benchmark with its output streaming to ours; return its exit code and seconds."""
    cmd = [sys.executable, str(path)] + (["--quick"] if quick else [])
    started = time.perf_counter()
    code = subprocess.run(cmd, cwd=HERE.parent).returncode
    return code, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="pass --quick to every benchmark")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only benchmarks whose name contains NAME")
    args = parser.parse_args(argv)
    found = benchmarks(args.only)
    if not found:
        print("no benchmark matched", file=sys.stderr)
        return 2
    results: list[tuple[str, int, float]] = []
    for path in found:
        print(f"\n=== {path.name}{' --quick' if args.quick else ''} ===", flush=True)
        code, secs = run(path, args.quick)
        results.append((path.name, code, secs))
    print("\n=== summary ===")
    for name, code, secs in results:
        print(f"  {name:28}{'ok' if code == 0 else f'FAILED (exit {code})':>18}{secs:9.1f} s")
    failed = [name for name, code, _ in results if code != 0]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
