"""No password or OAuth token in logs, error messages, digests or the state database.

The whole pipeline runs as the CLI with DEBUG logging (`-v`: imapclient's protocol trace
included), against Dovecot and an aiosmtpd server with logins, on the good path and on every
failing path a secret could leak through. Everything it leaves is searched for each secret,
as written and as it travels base64-encoded in AUTH exchanges.

The OAuth2 token command: no shell between us and it, a timeout, and its stderr (which may
hold the token) never repeated.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dovecot_server import DovecotServer, ImapUser, append_messages
from invite_digest.tokens import TokenCommandError, get_oauth2_token
from mailgen import MailGenerator, raw_messages
from smtp_server import SmtpServer
from testconfig import imap_options, smtp_options, write_config

SMTP_LOGIN = "digest-bot"


@dataclass(frozen=True)
class Scenario:
    """How the run logs in and what goes wrong; `expect` is in the output of a failed run."""

    imap_password: str = "good"  # good | wrong | none (then the token command)
    smtp_login: str = "password"  # password | oauth2
    smtp_password: str = "good"  # good | wrong
    token_command: str = "prints"  # prints | fails-printing-it
    smtp_reply: str | None = None  # a scripted DATA reply
    expect: str | None = None  # None: the digest goes out


SCENARIOS = {
    "passwords": Scenario(),
    "oauth2-everywhere": Scenario(imap_password="none", smtp_login="oauth2"),
    "wrong-imap-password": Scenario(imap_password="wrong", expect="IMAP login"),
    "wrong-smtp-password": Scenario(smtp_password="wrong", expect="login as"),
    "smtp-refuses": Scenario(smtp_reply="554 5.7.1 message refused", expect="554"),
    "token-command-fails": Scenario(
        imap_password="none", token_command="fails-printing-it", expect="exit status 3"
    ),
}


def token_script(directory: Path, token: str, *, fails: bool) -> Path:
    """A token command: prints the token; or prints it to stderr, as a complaint, and fails."""
    # Not named token.py in the run's directory: `python -m` would import it as stdlib `token`.
    script = directory / ("failing-token-command.py" if fails else "token-command.py")
    if fails:
        body = f"import sys\nprint('refresh failed for token {token}', file=sys.stderr)\n"
        body += "sys.exit(3)\n"
    else:
        body = f"print({token!r})\n"
    script.write_text(body, encoding="utf-8")
    return script


def write_secrets_config(
    directory: Path,
    dovecot: DovecotServer,
    user: ImapUser,
    smtp: SmtpServer,
    *,
    imap_token: Path | None,
    smtp_token: Path | None,
) -> Path:
    """Passwords come from the environment; a token command is set when given. The timeouts
    are the product's."""
    imap = imap_options(
        dovecot,
        user,
        password=None,
        oauth2_token_command=token_command(imap_token),
        connect_timeout=None,
        read_timeout=None,
    )
    smtp_settings = smtp_options(
        smtp,
        username=SMTP_LOGIN,
        oauth2_token_command=token_command(smtp_token),
        retry_backoff=None,
    )
    return write_config(directory, imap=imap, smtp=smtp_settings)


def token_command(script: Path | None) -> list[str] | None:
    return [sys.executable, str(script)] if script else None


def forms(secret: str, user: str) -> list[bytes]:
    """The secret as written and as AUTH exchanges carry it (PLAIN, LOGIN, XOAUTH2)."""
    encoded = [
        secret,
        f"\0{user}\0{secret}",
        f"user={user}\x01auth=Bearer {secret}\x01\x01",
    ]
    return [secret.encode()] + [base64.b64encode(text.encode()) for text in encoded]


def everything_left(data_dir: Path, output: bytes, smtp: SmtpServer) -> dict[str, bytes]:
    """What a run leaves behind: its output, each digest, each file in the data dir."""
    left = {"output": output}
    left.update({f"digest {n}": mail.content for n, mail in enumerate(smtp.received)})
    if data_dir.exists():
        left.update({f"file {p.name}": p.read_bytes() for p in data_dir.iterdir() if p.is_file()})
    return left


@dataclass(frozen=True)
class Outcome:
    finished: subprocess.CompletedProcess[bytes]
    smtp: SmtpServer
    secrets: list[str]  # every password and token the run was given or could get
    logins: list[str]


def run_scenario(
    scenario: Scenario,
    tmp_path: Path,
    dovecot: DovecotServer,
    start_smtp_server: Callable[..., SmtpServer],
) -> Outcome:
    user = dovecot.add_user("secrets")
    client = dovecot.client(user)
    arrived = datetime.now(UTC) - timedelta(days=1)
    append_messages(client, "INBOX", list(raw_messages(MailGenerator().mix(8))), arrived=arrived)
    client.logout()
    token, smtp_password = dovecot.add_token(user), f"smtp-{os.urandom(6).hex()}"
    wrong_password = f"wrong-{os.urandom(6).hex()}"

    if scenario.smtp_login == "oauth2":
        smtp = start_smtp_server(oauth2_tokens={SMTP_LOGIN: token})
    else:
        smtp = start_smtp_server(users={SMTP_LOGIN: smtp_password})
    if scenario.smtp_reply:
        smtp.handler.data_replies.append(scenario.smtp_reply)
    failing = scenario.token_command == "fails-printing-it"
    command = token_script(tmp_path, token, fails=failing)

    env = {name: value for name, value in os.environ.items() if not name.startswith("INVITE_")}
    if scenario.imap_password != "none":
        good = scenario.imap_password == "good"
        env["INVITE_DIGEST_IMAP__PASSWORD"] = dovecot.password if good else wrong_password
    if scenario.smtp_login == "password":
        good = scenario.smtp_password == "good"
        env["INVITE_DIGEST_SMTP__PASSWORD"] = smtp_password if good else wrong_password
    config = write_secrets_config(
        tmp_path,
        dovecot,
        user,
        smtp,
        imap_token=command if scenario.imap_password == "none" else None,
        smtp_token=command if scenario.smtp_login == "oauth2" else None,
    )
    finished = subprocess.run(
        [sys.executable, "-m", "invite_digest.cli", "--config", str(config), "-v", "run"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        timeout=90,
        check=False,
    )
    secrets = [dovecot.password, smtp_password, token, wrong_password]
    return Outcome(finished, smtp, secrets, [user.name, SMTP_LOGIN])


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_no_secret_anywhere_with_debug_logging(
    name: str,
    tmp_path: Path,
    dovecot: DovecotServer,
    start_smtp_server: Callable[..., SmtpServer],
) -> None:
    scenario = SCENARIOS[name]
    outcome = run_scenario(scenario, tmp_path, dovecot, start_smtp_server)
    output = outcome.finished.stdout + outcome.finished.stderr
    text = output.decode("utf-8", errors="replace")

    assert " DEBUG " in text, "the run must have logged at DEBUG level"
    if scenario.expect is None:
        assert outcome.finished.returncode == 0, text
        assert len(outcome.smtp.received) == 1
    else:
        assert outcome.finished.returncode == 1, text
        assert scenario.expect in text
        assert "Traceback" not in text

    left = everything_left(tmp_path / "data", output, outcome.smtp)
    for secret in outcome.secrets:
        for form in [f for login in outcome.logins for f in forms(secret, login)]:
            leaks = [where for where, content in left.items() if form in content]
            assert leaks == [], f"a secret ({form[:4]!r}...) found in {leaks}"


# -- the token command ------------------------------------------------------------------------


def python_command(directory: Path, code: str) -> list[str]:
    script = directory / "command.py"
    script.write_text(code, encoding="utf-8")
    return [sys.executable, str(script)]


def test_token_command_runs_without_a_shell(tmp_path: Path) -> None:
    # Our own process is the command's parent: no /bin/sh in between.
    command = python_command(tmp_path, "import os\nprint(f'parent-{os.getppid()}')\n")
    assert get_oauth2_token(command, shell=False, timeout=10) == f"parent-{os.getpid()}"
    # A string is split into words, and shell syntax reaches the program as plain text.
    as_text = f"{command[0]} -c 'import sys; print(sys.argv[1:])' $HOME ';' `id`"
    token = get_oauth2_token(as_text, shell=False, timeout=10)
    assert token == "['$HOME', ';', '`id`']"


def test_token_command_that_hangs_is_stopped_at_the_timeout(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    command = python_command(
        tmp_path,
        f"import os, time\nopen({str(pid_file)!r}, 'w').write(str(os.getpid()))\ntime.sleep(60)\n",
    )
    started = time.monotonic()
    with pytest.raises(TokenCommandError, match=r"did not finish within 0\.5 s"):
        get_oauth2_token(command, shell=False, timeout=0.5)
    assert time.monotonic() - started < 10
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)  # killed and reaped, not left running


def test_token_command_stderr_is_not_repeated(tmp_path: Path) -> None:
    token = f"ya29.{os.urandom(8).hex()}"
    command = python_command(
        tmp_path,
        f"import sys\nprint({token!r})\nprint('refreshing {token}', file=sys.stderr)\n"
        "sys.exit(2)\n",
    )
    with pytest.raises(TokenCommandError) as failure:
        get_oauth2_token(command, shell=False, timeout=10)
    message = str(failure.value)
    assert "exit status 2" in message
    assert token not in message
    assert str(tmp_path) not in message, "only the program's name, not its arguments"
