"""One run at a time per data directory, whether started by `serve` or by hand."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import AlreadyRunning

LOCK_NAME = "run.lock"


def ensure_private_dir(path: Path) -> None:
    """Create the data directory readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)


@contextmanager
def run_lock(data_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on the data dir; raise AlreadyRunning if another run has it.

    The kernel releases a flock when its process dies, so a killed run never leaves a stale
    lock behind.
    """
    ensure_private_dir(data_dir)
    lock_path = data_dir / LOCK_NAME
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(descriptor)
            raise AlreadyRunning(
                f"another invite-digest run is already running on {data_dir}{holder}"
            ) from None
        os.ftruncate(descriptor, 0)
        os.write(descriptor, str(os.getpid()).encode())
        yield
    finally:
        os.close(descriptor)


# The holder writes its pid right after taking the lock: a run that loses the race by a hair
# may look before it is there, so it looks again for a moment.
_HOLDER_READS = 10
_HOLDER_READ_PAUSE = 0.05  # seconds


def _read_holder(descriptor: int) -> str:
    for _ in range(_HOLDER_READS):
        try:
            pid = os.pread(descriptor, 32, 0).decode(errors="replace").strip()
        except OSError:
            return ""
        if pid.isdigit():
            return f" (pid {pid})"
        time.sleep(_HOLDER_READ_PAUSE)
    return ""
