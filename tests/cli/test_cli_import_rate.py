"""`annotator import` shows its rate in records per second beside a bar that moves by bytes."""

from __future__ import annotations

from annotator.cli.import_cmd import RecordRate


def test_rate_counts_records_and_refreshes_a_few_times_a_second() -> None:
    now = [100.0]
    calls: list[tuple[int, str | None]] = []
    rate = RecordRate(lambda n, rate=None: calls.append((n, rate)), clock=lambda: now[0])
    for _ in range(3):  # within the first quarter second: bytes move, no rate yet
        rate(50)
    now[0] += 1.0
    rate(70)  # 4 records in 1 s
    now[0] += 0.1
    rate(10)  # too soon to refresh
    assert [n for n, _ in calls] == [50, 50, 50, 70, 10]
    assert [r for _, r in calls] == [None, None, None, "4 records, 4/s", None]
