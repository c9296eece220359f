"""A private PostgreSQL cluster for the tests: one temporary folder, a Unix socket in it, nothing else.

The pytest fixture (`tests/conftest.py`) starts one per session when `ANNOTATOR_TEST_PG` names
no server; `.ci/run` starts one for the whole run through this same module
(`python3 tests/pg_cluster.py start DIR` prints the URL, `stop DIR` removes it).
Benchmarks of durable commits want `start DIR --durable`: the server's own defaults, fsync on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")
# Test speed only: a crash loses nothing here (the folder is thrown away), so the server
# neither syncs nor writes full pages, and keeps little WAL. Never settings for a real corpus.
FAST = ("fsync=off", "synchronous_commit=off", "full_page_writes=off", "wal_level=minimal", "max_wal_senders=0")
OWNER = "postgres"  # pg_ctl and postgres refuse to run as root


def bin_dir() -> Path | None:
    """Where initdb and pg_ctl are, or None when PostgreSQL is not installed."""
    for folder in (os.environ.get("ANNOTATOR_PG_BIN"), *BIN_DIRS):
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found and shutil.which("initdb") else None


def _as_owner(cmd: list[str]) -> list[str]:
    """Root runs the server as `postgres` (runuser); anyone else runs it as themselves."""
    return ["runuser", "-u", OWNER, "--", *cmd] if os.geteuid() == 0 else cmd


def start(folder: Path, durable: bool = False) -> str:
    """initdb and start a cluster in `folder` (socket in `folder` only); return its URL.

    `durable` keeps PostgreSQL's defaults (fsync, synchronous commit): what a commit costs on
    a real server, for benchmarks; the tests run without them (FAST).

    Every folder above `folder` must be open to the server's user (under root: `postgres`),
    as /tmp is; pytest's own temporary folders are not.
    """
    binaries = bin_dir()
    if binaries is None:
        raise FileNotFoundError("PostgreSQL's initdb/pg_ctl not found (apt-get install postgresql)")
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, OWNER, OWNER)
    data = folder / "data"
    # UTF8; C collation (text compares by code point, as in SQLite and Python) but Unicode
    # character classes, so the full-text parser splits words at “curly quotes” and dashes.
    _run(
        _as_owner(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--lc-collate=C",
                "--lc-ctype=C.UTF-8",
                "--no-sync",
            ]
        )
    )
    options = f"-k {folder} -c listen_addresses='' " + " ".join(f"-c {o}" for o in ([] if durable else FAST))
    _run(
        _as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"])
    )
    return url(folder)


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stdout}")


def url(folder: Path, database: str = "postgres") -> str:
    return f"postgresql://postgres@/{database}?host={folder}"


def stop(folder: Path) -> None:
    """Stop the cluster (fast: sessions are cut) and remove the folder."""
    binaries = bin_dir()
    if binaries is not None and (folder / "data" / "postmaster.pid").exists():
        subprocess.run(
            _as_owner([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    verb, where = sys.argv[1], Path(sys.argv[2])
    if verb == "start":
        print(start(where, durable="--durable" in sys.argv[3:]))
    else:
        stop(where)
