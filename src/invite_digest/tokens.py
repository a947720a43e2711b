"""Run the user's OAuth2 token command (the mbsync / aerc / neomutt convention).

The command prints a fresh access token on stdout; IMAP and SMTP both use it. Its stderr may
contain the token or a refresh token, so it is never echoed into an error message.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import subprocess

from .errors import ConfigError, InviteDigestError


class TokenCommandError(InviteDigestError):
    """The OAuth2 token command failed, timed out or printed nothing."""


def get_oauth2_token(command: list[str] | str, *, shell: bool, timeout: float) -> str:
    """Run `command` and return the first line it prints, stripped.

    A list runs without a shell; a string is split like a shell would split it and still runs
    without one, unless `shell` is true (then it goes to /bin/sh as written).
    """
    argv = _command_line(command, shell=shell)
    name = _short_name(command)
    try:
        process = subprocess.Popen(
            argv,
            shell=shell,  # true only when the user asked for a shell in the settings
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, so a timeout ends all of it
        )
    except FileNotFoundError:
        raise TokenCommandError(f"OAuth2 token command {name!r} not found") from None
    except PermissionError:
        raise TokenCommandError(f"OAuth2 token command {name!r} is not executable") from None
    try:
        stdout, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        raise TokenCommandError(
            f"OAuth2 token command {name!r} did not finish within {timeout:g} s"
        ) from None
    if process.returncode != 0:
        raise TokenCommandError(
            f"OAuth2 token command {name!r} failed with exit status {process.returncode}"
            " (run it by hand to see its messages)"
        )
    return _first_line(stdout, name)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def _command_line(command: list[str] | str, *, shell: bool) -> list[str] | str:
    if shell:
        return command if isinstance(command, str) else shlex.join(command)
    argv = _split(command)
    if not argv:
        raise ConfigError("oauth2_token_command is empty")
    return argv


def _short_name(command: list[str] | str) -> str:
    """The program's name only: arguments may carry secrets (a client secret, a refresh token)."""
    words = _split(command)
    return words[0] if words else ""


def _split(command: list[str] | str) -> list[str]:
    if not isinstance(command, str):
        return list(command)
    try:
        return shlex.split(command)
    except ValueError as exc:
        raise ConfigError(f"oauth2_token_command cannot be split into words: {exc}") from None


def _first_line(stdout: bytes, name: str) -> str:
    text = stdout.decode("utf-8", errors="replace").strip()
    token = text.splitlines()[0].strip() if text else ""
    if not token:
        raise TokenCommandError(f"OAuth2 token command {name!r} printed no token")
    return token
