"""Durability and concurrency: a killed writer loses nothing it reported, four writers lose nothing.

Writers are forked (the parent has already imported everything), so each of the 20 kills
costs milliseconds rather than an interpreter start.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
import traceback
from pathlib import Path

import pytest
from store_helpers import add, doc, entity

from annotator.store import SqliteStore, open_store

FORK = multiprocessing.get_context("fork")
DOCS = 4


def _corpus(path: Path) -> None:
    store = open_store(path)
    store.insert_documents([doc(i) for i in range(DOCS)])
    store.close()


def _check(path: Path, reported: set[int]) -> SqliteStore:
    """The database is sound, and every decision a writer reported after its commit is in it."""
    store = open_store(path)
    conn = store.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    stored = {d.id for d in store.decisions()}
    missing = reported - stored
    assert not missing, f"{len(missing)} reported decisions lost, e.g. {sorted(missing)[:5]}"
    rows = dict(
        ((w, s), n) for w, s, n in conn.execute("SELECT annotator, status, count(*) FROM doc_status GROUP BY 1, 2")
    )
    counted = {(w, s): n for w, per in store.status_counts().items() for s, n in per.items()}
    assert counted == rows  # counters moved in the same transactions as the rows
    return store


def _write_forever(path: str, fd: int, seed: int) -> None:
    """Commit decisions of every kind, printing each decision's id only after its commit returned."""
    out = os.fdopen(fd, "w")
    store = SqliteStore(path)
    rnd = random.Random(seed)
    while True:
        doc_id = f"doc-{rnd.randrange(DOCS):03d}"
        roll = rnd.random()
        if roll < 0.55:
            logged = [add(store, entity(doc_id, rnd.randrange(0, 12), 13, state="added"))]
        elif roll < 0.7:
            logged = store.undo(doc_id, "ann")
        elif roll < 0.8:
            logged = store.redo(doc_id, "ann")
        else:
            store.set_status(doc_id, "ann", rnd.choice(["in_progress", "done", "skipped"]), flagged=rnd.random() < 0.5)
            logged = [store.decisions(doc_id, "ann")[-1]]
        for d in logged:
            out.write(f"{d.id}\n")
        out.flush()


def test_killed_writer_loses_nothing_it_reported(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path)
    rnd = random.Random(os.getpid())
    reported: set[int] = set()
    for _kill in range(20):
        read_fd, write_fd = os.pipe()
        child = FORK.Process(target=_write_forever, args=(str(path), write_fd, rnd.randrange(1 << 30)))
        child.start()
        os.close(write_fd)
        time.sleep(rnd.uniform(0.01, 0.25))  # a random moment: mid-commit, mid-print, between
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        with os.fdopen(read_fd) as pipe:
            text = pipe.read()
        lines = text.split("\n")[:-1]  # a line cut by the kill has no newline: not reported
        reported |= {int(x) for x in lines}
        assert child.exitcode == -signal.SIGKILL
        _check(path, reported).close()
    assert len(reported) > 20  # the writers got real work done between kills


def _write_n(path: str, worker: int, n: int, barrier: multiprocessing.synchronize.Barrier, fd: int) -> None:
    out = os.fdopen(fd, "w")
    try:
        store = SqliteStore(path)
        barrier.wait()
        for i in range(n):
            doc_id = f"doc-{i % DOCS:03d}"
            d = add(store, entity(doc_id, i % 12, 13, state="added"), annotator=f"w{worker}")
            out.write(f"{d.id}\n")
            if i % 50 == 0:
                store.set_status(doc_id, f"w{worker}", "in_progress", note=f"pass {i}")
        store.close()
    except BaseException:  # noqa: BLE001 - whatever would reach the user is the failure
        out.write("ERROR " + traceback.format_exc().replace("\n", " | ") + "\n")
        out.flush()
        os._exit(1)
    out.flush()


@pytest.mark.parametrize("workers, each", [(8, 150)])  # eight writer processes at once
def test_concurrent_writers_all_succeed_and_nothing_is_lost(tmp_path: Path, workers: int, each: int) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path)
    barrier = FORK.Barrier(workers)
    pipes, procs = [], []
    for w in range(workers):
        read_fd, write_fd = os.pipe()
        p = FORK.Process(target=_write_n, args=(str(path), w, each, barrier, write_fd))
        p.start()
        os.close(write_fd)
        pipes.append(read_fd)
        procs.append(p)
    outputs = []
    for fd in pipes:
        with os.fdopen(fd) as pipe:
            outputs.append(pipe.read())
    for p in procs:
        p.join(timeout=120)
    errors = [line for out in outputs for line in out.splitlines() if line.startswith("ERROR")]
    assert errors == []
    assert [p.exitcode for p in procs] == [0] * workers
    ids = {int(line) for out in outputs for line in out.splitlines()}
    assert len(ids) == workers * each
    store = _check(path, ids)
    try:
        adds = [d for d in store.decisions() if d.action == "add"]
        assert len(adds) == workers * each
        for w in range(workers):
            units = sum(len(store.units(f"doc-{i:03d}", f"annotator:w{w}")) for i in range(DOCS))
            assert units == each
    finally:
        store.close()
