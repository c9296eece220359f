"""bench/run_all.py finds every bench_*.py, passes --quick on, and fails when one fails."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

RUN_ALL = Path(__file__).resolve().parents[2] / "bench" / "run_all.py"


def _runner(monkeypatch: pytest.MonkeyPatch, folder: Path):  # noqa: ANN202 - a module
    spec = importlib.util.spec_from_file_location("bench_run_all", RUN_ALL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", folder)
    return module


def test_runs_each_benchmark_with_quick_and_reports_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = tmp_path / "bench"
    bench.mkdir()
    log = tmp_path / "log.txt"
    ok = f"import sys; open({str(log)!r}, 'a').write('a ' + ' '.join(sys.argv[1:]) + '\\n')"
    bad = f"import sys; open({str(log)!r}, 'a').write('b ' + ' '.join(sys.argv[1:]) + '\\n'); sys.exit(3)"
    (bench / "bench_a.py").write_text(ok)
    (bench / "bench_b.py").write_text(bad)
    (bench / "helper.py").write_text("raise SystemExit('not a benchmark')")
    runner = _runner(monkeypatch, bench)
    assert [p.name for p in runner.benchmarks()] == ["bench_a.py", "bench_b.py"]
    assert runner.main(["--quick"]) == 1
    assert log.read_text().splitlines() == ["a --quick", "b --quick"]
    out = capsys.readouterr().out
    assert "bench_b.py" in out and "FAILED (exit 3)" in out and "1 passed, 1 failed" in out
    log.unlink()
    assert runner.main(["--only", "a"]) == 0
    assert log.read_text().splitlines() == ["a "]
    assert runner.main(["--only", "nothing"]) == 2


def test_the_real_folder_has_the_store_benchmark() -> None:
    spec = importlib.util.spec_from_file_location("bench_run_all_real", RUN_ALL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert "bench_store.py" in [p.name for p in module.benchmarks()]
