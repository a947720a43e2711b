"""Progress of a long fetch: a bar on a terminal, a log line now and then elsewhere."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TextIO

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

# Below this many messages a run is quick enough that progress is noise.
MIN_TOTAL = 200
LOG_EVERY_SECONDS = 10.0
BAR_WIDTH = 30


def progress_printer(stream: TextIO) -> Progress:
    """Return a callback taking (done, total) messages fetched so far."""
    if stream.isatty():
        return _bar(stream)
    return _log_lines()


def _bar(stream: TextIO) -> Progress:
    def show(done: int, total: int) -> None:
        if total < MIN_TOTAL:
            return
        filled = BAR_WIDTH * done // total
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        end = "\n" if done >= total else ""
        stream.write(f"\rfetching [{bar}] {done}/{total}{end}")
        stream.flush()

    return show


def _log_lines() -> Progress:
    last_logged = 0.0

    def show(done: int, total: int) -> None:
        nonlocal last_logged
        now = time.monotonic()
        if total < MIN_TOTAL or (now - last_logged < LOG_EVERY_SECONDS and done < total):
            return
        last_logged = now
        log.info("fetched %d of %d notifications", done, total)

    return show
