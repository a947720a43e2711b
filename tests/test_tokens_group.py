"""A token command that hangs is ended with everything it started."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from invite_digest.tokens import TokenCommandError, get_oauth2_token


def test_timeout_ends_the_commands_children_too(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    script = f"sleep 30 & echo $! > {pid_file}; wait"
    started = time.monotonic()
    with pytest.raises(TokenCommandError, match=r"did not finish within 0\.5 s"):
        get_oauth2_token(script, shell=True, timeout=0.5)  # noqa: S604 - the user-asked-for shell mode
    assert time.monotonic() - started < 5
    child = int(pid_file.read_text())
    time.sleep(0.2)
    assert not running(child), "the command's own child must not outlive the timeout"


def running(pid: int) -> bool:
    """Alive and not a zombie (an orphan may wait for a reaper that never comes here)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    state = next(line for line in status.splitlines() if line.startswith("State:"))
    return "zombie" not in state
