"""Real odd machines for CLI tests: a full disk (a small tmpfs) and read-only media (a
read-only bind mount), each made inside a private mount namespace (`unshare -m`) so the
mount is seen by nothing else on the machine and vanishes with the command.

Running as root, `chmod` cannot make a file unwritable; a mount can. Where the namespace
cannot be made (no privilege), the tests that need it are skipped.
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@functools.cache
def _can_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        [
            "unshare",
            "-m",
            "sh",
            "-c",
            "mount -t tmpfs -o size=64k none /mnt 2>/dev/null || mount -t tmpfs -o size=64k none /tmp",
        ],
        capture_output=True,
    )
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(not _can_mount(), reason="needs unshare -m and mount (root)")


def annotator_cmd(*args: str | Path) -> str:
    return " ".join(shlex.quote(str(a)) for a in (sys.executable, "-m", "annotator", *args))


def run_in_mounts(setup: str, command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`setup` (mounts) then `command`, in a private mount namespace; output captured."""
    env = dict(os.environ)
    return subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", f"set -e; {setup}; set +e; {command}"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def small_disk(folder: Path, kib: int) -> str:
    """Shell that mounts a `kib` KiB tmpfs on `folder` (copying what was there onto it)."""
    keep = folder.with_name(folder.name + ".keep")
    return (
        f"mkdir -p {shlex.quote(str(keep))}; cp -a {shlex.quote(str(folder))}/. {shlex.quote(str(keep))}/; "
        f"mount -t tmpfs -o size={kib}k none {shlex.quote(str(folder))}; "
        f"cp -a {shlex.quote(str(keep))}/. {shlex.quote(str(folder))}/"
    )


def fill(folder: Path, leave_kib: int) -> str:
    """Shell that fills `folder`'s file system until about `leave_kib` KiB are left."""
    f = shlex.quote(str(folder))
    return (
        f"free=$(df -k {f} | awk 'NR==2 {{print $4}}'); "
        f"if [ $free -gt {leave_kib} ]; then head -c $(( (free - {leave_kib}) * 1024 )) /dev/zero > {f}/.filler; fi"
    )


def read_only(folder: Path) -> str:
    """Shell that makes `folder` a read-only mount of itself."""
    f = shlex.quote(str(folder))
    return f"mount --bind {f} {f}; mount -o remount,bind,ro {f}"
